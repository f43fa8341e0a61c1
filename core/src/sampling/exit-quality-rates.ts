import type { SamplingStratum } from './stratified-sample.ts';

/** The finding recorded for one sampled household; null where not (yet) established. */
export interface SampleFinding {
  readonly stratum: SamplingStratum;
  /** Among exited households: exited although it did not meet the exit standard (错退). */
  readonly isWronglyExited: boolean | null;
  /** Among non-registered households: should have been identified (漏评). */
  readonly isMissed: boolean | null;
  /** Does the household approve of the poverty-alleviation work (群众认可度)? */
  readonly approves: boolean | null;
  /** People in the household, for the composite incidence. */
  readonly memberCount: number;
}

/** Thresholds in percent: wrong exits and missed below, approval at or above, incidence below. */
export interface ExitQualityThresholds {
  readonly wrongExitRate: number;
  readonly missedRate: number;
  readonly approvalRate: number;
  readonly compositeIncidence: number;
}

/** The county exit standard (policy.md §2): 2 %, 2 %, 90 %; incidence 2 % (3 % in the west). */
export const DEFAULT_EXIT_QUALITY_THRESHOLDS: ExitQualityThresholds = { wrongExitRate: 2, missedRate: 2, approvalRate: 90, compositeIncidence: 2 };

export interface QualityRate {
  readonly numerator: number;
  readonly denominator: number;
  /** Percent, or null when nothing was checked yet. */
  readonly percent: number | null;
  readonly threshold: number;
  readonly comparison: 'below' | 'atLeast';
  /** null while undetermined (no finding recorded). */
  readonly passes: boolean | null;
  readonly reason: string;
}

export interface RegistryCounts {
  /** People in registered households still poor (poor or relapsed) in the region. */
  readonly poorPeople: number;
  /** Rural registered population of the region (every household on the registry). */
  readonly population: number;
}

export interface ExitQualityResult {
  readonly wrongExitRate: QualityRate;
  readonly missedRate: QualityRate;
  readonly compositeIncidence: QualityRate;
  readonly approvalRate: QualityRate;
  readonly passes: boolean | null;
  readonly reasons: readonly string[];
}

function rate(name: string, numerator: number, denominator: number, threshold: number, comparison: 'below' | 'atLeast'): QualityRate {
  if (denominator === 0) {
    return { numerator, denominator, percent: null, threshold, comparison, passes: null, reason: `${name}: nothing checked yet` };
  }
  const percent = (numerator * 100) / denominator;
  // Compare in integers: numerator·100 against threshold·denominator, so 2 % of 100 is not a float edge.
  const passes = comparison === 'below' ? numerator * 100 < threshold * denominator : numerator * 100 >= threshold * denominator;
  const shown = `${numerator}/${denominator} = ${percent.toFixed(2)} %`;
  const rule = comparison === 'below' ? `must be below ${threshold} %` : `must be at least ${threshold} %`;
  return { numerator, denominator, percent, threshold, comparison, passes, reason: `${name} ${shown} ${rule}: ${passes ? 'passes' : 'fails'}` };
}

const isExited = (s: SamplingStratum) => s === 'exitedWithLabour' || s === 'exitedWithoutLabour';

/**
 * 三率一度 from a sampling exercise: wrong-exit rate among sampled exited households, missed rate
 * among sampled non-registered households, approval among those who answered, and the composite
 * incidence (still-poor people plus the people found missed or wrongly exited, over the rural
 * registered population). Any failure blocks exit; an undetermined rate leaves the result open.
 */
export function computeExitQualityRates(findings: readonly SampleFinding[], counts: RegistryCounts, thresholds: ExitQualityThresholds = DEFAULT_EXIT_QUALITY_THRESHOLDS): ExitQualityResult {
  const exited = findings.filter((f) => isExited(f.stratum) && f.isWronglyExited !== null);
  const wronglyExited = exited.filter((f) => f.isWronglyExited === true);
  const nonRegistered = findings.filter((f) => f.stratum === 'nonRegistered' && f.isMissed !== null);
  const missed = nonRegistered.filter((f) => f.isMissed === true);
  const answered = findings.filter((f) => f.approves !== null);
  const foundPeople = [...wronglyExited, ...missed].reduce((sum, f) => sum + f.memberCount, 0);

  const result = {
    wrongExitRate: rate('wrong-exit rate', wronglyExited.length, exited.length, thresholds.wrongExitRate, 'below'),
    missedRate: rate('missed-identification rate', missed.length, nonRegistered.length, thresholds.missedRate, 'below'),
    compositeIncidence: rate('composite poverty incidence', counts.poorPeople + foundPeople, counts.population, thresholds.compositeIncidence, 'below'),
    approvalRate: rate('public approval', answered.filter((f) => f.approves === true).length, answered.length, thresholds.approvalRate, 'atLeast'),
  };
  const all = [result.wrongExitRate, result.missedRate, result.compositeIncidence, result.approvalRate];
  const passes = all.some((r) => r.passes === false) ? false : all.every((r) => r.passes === true) ? true : null;
  return { ...result, passes, reasons: all.map((r) => r.reason) };
}
