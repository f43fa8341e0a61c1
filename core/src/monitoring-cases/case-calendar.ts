const DAY_MS = 86_400_000;

const toTime = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);
const toIso = (time: number): string => new Date(time).toISOString().slice(0, 10);

/**
 * The date `days` working days after `isoDate`. Working days are Monday to Friday; public holidays
 * and their make-up weekends are not known to the system, so a deadline may fall a day or two
 * earlier than a holiday calendar would put it (never later).
 */
export function addWorkingDays(isoDate: string, days: number): string {
  let time = toTime(isoDate);
  let left = days;
  while (left > 0) {
    time += DAY_MS;
    const weekday = new Date(time).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return toIso(time);
}

/** The same day `months` months later, or the month's last day when it has no such day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIso(Date.UTC(year, month, Math.min(d, lastDay)));
}

/** Whole months from `from` to `to` (a month is complete on the same day of the next month). */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to < from) return 0;
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}
