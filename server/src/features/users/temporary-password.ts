import crypto from 'node:crypto';

// No 0/O, 1/l/I: temporary passwords are read aloud and typed from paper.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A random password that passes the strength rule (letters and digits, 14 characters). */
export function generateTemporaryPassword(length = 14): string {
  for (;;) {
    let password = '';
    for (let i = 0; i < length; i++) password += ALPHABET.charAt(crypto.randomInt(ALPHABET.length));
    if (/\d/.test(password) && /[A-Za-z]/.test(password)) return password;
  }
}
