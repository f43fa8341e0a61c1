import { checkHouseholdComposition, shortenRegionCode, type CompositionMember } from '@fupin/core';
import { assertWritableRegion, type Actor } from '../../access/actor.ts';
import type { Db } from '../../db/database.ts';
import { AppError, isErrorCode } from '../../errors/app-error.ts';
import { assertVillage } from '../regions/regions.service.ts';

/** The village a household is placed in: real, a village, and inside the actor's region. Returns its code. */
export async function resolveWritableVillage(db: Db, actor: Actor, code: string, field = 'villageCode'): Promise<string> {
  // A township written in 12-digit form (150602101000) is still a township, not an unknown code.
  const villageCode = shortenRegionCode(code);
  await assertVillage(db, villageCode, field);
  assertWritableRegion(actor, villageCode, field);
  return villageCode;
}

/** One main cause and at most two others, none repeated. */
export function assertCauses(mainCause: string | null, otherCauses: readonly string[]): void {
  if (otherCauses.length > 2) throw new AppError('VALIDATION_FAILED', 'at most two other causes', { field: 'otherCauses' });
  if (new Set(otherCauses).size !== otherCauses.length) {
    throw new AppError('VALIDATION_FAILED', 'a cause is listed twice among the other causes', { field: 'otherCauses' });
  }
  if (otherCauses.length && mainCause === null) {
    throw new AppError('VALIDATION_FAILED', 'other causes need a main cause', { field: 'mainCause' });
  }
  if (mainCause !== null && otherCauses.includes(mainCause)) {
    throw new AppError('VALIDATION_FAILED', `the main cause ${mainCause} is also listed among the other causes`, { field: 'otherCauses' });
  }
}

export function assertYears(yearIdentified: number | null, yearExited: number | null, currentYear: number): void {
  if (yearIdentified !== null && yearIdentified > currentYear) {
    throw new AppError('VALIDATION_FAILED', `the year identified ${yearIdentified} is in the future`, { field: 'yearIdentified' });
  }
  if (yearExited !== null && yearExited > currentYear) {
    throw new AppError('VALIDATION_FAILED', `the year exited ${yearExited} is in the future`, { field: 'yearExited' });
  }
  if (yearExited !== null && yearIdentified !== null && yearExited < yearIdentified) {
    throw new AppError('VALIDATION_FAILED', `the year exited ${yearExited} is before the year identified ${yearIdentified}`, { field: 'yearExited' });
  }
}

/** Which member (by index) and field a composition issue is about; index -1 when no single member is. */
function locateIssue(code: string, members: readonly CompositionMember[]): { index: number; key: 'relationToHead' | 'isDeceased' } {
  const indexesOf = (relation: string) => members.flatMap((m, i) => (m.relationToHead === relation ? [i] : []));
  if (code === 'HOUSEHOLD_SPOUSE_COUNT') return { index: indexesOf('spouse')[1] ?? -1, key: 'relationToHead' };
  const heads = indexesOf('self');
  if (heads.length === 1) return { index: heads[0] ?? -1, key: 'isDeceased' };
  return { index: heads[1] ?? -1, key: 'relationToHead' };
}

/**
 * Exactly one living head and at most one spouse (core's rule). `fieldOf` names the field for
 * the member at an index, and for index -1 (the composition as a whole).
 */
export function assertComposition(members: readonly CompositionMember[], fieldOf: (index: number, key: 'relationToHead' | 'isDeceased') => string): void {
  const issue = checkHouseholdComposition(members)[0];
  if (!issue) return;
  const { index, key } = locateIssue(issue.code, members);
  throw new AppError(isErrorCode(issue.code) ? issue.code : 'VALIDATION_FAILED', issue.message, { field: fieldOf(index, key) });
}
