import { RULE_RISK } from '@fupin/core';
import { sql, type RawBuilder } from 'kysely';
import { inRegionSubtree } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import { asJson, jsonArrayAggText, jsonArrayOf, jsonObjectOf, tableUsingIndex } from '../../db/dialect.ts';

/** What the income pass looks for; a rule that is off is null. */
export interface IncomeLimits { threshold: number | null; dropPercent: number | null }

/** Alerts found by a pass, as one JSON array of [householdId, villageCode, riskType, rules, reasons]. */
export interface FoundAlertsJson { alerts: number; hits: number; json: string }

const big = (n: number): RawBuilder<unknown> => sql`cast(${sql.lit(Math.trunc(n))} as bigint)`;
const text = (s: string): RawBuilder<unknown> => sql`cast(${sql.lit(s)} as text)`;

/**
 * The reasons exactly as core's checkIncomeBelowThreshold and checkIncomeDrop write them (same
 * keys in the same order, the drop in whole percent rounded down), built in SQL so that the
 * hundreds of thousands of households under the line never pass through JavaScript.
 */
function incomeReasons(db: Db, year: number, limits: IncomeLimits) {
  const below = jsonObjectOf(db, [
    ['rule', text('incomeBelowThreshold')], ['riskType', text(RULE_RISK.incomeBelowThreshold)], ['measure', text('netIncomePerCapita')],
    ['value', sql`income`], ['comparison', text('<')], ['limit', big(limits.threshold ?? 0)],
    ['data', jsonObjectOf(db, [['source', text('income')], ['year', big(year)]])],
  ]);
  const drop = jsonObjectOf(db, [
    ['rule', text('incomeDrop')], ['riskType', text(RULE_RISK.incomeDrop)], ['measure', text('incomeDropPercent')],
    ['value', sql`(previous - income) * 100 / previous`], ['comparison', text('>=')], ['limit', big(limits.dropPercent ?? 0)],
    ['data', jsonObjectOf(db, [['source', text('income')], ['year', big(year)], ['previousYear', big(year - 1)], ['previousValue', sql`previous`]])],
  ]);
  const pick = (both: RawBuilder<unknown>, onlyBelow: RawBuilder<unknown>, onlyDrop: RawBuilder<unknown>) =>
    asJson(db, sql`case when fires_below = 1 and fires_drop = 1 then ${both} when fires_below = 1 then ${onlyBelow} else ${onlyDrop} end`);
  return {
    rules: pick(jsonArrayOf(db, [text('incomeBelowThreshold'), text('incomeDrop')]), jsonArrayOf(db, [text('incomeBelowThreshold')]), jsonArrayOf(db, [text('incomeDrop')])),
    reasons: pick(jsonArrayOf(db, [below, drop]), jsonArrayOf(db, [below]), jsonArrayOf(db, [drop])),
  };
}

/**
 * Both income rules in one walk over `incomes_scan_idx` (region, household, year, per-capita
 * income): each household's income of `year` beside the year before's, compared in SQL with
 * whole-number arithmetic as the rules compare, and answered as alerts ready to write.
 */
export async function findIncomeAlerts(db: Db, root: string, year: number, limits: IncomeLimits): Promise<FoundAlertsJson> {
  const { threshold, dropPercent } = limits;
  if (threshold === null && dropPercent === null) return { alerts: 0, hits: 0, json: '[]' };
  const firesBelow = threshold === null ? sql`0` : sql`case when income < ${big(threshold)} then 1 else 0 end`;
  const firesDrop = dropPercent === null ? sql`0`
    : sql`case when previous > 0 and (previous - income) * 100 >= ${big(dropPercent)} * previous then 1 else 0 end`;
  const { rules, reasons } = incomeReasons(db, year, limits);
  const found = jsonArrayOf(db, [sql`household_id`, sql`village_code`, text(RULE_RISK.incomeBelowThreshold), rules, reasons]);
  const result = await sql<{ alerts: number | string; hits: number | string | null; found: string }>`
    select count(*) as alerts, sum(fires_below + fires_drop) as hits, ${jsonArrayAggText(db, found, sql`village_code, household_id`)} as found
    from (
      select household_id, village_code, income, previous, ${firesBelow} as fires_below, ${firesDrop} as fires_drop from (
        select i.household_id, i.village_code,
          max(case when i.year = ${year} then i.net_income_per_capita end) as income,
          max(case when i.year = ${year - 1} then i.net_income_per_capita end) as previous
        from ${tableUsingIndex(db, 'incomes', 'i', 'incomes_scan_idx')}
        where ${inRegionSubtree('i.villageCode', root)} and i.year in (${year}, ${year - 1})
        group by i.village_code, i.household_id
      ) as t where income is not null
    ) as c where fires_below = 1 or fires_drop = 1`.execute(db);
  const row = result.rows[0];
  return row ? { alerts: Number(row.alerts), hits: Number(row.hits ?? 0), json: row.found } : { alerts: 0, hits: 0, json: '[]' };
}
