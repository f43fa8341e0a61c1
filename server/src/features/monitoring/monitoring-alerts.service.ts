import { monitoringRules, riskTypes, type MonitoringRule } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { closeAlertRow, countAlertsByRisk, findAlert, findAlerts, type AlertFilter, type AlertRow } from './monitoring-alerts.repository.ts';
import type { AlertView } from './monitoring.schemas.ts';

export function presentAlert(row: AlertRow): AlertView {
  const rules = (JSON.parse(row.rules) as string[]).filter((r): r is MonitoringRule => monitoringRules.has(r));
  return {
    id: row.id, householdId: row.householdId, householdNo: row.householdNo, headName: row.headName, villageCode: row.villageCode,
    villageName: row.villageName ?? null, povertyStatus: row.povertyStatus, riskType: riskTypes.has(row.riskType) ? row.riskType : 'other',
    status: row.status === 'closed' ? 'closed' : 'open', caseId: row.caseId, rules,
    reasons: JSON.parse(row.reasons) as AlertView['reasons'], raisedAt: row.raisedAt, lastRaisedAt: row.lastRaisedAt,
    raisedCount: Number(row.raisedCount), clearedAt: row.clearedAt, closedAt: row.closedAt, closeNote: row.closeNote,
  };
}

/** The alert inbox: alerts in the actor's region (narrowed to `region` when given), most recently raised first. */
export async function listAlerts(ctx: AppContext, actor: Actor, filter: AlertFilter, limit: number, offset: number): Promise<{ total: number; items: AlertView[]; countsByRisk: Record<string, number> }> {
  requirePermission(actor, 'registry:read');
  const countsByRisk = await countAlertsByRisk(ctx.db, actor, filter);
  const total = filter.riskType ? (countsByRisk[filter.riskType] ?? 0) : Object.values(countsByRisk).reduce((a, b) => a + b, 0);
  const items = (await findAlerts(ctx.db, actor, filter, limit, offset)).map(presentAlert);
  return { total, items, countsByRisk };
}

export async function getAlert(ctx: AppContext, actor: Actor, alertId: string): Promise<AlertView> {
  requirePermission(actor, 'registry:read');
  const row = await findAlert(ctx.db, actor, alertId);
  if (!row) throw new AppError('OUT_OF_SCOPE', 'not found');
  return presentAlert(row);
}

/** Closes an alert found not to be a risk on checking (a case, when opened, owns its alerts instead). */
export async function closeAlert(ctx: AppContext, actor: Actor, alertId: string, note: string): Promise<AlertView> {
  requirePermission(actor, 'registry:write');
  const row = await findAlert(ctx.db, actor, alertId);
  if (!row) throw new AppError('OUT_OF_SCOPE', 'not found');
  if (row.status !== 'open') throw new AppError('ALERT_CLOSED', 'the alert is already closed');
  if (row.caseId) throw new AppError('ALERT_ATTACHED', 'the alert belongs to a monitoring case; it closes with the case', { details: { caseId: row.caseId } });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await closeAlertRow(trx, alertId, { closedAt: at, closedBy: actor.username, closeNote: note });
    await recordAudit(trx, actor, { action: 'close', entityType: 'monitoringAlert', entityId: alertId, regionCode: row.villageCode, details: { householdId: row.householdId, riskType: row.riskType, note } }, at);
  });
  return getAlert(ctx, actor, alertId);
}
