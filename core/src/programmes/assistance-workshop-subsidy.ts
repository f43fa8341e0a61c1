import { checkFrom, type ProgrammeCheck } from './programme-decision.ts';

/** The workshop wage-subsidy rule in force (values from the policy engine). */
export interface AssistanceWorkshopSubsidyPolicy {
  /** Poor workers the workshop must employ (seed: 10). */
  minPoorWorkers: number;
  /** Months each of them must work in the year to count (seed: 3). */
  minMonths: number;
  /** Wage subsidy per month paid to the worker, fen (seed: 120 yuan). */
  workerMonthly: number;
  /** Wage subsidy per month paid to the employer for each such worker, fen (seed: 120 yuan). */
  employerMonthly: number;
  /** Household statuses whose members count as poor workers. */
  eligibleStatuses: readonly string[];
}

export interface AssistanceWorkshopWorkerSpell {
  workerId: string;
  memberId: number;
  householdStatus: string;
  startedOn: string;
  endedOn: string | null;
}

export interface WorkerSubsidy {
  workerId: string;
  memberId: number;
  months: number;
  counts: boolean;
  workerSubsidy: number;
  employerSubsidy: number;
}

export interface AssistanceWorkshopSubsidyResult extends ProgrammeCheck {
  year: number;
  qualifyingWorkers: number;
  workers: WorkerSubsidy[];
  workerTotal: number;
  employerTotal: number;
}

/** Calendar months of `year` in which a spell from `startedOn` to `endedOn` (open = still working) has a day. */
export function monthsWorkedIn(year: number, startedOn: string, endedOn: string | null): number {
  const start = Math.max(monthIndex(startedOn), year * 12);
  const end = Math.min(endedOn === null ? year * 12 + 11 : monthIndex(endedOn), year * 12 + 11);
  return Math.max(0, end - start + 1);
}

function monthIndex(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
}

/**
 * The wage subsidy a workshop earns for a year: each poor worker with at least the minimum months
 * counts; when enough count, each counting worker earns months × the worker rate and the employer
 * months × the employer rate. A member's spells in the workshop add up.
 */
export function computeAssistanceWorkshopSubsidy(year: number, spells: readonly AssistanceWorkshopWorkerSpell[], policy: AssistanceWorkshopSubsidyPolicy): AssistanceWorkshopSubsidyResult {
  const byMember = new Map<number, { workerId: string; isPoor: boolean; months: number }>();
  for (const s of spells) {
    const entry = byMember.get(s.memberId) ?? { workerId: s.workerId, isPoor: policy.eligibleStatuses.includes(s.householdStatus), months: 0 };
    entry.months = Math.min(12, entry.months + monthsWorkedIn(year, s.startedOn, s.endedOn));
    byMember.set(s.memberId, entry);
  }
  const counting = [...byMember.values()].filter((w) => w.isPoor && w.months >= policy.minMonths).length;
  const earns = counting >= policy.minPoorWorkers;
  const workers = [...byMember.entries()].map(([memberId, w]): WorkerSubsidy => {
    const counts = w.isPoor && w.months >= policy.minMonths;
    return {
      workerId: w.workerId, memberId, months: w.months, counts,
      workerSubsidy: earns && counts ? w.months * policy.workerMonthly : 0,
      employerSubsidy: earns && counts ? w.months * policy.employerMonthly : 0,
    };
  });
  const check = checkFrom(earns ? [] : [{
    code: 'ASSISTANCE_WORKSHOP_SUBSIDY_NOT_EARNED', field: 'year',
    message: `${counting} poor workers worked at least ${policy.minMonths} months in ${year}; the rule needs ${policy.minPoorWorkers}`,
    values: { year, qualifyingWorkers: counting, minPoorWorkers: policy.minPoorWorkers, minMonths: policy.minMonths },
  }]);
  return {
    ...check, year, qualifyingWorkers: counting, workers,
    workerTotal: workers.reduce((s, w) => s + w.workerSubsidy, 0),
    employerTotal: workers.reduce((s, w) => s + w.employerSubsidy, 0),
  };
}
