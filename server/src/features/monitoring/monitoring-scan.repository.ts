import { sql, type Insertable } from 'kysely';
import { inRegionSubtree } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import { jsonArrayAggText, jsonArrayAggWhereText, jsonArrayOf } from '../../db/dialect.ts';
import type { MonitoringScanTable } from '../../db/tables/monitoring.tables.ts';

/*
 * The set-based half of the scan: each query walks an index over the region's rows once and
 * returns only the households a rule may fire for, with the values the rule compares. The
 * comparison is the rule's own (core/src/monitoring), run again on the rows that come back; the
 * income rules, which fire for hundreds of thousands of households, are written in SQL
 * (monitoring-income.repository.ts).
 */

const num = (v: unknown): number => Number(v);

/** The latest year with any income recorded, up to `year` (an index lookup). */
export async function findLatestIncomeYear(db: Db, year: number): Promise<number | null> {
  const row = await db.selectFrom('incomes').select((eb) => eb.fn.max('year').as('year')).where('year', '<=', year).executeTakeFirst();
  return row?.year === null || row?.year === undefined ? null : num(row.year);
}

/** Counties (6-digit codes) that hold households under `root`. */
export async function findCountiesWithHouseholds(db: Db, root: string): Promise<string[]> {
  if (root.length >= 6) return [root];
  const rows = await db.selectFrom('households').select(sql<string>`substr(village_code, 1, 6)`.as('county'))
    .where(inRegionSubtree('households.villageCode', root)).distinct().execute();
  return rows.map((r) => r.county).sort();
}

export interface FeedHit {
  id: string;
  householdId: number;
  villageCode: string;
  memberId: number;
  eventDate: string;
  amount: number;
  code: string | null;
}

const feedHitColumns = ['r.id', 'r.householdId', 'r.villageCode', 'r.memberId', 'r.eventDate', 'r.amount', 'r.code'] as const;

function toFeedHit<R extends { amount: number | string | null }>(r: R): Omit<R, 'amount'> & { amount: number } {
  return { ...r, amount: num(r.amount ?? 0) };
}

/** Feed records of a kind in the region within the dates, read through the scan index. */
function feedRecordsOf(db: Db, root: string, kind: string, from: string, to: string) {
  return db.selectFrom('feedRecords as r')
    .where('r.kind', '=', kind).where(inRegionSubtree('r.villageCode', root))
    .where('r.eventDate', '>=', from).where('r.eventDate', '<=', to);
}

/** A household's medical records of the year: the total, the latest day, the records, and its costly inpatient stays. */
export interface MedicalCosts {
  householdId: number; villageCode: string; povertyStatus: string; total: number; latest: string; recordIds: string[]; stays: FeedHit[];
}

/** What the medical pass looks for; a rule that is off is null. */
export interface MedicalLimits { minTotal: number | null; minStay: number | null }

type StayCells = [id: string, villageCode: string, memberId: number, eventDate: string, amount: number, code: string | null];

/**
 * Both medical rules from one walk over the region's medical records within the dates (the scan
 * index, then each record from the table): per household the out-of-pocket total (summed in SQL),
 * its latest day and records, and its inpatient stays over `minStay`; only households whose total
 * passes `minTotal` or that had such a stay come back, with their poverty status (which sets the limits).
 */
