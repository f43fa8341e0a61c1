import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import { castInteger } from '../../db/dialect.ts';
import { MEMBER_FACT_COLUMNS } from './member-facts.ts';

/** The household's latest basic-needs check dated on or before the day given. */
export function findLatestBasicNeedsCheck(db: Db, householdId: number, onOrBefore: string) {
  return db.selectFrom('basicNeedsChecks').selectAll()
    .where('householdId', '=', householdId).where('checkedOn', '<=', onOrBefore)
    .orderBy('checkedOn', 'desc').orderBy('createdAt', 'desc').limit(1)
    .executeTakeFirst();
}

/** Living members who have not moved out. */
export function findLivingMembers(db: Db, householdId: number) {
  return db.selectFrom('members')
    .select([...MEMBER_FACT_COLUMNS])
    .where('householdId', '=', householdId).where('movedOutOn', 'is', null).where('isDeceased', '=', 0)
    .orderBy('id').execute();
}

export interface PeopleCount {
  households: number;
  people: number;
  poorHouseholds: number;
  poorPeople: number;
}

/**
 * 1 when the household was poor at the end of `year`, else 0: the roll of that year, rebuilt from
 * the years identified and exited (and, for a relapsed household, the year its status became
 * relapsed in the history, else the year it was registered), so that evaluating 2019 gives 2019's
 * figures however the statuses have moved since. An unknown year identified counts as identified.
 */
export function poorAtYearEnd(year: number): RawBuilder<number> {
  const status = sql.ref('households.povertyStatus');
  const identified = sql`coalesce(${sql.ref('households.yearIdentified')}, 0)`;
  const exited = sql.ref('households.yearExited');
  const relapsedIn = sql`coalesce((select min(${castInteger(sql`substr(rc.changed_at, 1, 4)`)}) from record_changes rc
    where rc.household_id = ${sql.ref('households.id')} and rc.entity_type = 'household' and rc.after like ${'%"povertyStatus":"relapsed"%'}),
    ${castInteger(sql`substr(${sql.ref('households.createdAt')}, 1, 4)`)})`;
  return sql<number>`case
    when ${status} = 'poor' and ${identified} <= ${year} then 1
    when ${status} in ('exited', 'exitedNoPolicy', 'relapsed') and ${identified} <= ${year} and (${exited} is null or ${exited} > ${year}) then 1
    when ${status} = 'relapsed' and ${identified} <= ${year} and ${relapsedIn} <= ${year} then 1
    else 0 end`;
}

/** Registered population and people poor at the end of `year` in a region (households and their member counts), in one pass. */
export async function countPoorPeople(db: Db, actor: Actor, regionCode: string, year: number): Promise<PeopleCount> {
  const isPoor = poorAtYearEnd(year);
  const row = await db.selectFrom('households')
    .select((eb) => [
      eb.fn.countAll<number>().as('households'),
      eb.fn.coalesce(eb.fn.sum<number>('households.memberCount'), sql<number>`0`).as('people'),
      eb.fn.sum<number>(isPoor).as('poorHouseholds'),
      eb.fn.sum<number>(sql`${isPoor} * ${sql.ref('households.memberCount')}`).as('poorPeople'),
    ])
    .where(inActorRegion(actor, 'households', regionCode))
    .executeTakeFirstOrThrow();
  return { households: Number(row.households), people: Number(row.people ?? 0), poorHouseholds: Number(row.poorHouseholds ?? 0), poorPeople: Number(row.poorPeople ?? 0) };
}

/** The same counts, as of the end of `year`, for each child region (by the first `childLength` digits of the village code). */
export async function countPoorPeopleByChild(db: Db, actor: Actor, regionCode: string, year: number, childLength: number) {
  const child = sql<string>`substr(${sql.ref('households.villageCode')}, 1, ${sql.lit(childLength)})`;
  const isPoor = poorAtYearEnd(year);
  const rows = await db.selectFrom('households')
    .select((eb) => [
      child.as('code'),
      eb.fn.countAll<number>().as('households'),
      eb.fn.sum<number>('households.memberCount').as('people'),
      eb.fn.sum<number>(sql`${isPoor} * ${sql.ref('households.memberCount')}`).as('poorPeople'),
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
