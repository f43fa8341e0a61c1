import { basicNeedsItems } from '../codes/index.ts';
import { compare, formatYuan, missingReason, type Decision, type DecisionReason } from '../policy/decision.ts';
import { incomeYardstickKey, policyFlag, policyNumber } from '../policy/policy-lookup.ts';
import type { ResolvedPolicy } from '../policy/policy-types.ts';
import type { HouseholdFacts } from './household-facts.ts';

const YARDSTICK_TEXT = {
  povertyLine: { zh: '当年扶贫标准', en: 'poverty line of the year' },
  monitoringThreshold: { zh: '当年监测线', en: 'monitoring threshold of the year' },
} as const;

/** Per-capita net income against the line of the year (strictly above passes). */
export function evaluateHouseholdIncome(facts: HouseholdFacts, policy: ResolvedPolicy): Decision<'above' | 'notAbove' | 'insufficientData'> {
  const { year } = facts;
  const key = incomeYardstickKey(year);
  const line = policyNumber(policy, key);
  const rule = 'household.income.aboveLine';
  let reason: DecisionReason;
  if (!line) reason = missingReason(rule, YARDSTICK_TEXT[key], { year });
  else if (!facts.income) reason = missingReason(rule, { zh: `${year}年收入记录`, en: `income record for ${year}` }, { year });
  else {
    const comparison = compare(facts.income.netIncomePerCapita, '>', line.value, 'fen');
    const pci = formatYuan(facts.income.netIncomePerCapita);
    const yuan = formatYuan(line.value);
    reason = {
      rule, outcome: comparison.holds ? 'pass' : 'fail', comparison,
      data: { netIncome: facts.income.netIncome, householdSize: facts.income.householdSize, netIncomePerCapita: facts.income.netIncomePerCapita },
      dates: { year }, policy: [line.cite],
      text: comparison.holds
        ? { zh: `${year}年人均纯收入${pci}元，高于${YARDSTICK_TEXT[key].zh}${yuan}元`, en: `Per-capita net income ${pci} yuan in ${year} is above the ${YARDSTICK_TEXT[key].en} of ${yuan} yuan` }
        : { zh: `${year}年人均纯收入${pci}元，未超过${YARDSTICK_TEXT[key].zh}${yuan}元`, en: `Per-capita net income ${pci} yuan in ${year} is not above the ${YARDSTICK_TEXT[key].en} of ${yuan} yuan` },
    };
  }
  const outcome = reason.outcome === 'pass' ? 'above' : reason.outcome === 'fail' ? 'notAbove' : 'insufficientData';
  return { subject: 'household.income', outcome, year, reasons: [reason], text: reason.text };
}

/** Each basic-needs item of the latest check; drinking water counts only where the policy says so. */
export function evaluateHouseholdBasicNeeds(facts: HouseholdFacts, policy: ResolvedPolicy): Decision<'secured' | 'notSecured' | 'insufficientData'> {
  const { year } = facts;
  const check = facts.basicNeeds;
  if (!check) {
    const reason = missingReason('household.basicNeeds', { zh: '“两不愁三保障”核查记录', en: 'basic-needs check' }, { year });
    return { subject: 'household.basicNeeds', outcome: 'insufficientData', year, reasons: [reason], text: reason.text };
  }
  const water = policyFlag(policy, 'basicNeeds.drinkingWaterRequired');
  const reasons: DecisionReason[] = basicNeedsItems.codes.map((item) => {
    const result = check.items[item];
    const zh = basicNeedsItems.label(item, 'zh');
    const en = basicNeedsItems.label(item, 'en');
    const counts = item !== 'drinkingWaterSafety' || (water?.value ?? true);
    const outcome = result === 'fail' && counts ? 'fail' : result === 'fail' ? 'info' : 'pass';
    const verdict = { pass: { zh: '达标', en: 'passes' }, fail: { zh: '未达标', en: 'fails' }, notApplicable: { zh: '不适用', en: 'not applicable' } }[result];
    return {
      rule: `household.basicNeeds.${item}`, outcome, data: { [item]: result }, dates: { checkedOn: check.checkedOn },
      policy: item === 'drinkingWaterSafety' && water ? [water.cite] : [],
      text: counts
        ? { zh: `${zh}：${verdict.zh}（${check.checkedOn}核查）`, en: `${en}: ${verdict.en} (checked ${check.checkedOn})` }
        : { zh: `${zh}：${verdict.zh}，本地不作为退出条件`, en: `${en}: ${verdict.en}; not an exit condition here` },
    };
  });
  const failed = reasons.filter((r) => r.outcome === 'fail');
  const outcome = failed.length ? 'notSecured' : 'secured';
  return {
    subject: 'household.basicNeeds', outcome, year, reasons,
    text: failed.length
      ? { zh: `“两不愁三保障”有${failed.length}项未达标`, en: `${failed.length} basic-needs item(s) fail` }
      : { zh: '“两不愁三保障”各项均达标或不适用', en: 'Every basic-needs item passes or does not apply' },
  };
}

/**
 * Household exit (policy.md §2): on the roll as poor, per-capita net income above the line of the
 * year, and every basic-needs item passing. Any failure blocks; missing data leaves it undecided.
 */
export function evaluateHouseholdExit(facts: HouseholdFacts, policy: ResolvedPolicy): Decision<'eligible' | 'notEligible' | 'insufficientData'> {
  const { year } = facts;
  const isPoor = facts.povertyStatus === 'poor' || facts.povertyStatus === 'relapsed';
  const status: DecisionReason = {
    rule: 'household.exit.status', outcome: isPoor ? 'pass' : 'fail', data: { povertyStatus: facts.povertyStatus }, dates: { year }, policy: [],
    text: isPoor ? { zh: '该户为未脱贫（或返贫）建档立卡户', en: 'The household is on the roll as poor (or relapsed)' }
      : { zh: '该户不是未脱贫户，不适用退出评估', en: 'The household is not on the roll as poor; exit does not apply' },
  };
  const income = evaluateHouseholdIncome(facts, policy);
  const needs = evaluateHouseholdBasicNeeds(facts, policy);
  const reasons = [status, ...income.reasons, ...needs.reasons];
  const outcome = reasons.some((r) => r.outcome === 'fail') ? 'notEligible' : reasons.some((r) => r.outcome === 'missing') ? 'insufficientData' : 'eligible';
  const text = {
    eligible: { zh: '符合贫困户退出条件：收入稳定超过标准，“两不愁三保障”均达标', en: 'Meets the exit conditions: income above the line and every basic need secured' },
    notEligible: { zh: '暂不符合退出条件', en: 'Does not meet the exit conditions' },
    insufficientData: { zh: '数据不全，无法判断能否退出', en: 'Data missing; exit cannot be decided' },
  }[outcome];
  return { subject: 'household.exit', outcome, year, reasons, text };
}
