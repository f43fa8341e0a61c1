import { monitoringCaseSteps, type MonitoringCaseStep } from '@fupin/core';

/** The small rules the case screens share; pure, so they are tested without a browser. */

export const STATE_COLORS: Readonly<Record<string, string>> = {
  alerted: 'gold', verifying: 'processing', rejected: 'default', included: 'orange', assisting: 'blue', riskEliminated: 'success',
};
export const FLAG_COLORS: Readonly<Record<string, string>> = { stepOverdue: 'red', decisionOverdue: 'red', noMeasure: 'volcano', paperworkOwed: 'purple' };

/** Risks that may take the green channel (help first, paperwork after). */
const GREEN_CHANNEL_RISKS: ReadonlySet<string> = new Set(['disaster', 'accident']);

export function canUseGreenChannel(risks: readonly string[]): boolean {
  return risks.some((r) => GREEN_CHANNEL_RISKS.has(r));
}

/** What the inbox needs of an alert to decide whether it can join a new case. */
export interface AlertForCase { id: string; householdId: number; status: string; caseId?: string | null | undefined }

/**
 * One case belongs to one household: an alert can be picked when it is open, not yet part of a
 * case, and of the household of the alerts already picked.
 */
export function isAlertSelectable(alert: AlertForCase, picked: readonly AlertForCase[]): boolean {
  if (alert.status !== 'open' || alert.caseId) return false;
  const household = picked[0]?.householdId;
  return household === undefined || household === alert.householdId;
}

/** A step as the case shows it in its progress bar. */
export interface StepView { step: string; decision: 'approved' | 'rejected' | null; dueOn: string; overdue: boolean; decidedOn: string | null }
export type StepStatus = 'finish' | 'process' | 'error' | 'wait';

/**
 * The four steps in order with what became of each: decided ones as decided, the open one in
 * progress (or in error when overdue), those not reached yet waiting.
 */
export function describeStepProgress<S extends StepView>(steps: readonly S[]): { step: MonitoringCaseStep; status: StepStatus; record: S | null }[] {
  return monitoringCaseSteps.codes.map((step) => {
    const record = steps.filter((s) => s.step === step).at(-1) ?? null;
    if (!record) return { step, status: 'wait' as const, record };
    if (record.decision === 'approved') return { step, status: 'finish' as const, record };
    if (record.decision === 'rejected') return { step, status: 'error' as const, record };
    return { step, status: record.overdue ? ('error' as const) : ('process' as const), record };
  });
}

/** The steps a green-channel case still owes: those not yet approved, in order. */
export function owedSteps(steps: readonly StepView[]): MonitoringCaseStep[] {
  return describeStepProgress(steps).filter((s) => s.status !== 'finish').map((s) => s.step);
}

export interface ReasonView { rule: string; outcome: 'pass' | 'fail' | 'info' | 'missing' }

/** A refusal leads with what stands in the way: failing and missing conditions first, then the rest. */
export function sortReasonsForRefusal<R extends ReasonView>(reasons: readonly R[]): R[] {
  const rank = (r: R) => (r.outcome === 'fail' ? 0 : r.outcome === 'missing' ? 1 : 2);
  return [...reasons].map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map(({ r }) => r);
}

const OVERDUE_FLAGS: ReadonlySet<string> = new Set(['stepOverdue', 'decisionOverdue', 'noMeasure']);

/** Late: a step or the decision past its deadline, or no measure a month after inclusion (owed paperwork alone is not late). */
export function isCaseOverdue(flags: readonly string[]): boolean {
  return flags.some((f) => OVERDUE_FLAGS.has(f));
}
