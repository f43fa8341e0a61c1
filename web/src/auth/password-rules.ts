/** The server's rule, checked as the user types: at least 10 characters of two kinds or more. */
export const PASSWORD_MIN_LENGTH = 10;

export type PasswordIssue = 'tooShort' | 'weak';

export function checkNewPassword(password: string): PasswordIssue | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  const kinds = [/[A-Za-z]/, /\d/, /[^A-Za-z\d]/].filter((r) => r.test(password)).length;
  return kinds < 2 ? 'weak' : undefined;
}
