import type { AssistancePlan, PovertyCauseCode } from './assistance-plan.ts';
import { visitOverdueDays } from './visit-rules.ts';

export type DueItem =
  | { kind: 'visit'; overdueDays: number; lastVisitDate: string | null }
  | { kind: 'measure'; causes: PovertyCauseCode[] }
  | { kind: 'developmentalMeasure' }
  | { kind: 'incomeSurvey'; year: number }
  | { kind: 'followUp'; visitId: string; followUp: string; dueDate: string | null; isOverdue: boolean };

export interface DuesInput {
  today: string;
  pairingStart: string;
  lastVisitDate: string | null;
  visitIntervalDays: number;
  plan: AssistancePlan;
  /** Years that have an income survey recorded. */
  incomeYears: readonly number[];
  /** Follow-ups promised on visits and not yet done. */
  openFollowUps?: readonly { visitId: string; followUp: string; dueDate: string | null }[];
}

/** What a paired cadre owes a household today: a visit, measures for unanswered causes, last year's income survey, open follow-ups. */
export function computeHouseholdDues(input: DuesInput): DueItem[] {
  const dues: DueItem[] = [];
  const overdue = visitOverdueDays(input.lastVisitDate ?? input.pairingStart, input.today, input.visitIntervalDays);
  if (overdue > 0) dues.push({ kind: 'visit', overdueDays: overdue, lastVisitDate: input.lastVisitDate });
  if (input.plan.unansweredCauses.length > 0) dues.push({ kind: 'measure', causes: input.plan.unansweredCauses });
  if (input.plan.lacksDevelopmentalMeasure) dues.push({ kind: 'developmentalMeasure' });
  const lastYear = Number(input.today.slice(0, 4)) - 1;
  if (!input.incomeYears.includes(lastYear)) dues.push({ kind: 'incomeSurvey', year: lastYear });
  for (const f of input.openFollowUps ?? []) {
    dues.push({ kind: 'followUp', ...f, isOverdue: f.dueDate !== null && f.dueDate < input.today });
  }
  return dues;
}
