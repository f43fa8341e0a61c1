import {
  computeAlkireFoster, computeIncidence, fgtFromSums, incomeYardstickKey, policyNumber, validateAfSpec, type AfResult, type AfSpec, type FgtResult,
} from '@fupin/core';
import { assertReadableRegion, requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { findRegionsByCodes } from '../regions/regions.repository.ts';
import { resolvePolicyFor } from '../policy/policy.service.ts';
import { countPoorPeople, countPoorPeopleByChild } from './evaluations.repository.ts';
import { countDeprivationProfiles, sumFgtInRegion } from './indicators.repository.ts';

/** The indicators the registry can answer, by dimension, with the default weights (k = 1/3). */
export const AF_INDICATORS = [
  { key: 'income', dimension: 'income', zh: '人均纯收入低于标准', en: 'Income below the line', weight: 1 / 4 },
  { key: 'schooling', dimension: 'education', zh: '有义务教育阶段辍学', en: 'A child dropped out', weight: 1 / 8 },
  { key: 'adultEducation', dimension: 'education', zh: '无人达到初中文化', en: 'No one with junior high school', weight: 1 / 8 },
  { key: 'health', dimension: 'health', zh: '有成员患大病', en: 'A member seriously ill', weight: 1 / 8 },
  { key: 'insurance', dimension: 'health', zh: '有成员未参加基本医保', en: 'A member without basic medical insurance', weight: 1 / 8 },
  { key: 'housing', dimension: 'living', zh: '住房为C/D级危房', en: 'Dangerous housing (C/D)', weight: 1 / 16 },
  { key: 'water', dimension: 'living', zh: '饮水不安全', en: 'Unsafe drinking water', weight: 1 / 16 },
  { key: 'sanitation', dimension: 'living', zh: '无卫生厕所', en: 'No sanitary toilet', weight: 1 / 16 },
  { key: 'electricity', dimension: 'living', zh: '未通生活用电', en: 'No electricity', weight: 1 / 16 },
  { key: 'labour', dimension: 'labour', zh: '无劳动力', en: 'No one able to work', weight: 0 },
] as const;

export const AF_DEFAULT_K = 1 / 3;
const CHILD_LENGTH: Record<number, number> = { 2: 4, 4: 6, 6: 9, 9: 12 };

async function resolveLine(ctx: AppContext, regionCode: string, year: number, line: number | undefined) {
  if (line !== undefined) return { amount: line, parameter: null, originRegionCode: null };
  const policy = await resolvePolicyFor(ctx.db, regionCode, year);
  const key = incomeYardstickKey(year);
  const found = policyNumber(policy, key);
  if (!found) throw new AppError('VALIDATION_FAILED', `no ${key} is in force for ${regionCode} in ${year}; give a line`, { field: 'line' });
  return { amount: found.value, parameter: key, originRegionCode: found.cite.regionCode };
}

export interface IncidenceRow { code: string; name: string | null; households: number; people: number; poorPeople: number; incidence: number }

/** Poverty incidence of a region and of each of its children, and the FGT family against a line. */
export async function getIndicators(ctx: AppContext, actor: Actor, regionCode: string, year: number, line: number | undefined) {
  requirePermission(actor, 'registry:read');
  assertReadableRegion(actor, regionCode);
  const chosenLine = await resolveLine(ctx, regionCode, year, line);
  const childLength = CHILD_LENGTH[regionCode.length];
  const [counts, children, sums] = await Promise.all([
    countPoorPeople(ctx.db, actor, regionCode, year),
    childLength ? countPoorPeopleByChild(ctx.db, actor, regionCode, year, childLength) : Promise.resolve([]),
    sumFgtInRegion(ctx.db, actor, regionCode, year, chosenLine.amount),
  ]);
  const names = new Map((await findRegionsByCodes(ctx.db, [regionCode, ...children.map((c) => c.code)])).map((r) => [r.code, r.name]));
  const fgt: FgtResult = fgtFromSums(sums, chosenLine.amount);
  const incidenceOf = (c: { people: number; poorPeople: number }) => computeIncidence({ poorPeople: c.poorPeople, population: c.people });
  return {
    regionCode, regionName: names.get(regionCode) ?? null, year, line: chosenLine, fgt,
    incidence: { households: counts.households, people: counts.people, poorPeople: counts.poorPeople, incidence: incidenceOf(counts) },
    children: children.map((c): IncidenceRow => ({ ...c, name: names.get(c.code) ?? null, incidence: incidenceOf(c) })),
  };
}

export interface MultidimensionalInput {
  regionCode: string;
  year: number;
  line?: number | undefined;
  k: number;
  indicators: { key: string; weight: number }[];
}

/** Alkire–Foster over the registry: deprivation profiles counted in SQL, H, A, M0 and contributions in core. */
export async function computeMultidimensional(ctx: AppContext, actor: Actor, input: MultidimensionalInput): Promise<{ regionCode: string; year: number; line: number; result: AfResult }> {
  requirePermission(actor, 'registry:read');
  assertReadableRegion(actor, input.regionCode);
  const spec: AfSpec = {
    k: input.k,
    indicators: input.indicators.map((i, index) => {
      const known = AF_INDICATORS.find((a) => a.key === i.key);
      if (!known) throw new AppError('VALIDATION_FAILED', `unknown indicator ${i.key}; use one of ${AF_INDICATORS.map((a) => a.key).join(', ')}`, { field: `indicators.${index}.key` });
      return { key: i.key, dimension: known.dimension, weight: i.weight };
    }),
  };
  const issue = validateAfSpec(spec)[0];
  if (issue) throw new AppError('VALIDATION_FAILED', issue.message, { field: issue.field });
  const line = await resolveLine(ctx, input.regionCode, input.year, input.line);
  const profiles = await countDeprivationProfiles(ctx.db, actor, input.regionCode, input.year, line.amount, spec.indicators.map((i) => i.key));
  return { regionCode: input.regionCode, year: input.year, line: line.amount, result: computeAlkireFoster(profiles, spec) };
}
