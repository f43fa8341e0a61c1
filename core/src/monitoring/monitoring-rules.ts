import type { FeedKind, MonitoringRule, RiskType } from './monitoring-codes.ts';
import { RULE_RISK, type RuleParams } from './monitoring-settings.ts';

/** The data a reason rests on: an income record of a year, or a row of a department feed. */
export type ReasonData =
  | { source: 'income'; year: number; previousYear?: number; previousValue?: number }
  | { source: 'feed'; feedKind: FeedKind; recordIds: string[]; eventDate: string; memberId: number | null; code: string | null };

/** Why a rule fired: the rule, the value it measured, how it compared, the limit, and the data used. */
export interface MonitoringReason {
  rule: MonitoringRule;
  riskType: RiskType;
  measure: string;
  value: number;
  comparison: '<' | '>' | '>=' | '=';
  limit: number;
  data: ReasonData;
}

const param = (params: RuleParams, name: string): number => params[name] ?? 0;

const reason = (rule: MonitoringRule, measure: string, value: number, comparison: MonitoringReason['comparison'], limit: number, data: ReasonData): MonitoringReason =>
  ({ rule, riskType: RULE_RISK[rule], measure, value, comparison, limit, data });

/** Registered poor, exited and relapsed households count as "exited or monitored" for the medical rules. */
export const EXITED_OR_MONITORED_STATUSES: readonly string[] = ['poor', 'exited', 'exitedNoPolicy', 'relapsed'];

export function isExitedOrMonitored(povertyStatus: string): boolean {
  return EXITED_OR_MONITORED_STATUSES.includes(povertyStatus);
}

/** The first day of a window of `windowDays` days that ends on `asOf` (both days inside). */
export function windowStart(asOf: string, windowDays: number): string {
  const end = Date.parse(`${asOf}T00:00:00Z`);
  return new Date(end - (windowDays - 1) * 86_400_000).toISOString().slice(0, 10);
}

export function isWithinWindow(eventDate: string, asOf: string, windowDays: number): boolean {
  return eventDate >= windowStart(asOf, windowDays) && eventDate <= asOf;
}

export function checkIncomeBelowThreshold(facts: { year: number; netIncomePerCapita: number }, params: RuleParams): MonitoringReason | null {
  const threshold = param(params, 'threshold');
  return facts.netIncomePerCapita < threshold
    ? reason('incomeBelowThreshold', 'netIncomePerCapita', facts.netIncomePerCapita, '<', threshold, { source: 'income', year: facts.year })
    : null;
}

/** Fires when per-capita income fell by at least `dropPercent` % of last year's (compared in whole numbers). */
export function checkIncomeDrop(facts: { year: number; netIncomePerCapita: number; previousNetIncomePerCapita: number }, params: RuleParams): MonitoringReason | null {
  const previous = facts.previousNetIncomePerCapita;
  const drop = previous - facts.netIncomePerCapita;
  const dropPercent = param(params, 'dropPercent');
  if (previous <= 0 || drop * 100 < dropPercent * previous) return null;
  return reason('incomeDrop', 'incomeDropPercent', Math.floor((drop * 100) / previous), '>=', dropPercent, {
    source: 'income', year: facts.year, previousYear: facts.year - 1, previousValue: previous,
  });
}

/** The medical-costs limit: a share of last year's rural per-capita disposable income. */
export function medicalCostLimit(params: RuleParams, isExitedOrMonitoredHousehold: boolean): number {
  const percent = param(params, isExitedOrMonitoredHousehold ? 'exitedOrMonitoredPercent' : 'othersPercent');
  return Math.floor((param(params, 'ruralDisposableIncome') * percent) / 100);
}

export function checkMedicalOutOfPocket(
  facts: { outOfPocket: number; isExitedOrMonitored: boolean; feed: Extract<ReasonData, { source: 'feed' }> },
  params: RuleParams,
): MonitoringReason | null {
  const limit = medicalCostLimit(params, facts.isExitedOrMonitored);
  return facts.outOfPocket > limit ? reason('medicalOutOfPocket', 'medicalOutOfPocketInYear', facts.outOfPocket, '>', limit, facts.feed) : null;
}

export function medicalStayLimit(params: RuleParams, isExitedOrMonitoredHousehold: boolean): number {
  return param(params, isExitedOrMonitoredHousehold ? 'monitoredLimit' : 'othersLimit');
}

export function checkMedicalSingleStay(
  facts: { outOfPocket: number; isInpatient: boolean; isExitedOrMonitored: boolean; feed: Extract<ReasonData, { source: 'feed' }> },
  params: RuleParams,
): MonitoringReason | null {
  const limit = medicalStayLimit(params, facts.isExitedOrMonitored);
  return facts.isInpatient && facts.outOfPocket > limit ? reason('medicalSingleStay', 'hospitalStayOutOfPocket', facts.outOfPocket, '>', limit, facts.feed) : null;
}

type FeedFacts = { asOf: string; feed: Extract<ReasonData, { source: 'feed' }> };

