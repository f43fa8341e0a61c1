import { sql, type Insertable } from 'kysely';
import { inRegionSubtree } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { MonitoringAlertTable, MonitoringScanTable } from '../../db/tables/monitoring.tables.ts';

/*
 * The set-based half of the scan: each query walks an index over the region's rows and returns
 * only the households a rule may fire for, with the values the rule compares. The comparison is
 * the rule's own (core/src/monitoring), run again on the few rows that come back.
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

export interface IncomeHit { householdId: string; villageCode: string; value: number; previous: number }

export async function findIncomesBelow(db: Db, root: string, year: number, threshold: number): Promise<IncomeHit[]> {
  const rows = await db.selectFrom('incomes').select(['householdId', 'villageCode', 'netIncomePerCapita'])
    .where('year', '=', year).where('netIncomePerCapita', '<', threshold).where(inRegionSubtree('incomes.villageCode', root)).execute();
  return rows.map((r) => ({ householdId: r.householdId, villageCode: r.villageCode, value: num(r.netIncomePerCapita), previous: 0 }));
}

/** Households whose per-capita income fell by at least `dropPercent` % from the year before (whole-number arithmetic, as the rule). */
export async function findIncomeDrops(db: Db, root: string, year: number, dropPercent: number): Promise<IncomeHit[]> {
  const rows = await db.selectFrom('incomes as c')
    .innerJoin('incomes as p', (j) => j.onRef('p.householdId', '=', 'c.householdId').on('p.year', '=', year - 1))
    .select(['c.householdId', 'c.villageCode', 'c.netIncomePerCapita as value', 'p.netIncomePerCapita as previous'])
    .where('c.year', '=', year).where(inRegionSubtree('c.villageCode', root))
    .where('p.netIncomePerCapita', '>', 0)
    .where(sql<boolean>`(p.net_income_per_capita - c.net_income_per_capita) * 100 >= ${dropPercent} * p.net_income_per_capita`)
    .execute();
  return rows.map((r) => ({ householdId: r.householdId, villageCode: r.villageCode, value: num(r.value), previous: num(r.previous) }));
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

/** Medical records of the year of households whose out-of-pocket total for it passes `minTotal`. */
export async function findMedicalYearRecords(db: Db, root: string, from: string, to: string, minTotal: number): Promise<FeedHit[]> {
  const heavy = db.selectFrom('feedRecords as s').select('s.householdId')
    .where('s.kind', '=', 'medicalCosts').where(inRegionSubtree('s.villageCode', root))
    .where('s.eventDate', '>=', from).where('s.eventDate', '<=', to)
    .groupBy('s.householdId').having(sql<boolean>`sum(s.amount) > ${minTotal}`);
  const rows = await db.selectFrom('feedRecords as r').innerJoin('households as h', 'h.id', 'r.householdId').select(feedHitColumns)
    .where('r.kind', '=', 'medicalCosts').where(inRegionSubtree('r.villageCode', root))
    .where('r.eventDate', '>=', from).where('r.eventDate', '<=', to)
    .where('r.householdId', 'in', heavy).execute();
  return rows.map(toFeedHit);
}

/** Inpatient stays within the dates whose out-of-pocket cost passes `minAmount`. */
export async function findCostlyStays(db: Db, root: string, from: string, to: string, minAmount: number): Promise<FeedHit[]> {
  const rows = await db.selectFrom('feedRecords as r').innerJoin('households as h', 'h.id', 'r.householdId').select(feedHitColumns)
    .where('r.kind', '=', 'medicalCosts').where(inRegionSubtree('r.villageCode', root))
    .where('r.eventDate', '>=', from).where('r.eventDate', '<=', to)
    .where('r.code', '=', 'yes').where('r.amount', '>', minAmount).execute();
  return rows.map(toFeedHit);
}

/**
 * Feed records of a kind within the dates; with `latestOnly`, only a member's latest record of
 * that kind counts (a pupil who went back to school, a worker who found a job again).
 */
export async function findFeedEvents(db: Db, root: string, kind: string, from: string, to: string, codes: readonly string[], latestOnly: boolean): Promise<FeedHit[]> {
  let q = db.selectFrom('feedRecords as r').innerJoin('households as h', 'h.id', 'r.householdId').select(feedHitColumns)
    .where('r.kind', '=', kind).where(inRegionSubtree('r.villageCode', root))
    .where('r.eventDate', '>=', from).where('r.eventDate', '<=', to);
  if (codes.length > 0) q = q.where('r.code', 'in', [...codes]);
  if (latestOnly) {
    q = q.where(({ not, exists, selectFrom }) => not(exists(selectFrom('feedRecords as l').select('l.id')
      .whereRef('l.memberId', '=', 'r.memberId').where('l.kind', '=', kind).whereRef('l.eventDate', '>', 'r.eventDate'))));
  }
  return (await q.execute()).map(toFeedHit);
}

export interface EarnerRow { householdId: string; memberId: string; relationToHead: string; employmentIncome: number; isDeceased: number; movedOutOn: string | null }

export async function findMembersOfHouseholds(db: Db, householdIds: readonly string[]): Promise<EarnerRow[]> {
  const out: EarnerRow[] = [];
  for (let i = 0; i < householdIds.length; i += 1000) {
    const rows = await db.selectFrom('members').select(['householdId', 'id as memberId', 'relationToHead', 'employmentIncome', 'isDeceased', 'movedOutOn'])
      .where('householdId', 'in', householdIds.slice(i, i + 1000)).execute();
    out.push(...rows.map((r) => ({ ...r, employmentIncome: num(r.employmentIncome) })));
  }
  return out;
}

export interface OpenAlertKey { id: string; householdId: string; riskType: string; reasonsDigest: string }

export async function findOpenAlertKeys(db: Db, root: string): Promise<OpenAlertKey[]> {
  return db.selectFrom('monitoringAlerts').select(['id', 'householdId', 'riskType', 'reasonsDigest'])
    .where('status', '=', 'open').where(inRegionSubtree('monitoringAlerts.villageCode', root)).execute();
}

/** 17 columns × 1 900 rows stays under SQLite's 32 766 bound parameters. */
export async function insertAlerts(db: Db, rows: readonly Insertable<MonitoringAlertTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1900) await db.insertInto('monitoringAlerts').values(rows.slice(i, i + 1900)).execute();
}

/** An open alert seen again with the same reasons: one statement per thousand alerts. */
export async function touchAlerts(db: Db, ids: readonly string[], scanId: string, at: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) {
    await db.updateTable('monitoringAlerts').set((eb) => ({ lastScanId: scanId, lastRaisedAt: at, raisedCount: eb('raisedCount', '+', 1) }))
      .where('id', 'in', ids.slice(i, i + 1000)).execute();
  }
}

export async function updateAlertReasons(db: Db, id: string, changes: { rules: string; reasons: string; reasonsDigest: string; lastScanId: string; lastRaisedAt: string }): Promise<void> {
  await db.updateTable('monitoringAlerts').set((eb) => ({ ...changes, raisedCount: eb('raisedCount', '+', 1) })).where('id', '=', id).execute();
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
