import type { ExpressionBuilder } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
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

/** The head's ID number as a batch carries it: masked, or encrypted for an unmasked export to decrypt. */
export type IdNumberForm = 'masked' | 'encrypted';

/**
 * The next batch of matching households in one village after a household number (keyset
 * pagination), each with its head's ID number and its latest income in the same query. The village
 * is named exactly, besides the region filter, so that each batch is one seek on (village code,
 * household number) however deep into the list it is; the head and the income are index seeks.
 */
export function findHouseholdBatch(db: Db, actor: Actor, filter: HouseholdFilter, villageCode: string, afterHouseholdNo: string | null, limit: number, idForm: IdNumberForm = 'masked') {
  const latestIncome = (eb: ExpressionBuilder<Database, 'households'>) => eb.selectFrom('incomes')
    .whereRef('incomes.householdId', '=', 'households.id').where(inActorRegion(actor, 'incomes'))
    .orderBy('incomes.year', 'desc').limit(1);
  let query = applyFilter(db, actor, filter)
    .leftJoin('members as head', (join) => join.onRef('head.id', '=', 'households.headMemberId').on(inActorRegion(actor, 'head')))
    .select([
      'households.id', 'households.householdNo', 'households.villageCode', 'households.villageGroup', 'households.headMemberId',
      'households.headName', 'households.memberCount', 'households.householdType', 'households.povertyStatus',
      'households.mainCause', 'households.otherCauses', 'households.yearIdentified', 'households.yearExited',
      idForm === 'masked' ? 'head.idMasked as headIdNumber' : 'head.idNumberEnc as headIdNumber',
    ])
    .select((eb) => [
      latestIncome(eb).select('incomes.year').as('incomeYear'),
      latestIncome(eb).select('incomes.netIncomePerCapita').as('incomePerCapita'),
    ])
    .where('households.villageCode', '=', villageCode);
  if (afterHouseholdNo !== null) query = query.where('households.householdNo', '>', afterHouseholdNo);
  return query.orderBy('households.householdNo').limit(limit).execute();
}

export type ExportHouseholdRow = Awaited<ReturnType<typeof findHouseholdBatch>>[number];

/** Current members (not moved out) of the households matching the filter. */
export function countMatchingMembers(db: Db, actor: Actor, filter: HouseholdFilter): Promise<number> {
  return db.selectFrom('members').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('members.householdId', 'in', applyFilter(db, actor, filter).select('households.id'))
    .where('members.movedOutOn', 'is', null).where(inActorRegion(actor, 'members', filter.regionCode))
    .executeTakeFirstOrThrow().then((r) => Number(r.n));
}

/** The current members of these households. */
export function findCurrentMembersOf(db: Db, actor: Actor, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('members').selectAll()
    .where('members.householdId', 'in', [...householdIds]).where('members.movedOutOn', 'is', null)
    .where(inActorRegion(actor, 'members'))
    .orderBy('members.birthDate').orderBy('members.id').execute();
}

/** Income records (one per household and year) of the households matching the filter, of one year or all. */
export function countMatchingIncomes(db: Db, actor: Actor, filter: HouseholdFilter, year: number | undefined): Promise<number> {
  let query = db.selectFrom('incomes').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('incomes.householdId', 'in', applyFilter(db, actor, filter).select('households.id'))
    .where(inActorRegion(actor, 'incomes', filter.regionCode));
  if (year !== undefined) query = query.where('incomes.year', '=', year);
  return query.executeTakeFirstOrThrow().then((r) => Number(r.n));
}

export function findIncomesOf(db: Db, actor: Actor, householdIds: readonly number[], year: number | undefined) {
  if (householdIds.length === 0) return Promise.resolve([]);
  let query = db.selectFrom('incomes').selectAll()
    .where('incomes.householdId', 'in', [...householdIds]).where(inActorRegion(actor, 'incomes'));
  if (year !== undefined) query = query.where('incomes.year', '=', year);
  return query.orderBy('incomes.year').execute();
}

export async function findRegionNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', unique).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
