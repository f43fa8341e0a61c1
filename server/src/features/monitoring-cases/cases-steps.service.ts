import { decideCaseStep, findCaseStep, measureDueOn } from '@fupin/core';
import type { Updateable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import type { MonitoringCaseTable } from '../../db/tables/monitoring-cases.tables.ts';
import { AppError } from '../../errors/app-error.ts';
import { closeCaseAlerts } from './case-alerts.repository.ts';
import { resolveCasePolicy } from './case-policy.ts';
import { writeCaseChange } from './case-write.ts';
import { currentStepOf, storedState } from './cases.presenter.ts';
import { getCase } from './cases-read.service.ts';
import { decideCaseStepRow, findCaseInScope, insertCaseStep } from './cases.repository.ts';
import type { CaseStepActionInput, CaseView } from './cases.schemas.ts';
import { todayInChina } from '../../app-context.ts';

/**
 * The current step's owner approves or rejects it, on the day it happened. A rejection closes the
 * case (and its alerts) with the reason; the county's approval includes it.
 */
export async function actOnCaseStep(ctx: AppContext, actor: Actor, caseId: string, input: CaseStepActionInput): Promise<CaseView> {
  requirePermission(actor, 'cases:write');
  const row = await findCaseInScope(ctx.db, actor, caseId);
  if (!row) throw new AppError('OUT_OF_SCOPE', `case ${caseId} not found in your region`);
  const permission = findCaseStep(input.step)?.permission;
  if (permission) requirePermission(actor, permission);
  const policy = await resolveCasePolicy(ctx.db, row.villageCode, Number(row.discoveredOn.slice(0, 4)));
  const progress = { state: storedState(row), greenChannel: row.greenChannel === 1, currentStep: currentStepOf(row), stepStartedOn: row.stepStartedOn, stepDueOn: row.stepDueOn };
  const ruling = decideCaseStep(progress, input, actor, todayInChina(ctx.now()), policy.deadlines);
  if (!ruling.ok) throw new AppError(ruling.refusal.code, ruling.refusal.message, ruling.refusal.field ? { field: ruling.refusal.field } : {});
  const t = ruling.value;
  const reason = input.reason?.trim() || null;
  const at = ctx.now().toISOString();
  const changes: Updateable<MonitoringCaseTable> = {
    state: t.state, currentStep: t.next?.step ?? null, stepStartedOn: t.next?.startedOn ?? null, stepDueOn: t.next?.dueOn ?? null,
  };
  if (t.includedOn) Object.assign(changes, { includedOn: t.includedOn, measureDueOn: measureDueOn(t.includedOn, policy.noMeasureMonths) });
  if (t.state === 'rejected') Object.assign(changes, { closedOn: input.on, closeReason: reason, closedByName: actor.username, closedAt: at });
  await ctx.db.transaction().execute(async (trx) => {
    await decideCaseStepRow(trx, caseId, input.step, { decision: t.decision, reason, decidedOn: input.on, decidedAt: at, decidedBy: actor.userId, decidedByName: actor.username });
    const next = t.next;
    const definition = next ? findCaseStep(next.step) : undefined;
    if (next && definition) {
      await insertCaseStep(trx, {
        id: uuidv7(), caseId, villageCode: row.villageCode, step: next.step, ownerRole: definition.owner.role, ownerLevel: definition.owner.level,
        startedOn: next.startedOn, dueOn: next.dueOn, decision: null, reason: null, decidedOn: null, decidedAt: null, decidedBy: null, decidedByName: null,
      });
    }
    if (t.state === 'rejected') await closeCaseAlerts(trx, caseId, at, actor.username, `监测对象不予纳入：${reason ?? ''}`);
    await writeCaseChange(trx, actor, row, changes, { action: 'step', details: { step: input.step, decision: t.decision, reason, on: input.on, state: t.state } }, at);
  });
  return getCase(ctx, actor, caseId);
}
