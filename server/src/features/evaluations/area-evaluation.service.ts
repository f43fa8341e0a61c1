import {
  evaluateCountyExit, evaluatePoorVillage, evaluateVillageExit, regionLevelOf, samplingStrata, summarizeSampleFindings,
  type Decision, type ExitOutcome, type SamplingFindings,
} from '@fupin/core';
import { assertReadableRegion, requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { findRegion } from '../regions/regions.repository.ts';
import { resolvePolicyFor } from '../policy/policy.service.ts';
import { findExercise, findSampledHouseholds } from '../sampling/sampling.repository.ts';
import { countPoorPeople, sumIncomes, type PeopleCount } from './evaluations.repository.ts';

export interface InfrastructureCheck { item: string; passed: boolean }

export interface VillageEvaluation {
  villageCode: string;
  villageName: string;
  year: number;
  counts: PeopleCount;
  incomePerCapita: number | null;
  exit: Decision<ExitOutcome>;
  poorVillage: Decision;
}

export interface CountyEvaluation {
  countyCode: string;
  countyName: string;
  year: number;
  counts: PeopleCount;
  sampling: SamplingFindings | null;
  /** The sampling exercise the findings come from. */
  samplingExercise: SamplingExerciseUsed | null;
  exit: Decision<ExitOutcome>;
}

export interface SamplingExerciseUsed {
  id: string;
  regionCode: string;
  year: number;
  seed: string;
  drawnAt: string;
  drawnByName: string;
  sampled: number;
  recorded: number;
}

async function requireRegionOfLevel(ctx: AppContext, actor: Actor, code: string, level: 'village' | 'county', field: string) {
  assertReadableRegion(actor, code);
  const region = await findRegion(ctx.db, code);
  if (!region) throw new AppError('REGION_UNKNOWN', `region ${code} does not exist`, { field });
  if (regionLevelOf(code) !== level) throw new AppError('VALIDATION_FAILED', `${code} (${region.name}) is not a ${level}`, { field });
  return region;
}

/** A village's incidence from the registry as of the year, its exit eligibility and the poor-village criteria. */
export async function evaluateVillage(ctx: AppContext, actor: Actor, villageCode: string, year: number, inputs: { collectiveIncome?: number | undefined; infrastructure?: InfrastructureCheck[] | undefined } = {}): Promise<VillageEvaluation> {
  requirePermission(actor, 'registry:read');
  const region = await requireRegionOfLevel(ctx, actor, villageCode, 'village', 'villageCode');
  const [counts, incomes, policy] = await Promise.all([countPoorPeople(ctx.db, actor, villageCode, year), sumIncomes(ctx.db, actor, villageCode, year), resolvePolicyFor(ctx.db, villageCode, year)]);
  const incomePerCapita = incomes.people > 0 ? Math.round(incomes.netIncome / incomes.people) : null;
  const facts = { poorPeople: counts.poorPeople, population: counts.people };
  return {
    villageCode, villageName: region.name, year, counts, incomePerCapita,
    exit: evaluateVillageExit({ ...facts, villageCode, year, infrastructure: inputs.infrastructure ?? [] }, policy),
    poorVillage: evaluatePoorVillage({ ...facts, year, incomePerCapita, collectiveIncome: inputs.collectiveIncome ?? null }, policy),
  };
}

/**
 * The findings of a recorded sampling exercise of this county and year, for its exit evaluation;
 * an exercise of another county or year is refused, naming the field.
 */
async function readSamplingExercise(ctx: AppContext, actor: Actor, countyCode: string, year: number, exerciseId: string) {
  const exercise = await findExercise(ctx.db, actor, exerciseId);
  if (!exercise) throw new AppError('OUT_OF_SCOPE', `sampling exercise ${exerciseId} not found in your region`, { field: 'samplingExerciseId' });
  if (exercise.regionCode !== countyCode || exercise.year !== year) {
    throw new AppError('VALIDATION_FAILED', `sampling exercise ${exerciseId} checked ${exercise.regionCode} in ${exercise.year}, not ${countyCode} in ${year}`, { field: 'samplingExerciseId' });
  }
  const households = await findSampledHouseholds(ctx.db, actor, exerciseId);
  const flag = (v: number | null) => (v === null ? null : v === 1);
  const findings = households.map((h) => ({
    stratum: samplingStrata.has(h.stratum) ? h.stratum : 'nonRegistered' as const, memberCount: h.memberCount,
    isWronglyExited: flag(h.isWronglyExited), isMissed: flag(h.isMissed), approves: flag(h.approves),
  }));
  const used: SamplingExerciseUsed = {
    id: exercise.id, regionCode: exercise.regionCode, year: exercise.year, seed: exercise.seed, drawnAt: exercise.createdAt, drawnByName: exercise.createdByName,
    sampled: households.length, recorded: households.filter((h) => h.recordedAt !== null).length,
  };
  return { sampling: summarizeSampleFindings(findings), used };
}

/**
 * A county's incidence from the registry as of the year and, with a recorded sampling exercise
 * (三率一度 computed from its findings), its exit eligibility; without one the exit waits.
 */
export async function evaluateCounty(ctx: AppContext, actor: Actor, countyCode: string, year: number, samplingExerciseId: string | null): Promise<CountyEvaluation> {
  requirePermission(actor, 'registry:read');
  const region = await requireRegionOfLevel(ctx, actor, countyCode, 'county', 'countyCode');
  const exercise = samplingExerciseId ? await readSamplingExercise(ctx, actor, countyCode, year, samplingExerciseId) : null;
  const sampling = exercise?.sampling ?? null;
  const [counts, policy] = await Promise.all([countPoorPeople(ctx.db, actor, countyCode, year), resolvePolicyFor(ctx.db, countyCode, year)]);
  return {
    countyCode, countyName: region.name, year, counts, sampling, samplingExercise: exercise?.used ?? null,
    exit: evaluateCountyExit({ countyCode, year, poorPeople: counts.poorPeople, population: counts.people, sampling }, policy),
  };
}
