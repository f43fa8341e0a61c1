import {
  allowedCaseDecisions, CASE_STEPS, CLOSED_CASE_STATES, findCaseStep, hasPermission, isStepOwner, OPEN_CASE_STATES, regionLevelOf, type MonitoringCaseStep,
} from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { findAlerts } from '../monitoring/monitoring-alerts.repository.ts';
import { presentAlert } from '../monitoring/monitoring-alerts.service.ts';
import { buildTimeline, currentStepOf, presentCaseStep, presentCaseSummary, storedState } from './cases.presenter.ts';
import { findAllCases, findCaseInScope, findCaseMeasures, findCases, findCaseSteps, type CaseFilter, type CaseRow } from './cases.repository.ts';
import type { CaseListQuery, CaseSummary, CaseView } from './cases.schemas.ts';
import { todayInChina } from '../../app-context.ts';

/** A case with its steps, alerts, measures, timeline and what the actor may do on it now. */
export async function getCase(ctx: AppContext, actor: Actor, caseId: string): Promise<CaseView> {
  requirePermission(actor, 'registry:read');
  const row = await findCaseInScope(ctx.db, actor, caseId);
  if (!row) throw new AppError('OUT_OF_SCOPE', `case ${caseId} not found in your region`);
  const today = todayInChina(ctx.now());
  const [stepRows, alertRows, measureRows] = await Promise.all([
    findCaseSteps(ctx.db, caseId), findAlerts(ctx.db, actor, { caseId }, 200, 0), findCaseMeasures(ctx.db, row.householdId, row.discoveredOn),
  ]);
  const steps = stepRows.map((s) => presentCaseStep(s, today));
  const alerts = alertRows.map(presentAlert);
  const measures = measureRows.map((m) => ({
    id: m.id, measureType: m.measureType, startDate: m.startDate, endDate: m.endDate, amount: m.amount === null ? null : Number(m.amount), status: m.status,
  }));
  const summary = presentCaseSummary(row, today);
  const state = storedState(row);
  const progress = { state, greenChannel: row.greenChannel === 1, currentStep: currentStepOf(row), stepStartedOn: row.stepStartedOn, stepDueOn: row.stepDueOn };
  const step = progress.currentStep ? findCaseStep(progress.currentStep) : undefined;
  const mayAct = step !== undefined && hasPermission(actor.role, step.permission);
  const closing = row.closedOn !== null && row.closedAt !== null && row.closedByName !== null
    ? { on: row.closedOn, reason: row.closeReason ?? '', byName: row.closedByName, at: row.closedAt } : null;
  return {
    ...summary,
    triggerNote: row.triggerNote, openedByName: row.openedByName, openedAt: row.openedAt, steps, alerts, measures,
    elimination: closing && state === 'riskEliminated' && summary.eliminationKind ? { kind: summary.eliminationKind, ...closing } : null,
    rejection: closing && state === 'rejected' ? closing : null,
    timeline: buildTimeline(row, steps, alerts, measures),
    allowedActions: {
      steps: mayAct ? allowedCaseDecisions(progress, actor) : [],
      eliminate: state === 'included' && !summary.paperworkOwed && hasPermission(actor.role, 'cases:approve'),
    },
  };
}

function toFilter(q: CaseListQuery): { filter: CaseFilter; keep: (c: CaseSummary) => boolean } {
  let states: readonly string[] | undefined;
  if (q.state === 'assisting' || q.state === 'included') states = ['included'];
  else if (q.state) states = [q.state];
  else if (q.open === true) states = OPEN_CASE_STATES;
  else if (q.open === false) states = CLOSED_CASE_STATES;
  if (q.flag && !states) states = OPEN_CASE_STATES;
  const keep = (c: CaseSummary) => (q.state === undefined || c.state === q.state) && (q.flag === undefined || c.flags.includes(q.flag));
  return { filter: { region: q.region, states, type: q.type, riskType: q.riskType, channel: q.channel, householdId: q.householdId }, keep };
}

/** Cases in the actor's region, newest discovery first. */
export async function listCases(ctx: AppContext, actor: Actor, q: CaseListQuery): Promise<{ total: number; items: CaseSummary[] }> {
  requirePermission(actor, 'registry:read');
  const today = todayInChina(ctx.now());
  const { filter, keep } = toFilter(q);
  // Shown states and flags depend on today and on measures: those lists are filtered after reading (open cases only).
  if (q.flag || q.state === 'included' || q.state === 'assisting') {
    const all = (await findAllCases(ctx.db, actor, filter)).map((r) => presentCaseSummary(r, today)).filter(keep);
    return { total: all.length, items: all.slice(q.offset, q.offset + q.limit) };
  }
  const { total, items } = await findCases(ctx.db, actor, filter, q.limit, q.offset);
  return { total, items: items.map((r) => presentCaseSummary(r, today)) };
}

/** The case steps this user owns (role and the level of their region). */
export function ownedCaseSteps(actor: Actor): MonitoringCaseStep[] {
  const level = regionLevelOf(actor.regionCode);
  return CASE_STEPS.filter((s) => hasPermission(actor.role, s.permission) && isStepOwner(s.owner, { role: actor.role, regionLevel: level })).map((s) => s.step);
}

/**
 * Cases waiting at a step the user owns, and for a village cadre the included cases still without
 * a measure after the policy's month; earliest due date first.
 */
export async function listCasesWaitingForMe(ctx: AppContext, actor: Actor, region?: string): Promise<CaseSummary[]> {
  requirePermission(actor, 'registry:read');
  const today = todayInChina(ctx.now());
  const steps = ownedCaseSteps(actor);
  const atMySteps: CaseRow[] = steps.length ? await findAllCases(ctx.db, actor, { region, states: OPEN_CASE_STATES, currentSteps: steps }) : [];
  const items = atMySteps.map((r) => presentCaseSummary(r, today, currentStepOf(r)));
  if (actor.role === 'villageCadre' && hasPermission(actor.role, 'cases:write')) {
    const included = await findAllCases(ctx.db, actor, { region, states: ['included'] });
    for (const r of included) {
      const c = presentCaseSummary(r, today, 'measure');
      if (c.flags.includes('noMeasure') && !items.some((i) => i.id === c.id)) items.push(c);
    }
  }
  const due = (c: CaseSummary) => (c.waitingFor === 'measure' ? c.measureDueOn : c.currentStepDueOn) ?? '9999-12-31';
  return items.sort((a, b) => due(a).localeCompare(due(b)) || a.id.localeCompare(b.id));
}