const inWindow = (f: FeedFacts, params: RuleParams): boolean => isWithinWindow(f.feed.eventDate, f.asOf, param(params, 'windowDays'));

const daysSince = (f: FeedFacts): number => Math.round((Date.parse(`${f.asOf}T00:00:00Z`) - Date.parse(`${f.feed.eventDate}T00:00:00Z`)) / 86_400_000);

export function checkDropout(facts: FeedFacts, params: RuleParams): MonitoringReason | null {
  return facts.feed.code === 'dropout' && inWindow(facts, params)
    ? reason('dropout', 'daysSinceDropout', daysSince(facts), '<', param(params, 'windowDays'), facts.feed) : null;
}

export function checkDisasterLoss(facts: FeedFacts & { loss: number }, params: RuleParams): MonitoringReason | null {
  const minLoss = param(params, 'minLoss');
  return inWindow(facts, params) && facts.loss >= minLoss ? reason('disasterLoss', 'disasterLoss', facts.loss, '>=', minLoss, facts.feed) : null;
}

const JOB_LOSS_EVENTS: readonly string[] = ['unemploymentRegistered', 'postEnded'];

export function checkJobLoss(facts: FeedFacts, params: RuleParams): MonitoringReason | null {
  return JOB_LOSS_EVENTS.includes(facts.feed.code ?? '') && inWindow(facts, params)
    ? reason('jobLoss', 'daysSinceJobLoss', daysSince(facts), '<', param(params, 'windowDays'), facts.feed) : null;
}

const HOUSING_GRADE_NUMBER: Readonly<Record<string, number>> = { A: 1, B: 2, C: 3, D: 4 };

export function checkDangerousHousing(facts: FeedFacts, params: RuleParams): MonitoringReason | null {
  const grade = HOUSING_GRADE_NUMBER[facts.feed.code ?? ''] ?? 0;
  const lowest = param(params, 'includeGradeC') === 1 ? 3 : 4;
  return grade >= lowest && inWindow(facts, params) ? reason('dangerousHousing', 'housingGrade', grade, '>=', lowest, facts.feed) : null;
}

/**
 * The feed codes on which a rule can fire, so that a scan can leave the other records out in SQL
 * (the rule still decides on each record it is given); null: the rule does not decide by code.
 * For mainEarnerLoss, the disability grades (a death has no code).
 */
export function feedCodesThatCanFire(rule: MonitoringRule, params: RuleParams): readonly string[] | null {
  switch (rule) {
    case 'dropout':
      return ['dropout'];
    case 'jobLoss':
      return JOB_LOSS_EVENTS;
    case 'dangerousHousing': {
      const lowest = param(params, 'includeGradeC') === 1 ? 3 : 4;
      return Object.entries(HOUSING_GRADE_NUMBER).filter(([, grade]) => grade >= lowest).map(([code]) => code);
    }
    case 'mainEarnerLoss': {
      const upTo = param(params, 'seriousGradeUpTo');
      return Object.entries(DISABILITY_GRADE_NUMBER).filter(([, grade]) => grade <= upTo).map(([code]) => code);
    }
    default:
      return null;
  }
}

/** A member as the main-earner test needs them. */
export interface EarnerFacts {
  memberId: number;
  relationToHead: string;
  employmentIncome: number;
  isDeceased: boolean;
  movedOut: boolean;
}

/**
 * The household's main earner: the member with the highest wage income (the head on a tie), or the
 * head when no one earns wages. Judged on the household as the registry held it before the event.
 */
export function findMainEarner(members: readonly EarnerFacts[]): number | null {
  const present = members.filter((m) => !m.movedOut);
  const ranked = [...present].sort((a, b) => b.employmentIncome - a.employmentIncome || Number(b.relationToHead === 'self') - Number(a.relationToHead === 'self'));
  const top = ranked[0];
  if (top && top.employmentIncome > 0) return top.memberId;
  return present.find((m) => m.relationToHead === 'self')?.memberId ?? null;
}

const DISABILITY_GRADE_NUMBER: Readonly<Record<string, number>> = { grade1: 1, grade2: 2, grade3: 3, grade4: 4 };

/** A death, or a disability of grade 1..seriousGradeUpTo (1 is the most severe), of the main earner. */
export function checkMainEarnerLoss(facts: FeedFacts & { isMainEarner: boolean }, params: RuleParams): MonitoringReason | null {
  if (!facts.isMainEarner || !inWindow(facts, params)) return null;
  if (facts.feed.feedKind === 'deaths') return reason('mainEarnerLoss', 'mainEarnerDied', 1, '=', 1, facts.feed);
  const grade = DISABILITY_GRADE_NUMBER[facts.feed.code ?? ''];
  const upTo = param(params, 'seriousGradeUpTo');
  return grade !== undefined && grade <= upTo ? reason('mainEarnerLoss', 'mainEarnerDisabilityGrade', grade, '<', upTo + 1, facts.feed) : null;
}
