import {
  evaluateCountyExit, evaluatePoorVillage, evaluateVillageExit, regionLevelOf,
  type Decision, type ExitOutcome, type SamplingFindings,
} from '@fupin/core';
import { assertReadableRegion, requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { findRegion } from '../regions/regions.repository.ts';
import { resolvePolicyFor } from '../policy/policy.service.ts';
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
  exit: Decision<ExitOutcome>;
}

async function requireRegionOfLevel(ctx: AppContext, actor: Actor, code: string, level: 'village' | 'county', field: string) {
  assertReadableRegion(actor, code);
  const region = await findRegion(ctx.db, code);
  if (!region) throw new AppError('REGION_UNKNOWN', `region ${code} does not exist`, { field });
  if (regionLevelOf(code) !== level) throw new AppError('VALIDATION_FAILED', `${code} (${region.name}) is not a ${level}`, { field });
  return region;
}

/** A village's incidence from the registry, its exit eligibility and the poor-village criteria. */
export async function evaluateVillage(ctx: AppContext, actor: Actor, villageCode: string, year: number, inputs: { collectiveIncome?: number | undefined; infrastructure?: InfrastructureCheck[] | undefined } = {}): Promise<VillageEvaluation> {
  requirePermission(actor, 'registry:read');
  const region = await requireRegionOfLevel(ctx, actor, villageCode, 'village', 'villageCode');
  const [counts, incomes, policy] = await Promise.all([countPoorPeople(ctx.db, actor, villageCode), sumIncomes(ctx.db, actor, villageCode, year), resolvePolicyFor(ctx.db, villageCode, year)]);
  const incomePerCapita = incomes.people > 0 ? Math.round(incomes.netIncome / incomes.people) : null;
  const facts = { poorPeople: counts.poorPeople, population: counts.people };
  return {
    villageCode, villageName: region.name, year, counts, incomePerCapita,
    exit: evaluateVillageExit({ ...facts, villageCode, year, infrastructure: inputs.infrastructure ?? [] }, policy),
    poorVillage: evaluatePoorVillage({ ...facts, year, incomePerCapita, collectiveIncome: inputs.collectiveIncome ?? null }, policy),
  };
}

/** A county's incidence from the registry and, with the sampling findings, its exit eligibility. */
export async function evaluateCounty(ctx: AppContext, actor: Actor, countyCode: string, year: number, sampling: SamplingFindings | null): Promise<CountyEvaluation> {
  requirePermission(actor, 'registry:read');
  const region = await requireRegionOfLevel(ctx, actor, countyCode, 'county', 'countyCode');
  const [counts, policy] = await Promise.all([countPoorPeople(ctx.db, actor, countyCode), resolvePolicyFor(ctx.db, countyCode, year)]);
  return {
    countyCode, countyName: region.name, year, counts, sampling,
    exit: evaluateCountyExit({ countyCode, year, poorPeople: counts.poorPeople, population: counts.people, sampling }, policy),
  };
}
