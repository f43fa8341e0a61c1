import { type Gender, type IdNumberProblem, normalizeIdNumber, parseIdNumber } from '@fupin/core';

export const ID_NUMBER_LENGTH = 18;

/**
 * What the ID number field says as the user types: nothing yet, still incomplete (not an error
 * until they leave the field), wrong (with the reason), or right (with what it tells us).
 */
export type IdNumberCheck =
  | { state: 'empty' }
  | { state: 'incomplete'; length: number }
  | { state: 'invalid'; problem: IdNumberProblem }
  | { state: 'valid'; idNumber: string; birthDate: string; gender: Gender };

/** Today as a calendar date where the user is (the ID's birth date cannot be after it). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The same GB 11643 check the server makes (shared from core), with the typing states a form needs. */
export function checkIdNumber(raw: string | undefined, today: string): IdNumberCheck {
  const id = normalizeIdNumber(raw ?? '');
  if (id === '') return { state: 'empty' };
  // Wrong characters are wrong however many follow: said at once.
  if (!/^\d{0,18}$|^\d{17}X$/.test(id.slice(0, ID_NUMBER_LENGTH))) return { state: 'invalid', problem: 'characters' };
  if (id.length < ID_NUMBER_LENGTH) return { state: 'incomplete', length: id.length };
  const parsed = parseIdNumber(id, today);
  if (!parsed.ok) return { state: 'invalid', problem: parsed.problem };
  return { state: 'valid', idNumber: parsed.facts.idNumber, birthDate: parsed.facts.birthDate, gender: parsed.facts.gender };
}
