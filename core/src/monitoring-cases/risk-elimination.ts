import { basicNeedsItems } from '../codes/index.ts';
import { compare, formatYuan, missingReason, type BilingualText, type Decision, type DecisionReason } from '../policy/decision.ts';
import { policyNumber, type Cited } from '../policy/policy-lookup.ts';
import type { ResolvedPolicy } from '../policy/policy-types.ts';
import { wholeMonthsBetween } from './case-calendar.ts';
import type { RiskEliminationKind } from './case-codes.ts';

/** An income measurement: a year's per-capita net income and the day it was recorded. */
export interface MeasuredIncome {
  readonly year: number;
  readonly netIncomePerCapita: number;
  readonly measuredOn: string;
}

export interface RiskEliminationFacts {
  readonly kind: RiskEliminationKind;
  /** The day the risk would be eliminated. */
  readonly on: string;
  readonly includedOn: string;
  /** A green-channel case whose approval steps are not all done. */
  readonly paperworkOwed: boolean;
  /** Measures taken (in progress or completed) since the case was discovered. */
  readonly measureCount: number;
  readonly incomes: readonly MeasuredIncome[];
  /** The monitoring threshold in force for each income year. */
  readonly thresholds: ReadonlyMap<number, Cited<number>>;
  /** Declared by the user who proposes the elimination (no data says it). */
  readonly rigidExpensesResolved: boolean;
  /** The latest basic-needs check: when, and the items that failed. */
  readonly basicNeeds: { readonly checkedOn: string; readonly failedItems: readonly string[] } | null;
  /** Current members with ordinary or skilled labour capacity. */
  readonly membersAbleToWork: number;
}

export type RiskEliminationOutcome = 'eliminable' | 'refused';

const passFail = (holds: boolean): 'pass' | 'fail' => (holds ? 'pass' : 'fail');

function reason(rule: string, holds: boolean, text: BilingualText, extra: Partial<DecisionReason> = {}): DecisionReason {
  return { rule, outcome: passFail(holds), data: {}, dates: {}, policy: [], text, ...extra };
}

function monitoredReason(f: RiskEliminationFacts, policy: ResolvedPolicy): DecisionReason {
  const rule = 'case.monitoredMonths';
  const min = policyNumber(policy, 'monitoring.minMonitoredMonths');
  if (!min) return missingReason(rule, { zh: '最短监测期', en: 'minimum monitoring period' }, { on: f.on });
  const months = wholeMonthsBetween(f.includedOn, f.on);
  const comparison = compare(months, '>=', min.value, 'count');
  return reason(rule, comparison.holds, comparison.holds
    ? { zh: `自${f.includedOn}纳入监测已${months}个月，不少于${min.value}个月`, en: `Monitored ${months} months since ${f.includedOn}, at least ${min.value}` }
    : { zh: `自${f.includedOn}纳入监测仅${months}个月，不足${min.value}个月`, en: `Monitored only ${months} months since ${f.includedOn}, fewer than ${min.value}` },
  { comparison, data: { months }, dates: { includedOn: f.includedOn, on: f.on }, policy: [min.cite] });
}

/** The latest income, measured during monitoring, strictly above the threshold of its year. */
function incomeReasons(f: RiskEliminationFacts, policy: ResolvedPolicy): DecisionReason[] {
  const aboveRule = 'household.incomeAboveThreshold';
  const stableRule = 'household.incomeStableMonths';
  const stableMonths = policyNumber(policy, 'monitoring.stableIncomeMonths');
  const sorted = [...f.incomes].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn) || a.year - b.year);
  const latest = sorted.at(-1);
  const noIncome = { zh: '纳入监测后核算的收入', en: 'income measured since inclusion' };
  if (!latest || latest.measuredOn < f.includedOn) {
    return [missingReason(aboveRule, noIncome, { includedOn: f.includedOn }), missingReason(stableRule, noIncome, { includedOn: f.includedOn })];
  }
  const threshold = f.thresholds.get(latest.year);
  if (!threshold) {
    const what = { zh: `${latest.year}年监测线`, en: `monitoring threshold for ${latest.year}` };
    return [missingReason(aboveRule, what, { year: latest.year }), missingReason(stableRule, what, { year: latest.year })];
  }
  const comparison = compare(latest.netIncomePerCapita, '>', threshold.value, 'fen');
  const pci = formatYuan(latest.netIncomePerCapita);
  const line = formatYuan(threshold.value);
  const above = reason(aboveRule, comparison.holds, comparison.holds
    ? { zh: `${latest.year}年人均纯收入${pci}元，高于监测线${line}元`, en: `Per-capita net income ${pci} yuan in ${latest.year} is above the monitoring threshold of ${line} yuan` }
    : { zh: `${latest.year}年人均纯收入${pci}元，未高于监测线${line}元`, en: `Per-capita net income ${pci} yuan in ${latest.year} is not above the monitoring threshold of ${line} yuan` },
  { comparison, data: { netIncomePerCapita: latest.netIncomePerCapita }, dates: { year: latest.year, measuredOn: latest.measuredOn }, policy: [threshold.cite] });

  if (!stableMonths) return [above, missingReason(stableRule, { zh: '收入稳定期', en: 'stable income period' }, { on: f.on })];
  // Stable since the first of the trailing run of measurements above their year's threshold.
  let since: string | null = null;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const m = sorted[i];
    const t = m ? f.thresholds.get(m.year) : undefined;
    if (!m || !t || m.netIncomePerCapita <= t.value) break;
    since = m.measuredOn;
  }
  const months = since === null ? 0 : wholeMonthsBetween(since, f.on);
  const stable = compare(months, '>=', stableMonths.value, 'count');
  const stableReason = reason(stableRule, stable.holds, stable.holds
    ? { zh: `收入自${since ?? ''}起稳定高于监测线${months}个月，不少于${stableMonths.value}个月`, en: `Income above the threshold for ${months} months since ${since ?? ''}, at least ${stableMonths.value}` }
    : { zh: `收入稳定高于监测线仅${months}个月，不足${stableMonths.value}个月`, en: `Income above the threshold for only ${months} months, fewer than ${stableMonths.value}` },
  { comparison: stable, data: { months }, dates: since === null ? { on: f.on } : { since, on: f.on }, policy: [stableMonths.cite] });
  return [above, stableReason];
}

