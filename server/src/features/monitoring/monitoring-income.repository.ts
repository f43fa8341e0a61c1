import { RULE_RISK } from '@fupin/core';
import { sql, type RawBuilder } from 'kysely';
import { inRegionSubtree } from '../../access/region-scope.repository.ts';
import { tableUsingIndex } from '../../db/dialect.ts';
import { FINDINGS_TABLE, type ScanWriter } from './scan-alerts.repository.ts';

/** What the income pass looks for; a rule that is off is null. */
export interface IncomeLimits { threshold: number | null; dropPercent: number | null }

const big = (n: number): RawBuilder<unknown> => sql`cast(${sql.lit(Math.trunc(n))} as bigint)`;
const text = (s: string): RawBuilder<unknown> => sql`cast(${sql.lit(s)} as text)`;

/** Marks where a value computed in SQL goes in a reason's JSON text: `"$name$"`. */
const SLOT = /"\$(\w+)\$"/;

/**
 * JSON text of `value` as JSON.stringify writes it, its constant parts written once here and each
 * slot (a string `$name$` in `value`) filled per row with the whole number `slots[name]` computes:
 * plain concatenation, several times cheaper per row than building JSON objects in SQL.
 */
function jsonTemplate(value: unknown, slots: Readonly<Record<string, RawBuilder<unknown>>>): RawBuilder<string> {
  const parts = JSON.stringify(value).split(SLOT);
  return sql<string>`(${sql.join(parts.map((part, i) => {
    if (i % 2 === 0) return sql.lit(part);
    const slot = slots[part];
    if (!slot) throw new Error(`no value for the slot ${part}`);
    return sql`cast(${slot} as text)`;
  }), sql` || `)})`;
}

/**
 * The reasons exactly as core's checkIncomeBelowThreshold and checkIncomeDrop write them (same
 * keys in the same order, the drop in whole percent rounded down), built in SQL so that the
 * hundreds of thousands of households under the line never pass through JavaScript.
 */
function incomeReasons(year: number, limits: IncomeLimits) {
  const below = {
    rule: 'incomeBelowThreshold', riskType: RULE_RISK.incomeBelowThreshold, measure: 'netIncomePerCapita', value: '$income$',
    comparison: '<', limit: Math.trunc(limits.threshold ?? 0), data: { source: 'income', year },
  };
  const drop = {
    rule: 'incomeDrop', riskType: RULE_RISK.incomeDrop, measure: 'incomeDropPercent', value: '$dropPercent$',
    comparison: '>=', limit: Math.trunc(limits.dropPercent ?? 0), data: { source: 'income', year, previousYear: year - 1, previousValue: '$previous$' },
  };
  const slots = { income: sql`income`, previous: sql`previous`, dropPercent: sql`(previous - income) * 100 / previous` };
  const pick = (both: unknown, onlyBelow: unknown, onlyDrop: unknown) => sql<string>`case when fires_below = 1 and fires_drop = 1
    then ${jsonTemplate(both, slots)} when fires_below = 1 then ${jsonTemplate(onlyBelow, slots)} else ${jsonTemplate(onlyDrop, slots)} end`;
  return {
    rules: pick([below.rule, drop.rule], [below.rule], [drop.rule]),
    reasons: pick([below, drop], [below], [drop]),
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
  const { rules, reasons } = incomeReasons(year, limits);
  await sql`
    insert into ${sql.table(FINDINGS_TABLE)} (household_id, village_code, risk_type, rules, reasons, hits)
    select household_id, village_code, ${text(RULE_RISK.incomeBelowThreshold)}, ${rules}, ${reasons}, fires_below + fires_drop
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
