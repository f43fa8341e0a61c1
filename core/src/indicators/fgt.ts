/** One observation: a per-capita income (fen) standing for `weight` people (a household's size). */
export interface IncomeObservation {
  readonly income: number;
  readonly weight: number;
}

/** The sums the FGT family needs, which a database can compute in one aggregate query. */
export interface FgtSums {
  /** People observed (N). */
  readonly population: number;
  /** People with income below the line (q). */
  readonly poorPopulation: number;
  /** Σ weight × (z − y) over the poor, y floored at 0, in fen. */
  readonly gapSum: number;
  /** Σ weight × (z − y)² over the poor, y floored at 0. */
  readonly squaredGapSum: number;
}

export interface FgtResult {
  readonly line: number;
  readonly population: number;
  readonly poorPopulation: number;
  /** Headcount ratio P0 = q / N. */
  readonly headcount: number;
  /** Poverty gap index P1 = (1/N) Σ (z − y)/z over the poor. */
  readonly gap: number;
  /** Squared poverty gap P2 = (1/N) Σ ((z − y)/z)² over the poor. */
  readonly squaredGap: number;
}

/** The FGT sums of a list of observations against a line; poor means strictly below the line. */
export function sumFgt(observations: readonly IncomeObservation[], line: number): FgtSums {
  let population = 0;
  let poorPopulation = 0;
  let gapSum = 0;
  let squaredGapSum = 0;
  for (const { income, weight } of observations) {
    population += weight;
    if (income < line) {
      // A negative income (business costs above takings) counts as nothing, not as more than nothing missing.
      const gap = line - Math.max(income, 0);
      poorPopulation += weight;
      gapSum += weight * gap;
      squaredGapSum += weight * gap * gap;
    }
  }
  return { population, poorPopulation, gapSum, squaredGapSum };
}

/** Foster–Greer–Thorbecke P0, P1, P2 from their sums (all 0 for an empty population). */
export function fgtFromSums(sums: FgtSums, line: number): FgtResult {
  const n = sums.population;
  if (n <= 0 || line <= 0) return { line, population: n, poorPopulation: sums.poorPopulation, headcount: 0, gap: 0, squaredGap: 0 };
  return {
    line, population: n, poorPopulation: sums.poorPopulation,
    headcount: sums.poorPopulation / n,
    gap: sums.gapSum / (line * n),
    squaredGap: sums.squaredGapSum / (line * line * n),
  };
}

/** Foster–Greer–Thorbecke measures of a population against any line. */
export function computeFgt(observations: readonly IncomeObservation[], line: number): FgtResult {
  return fgtFromSums(sumFgt(observations, line), line);
}

/** P_α for any α ≥ 0, straight from the definition (α = 0, 1, 2 give P0, P1, P2). */
export function computeFgtAlpha(observations: readonly IncomeObservation[], line: number, alpha: number): number {
  let n = 0;
  let sum = 0;
  for (const { income, weight } of observations) {
    n += weight;
    if (income < line) sum += weight * ((line - Math.max(income, 0)) / line) ** alpha;
  }
  return n > 0 ? sum / n : 0;
}
