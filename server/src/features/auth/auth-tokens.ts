import crypto from 'node:crypto';

export const SESSION_COOKIE = 'fupin_session';
export const CSRF_HEADER = 'x-csrf-token';
/** Readable by the page (not HttpOnly), so a reloaded client can find its CSRF token. */
export const CSRF_COOKIE = 'fupin_csrf';

/** A fresh random secret for a session, CSRF token or API token. */
export function generateSecret(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** Secrets are stored only as their SHA-256, so a leaked table cannot be replayed. */
export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}

export function isSameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
