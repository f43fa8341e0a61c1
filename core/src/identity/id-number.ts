/**
 * Citizen ID numbers (公民身份号码), GB 11643-1999: 6-digit region of first registration,
 * 8-digit birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character.
 */
import { isProvinceCode } from './province-codes.ts';

export type Gender = 'male' | 'female';

export interface IdNumberFacts {
  idNumber: string;
  regionPrefix: string;
  birthDate: string;
  gender: Gender;
}

export type IdNumberProblem = 'length' | 'characters' | 'regionPrefix' | 'birthDate' | 'checkDigit';

export type IdNumberResult =
  | { ok: true; facts: IdNumberFacts }
  | { ok: false; problem: IdNumberProblem; message: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits. */
export function computeCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** Trims, turns full-width digits and a lower-case x into their plain forms. */
export function normalizeIdNumber(raw: string): string {
  return raw
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[xＸｘ]/g, 'X');
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Validates an ID number and derives its facts. `today` bounds the birth date
 * (no one is born in the future or before 1900).
 */
export function parseIdNumber(raw: string, today: string): IdNumberResult {
  const id = normalizeIdNumber(raw);
  if (id.length !== 18) {
    return { ok: false, problem: 'length', message: `ID number must have 18 characters, got ${id.length}` };
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return { ok: false, problem: 'characters', message: 'ID number must be 17 digits followed by a digit or X' };
  }
  const regionPrefix = id.slice(0, 6);
  if (!isProvinceCode(id.slice(0, 2))) {
    return { ok: false, problem: 'regionPrefix', message: `ID number region prefix ${regionPrefix} is not a Chinese region code` };
  }
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (year < 1900 || !isRealDate(year, month, day) || birthDate > today) {
    return { ok: false, problem: 'birthDate', message: `ID number birth date ${id.slice(6, 14)} is not a valid date of birth` };
  }
  const expected = computeCheckDigit(id.slice(0, 17));
  if (id[17] !== expected) {
    return { ok: false, problem: 'checkDigit', message: `ID number check digit is ${id[17]}, expected ${expected}` };
  }
  const gender: Gender = Number(id[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, facts: { idNumber: id, regionPrefix, birthDate, gender } };
}

/** `1101**********002X`: the first four and last four characters stay visible. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

/** Bank account numbers show only their last four digits. */
export function maskBankAccount(account: string): string {
  if (account.length <= 4) return '*'.repeat(account.length);
  return '*'.repeat(account.length - 4) + account.slice(-4);
}
