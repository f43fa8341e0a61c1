import { OPEN_CASE_STATES } from '@fupin/core';
import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion, inRegionSubtree } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';

type Executor = Db | Transaction<Database>;

/**
 * Gives every open alert without a case, of a household that has an open case, to that case: a
 * signal for a household already under a case is attached to it, never a second case. Called at
 * the end of a scan (inside its transaction) for the scan's region; answers how many it attached.
 * Led by the households with an open case (their open alerts by `monitoring_alerts_open_uq`), not
 * by the region's open alerts: a county has hundreds of thousands of those and few open cases.
 */
export async function attachAlertsToOpenCases(db: Executor, regionCode: string): Promise<number> {
  const openCase = db.selectFrom('monitoringCases as c').select('c.id')
    .where('c.householdId', '=', sql.ref<number>('monitoringAlerts.householdId')).where('c.state', 'in', OPEN_CASE_STATES).limit(1);
  const underCase = db.selectFrom('monitoringCases as o').select('o.householdId').where('o.state', 'in', OPEN_CASE_STATES);
  const result = await db.updateTable('monitoringAlerts')
    .set({ caseId: openCase })
    .where('status', '=', 'open').where('caseId', 'is', null)
    .where(inRegionSubtree('monitoringAlerts.villageCode', regionCode))
    .where('householdId', 'in', underCase)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The alerts named when a case is opened, as stored. */
export function findAlertsByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('monitoringAlerts').select(['id', 'householdId', 'villageCode', 'riskType', 'status', 'caseId', 'raisedAt'])
    .where('id', 'in', ids.length ? ids : ['']).execute();
}

/** Every open alert of the household without a case goes to the new case. */
export async function attachHouseholdAlerts(trx: Transaction<Database>, householdId: number, caseId: string): Promise<string[]> {
  const rows = await trx.selectFrom('monitoringAlerts').select('id').where('householdId', '=', householdId).where('status', '=', 'open').where('caseId', 'is', null).execute();
  const ids = rows.map((r) => r.id);
  if (ids.length) await trx.updateTable('monitoringAlerts').set({ caseId }).where('id', 'in', ids).execute();
  return ids;
}

/** When a case closes its open alerts close with it (a later signal raises a new alert). */
export async function closeCaseAlerts(trx: Transaction<Database>, caseId: string, at: string, by: string, note: string): Promise<number> {
  const result = await trx.updateTable('monitoringAlerts').set({ status: 'closed', closedAt: at, closedBy: by, closeNote: note })
    .where('caseId', '=', caseId).where('status', '=', 'open').executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Open alerts per village of the region, and how many of them wait for a case. */
export async function countOpenAlertsByVillage(db: Db, actor: Actor, region: string | undefined) {
  const rows = await db.selectFrom('monitoringAlerts').select(['villageCode', sql<number>`count(*)`.as('n'), sql<number>`sum(case when case_id is null then 1 else 0 end)`.as('unattached')])
    .where('status', '=', 'open').where(inActorRegion(actor, 'monitoringAlerts', region)).groupBy('villageCode').execute();
  return rows.map((r) => ({ villageCode: r.villageCode, open: Number(r.n), unattached: Number(r.unattached) }));
}
