import { RULE_RISK } from '@fupin/core';
import { sql, type RawBuilder } from 'kysely';
import { inRegionSubtree } from '../../access/region-scope.repository.ts';
import { asJson, jsonArrayOf, jsonObjectOf, jsonText, tableUsingIndex } from '../../db/dialect.ts';
import { FINDINGS_TABLE, type ScanWriter } from './scan-alerts.repository.ts';

/** What the income pass looks for; a rule that is off is null. */
export interface IncomeLimits { threshold: number | null; dropPercent: number | null }

const big = (n: number): RawBuilder<unknown> => sql`cast(${sql.lit(Math.trunc(n))} as bigint)`;
const text = (s: string): RawBuilder<unknown> => sql`cast(${sql.lit(s)} as text)`;

/**
 * The reasons exactly as core's checkIncomeBelowThreshold and checkIncomeDrop write them (same
 * keys in the same order, the drop in whole percent rounded down), built in SQL so that the
 * hundreds of thousands of households under the line never pass through JavaScript.
 */
function incomeReasons(db: ScanWriter, year: number, limits: IncomeLimits) {
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
 * whole-number arithmetic as the rules compare, and added to the scan's findings with its
 * reasons, in the write transaction (the findings table lives there).
 */
export async function insertIncomeFindings(db: ScanWriter, root: string, year: number, limits: IncomeLimits): Promise<void> {
  const { threshold, dropPercent } = limits;
  if (threshold === null && dropPercent === null) return;
  const firesBelow = threshold === null ? sql`0` : sql`case when income < ${big(threshold)} then 1 else 0 end`;
  const firesDrop = dropPercent === null ? sql`0`
    : sql`case when previous > 0 and (previous - income) * 100 >= ${big(dropPercent)} * previous then 1 else 0 end`;
  const { rules, reasons } = incomeReasons(db, year, limits);
  await sql`
    insert into ${sql.table(FINDINGS_TABLE)} (household_id, village_code, risk_type, rules, reasons, hits)
    select household_id, village_code, ${text(RULE_RISK.incomeBelowThreshold)}, ${jsonText(db, rules)}, ${jsonText(db, reasons)}, fires_below + fires_drop
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
}