export async function findMedicalCosts(db: Db, root: string, from: string, to: string, limits: MedicalLimits): Promise<MedicalCosts[]> {
  const { minTotal, minStay } = limits;
  const isStay = minStay === null ? sql`1 = 0` : sql`r.code = 'yes' and r.amount > ${minStay}`;
  const fires = [
    ...(minTotal === null ? [] : [sql`sum(r.amount) > ${minTotal}`]),
    ...(minStay === null ? [] : [sql`sum(case when ${isStay} then 1 else 0 end) > 0`]),
  ];
  if (fires.length === 0) return [];
  const stay = jsonArrayOf(db, [sql`r.id`, sql`r.village_code`, sql`r.member_id`, sql`r.event_date`, sql`r.amount`, sql`r.code`]);
  const costs = feedRecordsOf(db, root, 'medicalCosts', from, to)
    .select(['r.householdId', sql<string>`max(r.village_code)`.as('villageCode'), sql<number>`sum(r.amount)`.as('total'),
      sql<string>`max(r.event_date)`.as('latest'), jsonArrayAggText(db, sql`r.id`, sql`r.event_date, r.id`).as('recordIds'),
      jsonArrayAggWhereText(db, stay, isStay, sql`r.village_code, r.event_date, r.id`).as('stays')])
    .groupBy('r.householdId').having(sql<boolean>`${sql.join(fires, sql` or `)}`);
  const rows = await db.selectFrom(costs.as('t')).innerJoin('households as h', 'h.id', 't.householdId')
    .select(['t.householdId', 't.villageCode', 't.total', 't.latest', 't.recordIds', 't.stays', 'h.povertyStatus']).orderBy('t.householdId').execute();
  return rows.map((r) => ({
    ...r, total: num(r.total), recordIds: JSON.parse(r.recordIds) as string[],
    stays: (JSON.parse(r.stays) as StayCells[]).map(([id, villageCode, memberId, eventDate, amount, code]) => (
      { id, householdId: r.householdId, villageCode, memberId: num(memberId), eventDate, amount: num(amount), code })),
  }));
}

/**
 * Feed records of a kind within the dates; with `latestOnly`, only a member's latest record of
 * that kind counts (a pupil who went back to school, a worker who found a job again).
 */
export async function findFeedEvents(db: Db, root: string, kind: string, from: string, to: string, codes: readonly string[], latestOnly: boolean): Promise<FeedHit[]> {
  let q = feedRecordsOf(db, root, kind, from, to).select(feedHitColumns);
  if (codes.length > 0) q = q.where('r.code', 'in', [...codes]);
  if (latestOnly) {
    q = q.where(({ not, exists, selectFrom }) => not(exists(selectFrom('feedRecords as l').select('l.id')
      .whereRef('l.memberId', '=', 'r.memberId').where('l.kind', '=', kind).whereRef('l.eventDate', '>', 'r.eventDate'))));
  }
  return (await q.execute()).map(toFeedHit);
}

export interface EarnerRow { householdId: number; memberId: number; relationToHead: string; employmentIncome: number; isDeceased: number; movedOutOn: string | null }

/** The members of the region's households with a feed record of these kinds within the dates (a main-earner pass: a few thousand). */
export async function findMembersOfHouseholdsWithEvents(db: Db, root: string, kinds: readonly string[], from: string, to: string): Promise<EarnerRow[]> {
  const rows = await db.selectFrom('members')
    .select(['householdId', 'id as memberId', 'relationToHead', 'employmentIncome', 'isDeceased', 'movedOutOn'])
    .where('householdId', 'in', db.selectFrom('feedRecords as r').select('r.householdId')
      .where('r.kind', 'in', [...kinds]).where(inRegionSubtree('r.villageCode', root)).where('r.eventDate', '>=', from).where('r.eventDate', '<=', to))
    .execute();
  return rows.map((r) => ({ ...r, employmentIncome: num(r.employmentIncome) }));
}

export async function insertScan(db: Db, row: Insertable<MonitoringScanTable>): Promise<void> {
  await db.insertInto('monitoringScans').values(row).execute();
}

export async function updateScan(db: Db, id: string, changes: Partial<Omit<MonitoringScanTable, 'id'>>): Promise<void> {
  await db.updateTable('monitoringScans').set(changes).where('id', '=', id).execute();
}

export async function findScan(db: Db, id: string) {
  return db.selectFrom('monitoringScans').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Running scans that have moved since `since`. */
export async function findRunningScans(db: Db, since: string) {
  return db.selectFrom('monitoringScans').select(['id', 'regionCode']).where('status', '=', 'running').where('progressedAt', '>', since).execute();
}

export async function findRecentScans(db: Db, root: string, limit: number) {
  return db.selectFrom('monitoringScans').selectAll().where(inRegionSubtree('monitoringScans.regionCode', root))
    .orderBy('startedAt', 'desc').limit(limit).execute();
}
