const MS_PER_DAY = 86_400_000;

/** Whole days since 1970-01-01 of an ISO date. */
export function dayNumberOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

/**
 * Day numbers to ISO dates, memoised: a county of a million households has a few million birth
 * dates but only some 35,000 distinct days, and formatting dates is what would otherwise dominate.
 */
export interface Calendar {
  isoDate(day: number): string;
  /** The day that is `years` whole years before the reference date (its anniversary). */
  anniversary(years: number): number;
}

export function createCalendar(referenceDate: string): Calendar {
  const iso = new Map<number, string>();
  const anniversaries: number[] = [];
  const ref = new Date(`${referenceDate}T00:00:00Z`);
  return {
    isoDate(day) {
      let s = iso.get(day);
      if (s === undefined) {
        s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
        iso.set(day, s);
      }
      return s;
    },
    anniversary(years) {
      let day = anniversaries[years];
      if (day === undefined) {
        day = Math.floor(Date.UTC(ref.getUTCFullYear() - years, ref.getUTCMonth(), ref.getUTCDate()) / MS_PER_DAY);
        anniversaries[years] = day;
      }
      return day;
    },
  };
}
