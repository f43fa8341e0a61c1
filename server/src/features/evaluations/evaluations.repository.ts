import { sql } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';

/** The household's latest basic-needs check dated on or before the day given. */
export function findLatestBasicNeedsCheck(db: Db, householdId: string, onOrBefore: string) {
  return db.selectFrom('basicNeedsChecks').selectAll()
    .where('householdId', '=', householdId).where('checkedOn', '<=', onOrBefore)
    .orderBy('checkedOn', 'desc').orderBy('createdAt', 'desc').limit(1)
    .executeTakeFirst();
}

/** Living members who have not moved out. */
export function findLivingMembers(db: Db, householdId: string) {
  return db.selectFrom('members')
    .select(['id', 'name', 'schoolStatus', 'schoolGrade', 'laborCapacity', 'receivesDibao', 'receivesExtremePovertySupport'])
    .where('householdId', '=', householdId).where('movedOutOn', 'is', null).where('isDeceased', '=', 0)
    .orderBy('createdAt').orderBy('id').execute();
}

export interface PeopleCount {
  households: number;
  people: number;
  poorHouseholds: number;
  poorPeople: number;
}

const POOR_STATUSES = ['poor', 'relapsed'];

/** Registered population and people still poor in a region (households and their member counts), in one pass. */
export async function countPoorPeople(db: Db, actor: Actor, regionCode: string): Promise<PeopleCount> {
  const row = await db.selectFrom('households')
    .select((eb) => [
      eb.fn.countAll<number>().as('households'),
      eb.fn.coalesce(eb.fn.sum<number>('households.memberCount'), sql<number>`0`).as('people'),
      eb.fn.sum<number>(eb.case().when('households.povertyStatus', 'in', POOR_STATUSES).then(1).else(0).end()).as('poorHouseholds'),
      eb.fn.sum<number>(eb.case().when('households.povertyStatus', 'in', POOR_STATUSES).then(eb.ref('households.memberCount')).else(0).end()).as('poorPeople'),
    ])
    .where(inActorRegion(actor, 'households', regionCode))
    .executeTakeFirstOrThrow();
  return { households: Number(row.households), people: Number(row.people ?? 0), poorHouseholds: Number(row.poorHouseholds ?? 0), poorPeople: Number(row.poorPeople ?? 0) };
}

/** The same counts for each child region (by the first `childLength` digits of the village code). */
export async function countPoorPeopleByChild(db: Db, actor: Actor, regionCode: string, childLength: number) {
  const child = sql<string>`substr(${sql.ref('households.villageCode')}, 1, ${sql.lit(childLength)})`;
  const rows = await db.selectFrom('households')
    .select((eb) => [
      child.as('code'),
      eb.fn.countAll<number>().as('households'),
      eb.fn.sum<number>('households.memberCount').as('people'),
      eb.fn.sum<number>(eb.case().when('households.povertyStatus', 'in', POOR_STATUSES).then(eb.ref('households.memberCount')).else(0).end()).as('poorPeople'),
    ])
    .where(inActorRegion(actor, 'households', regionCode))
    .groupBy(child)
    .orderBy(child)
    .execute();
  return rows.map((r) => ({ code: r.code, households: Number(r.households), people: Number(r.people ?? 0), poorPeople: Number(r.poorPeople ?? 0) }));
}

/** Net income and household size summed over a region's incomes of a year (for the village's per-capita income). */
export async function sumIncomes(db: Db, actor: Actor, regionCode: string, year: number): Promise<{ netIncome: number; people: number }> {
  const row = await db.selectFrom('incomes')
    .select((eb) => [eb.fn.sum<number>('incomes.netIncome').as('netIncome'), eb.fn.sum<number>('incomes.householdSize').as('people')])
    .where('incomes.year', '=', year).where(inActorRegion(actor, 'incomes', regionCode))
    .executeTakeFirstOrThrow();
  return { netIncome: Number(row.netIncome ?? 0), people: Number(row.people ?? 0) };
}
