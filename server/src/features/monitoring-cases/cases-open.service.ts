import { addMonths, CASE_STEPS, checkCaseRisks, decisionDueOn, isWithinRegion, scheduleCaseStep } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { MonitoringCaseTable } from '../../db/tables/monitoring-cases.tables.ts';
import { AppError } from '../../errors/app-error.ts';
import { insertRecordChange } from '../history/record-changes.repository.ts';
import { findHouseholdInScope } from '../households/households.repository.ts';
import { attachHouseholdAlerts, findAlertsByIds } from './case-alerts.repository.ts';
import { resolveCasePolicy } from './case-policy.ts';
import { caseImage } from './case-write.ts';
import { getCase } from './cases-read.service.ts';
import { findLastCaseOf, findOpenCaseOf, insertCase, insertCaseStep } from './cases.repository.ts';
import type { CaseOpenInput, CaseView } from './cases.schemas.ts';
import { todayInChina } from '../../app-context.ts';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { field });

/** The alerts a department-alert case opens from: open, in the actor's region, of one household, without a case. */
async function checkAlerts(ctx: AppContext, actor: Actor, input: CaseOpenInput) {
  const ids = [...new Set(input.alertIds ?? [])];
  if (ids.length === 0) throw invalid('alertIds', 'a department-alert case is opened from its alerts: name at least one');
  const alerts = await findAlertsByIds(ctx.db, ids);
  if (alerts.length !== ids.length || alerts.some((a) => !isWithinRegion(actor.regionCode, a.villageCode))) {
    throw new AppError('OUT_OF_SCOPE', 'an alert was not found in your region', { field: 'alertIds' });
  }
  const closed = alerts.find((a) => a.status !== 'open');
  if (closed) throw new AppError('ALERT_CLOSED', `alert ${closed.id} is closed`, { field: 'alertIds' });
  const attached = alerts.find((a) => a.caseId !== null);
  if (attached) throw new AppError('ALERT_ATTACHED', `alert ${attached.id} already belongs to a case`, { field: 'alertIds', details: { caseId: attached.caseId } });
  const households = new Set(alerts.map((a) => a.householdId));
  if (households.size > 1) throw invalid('alertIds', 'the alerts belong to more than one household; a case is for one household');
  const householdId = alerts[0]?.householdId ?? 0;
  if (input.householdId !== undefined && input.householdId !== householdId) throw invalid('householdId', 'the household is not the alerts\' household');
  const firstRaised = alerts.map((a) => todayInChina(new Date(a.raisedAt))).sort()[0];
  return { householdId, risks: [...new Set(alerts.map((a) => a.riskType))], firstRaised };
}

/**
 * Opens a case for a household through one of the three channels. A department-alert case takes
 * its alerts (and every other open alert of the household); the green channel includes the case
 * at once so measures can be recorded, its steps still owed.
 */
export async function openCase(ctx: AppContext, actor: Actor, input: CaseOpenInput): Promise<CaseView> {
  requirePermission(actor, 'cases:write');
  const today = todayInChina(ctx.now());
  let householdId = input.householdId;
  let risks: string[] | undefined = input.risks;
  let discoveredOn = input.discoveredOn;
  if (input.channel === 'departmentAlert') {
    const fromAlerts = await checkAlerts(ctx, actor, input);
    householdId = fromAlerts.householdId;
    risks ??= fromAlerts.risks.slice(0, 5);
    // The deadlines run from the department's signal, unless the user says when it was discovered.
    discoveredOn ??= fromAlerts.firstRaised;
  } else {
    if (input.alertIds?.length) throw invalid('alertIds', 'only a department-alert case is opened from alerts');
    if (!householdId) throw invalid('householdId', 'name the household');
    if (!input.triggerNote) throw invalid('triggerNote', 'say what the household reported or what the screening found');
  }
  discoveredOn ??= today;
  if (discoveredOn > today) throw invalid('discoveredOn', `${discoveredOn} is in the future`);
  const riskRefusal = checkCaseRisks(risks ?? [], input.greenChannel);
  if (riskRefusal) throw invalid(riskRefusal.field ?? 'risks', riskRefusal.message);

  const household = householdId ? await findHouseholdInScope(ctx.db, actor, householdId) : undefined;
  if (!household) throw new AppError('OUT_OF_SCOPE', `household ${householdId ?? ''} not found in your region`, { field: 'householdId' });
  const open = await findOpenCaseOf(ctx.db, household.id);
  if (open) throw new AppError('CASE_ALREADY_OPEN', 'the household already has an open case; new signals join it', { details: { caseId: open.id } });

  const policy = await resolveCasePolicy(ctx.db, household.villageCode, Number(discoveredOn.slice(0, 4)));
  const first = CASE_STEPS[0];
  if (!first) throw new Error('no case steps defined');
  const schedule = scheduleCaseStep(first, discoveredOn, policy.deadlines);
  const last = await findLastCaseOf(ctx.db, household.id);
  const at = ctx.now().toISOString();
  const row: MonitoringCaseTable = {
    id: uuidv7(), householdId: household.id, villageCode: household.villageCode, sequence: Number(last?.sequence ?? 0) + 1,
    type: input.type, risks: JSON.stringify(risks), channel: input.channel, triggerNote: input.triggerNote ?? null, discoveredOn,
    greenChannel: input.greenChannel ? 1 : 0, state: input.greenChannel ? 'included' : 'alerted',
    currentStep: first.step, stepStartedOn: schedule.startedOn, stepDueOn: schedule.dueOn,
    decisionDueOn: decisionDueOn(discoveredOn, policy.decisionWorkingDays),
    includedOn: input.greenChannel ? discoveredOn : null, measureDueOn: input.greenChannel ? addMonths(discoveredOn, policy.noMeasureMonths) : null,
    closedOn: null, closeReason: null, eliminationKind: null, closedByName: null, closedAt: null, previousCaseId: last?.id ?? null,
    openedBy: actor.userId, openedByName: actor.username, openedAt: at, updatedAt: at, version: 1,
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertCase(trx, row);
      await insertCaseStep(trx, {
        id: uuidv7(), caseId: row.id, villageCode: row.villageCode, step: first.step, ownerRole: first.owner.role, ownerLevel: first.owner.level,
        startedOn: schedule.startedOn, dueOn: schedule.dueOn, decision: null, reason: null, decidedOn: null, decidedAt: null, decidedBy: null, decidedByName: null,
      });
      const alertIds = await attachHouseholdAlerts(trx, household.id, row.id);
      await recordAudit(trx, actor, {
        action: 'open', entityType: 'monitoringCase', entityId: row.id, regionCode: row.villageCode,
        details: { householdId: row.householdId, type: row.type, risks, channel: row.channel, greenChannel: input.greenChannel, discoveredOn, alertIds },
      }, at);
      await insertRecordChange(trx, {
        householdId: row.householdId, villageCode: row.villageCode, entityType: 'monitoringCase', entityId: row.id, action: 'create',
        changedAt: at, actorId: actor.userId, actorName: actor.username, source: 'entry', before: null, after: caseImage(row),
      });
    });
  } catch (error) {
    // Two users opening a case for the same household at the same moment: the unique index decides.
    if (error instanceof Error && /monitoring_cases_open_uq|UNIQUE constraint failed: monitoring_cases\.household_id/.test(error.message)) {
      throw new AppError('CASE_ALREADY_OPEN', 'the household already has an open case; new signals join it');
    }
    throw error;
  }
  return getCase(ctx, actor, row.id);
}
