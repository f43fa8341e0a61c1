import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { FgtSums } from '@fupin/core';

/**
 * The FGT sums over a region's incomes of a year in one aggregate: people observed (household
 * sizes), people below the line, and the size-weighted gaps and squared gaps (incomes floored at 0).
 */
export async function sumFgtInRegion(db: Db, actor: Actor, regionCode: string, year: number, line: number): Promise<FgtSums> {
  const pci = sql.ref('incomes.netIncomePerCapita');
  const size = sql.ref('incomes.householdSize');
  const gap = sql`(${line} - case when ${pci} < 0 then 0 else ${pci} end)`;
  const row = await db.selectFrom('incomes')
    .select([
      sql<number>`coalesce(sum(${size}), 0)`.as('population'),
      sql<number>`coalesce(sum(case when ${pci} < ${line} then ${size} else 0 end), 0)`.as('poorPopulation'),
      sql<number>`coalesce(sum(case when ${pci} < ${line} then ${size} * ${gap} else 0 end), 0)`.as('gapSum'),
      // × 1.0: squares of gaps in fen over many households outgrow 64-bit integers.
      sql<number>`coalesce(sum(case when ${pci} < ${line} then ${size} * 1.0 * ${gap} * ${gap} else 0 end), 0)`.as('squaredGapSum'),
    ])
    .where('incomes.year', '=', year).where(inActorRegion(actor, 'incomes', regionCode))
    .executeTakeFirstOrThrow();
  return { population: Number(row.population), poorPopulation: Number(row.poorPopulation), gapSum: Number(row.gapSum), squaredGapSum: Number(row.squaredGapSum) };
}

const anyMember = (condition: RawBuilder<unknown>) => sql<number>`case when exists (select 1 from members m where m.household_id = households.id and m.moved_out_on is null and m.is_deceased = 0 and ${condition}) then 1 else 0 end`;
const noMember = (condition: RawBuilder<unknown>) => sql<number>`case when exists (select 1 from members m where m.household_id = households.id and m.moved_out_on is null and m.is_deceased = 0 and ${condition}) then 0 else 1 end`;

/** Deprivation indicators the registry can answer for each household, as SQL that yields 0 or 1. */
export function deprivationExpressions(line: number): Record<string, RawBuilder<number>> {
  return {
    income: sql<number>`case when ${sql.ref('incomes.netIncomePerCapita')} < ${line} then 1 else 0 end`,
    schooling: anyMember(sql`m.school_status = 'dropout'`),
    adultEducation: noMember(sql`m.education in ('juniorHigh', 'seniorHigh', 'vocational', 'associate', 'bachelor')`),
    health: anyMember(sql`m.health_status = 'seriousIllness'`),
    insurance: anyMember(sql`m.has_medical_insurance = 0`),
    labour: noMember(sql`m.labor_capacity in ('ordinary', 'skilled')`),
    housing: sql<number>`case when ${sql.ref('households.housingGrade')} in ('C', 'D') then 1 else 0 end`,
    water: sql<number>`case when ${sql.ref('households.isWaterSafe')} = 0 then 1 else 0 end`,
    sanitation: sql<number>`case when ${sql.ref('households.hasSanitaryToilet')} = 0 then 1 else 0 end`,
    electricity: sql<number>`case when ${sql.ref('households.hasElectricity')} = 0 then 1 else 0 end`,
  };
}

/**
 * People per deprivation profile: households with an income of the year, grouped by which of the
 * chosen indicators they are deprived in, weighted by household size. At most 2^n rows for n
 * indicators, however many households the region has.
 */
export async function countDeprivationProfiles(db: Db, actor: Actor, regionCode: string, year: number, line: number, keys: readonly string[]) {
  const expressions = deprivationExpressions(line);
  const chosen = keys.map((key, i) => ({ key, alias: `d${i}`, expression: expressions[key] ?? sql<number>`0` }));
  const inner = db.selectFrom('incomes').innerJoin('households', 'households.id', 'incomes.householdId')
    .select((eb) => [eb.ref('incomes.householdSize').as('weight'), ...chosen.map((c) => c.expression.as(c.alias))])
    .where('incomes.year', '=', year).where(inActorRegion(actor, 'incomes', regionCode));
  const rows = await db.selectFrom(inner.as('p'))
    .select([sql<number>`sum(weight)`.as('weight'), ...chosen.map((c) => sql.ref<number>(`p.${c.alias}`).as(c.alias))])
    .groupBy(chosen.map((c) => `p.${c.alias}`))
    .execute();
  return rows.map((row) => {
    const cells = new Map(Object.entries(row));
    return { weight: Number(row.weight), deprived: Object.fromEntries(chosen.map((c) => [c.key, Number(cells.get(c.alias)) === 1])) };
  });
}
