import type { RuleIssue } from '../registry/rule-issue.ts';
import { periodsOverlap } from './periods.ts';
import { measureTypeRule, type MeasureStatus, type MeasureTypeCode } from './measure-types.ts';

/** General ceiling for one measure: 1 million yuan, in fen. */
export const MAX_MEASURE_AMOUNT = 100_000_000;

export interface MeasureCandidate {
  measureType: MeasureTypeCode;
  memberId: number | null;
  /** ISO dates; a one-off measure has no end date. */
  startDate: string;
  endDate: string | null;
  /** Money in fen, or null for help in kind. */
  amount: number | null;
  inKind: string | null;
}

export interface ExistingMeasure {
  id: string;
  measureType: MeasureTypeCode;
  memberId: number | null;
  startDate: string;
  endDate: string | null;
  status: MeasureStatus;
}

/** The amount, member and period rules of a measure's type. */
export function checkMeasure(m: MeasureCandidate): RuleIssue[] {
  const rule = measureTypeRule(m.measureType);
  const issues: RuleIssue[] = [];
  if (rule.isPerMember && !m.memberId) {
    issues.push({ code: 'MEASURE_MEMBER_REQUIRED', field: 'memberId', message: `a ${m.measureType} measure is given to a member; name the member` });
  }
  if (m.endDate !== null && m.endDate < m.startDate) {
    issues.push({ code: 'VALIDATION_FAILED', field: 'endDate', message: `the end date ${m.endDate} is before the start date ${m.startDate}` });
  }
  issues.push(...checkMeasureAmount(m));
  return issues;
}

export function checkMeasureAmount(m: Pick<MeasureCandidate, 'measureType' | 'amount' | 'inKind'>): RuleIssue[] {
  const rule = measureTypeRule(m.measureType);
  const hasKind = m.inKind !== null && m.inKind.trim() !== '';
  if (m.amount === null && !hasKind) {
    return [{ code: 'MEASURE_AMOUNT_RULE', field: 'amount', message: 'give an amount in fen or describe the help in kind' }];
  }
  if (m.amount !== null && (!Number.isInteger(m.amount) || m.amount < 0)) {
    return [{ code: 'VALIDATION_FAILED', field: 'amount', message: 'the amount is whole fen, not negative' }];
  }
  if (rule.requiresMoney && (m.amount === null || m.amount === 0)) {
    return [{ code: 'MEASURE_AMOUNT_RULE', field: 'amount', message: `a ${m.measureType} measure is paid in money; give its amount in fen` }];
  }
  const cap = Math.min(rule.maxAmount ?? MAX_MEASURE_AMOUNT, MAX_MEASURE_AMOUNT);
  if (m.amount !== null && m.amount > cap) {
    return [{ code: 'MEASURE_AMOUNT_RULE', field: 'amount', message: `a ${m.measureType} measure may carry at most ${cap} fen; got ${m.amount}` }];
  }
  return [];
}

/**
 * A periodic subsidy (dibao, school aid, a post's pay…) is paid once per person — or per household
 * when it is the household's — and type for any period: an overlapping live one is a duplicate.
 */
export function findDuplicateSubsidy(m: MeasureCandidate, existing: readonly ExistingMeasure[], exceptId?: string): ExistingMeasure | undefined {
  if (!measureTypeRule(m.measureType).isPeriodicSubsidy) return undefined;
  return existing.find((e) => e.id !== exceptId && e.status !== 'cancelled' && e.measureType === m.measureType
    && e.memberId === m.memberId && periodsOverlap(e, m));
}

export function describeDuplicate(m: MeasureCandidate, dup: ExistingMeasure): RuleIssue {
  const who = m.memberId ? 'this member' : 'this household';
  return {
    code: 'MEASURE_DUPLICATE', field: 'startDate',
    message: `${who} already has a ${m.measureType} measure for ${dup.startDate}–${dup.endDate ?? dup.startDate}, which overlaps this period`,
  };
}
