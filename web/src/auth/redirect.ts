/** Why the sign-in page is shown: it tells the user whether they were signed out or timed out. */
export type SignInReason = 'expired' | 'signedOut';

export const SIGN_IN_PATH = '/sign-in';
export const CHANGE_PASSWORD_PATH = '/change-password';

/** The sign-in address that brings the user back to where they were. */
export function signInHref(current: { pathname: string; search: string }, reason?: SignInReason): string {
  const params = new URLSearchParams();
  const here = `${current.pathname}${current.search}`;
  if (here !== '/' && !current.pathname.startsWith(SIGN_IN_PATH)) params.set('next', here);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}

/**
 * Where to go after signing in. Only a path on this site is followed: `//evil.example` and
 * `/\evil.example` are read by browsers as other hosts, so they fall back to the start page.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith(SIGN_IN_PATH)) return '/';
  return next;
}

export function readSignInReason(value: string | null): SignInReason | undefined {
  return value === 'expired' || value === 'signedOut' ? value : undefined;
}
