import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';

/**
 * Households and people per village, status, type and main cause. Grouped in the order of
 * households_overview_idx, so one pass over that index answers it without sorting.
 */
export async function countHouseholdGroups(db: Db, actor: Actor, regionCode: string) {
  const rows = await db.selectFrom('households')
    .select(['households.villageCode', 'households.povertyStatus', 'households.householdType', 'households.mainCause'])
    .select((eb) => [eb.fn.countAll<number>().as('households'), eb.fn.sum<number>('households.memberCount').as('people')])
    .where(inActorRegion(actor, 'households', regionCode))
    .groupBy(['households.villageCode', 'households.povertyStatus', 'households.householdType', 'households.mainCause'])
    .execute();
  return rows.map((r) => ({ ...r, households: Number(r.households), people: Number(r.people) }));
}

/** Households per village and list of other causes (only those with any), from households_other_causes_idx. */
export async function countOtherCauseGroups(db: Db, actor: Actor, regionCode: string) {
  const rows = await db.selectFrom('households')
    .select(['households.villageCode', 'households.otherCauses'])
    .select((eb) => eb.fn.countAll<number>().as('households'))
    .where(inActorRegion(actor, 'households', regionCode))
    .where('households.otherCauses', '<>', '[]')
    .groupBy(['households.villageCode', 'households.otherCauses'])
    .execute();
  return rows.map((r) => ({ otherCauses: r.otherCauses, households: Number(r.households) }));
}

/**
 * The latest year with incomes in the region. The year is bounded on both sides so that the
 * planner walks the year-first index backwards rather than sorting the region's incomes.
 */
export async function findLatestIncomeYear(db: Db, actor: Actor, regionCode: string, firstYear: number, lastYear: number): Promise<number | null> {
  const row = await db.selectFrom('incomes').select('incomes.year')
    .where(inActorRegion(actor, 'incomes', regionCode))
    .where('incomes.year', '>=', firstYear).where('incomes.year', '<=', lastYear)
    .orderBy('incomes.year', 'desc').limit(1)
    .executeTakeFirst();
  return row ? row.year : null;
}

export interface AmountRange {
  /** Exclusive lower bound in fen, or null for none. */
  above: number | null;
  /** Inclusive upper bound in fen, or null for none. */
  upTo: number | null;
}

/** Incomes of a year whose per-capita net income lies in the range: one range of incomes_year_per_capita_idx. */
export async function countIncomesInRange(db: Db, actor: Actor, regionCode: string, year: number, range: AmountRange): Promise<number> {
  let query = db.selectFrom('incomes').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('incomes.year', '=', year)
    .where(inActorRegion(actor, 'incomes', regionCode));
  if (range.above !== null) query = query.where('incomes.netIncomePerCapita', '>', range.above);
  if (range.upTo !== null) query = query.where('incomes.netIncomePerCapita', '<=', range.upTo);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/**
 * The newest changes in the region, newest first, without their before/after images. Found in two
 * steps: the sequence numbers from record_changes_seq_village_idx alone (walking it backwards costs
 * little even where the region has had few changes), then just those rows.
 */
export async function findRecentChanges(db: Db, actor: Actor, regionCode: string, limit: number) {
  const keys = await db.selectFrom('recordChanges').select('recordChanges.seq')
    .where(inActorRegion(actor, 'recordChanges', regionCode))
    .orderBy('recordChanges.seq', 'desc').limit(limit)
    .execute();
  if (keys.length === 0) return [];
  return db.selectFrom('recordChanges')
    .select(['recordChanges.seq', 'recordChanges.changedAt', 'recordChanges.actorId', 'recordChanges.actorName', 'recordChanges.householdId',
      'recordChanges.entityType', 'recordChanges.entityId', 'recordChanges.action', 'recordChanges.source'])
    .where('recordChanges.seq', 'in', keys.map((k) => k.seq))
    .where(inActorRegion(actor, 'recordChanges', regionCode))
    .orderBy('recordChanges.seq', 'desc')
    .execute();
}

export async function findHouseholdNumbers(db: Db, actor: Actor, householdIds: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(householdIds)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('households').select(['households.id', 'households.householdNo'])
    .where('households.id', 'in', unique).where(inActorRegion(actor, 'households'))
    .execute();
  return new Map(rows.map((r) => [r.id, r.householdNo]));
}

/**
 * The smallest household key registered at or after `since`, if any. Keys are handed out in the
 * order households are registered, so registration times rise with them: a binary search of about
 * twenty key lookups finds where the recent ones start, without an index on the time.
 */
async function findFirstKeyRegisteredSince(db: Db, since: string): Promise<number | undefined> {
  const bounds = await db.selectFrom('households').select((eb) => [eb.fn.min('households.id').as('low'), eb.fn.max('households.id').as('high')]).executeTakeFirst();
  if (bounds?.low === null || bounds?.low === undefined || bounds.high === null) return undefined;
  const last = Number(bounds.high);
  let low = Number(bounds.low);
  let high = last + 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const row = await db.selectFrom('households').select(['households.id', 'households.createdAt']).where('households.id', '>=', middle)
      .orderBy('households.id').limit(1).executeTakeFirstOrThrow();
    if (row.createdAt >= since) high = middle;
    else low = row.id + 1;
  }
  return low <= last ? low : undefined;
}

/** Households registered in [since, until], newest first. */
export async function findRecentHouseholds(db: Db, actor: Actor, regionCode: string, since: string, until: string, limit: number) {
  const firstKey = await findFirstKeyRegisteredSince(db, since);
  if (firstKey === undefined) return [];
  return db.selectFrom('households')
    .select(['households.id', 'households.householdNo', 'households.headName', 'households.villageCode', 'households.memberCount',
      'households.householdType', 'households.povertyStatus', 'households.createdAt'])
    .where(inActorRegion(actor, 'households', regionCode))
    .where('households.id', '>=', firstKey)
    .where('households.createdAt', '>=', since).where('households.createdAt', '<=', until)
    .orderBy('households.id', 'desc').limit(limit)
    .execute();
}

/** A region row; regions are public reference data, not region-owned records. */
export function findRegionRow(db: Db, code: string) {
  return db.selectFrom('regions').select(['code', 'name', 'level']).where('code', '=', code).executeTakeFirst();
}

/** The regions one level down ('' = the provinces). */
export function findChildRegionRows(db: Db, parentCode: string) {
  const query = db.selectFrom('regions').select(['code', 'name', 'level']);
  return (parentCode === '' ? query.where('parentCode', 'is', null) : query.where('parentCode', '=', parentCode)).orderBy('code').execute();
}

export async function findRegionNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', unique).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
