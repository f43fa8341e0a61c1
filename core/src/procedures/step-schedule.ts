import type { StepDefinition } from './procedure-definitions.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** A real calendar date in ISO form (no 30 February). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function addCalendarDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** When a step started, when it is due, and for a notice the days it is posted (both inclusive). */
export interface StepSchedule {
  readonly startedOn: string;
  readonly dueOn: string;
  readonly noticeStartsOn: string | null;
  readonly noticeEndsOn: string | null;
}

/**
 * A notice posted on day D for n days is up on D … D+n−1 and can close from D+n; its owner then
 * has `deadlineDays` to close it.
 */
export function scheduleStep(definition: StepDefinition, startedOn: string): StepSchedule {
  if (definition.kind === 'notice') {
    const days = definition.noticeDays ?? 1;
    const noticeEndsOn = addCalendarDays(startedOn, days - 1);
    return { startedOn, dueOn: addCalendarDays(noticeEndsOn, definition.deadlineDays), noticeStartsOn: startedOn, noticeEndsOn };
  }
  return { startedOn, dueOn: addCalendarDays(startedOn, definition.deadlineDays), noticeStartsOn: null, noticeEndsOn: null };
}

/** Past its due date and still waiting. */
export function isStepOverdue(schedule: Pick<StepSchedule, 'dueOn'>, today: string): boolean {
  return today > schedule.dueOn;
}
