import { sql, type Insertable } from 'kysely';
import { inRegionSubtree } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import { inValueList, selectJsonRows, tableUsingIndex } from '../../db/dialect.ts';
import type { MonitoringAlertTable, MonitoringScanTable } from '../../db/tables/monitoring.tables.ts';

/*
 * The set-based half of the scan: each query walks an index over the region's rows once and
 * returns only the households a rule may fire for, with the values the rule compares. The
 * comparison is the rule's own (core/src/monitoring), run again on the rows that come back.
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

/** A household's per-capita income of the income year and, when recorded, of the year before. */
export interface IncomeHit { householdId: string; villageCode: string; value: number; previous: number | null }

/** What the income pass looks for; a rule that is off is null. */
export interface IncomeLimits { threshold: number | null; dropPercent: number | null }

/**
 * Both income rules in one walk over `incomes_scan_idx` (region, household, year, per-capita
 * income): each household's income of `year` beside the year before's, only where one of the
 * rules may fire (whole-number arithmetic, as the rules).
 */
export async function findIncomeCandidates(db: Db, root: string, year: number, limits: IncomeLimits): Promise<IncomeHit[]> {
  const { threshold, dropPercent } = limits;
  if (threshold === null && dropPercent === null) return [];
  const fires = [
    ...(threshold === null ? [] : [sql`value < ${threshold}`]),
    ...(dropPercent === null ? [] : [sql`(previous > 0 and (previous - value) * 100 >= ${dropPercent} * previous)`]),
  ];
  const rows = await sql<{ householdId: string; villageCode: string; value: number; previous: number | null }>`
    select household_id, village_code, value, previous from (
      select i.household_id, i.village_code,
        max(case when i.year = ${year} then i.net_income_per_capita end) as value,
        max(case when i.year = ${year - 1} then i.net_income_per_capita end) as previous
      from ${tableUsingIndex(db, 'incomes', 'i', 'incomes_scan_idx')}
      where ${inRegionSubtree('i.villageCode', root)} and i.year in (${year}, ${year - 1})
      group by i.village_code, i.household_id
    ) as t
    where value is not null and (${sql.join(fires, sql` or `)})`.execute(db);
  return rows.rows.map((r) => ({ householdId: r.householdId, villageCode: r.villageCode, value: num(r.value), previous: r.previous === null ? null : num(r.previous) }));
}

export interface FeedHit {
  id: string;
  householdId: string;
  villageCode: string;
  memberId: string;
  eventDate: string;
  amount: number;
  code: string | null;
  povertyStatus: string;
}

const feedHitColumns = ['r.id', 'r.householdId', 'r.villageCode', 'r.memberId', 'r.eventDate', 'r.amount', 'r.code', 'h.povertyStatus'] as const;

function toFeedHit(r: { id: string; householdId: string; villageCode: string; memberId: string; eventDate: string; amount: number | null; code: string | null; povertyStatus: string }): FeedHit {
  return { ...r, amount: num(r.amount ?? 0) };
}

/** Feed records of a kind in the region within the dates, read from the covering scan index. */
function feedRecordsOf(db: Db, root: string, kind: string, from: string, to: string) {
  return db.selectFrom('feedRecords as r').innerJoin('households as h', 'h.id', 'r.householdId')
    .where('r.kind', '=', kind).where(inRegionSubtree('r.villageCode', root))
    .where('r.eventDate', '>=', from).where('r.eventDate', '<=', to);
}

/** Medical records of the year of households whose out-of-pocket total for it passes `minTotal`. */
export async function findMedicalYearRecords(db: Db, root: string, from: string, to: string, minTotal: number): Promise<FeedHit[]> {
  const heavy = db.selectFrom('feedRecords as s').select('s.householdId')
    .where('s.kind', '=', 'medicalCosts').where(inRegionSubtree('s.villageCode', root))
    .where('s.eventDate', '>=', from).where('s.eventDate', '<=', to)
    .groupBy('s.householdId').having(sql<boolean>`sum(s.amount) > ${minTotal}`);
  const rows = await feedRecordsOf(db, root, 'medicalCosts', from, to).select(feedHitColumns).where('r.householdId', 'in', heavy).execute();
  return rows.map(toFeedHit);
}

