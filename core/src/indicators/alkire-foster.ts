import type { RuleIssue } from '../registry/rule-issue.ts';

/** One indicator of a multidimensional measure, its dimension and its weight (weights add up to 1). */
export interface AfIndicator {
  readonly key: string;
  readonly dimension: string;
  readonly weight: number;
}

export interface AfSpec {
  readonly indicators: readonly AfIndicator[];
  /** The poverty cutoff k: poor when the weighted deprivations reach k (a share, 0 < k ≤ 1). */
  readonly k: number;
}

/** A person (or a group of identical profiles, weight = people) and the indicators they are deprived in. */
export interface AfObservation {
  readonly weight: number;
  readonly deprived: Readonly<Record<string, boolean>>;
}

export interface AfIndicatorResult extends AfIndicator {
  /** Share of people deprived in the indicator. */
  readonly uncensoredHeadcount: number;
  /** Share of people poor and deprived in the indicator. */
  readonly censoredHeadcount: number;
  /** Share of M0 that the indicator accounts for: w_j × h_j / M0. */
  readonly contribution: number;
}

export interface AfResult {
  readonly k: number;
  readonly population: number;
  readonly poorPopulation: number;
  /** Multidimensional headcount ratio H = q / n. */
  readonly headcount: number;
  /** Intensity A: the average deprivation score among the poor. */
  readonly intensity: number;
  /** Adjusted headcount ratio M0 = H × A. */
  readonly adjustedHeadcount: number;
  readonly indicators: AfIndicatorResult[];
  readonly dimensions: { dimension: string; contribution: number }[];
}

// Weights such as 1/3 do not add up exactly in floating point.
const EPSILON = 1e-9;

export function validateAfSpec(spec: AfSpec): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (spec.indicators.length === 0) issues.push({ code: 'VALIDATION_FAILED', field: 'indicators', message: 'at least one indicator' });
  spec.indicators.forEach((ind, i) => {
    if (!(ind.weight > 0 && ind.weight <= 1)) issues.push({ code: 'VALIDATION_FAILED', field: `indicators.${i}.weight`, message: 'a weight is above 0 and at most 1' });
    if (spec.indicators.findIndex((o) => o.key === ind.key) !== i) issues.push({ code: 'VALIDATION_FAILED', field: `indicators.${i}.key`, message: `indicator ${ind.key} is listed twice` });
  });
  const total = spec.indicators.reduce((s, i) => s + i.weight, 0);
  if (spec.indicators.length && Math.abs(total - 1) > 1e-6) issues.push({ code: 'VALIDATION_FAILED', field: 'indicators', message: `the weights add up to ${total}, not 1` });
  if (!(spec.k > 0 && spec.k <= 1)) issues.push({ code: 'VALIDATION_FAILED', field: 'k', message: 'k is a share above 0 and at most 1' });
  return issues;
}

/** Alkire–Foster: identify the poor with the dual cutoff, then H, A, M0 and each indicator's contribution. */
export function computeAlkireFoster(observations: readonly AfObservation[], spec: AfSpec): AfResult {
  let population = 0;
  let poorPopulation = 0;
  let scoreOfPoor = 0;
  const deprivedAll = new Map<string, number>(spec.indicators.map((i) => [i.key, 0]));
  const deprivedPoor = new Map<string, number>(spec.indicators.map((i) => [i.key, 0]));
  for (const obs of observations) {
    population += obs.weight;
    const score = spec.indicators.reduce((s, ind) => s + (obs.deprived[ind.key] ? ind.weight : 0), 0);
    const isPoor = score >= spec.k - EPSILON;
    if (isPoor) {
      poorPopulation += obs.weight;
      scoreOfPoor += obs.weight * score;
    }
    for (const ind of spec.indicators) {
      if (!obs.deprived[ind.key]) continue;
      deprivedAll.set(ind.key, (deprivedAll.get(ind.key) ?? 0) + obs.weight);
      if (isPoor) deprivedPoor.set(ind.key, (deprivedPoor.get(ind.key) ?? 0) + obs.weight);
    }
  }
  const share = (x: number) => (population > 0 ? x / population : 0);
  const headcount = share(poorPopulation);
  const intensity = poorPopulation > 0 ? scoreOfPoor / poorPopulation : 0;
  const adjustedHeadcount = share(scoreOfPoor);
  const indicators = spec.indicators.map((ind) => {
    const censoredHeadcount = share(deprivedPoor.get(ind.key) ?? 0);
    return {
      ...ind, uncensoredHeadcount: share(deprivedAll.get(ind.key) ?? 0), censoredHeadcount,
      contribution: adjustedHeadcount > 0 ? (ind.weight * censoredHeadcount) / adjustedHeadcount : 0,
    };
  });
  const dimensionNames = [...new Set(spec.indicators.map((i) => i.dimension))];
  const dimensions = dimensionNames.map((dimension) => ({
    dimension, contribution: indicators.filter((i) => i.dimension === dimension).reduce((s, i) => s + i.contribution, 0),
  }));
  return { k: spec.k, population, poorPopulation, headcount, intensity, adjustedHeadcount, indicators, dimensions };
}
