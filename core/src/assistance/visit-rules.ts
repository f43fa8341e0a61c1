import type { RuleIssue } from '../registry/rule-issue.ts';

/** Days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A visit is dated today or within the backdating window; never in the future. */
export function checkVisitDate(visitDate: string, today: string, backdateWindowDays: number): RuleIssue[] {
  const age = daysBetween(visitDate, today);
  if (age < 0) return [{ code: 'VISIT_DATE_FUTURE', field: 'visitDate', message: `the visit date ${visitDate} is after today ${today}` }];
  if (age > backdateWindowDays) {
    return [{ code: 'VISIT_BACKDATED', field: 'visitDate', message: `a visit may be recorded at most ${backdateWindowDays} days after it took place; ${visitDate} is ${age} days ago` }];
  }
  return [];
}

/** Days a visit is overdue (0 when not), given the last visit (or the pairing's start) and the interval. */
export function visitOverdueDays(lastVisitOrStart: string, today: string, intervalDays: number): number {
  return Math.max(0, daysBetween(lastVisitOrStart, today) - intervalDays);
}