/** Inpatient stays within the dates whose out-of-pocket cost passes `minAmount`. */
export async function findCostlyStays(db: Db, root: string, from: string, to: string, minAmount: number): Promise<FeedHit[]> {
  const rows = await feedRecordsOf(db, root, 'medicalCosts', from, to).select(feedHitColumns)
    .where('r.code', '=', 'yes').where('r.amount', '>', minAmount).execute();
  return rows.map(toFeedHit);
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

export interface EarnerRow { householdId: string; memberId: string; relationToHead: string; employmentIncome: number; isDeceased: number; movedOutOn: string | null }

const LOOKUP_CHUNK = 10_000;

/** The members of these households (the households of a main-earner pass: a few thousand). */
export async function findMembersOfHouseholds(db: Db, householdIds: readonly string[]): Promise<EarnerRow[]> {
  const out: EarnerRow[] = [];
  for (let i = 0; i < householdIds.length; i += LOOKUP_CHUNK) {
    const rows = await db.selectFrom('members').select(['householdId', 'id as memberId', 'relationToHead', 'employmentIncome', 'isDeceased', 'movedOutOn'])
      .where(inValueList(db, 'members.householdId', householdIds.slice(i, i + LOOKUP_CHUNK))).execute();
    for (const r of rows) out.push({ ...r, employmentIncome: num(r.employmentIncome) });
  }
  return out;
}

/** What a scan found for one household and risk. */
export interface FoundAlert { id: string; householdId: string; villageCode: string; riskType: string; rules: string; reasons: string; reasonsDigest: string }

const FOUND_COLUMNS = ['id', 'householdId', 'villageCode', 'riskType', 'rules', 'reasons', 'reasonsDigest'] as const satisfies readonly (keyof MonitoringAlertTable)[];

/** Rows per statement: a few MB of JSON in one parameter. */
const UPSERT_CHUNK = 5000;

/**
 * Writes the alerts a scan found, thousands per statement: a household and risk with no open
 * alert gets a new one; an open alert is attached to (seen again: `raisedCount`, `lastRaisedAt`,
 * the scan, and its reasons as found now). Answers how many were new.
 */
export async function upsertAlerts(db: Db, scanId: string, at: string, found: readonly FoundAlert[]): Promise<number> {
  const constants = { status: 'open', firstScanId: scanId, lastScanId: scanId, raisedAt: at, lastRaisedAt: at, raisedCount: 1 };
  const columns = [...FOUND_COLUMNS, ...Object.keys(constants)] as (keyof MonitoringAlertTable)[];
  let raised = 0;
  for (let i = 0; i < found.length; i += UPSERT_CHUNK) {
    const written = await db.insertInto('monitoringAlerts').columns(columns)
      .expression(selectJsonRows(db, 'monitoringAlerts', FOUND_COLUMNS, found.slice(i, i + UPSERT_CHUNK), constants))
      // The open-alert index is partial: the conflict target repeats its condition, as a literal.
      .onConflict((oc) => oc.columns(['householdId', 'riskType']).where(sql<boolean>`status = 'open'`).doUpdateSet((eb) => ({
        rules: eb.ref('excluded.rules'), reasons: eb.ref('excluded.reasons'), reasonsDigest: eb.ref('excluded.reasonsDigest'),
        lastScanId: eb.ref('excluded.lastScanId'), lastRaisedAt: eb.ref('excluded.lastRaisedAt'), raisedCount: eb('monitoringAlerts.raisedCount', '+', 1),
      })))
      .returning('raisedCount').execute();
    for (const w of written) if (num(w.raisedCount) === 1) raised += 1;
  }
  return raised;
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

/** Running scans (started after `since`) whose region overlaps `root`. */
export async function findRunningScans(db: Db, since: string) {
  return db.selectFrom('monitoringScans').select(['id', 'regionCode']).where('status', '=', 'running').where('startedAt', '>', since).execute();
}

export async function findRecentScans(db: Db, root: string, limit: number) {
  return db.selectFrom('monitoringScans').selectAll().where(inRegionSubtree('monitoringScans.regionCode', root))
    .orderBy('startedAt', 'desc').limit(limit).execute();
}
