import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import { applyFilter, type HouseholdFilter } from '../households/household-search.repository.ts';

export function countMatchingHouseholds(db: Db, actor: Actor, filter: HouseholdFilter): Promise<number> {
  return applyFilter(db, actor, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n));
}

/**
 * The villages holding households in the region, in code order. Unfiltered on purpose: one pass
 * over a village-first index, where a filter could send the planner to a scan with lookups.
 */
export async function findVillagesWithHouseholds(db: Db, actor: Actor, regionCode: string | undefined): Promise<string[]> {
  const rows = await db.selectFrom('households').select('households.villageCode').distinct()
    .where(inActorRegion(actor, 'households', regionCode))
    .orderBy('households.villageCode').execute();
  return rows.map((r) => r.villageCode);
}

/**
 * The next batch of matching households in one village after a household number (keyset
 * pagination). The village is named exactly, besides the region filter, so that each batch is one
 * seek on (village code, household number) however deep into the list it is.
 */
export function findHouseholdBatch(db: Db, actor: Actor, filter: HouseholdFilter, villageCode: string, afterHouseholdNo: string | null, limit: number) {
  let query = applyFilter(db, actor, filter).select([
    'households.id', 'households.householdNo', 'households.villageCode', 'households.villageGroup', 'households.headMemberId',
    'households.headName', 'households.memberCount', 'households.householdType', 'households.povertyStatus',
    'households.mainCause', 'households.otherCauses', 'households.yearIdentified', 'households.yearExited',
  ]).where('households.villageCode', '=', villageCode);
  if (afterHouseholdNo !== null) query = query.where('households.householdNo', '>', afterHouseholdNo);
  return query.orderBy('households.householdNo').limit(limit).execute();
}

export type ExportHouseholdRow = Awaited<ReturnType<typeof findHouseholdBatch>>[number];

/** The masked ID numbers of these members (the plaintext is never read here). */
export async function findMaskedIdNumbers(db: Db, actor: Actor, memberIds: readonly string[]): Promise<Map<string, string>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db.selectFrom('members').select(['members.id', 'members.idMasked'])
    .where('members.id', 'in', [...memberIds]).where(inActorRegion(actor, 'members'))
    .execute();
  return new Map(rows.map((r) => [r.id, r.idMasked]));
}

export interface LatestIncome {
  year: number;
  netIncomePerCapita: number;
}

/** Each household's income of its latest recorded year. */
export async function findLatestIncomes(db: Db, actor: Actor, householdIds: readonly string[]): Promise<Map<string, LatestIncome>> {
  if (householdIds.length === 0) return new Map();
  const rows = await db.selectFrom('incomes').select(['incomes.householdId', 'incomes.year', 'incomes.netIncomePerCapita'])
    .where('incomes.householdId', 'in', [...householdIds]).where(inActorRegion(actor, 'incomes'))
    .execute();
  const latest = new Map<string, LatestIncome>();
  for (const r of rows) {
    const seen = latest.get(r.householdId);
    if (!seen || r.year > seen.year) latest.set(r.householdId, { year: r.year, netIncomePerCapita: Number(r.netIncomePerCapita) });
  }
  return latest;
}

export async function findRegionNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', unique).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
