import { sql } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';

export interface AlertFilter {
  region?: string | undefined;
  status?: 'open' | 'closed' | undefined;
  riskType?: string | undefined;
  rule?: string | undefined;
  householdId?: number | undefined;
  /** true: alerts a case owns; false: alerts waiting for a case. */
  attached?: boolean | undefined;
  caseId?: string | undefined;
}

function filtered(db: Db, actor: Actor, f: AlertFilter) {
  let q = db.selectFrom('monitoringAlerts as a').where(inActorRegion(actor, 'a', f.region));
  if (f.status) q = q.where('a.status', '=', f.status);
  if (f.riskType) q = q.where('a.riskType', '=', f.riskType);
  // Rules are a short JSON array of codes; a quoted code cannot match inside another code.
  if (f.rule) q = q.where('a.rules', 'like', `%"${f.rule}"%`);
  if (f.householdId) q = q.where('a.householdId', '=', f.householdId);
  if (f.attached !== undefined) q = q.where('a.caseId', f.attached ? 'is not' : 'is', null);
  if (f.caseId) q = q.where('a.caseId', '=', f.caseId);
  return q;
}

const alertColumns = [
  'a.id', 'a.householdId', 'a.villageCode', 'a.riskType', 'a.status', 'a.caseId', 'a.rules', 'a.reasons', 'a.raisedAt',
  'a.lastRaisedAt', 'a.raisedCount', 'a.clearedAt', 'a.closedAt', 'a.closeNote', 'h.householdNo', 'h.headName', 'h.povertyStatus', 'v.name as villageName',
] as const;

export async function findAlerts(db: Db, actor: Actor, f: AlertFilter, limit: number, offset: number) {
  return filtered(db, actor, f)
    .innerJoin('households as h', 'h.id', 'a.householdId').leftJoin('regions as v', 'v.code', 'a.villageCode')
    .select(alertColumns).orderBy('a.lastRaisedAt', 'desc').orderBy('a.id', 'desc').limit(limit).offset(offset).execute();
}

export type AlertRow = Awaited<ReturnType<typeof findAlerts>>[number];

export async function countAlertsByRisk(db: Db, actor: Actor, f: AlertFilter): Promise<Record<string, number>> {
  const rows = await filtered(db, actor, { ...f, riskType: undefined })
    .select(['a.riskType', sql<number>`count(*)`.as('n')]).groupBy('a.riskType').execute();
  return Object.fromEntries(rows.map((r) => [r.riskType, Number(r.n)]));
}

export async function findAlert(db: Db, actor: Actor, id: string): Promise<AlertRow | undefined> {
  return db.selectFrom('monitoringAlerts as a').innerJoin('households as h', 'h.id', 'a.householdId').leftJoin('regions as v', 'v.code', 'a.villageCode')
    .select(alertColumns).where('a.id', '=', id).where(inActorRegion(actor, 'a')).executeTakeFirst();
}

export async function closeAlertRow(db: Db, id: string, changes: { closedAt: string; closedBy: string; closeNote: string }): Promise<void> {
  await db.updateTable('monitoringAlerts').set({ ...changes, status: 'closed' }).where('id', '=', id).where('status', '=', 'open').execute();
}
