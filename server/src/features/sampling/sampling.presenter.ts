import { samplingStrata, type computeExitQualityRates, type ExitQualityThresholds, type SamplingStratum } from '@fupin/core';
import type { SamplingExerciseRow } from '../../db/tables/procedures.tables.ts';
import type { findSampledHouseholds } from './sampling.repository.ts';
import type { ExerciseSummary, ExerciseView } from './sampling.schemas.ts';

type SampledRow = Awaited<ReturnType<typeof findSampledHouseholds>>[number];
type ExerciseRow = SamplingExerciseRow & { regionName: string | null };

const bool = (v: number | null) => (v === null ? null : v === 1);
const stratumOf = (code: string): SamplingStratum => (samplingStrata.has(code) ? code : 'nonRegistered');

export function presentExerciseSummary(row: ExerciseRow): ExerciseSummary {
  return {
    id: row.id, regionCode: row.regionCode, regionName: row.regionName, year: row.year, seed: row.seed,
    sampleSize: row.sampleSize, createdByName: row.createdByName, createdAt: row.createdAt,
  };
}

/** The exercise with its households and the rates computed from the findings recorded so far. */
export function presentExercise(row: ExerciseRow, households: readonly SampledRow[], compute: typeof computeExitQualityRates): ExerciseView {
  const sampled = households.map((h) => ({
    householdId: h.householdId, householdNo: h.householdNo, headName: h.headName, villageCode: h.villageCode, villageName: h.villageName,
    stratum: stratumOf(h.stratum), position: h.position, memberCount: h.memberCount,
    isWronglyExited: bool(h.isWronglyExited), isMissed: bool(h.isMissed), approves: bool(h.approves), note: h.note,
    recordedByName: h.recordedByName, recordedAt: h.recordedAt,
  }));
  const thresholds = JSON.parse(row.thresholds) as ExitQualityThresholds;
  const result = compute(sampled, { poorPeople: row.poorPeople, population: row.population }, thresholds);
  return {
    ...presentExerciseSummary(row),
    ratios: JSON.parse(row.ratios) as ExerciseView['ratios'],
    strata: JSON.parse(row.strata) as ExerciseView['strata'],
    poorPeople: row.poorPeople,
    population: row.population,
    households: sampled,
    recorded: sampled.filter((h) => h.recordedAt !== null).length,
    rates: { wrongExitRate: result.wrongExitRate, missedRate: result.missedRate, compositeIncidence: result.compositeIncidence, approvalRate: result.approvalRate },
    passes: result.passes,
    reasons: [...result.reasons],
  };
}
