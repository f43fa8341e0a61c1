import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors/app-error.ts';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, password).catch(() => false);
}

/** At least 10 characters mixing at least two of: letters, digits, other characters. */
export function assertStrongPassword(password: string, field = 'password'): void {
  const kinds = [/[A-Za-z]/, /\d/, /[^A-Za-z\d]/].filter((r) => r.test(password)).length;
  if (password.length < 10 || kinds < 2) {
    throw new AppError('PASSWORD_WEAK', 'the password needs at least 10 characters mixing letters, digits or symbols', { field });
  }
}
