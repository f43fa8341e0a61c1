import {
  basicNeedsItems, evaluateRiskElimination, isCalendarDate, policyNumber, type Cited, type Decision, type RiskEliminationOutcome,
} from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { resolvePolicyFor } from '../policy/policy.service.ts';
import { closeCaseAlerts } from './case-alerts.repository.ts';
import { findEliminationFacts } from './case-facts.repository.ts';
import { writeCaseChange } from './case-write.ts';
import { currentStepOf, storedState } from './cases.presenter.ts';
import { getCase } from './cases-read.service.ts';
import { findCaseInScope, findCaseMeasures, TAKEN_MEASURE_STATUSES, type CaseRow } from './cases.repository.ts';
import type { CaseView, EliminationInput } from './cases.schemas.ts';
import { todayInChina } from '../../app-context.ts';

type EliminationQuestion = Pick<EliminationInput, 'kind' | 'on' | 'rigidExpensesResolved'>;

async function findCaseForElimination(ctx: AppContext, actor: Actor, caseId: string): Promise<CaseRow & { includedOn: string }> {
  const row = await findCaseInScope(ctx.db, actor, caseId);
  if (!row) throw new AppError('OUT_OF_SCOPE', `case ${caseId} not found in your region`);
  const state = storedState(row);
  if (state === 'rejected' || state === 'riskEliminated') throw new AppError('CASE_CLOSED', `the case is ${state}; nothing more can be done on it`);
  if (state !== 'included' || row.includedOn === null) throw new AppError('CASE_NOT_INCLUDED', 'the case is not included yet: only an included case can have its risk eliminated');
  return { ...row, includedOn: row.includedOn };
}

/** The policy's conditions, evaluated on the registry's data as of `on`. */
async function evaluateCase(ctx: AppContext, row: CaseRow & { includedOn: string }, q: EliminationQuestion): Promise<Decision<RiskEliminationOutcome>> {
  const today = todayInChina(ctx.now());
  if (!isCalendarDate(q.on)) throw new AppError('VALIDATION_FAILED', `${q.on} is not a date`, { field: 'on' });
  if (q.on > today) throw new AppError('VALIDATION_FAILED', `${q.on} is in the future`, { field: 'on' });
  if (q.on < row.includedOn) throw new AppError('VALIDATION_FAILED', `${q.on} is before the case was included on ${row.includedOn}`, { field: 'on' });
  const [facts, measures, policy] = await Promise.all([
    findEliminationFacts(ctx.db, row.householdId),
    findCaseMeasures(ctx.db, row.householdId, row.discoveredOn),
    resolvePolicyFor(ctx.db, row.villageCode, Number(q.on.slice(0, 4))),
  ]);
  const thresholds = new Map<number, Cited<number>>();
  for (const year of new Set(facts.incomes.map((i) => Number(i.year)))) {
    const value = policyNumber(await resolvePolicyFor(ctx.db, row.villageCode, year), 'monitoringThreshold');
    if (value) thresholds.set(year, value);
  }
  const check = facts.basicNeeds;
  return evaluateRiskElimination({
    kind: q.kind, on: q.on, includedOn: row.includedOn, paperworkOwed: row.greenChannel === 1 && currentStepOf(row) !== null,
    measureCount: measures.filter((m) => (TAKEN_MEASURE_STATUSES as readonly string[]).includes(m.status) && m.startDate <= q.on).length,
    incomes: facts.incomes.map((i) => ({ year: Number(i.year), netIncomePerCapita: Number(i.netIncomePerCapita), measuredOn: todayInChina(new Date(i.recordedAt)) })),
    thresholds, rigidExpensesResolved: q.rigidExpensesResolved,
    basicNeeds: check ? { checkedOn: check.checkedOn, failedItems: basicNeedsItems.codes.filter((item) => check[item] === 'fail') } : null,
    membersAbleToWork: facts.membersAbleToWork,
  }, policy);
}

/** The elimination check without writing anything (for the case page). */
export async function checkRiskElimination(ctx: AppContext, actor: Actor, caseId: string, q: Omit<EliminationQuestion, 'on'> & { on?: string | undefined }) {
  requirePermission(actor, 'registry:read');
  const row = await findCaseForElimination(ctx, actor, caseId);
  return evaluateCase(ctx, row, { ...q, on: q.on ?? todayInChina(ctx.now()) });
}

/** Closes the case as risk eliminated when every condition holds; otherwise 422 with all the reasons. */
export async function eliminateRisk(ctx: AppContext, actor: Actor, caseId: string, input: EliminationInput): Promise<CaseView> {
  requirePermission(actor, 'cases:approve');
  const row = await findCaseForElimination(ctx, actor, caseId);
  const decision = await evaluateCase(ctx, row, input);
  if (decision.outcome !== 'eliminable') {
    throw new AppError('RISK_ELIMINATION_REFUSED', decision.text.en, { details: { decision } });
  }
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await closeCaseAlerts(trx, caseId, at, actor.username, `风险已消除：${input.reason}`);
    await writeCaseChange(trx, actor, row, {
      state: 'riskEliminated', currentStep: null, stepStartedOn: null, stepDueOn: null, closedOn: input.on, closeReason: input.reason,
      eliminationKind: input.kind, closedByName: actor.username, closedAt: at,
    }, { action: 'eliminate', details: { kind: input.kind, on: input.on, reason: input.reason, rigidExpensesResolved: input.rigidExpensesResolved } }, at);
  });
  return getCase(ctx, actor, caseId);
}
