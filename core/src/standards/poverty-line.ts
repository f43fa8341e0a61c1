/**
 * National poverty line in current prices, yuan per person per year (policy.md §1); 2013, 2019
 * and 2020 confirmed by official statements, 2014–2018 the commonly cited NBS values. These are
 * the national defaults only: regions may set higher lines.
 */
const NATIONAL_POVERTY_LINE_YUAN: Readonly<Record<number, number>> = {
  2013: 2736, 2014: 2800, 2015: 2855, 2016: 2952, 2017: 2952, 2018: 2995, 2019: 3218, 2020: 4000,
};

/** From 2021 the national monitoring threshold (1.5 × the old line) is the yardstick. */
const NATIONAL_MONITORING_THRESHOLD_YUAN: Readonly<Record<number, number>> = { 2021: 6000 };

export interface IncomeYardstick {
  kind: 'povertyLine' | 'monitoringThreshold';
  year: number;
  /** Yearly amount per person, in fen. */
  amount: number;
  /** The year whose value applies (the latest known one at or before `year`). */
  sourceYear: number;
}

/** The national line (to 2020) or monitoring threshold (2021 on, last known value carried forward). */
export function nationalIncomeYardstick(year: number): IncomeYardstick | undefined {
  if (year < 2013) return undefined;
  if (year <= 2020) {
    const yuan = NATIONAL_POVERTY_LINE_YUAN[year];
    return yuan === undefined ? undefined : { kind: 'povertyLine', year, amount: yuan * 100, sourceYear: year };
  }
  const years = Object.keys(NATIONAL_MONITORING_THRESHOLD_YUAN).map(Number).filter((y) => y <= year);
  const sourceYear = Math.max(...years);
  const yuan = NATIONAL_MONITORING_THRESHOLD_YUAN[sourceYear];
  return yuan === undefined ? undefined : { kind: 'monitoringThreshold', year, amount: yuan * 100, sourceYear };
}
