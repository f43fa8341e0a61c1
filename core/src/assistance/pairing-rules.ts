import type { RuleIssue } from '../registry/rule-issue.ts';
import { periodsOverlap } from './periods.ts';

export interface PairingPeriod {
  startDate: string;
  /** null while the pairing lasts. */
  endDate: string | null;
}

/**
 * Whether a pairing is in force on a date. Only its own dates count: a household's exit does not
 * end it (结对帮扶 continues through the transition period).
 */
export function isPairingActive(p: PairingPeriod, on: string): boolean {
  return p.startDate <= on && (p.endDate === null || p.endDate >= on);
}

/** A cadre's load: households paired on the date. */
export function countPairingLoad(pairings: readonly PairingPeriod[], on: string): number {
  return pairings.filter((p) => isPairingActive(p, on)).length;
}

/** One more household for a cadre whose current load is `load`, against the configured maximum. */
export function checkPairingLoad(load: number, maxLoad: number): RuleIssue[] {
  if (load + 1 > maxLoad) {
    return [{ code: 'PAIRING_LOAD_EXCEEDED', field: 'cadreId', message: `the cadre already helps ${load} households; the maximum is ${maxLoad}` }];
  }
  return [];
}

/** The same cadre and household may not be paired twice over the same days. */
export function checkPairingPeriod(candidate: PairingPeriod, sameCadreAndHousehold: readonly PairingPeriod[]): RuleIssue[] {
  if (candidate.endDate !== null && candidate.endDate < candidate.startDate) {
    return [{ code: 'VALIDATION_FAILED', field: 'endDate', message: `the end date ${candidate.endDate} is before the start date ${candidate.startDate}` }];
  }
  const open = (p: PairingPeriod) => ({ startDate: p.startDate, endDate: p.endDate ?? '9999-12-31' });
  if (sameCadreAndHousehold.some((p) => periodsOverlap(open(p), open(candidate)))) {
    return [{ code: 'PAIRING_OVERLAP', field: 'startDate', message: 'this cadre is already paired with this household over these dates' }];
  }
  return [];
}