function basicNeedsReason(f: RiskEliminationFacts): DecisionReason {
  const rule = 'household.basicNeedsSecured';
  if (!f.basicNeeds || f.basicNeeds.checkedOn < f.includedOn) {
    return missingReason(rule, { zh: '纳入监测后的“两不愁三保障”及饮水安全核查', en: 'basic-needs and drinking-water check since inclusion' }, { includedOn: f.includedOn });
  }
  const failed = f.basicNeeds.failedItems;
  const labels = (lang: 'zh' | 'en') => failed.map((i) => (basicNeedsItems.has(i) ? basicNeedsItems.label(i, lang) : i)).join(lang === 'zh' ? '、' : ', ');
  return reason(rule, failed.length === 0, failed.length === 0
    ? { zh: `${f.basicNeeds.checkedOn}核查：“两不愁三保障”及饮水安全均有保障`, en: `Checked ${f.basicNeeds.checkedOn}: basic needs and drinking water secured` }
    : { zh: `${f.basicNeeds.checkedOn}核查未保障：${labels('zh')}`, en: `Checked ${f.basicNeeds.checkedOn}, not secured: ${labels('en')}` },
  { data: { failedItems: failed.join(',') }, dates: { checkedOn: f.basicNeeds.checkedOn } });
}

/**
 * Whether a case's risk may be eliminated (policy.md §3): monitored at least the minimum period,
 * at least one measure, income stably above the threshold, rigid expenses resolved, basic needs
 * and drinking water secured, and someone in the household able to work (never otherwise). Every
 * condition is reported, so a refusal names all its reasons at once.
 */
export function evaluateRiskElimination(f: RiskEliminationFacts, policy: ResolvedPolicy): Decision<RiskEliminationOutcome> {
  const reasons: DecisionReason[] = [
    reason('case.paperworkComplete', !f.paperworkOwed, f.paperworkOwed
      ? { zh: '绿色通道的核实、评议、审核、审定程序尚未补齐', en: 'The green channel\'s verification, appraisal, review and approval are still owed' }
      : { zh: '认定程序已完成', en: 'The inclusion steps are complete' }),
    monitoredReason(f, policy),
    reason('case.measureTaken', f.measureCount >= 1, f.measureCount >= 1
      ? { zh: `已落实帮扶措施${f.measureCount}项`, en: `${f.measureCount} assistance measure(s) taken` }
      : { zh: '尚未落实任何帮扶措施', en: 'No assistance measure has been taken' },
    { comparison: compare(f.measureCount, '>=', 1, 'count'), data: { measureCount: f.measureCount } }),
    ...incomeReasons(f, policy),
    reason('household.rigidExpensesResolved', f.rigidExpensesResolved, f.rigidExpensesResolved
      ? { zh: '大额刚性支出问题已解决', en: 'Large rigid expenses are resolved' }
      : { zh: '大额刚性支出问题尚未解决', en: 'Large rigid expenses are not resolved' }),
    basicNeedsReason(f),
    reason('household.ableToWork', f.membersAbleToWork >= 1, f.membersAbleToWork >= 1
      ? { zh: `家庭有劳动能力成员${f.membersAbleToWork}人`, en: `${f.membersAbleToWork} member(s) able to work` }
      : { zh: '家庭无劳动能力成员，不得标注风险消除', en: 'No one in the household can work; the risk is never marked eliminated' },
    { comparison: compare(f.membersAbleToWork, '>=', 1, 'people'), data: { membersAbleToWork: f.membersAbleToWork } }),
  ];
  const refused = reasons.filter((r) => r.outcome !== 'pass');
  const outcome: RiskEliminationOutcome = refused.length === 0 ? 'eliminable' : 'refused';
  return {
    subject: 'monitoringCase.riskElimination', outcome, year: Number(f.on.slice(0, 4)), reasons,
    text: outcome === 'eliminable'
      ? { zh: '符合风险消除条件', en: 'The conditions for risk elimination hold' }
      : { zh: `不符合风险消除条件（${refused.length}项）：${refused.map((r) => r.text.zh).join('；')}`, en: `Risk elimination refused (${refused.length}): ${refused.map((r) => r.text.en).join('; ')}` },
  };
}
