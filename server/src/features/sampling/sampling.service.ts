import { computeExitQualityRates, drawStratifiedSample, samplingStrata, type SamplingStratum } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { assertWritableRegion, requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { presentExercise, presentExerciseSummary } from './sampling.presenter.ts';
import {
  countRegionPeople, findExercise, findExercises, findSampledHousehold, findSampledHouseholds, findSamplingPopulation, insertExercise, updateFinding,
} from './sampling.repository.ts';
import type { ExerciseSummary, ExerciseView, FindingInput, SamplingInput } from './sampling.schemas.ts';

const EXITED = new Set(['exited', 'exitedNoPolicy']);

function stratumOf(povertyStatus: string, hasLabour: boolean): SamplingStratum {
  if (!EXITED.has(povertyStatus)) return 'nonRegistered';
  return hasLabour ? 'exitedWithLabour' : 'exitedWithoutLabour';
}

/**
 * Draws a sample for a third-party check: the region's exited and non-registered households in
 * strata, by the ratios, reproducibly from the seed. The registry's counts are kept with it, so
 * the rates do not move when the registry changes later.
 */
export async function drawSamplingExercise(ctx: AppContext, actor: Actor, input: SamplingInput): Promise<ExerciseView> {
  requirePermission(actor, 'inspection:write');
  assertWritableRegion(actor, input.regionCode, 'regionCode');
  const seed = input.seed ?? uuidv7();
  const rows = await findSamplingPopulation(ctx.db, actor, input.regionCode);
  const population = rows.map((r) => ({ id: r.id, stratum: stratumOf(r.povertyStatus, Boolean(r.hasLabour)), memberCount: r.memberCount, villageCode: r.villageCode }));
  const ratios = samplingStrata.codes.map((stratum) => ({ stratum, ratio: input.ratios[stratum] }));
  const sample = drawStratifiedSample(population, ratios, input.sampleSize, seed);
  if (sample.picks.length === 0) throw new AppError('VALIDATION_FAILED', 'the region has no exited or non-registered households to sample', { field: 'regionCode' });
  const counts = await countRegionPeople(ctx.db, actor, input.regionCode, input.year);
  const id = uuidv7();
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertExercise(trx, {
      id, regionCode: input.regionCode, year: input.year, seed, sampleSize: input.sampleSize, ratios: JSON.stringify(input.ratios),
      strata: JSON.stringify(sample.strata), thresholds: JSON.stringify(input.thresholds), poorPeople: counts.poorPeople, population: counts.population,
      createdBy: actor.userId, createdByName: actor.username, createdAt: at,
    }, sample.picks.map((p) => ({
      exerciseId: id, householdId: p.id, villageCode: p.villageCode, stratum: p.stratum, position: p.position, memberCount: p.memberCount,
      isWronglyExited: null, isMissed: null, approves: null, note: null, recordedBy: null, recordedByName: null, recordedAt: null,
    })));
    await recordAudit(trx, actor, {
      action: 'create', entityType: 'samplingExercise', entityId: id, regionCode: input.regionCode,
      details: { year: input.year, seed, sampleSize: input.sampleSize, drawn: sample.picks.length },
    }, at);
  });
  return getSamplingExercise(ctx, actor, id);
}

export async function listSamplingExercises(ctx: AppContext, actor: Actor): Promise<ExerciseSummary[]> {
  requirePermission(actor, 'registry:read');
  return (await findExercises(ctx.db, actor)).map(presentExerciseSummary);
}

export async function getSamplingExercise(ctx: AppContext, actor: Actor, exerciseId: string): Promise<ExerciseView> {
  requirePermission(actor, 'registry:read');
  const exercise = await findExercise(ctx.db, actor, exerciseId);
  if (!exercise) throw new AppError('OUT_OF_SCOPE', `sampling exercise ${exerciseId} not found in your region`);
  const households = await findSampledHouseholds(ctx.db, actor, exerciseId);
  return presentExercise(exercise, households, computeExitQualityRates);
}

/** Records what the check found for one sampled household; a finding that does not fit its stratum is refused. */
export async function recordSampleFinding(ctx: AppContext, actor: Actor, exerciseId: string, householdId: number, input: FindingInput): Promise<ExerciseView> {
  requirePermission(actor, 'inspection:write');
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const exercise = await findExercise(trx, actor, exerciseId);
    if (!exercise) throw new AppError('OUT_OF_SCOPE', `sampling exercise ${exerciseId} not found in your region`);
    const sampled = await findSampledHousehold(trx, actor, exerciseId, householdId);
    if (!sampled) throw new AppError('NOT_FOUND', `household ${householdId} is not in this sample`);
    const isExited = sampled.stratum !== 'nonRegistered';
    if (isExited && input.isMissed !== null) throw new AppError('VALIDATION_FAILED', 'an exited household cannot be a missed identification', { field: 'isMissed' });
    if (!isExited && input.isWronglyExited !== null) throw new AppError('VALIDATION_FAILED', 'a non-registered household cannot have exited wrongly', { field: 'isWronglyExited' });
    const flag = (v: boolean | null) => (v === null ? null : v ? 1 : 0);
    await updateFinding(trx, exerciseId, householdId, {
      isWronglyExited: flag(input.isWronglyExited), isMissed: flag(input.isMissed), approves: flag(input.approves), note: input.note,
      recordedBy: actor.userId, recordedByName: actor.username, recordedAt: at,
    });
    await recordAudit(trx, actor, {
      action: 'recordFinding', entityType: 'samplingExercise', entityId: exerciseId, regionCode: sampled.villageCode,
      details: { householdId, isWronglyExited: input.isWronglyExited, isMissed: input.isMissed, approves: input.approves },
    }, at);
  });
  return getSamplingExercise(ctx, actor, exerciseId);
}
