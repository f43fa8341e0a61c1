import { describe, expect, it } from 'vitest';
import type { BasicNeedsItems } from '../basic-needs/basic-needs.ts';
import { POLICY_DEFAULTS } from '../policy/policy-defaults.ts';
import { resolvePolicy } from '../policy/policy-resolution.ts';
import type { PolicyEntry } from '../policy/policy-types.ts';
import { evaluateHouseholdEntitlements } from './household-entitlements.ts';
import { evaluateHouseholdExit, evaluateHouseholdIncome } from './household-evaluation.ts';
import type { HouseholdFacts, MemberFacts } from './household-facts.ts';

const ALL_PASS: BasicNeedsItems = { food: 'pass', clothing: 'pass', compulsoryEducation: 'pass', medicalInsurance: 'pass', housingSafety: 'pass', drinkingWaterSafety: 'pass' };

function household(overrides: Partial<HouseholdFacts> = {}): HouseholdFacts {
  return {
    householdId: 1, year: 2020, povertyStatus: 'poor', householdType: 'general', yearExited: null, area: 'rural',
    income: { year: 2020, netIncome: 1_200_003, netIncomePerCapita: 400_001, householdSize: 3 },
    basicNeeds: { checkedOn: '2020-10-12', items: ALL_PASS }, members: [], ...overrides,
  };
}

function member(overrides: Partial<MemberFacts> = {}): MemberFacts {
  return { id: 1, name: '王小明', schoolStatus: 'notInSchool', schoolGrade: null, laborCapacity: 'none', receivesDibao: false, receivesExtremePovertySupport: false, ...overrides };
}

const policyOf = (region: string, year: number, extra: PolicyEntry[] = []) => resolvePolicy([...POLICY_DEFAULTS.entries, ...extra], region, year);

describe('household income against the line of the year', () => {
  it.each([
    ['just above the 2020 line', 400_001, 'above', 'pass'],
    ['exactly on the line', 400_000, 'notAbove', 'fail'],
    ['just below the 2020 line', 399_999, 'notAbove', 'fail'],
  ])('%s (%i fen per person)', (_, pci, outcome, reasonOutcome) => {
    const facts = household({ income: { year: 2020, netIncome: pci * 3, netIncomePerCapita: pci, householdSize: 3 } });
    const decision = evaluateHouseholdIncome(facts, policyOf('150602', 2020));
    expect(decision.outcome).toBe(outcome);
    expect(decision.reasons[0]).toMatchObject({
      rule: 'household.income.aboveLine', outcome: reasonOutcome,
      comparison: { actual: pci, operator: '>', threshold: 400_000, unit: 'fen' },
      dates: { year: 2020 }, policy: [{ parameter: 'povertyLine', regionCode: '', value: 400_000 }],
    });
  });

  it('from 2021 the monitoring threshold is the yardstick, and says so', () => {
    const facts = household({ year: 2023, income: { year: 2023, netIncome: 1_500_000, netIncomePerCapita: 500_000, householdSize: 3 } });
    const decision = evaluateHouseholdIncome(facts, policyOf('150602', 2023));
    expect(decision.outcome).toBe('notAbove');
    expect(decision.text.zh).toBe('2023年人均纯收入5000元，未超过当年监测线6000元');
  });

  it('without an income record the decision is undecided, not a refusal', () => {
    expect(evaluateHouseholdIncome(household({ income: null }), policyOf('150602', 2020))).toMatchObject({ outcome: 'insufficientData', reasons: [{ outcome: 'missing' }] });
  });
});

describe('household exit eligibility', () => {
  it.each([
    ['income above, every basic need passes', {}, 'eligible', []],
    ['income below the line', { income: { year: 2020, netIncome: 1_199_997, netIncomePerCapita: 399_999, householdSize: 3 } }, 'notEligible', ['household.income.aboveLine']],
    ['housing unsafe', { basicNeeds: { checkedOn: '2020-10-12', items: { ...ALL_PASS, housingSafety: 'fail' as const } } }, 'notEligible', ['household.basicNeeds.housingSafety']],
    ['already exited', { povertyStatus: 'exited' }, 'notEligible', ['household.exit.status']],
    ['no basic-needs check', { basicNeeds: null }, 'insufficientData', []],
    ['a not-applicable item does not block', { basicNeeds: { checkedOn: '2020-10-12', items: { ...ALL_PASS, compulsoryEducation: 'notApplicable' as const } } }, 'eligible', []],
  ])('%s → %s', (_, overrides, outcome, failing) => {
    const decision = evaluateHouseholdExit(household(overrides), policyOf('150602', 2020));
    expect(decision.outcome).toBe(outcome);
    expect(decision.reasons.filter((r) => r.outcome === 'fail').map((r) => r.rule)).toEqual(failing);
    expect(decision.reasons.every((r) => /\p{Script=Han}/u.test(r.text.zh))).toBe(true);
  });

  it('unsafe drinking water does not block where the region does not count it', () => {
    const notCounted: PolicyEntry = { regionCode: '150602', parameter: 'basicNeeds.drinkingWaterRequired', validFrom: 2013, validTo: null, value: false, source: 'county rule', layer: 'stored' };
    const facts = household({ basicNeeds: { checkedOn: '2020-10-12', items: { ...ALL_PASS, drinkingWaterSafety: 'fail' } } });
    expect(evaluateHouseholdExit(facts, policyOf('150602', 2020)).outcome).toBe('notEligible');
    const decision = evaluateHouseholdExit(facts, policyOf('150602', 2020, [notCounted]));
    expect(decision.outcome).toBe('eligible');
    expect(decision.reasons.find((r) => r.rule === 'household.basicNeeds.drinkingWaterSafety')).toMatchObject({ outcome: 'info', policy: [{ regionCode: '150602', value: false }] });
  });
});

describe('entitlements for the year (东胜区 seeds)', () => {
  const amounts = (facts: HouseholdFacts, region = '150602') => evaluateHouseholdEntitlements(facts, policyOf(region, facts.year)).benefits.map((b) => [b.benefit, b.memberName, b.amount]);

  it.each([
    ['boarding junior-secondary student', { schoolStatus: 'juniorHigh', isBoarding: true }, 125_000],
    ['day junior-secondary student', { schoolStatus: 'juniorHigh', isBoarding: false }, 62_500],
    ['junior-secondary, boarding unknown → day student', { schoolStatus: 'juniorHigh' }, 62_500],
    ['boarding primary pupil', { schoolStatus: 'primary', isBoarding: true }, 100_000],
    ['preschool child', { schoolStatus: 'preschool' }, 100_000],
    ['senior high school student', { schoolStatus: 'seniorHigh' }, 200_000],
  ])('%s', (_, student, fen) => {
    expect(amounts(household({ year: 2023, members: [member(student)] }))).toEqual([['educationAid', '王小明', fen]]);
  });

  it('explains the boarding junior-secondary case in plain Chinese, citing the county table', () => {
    const decision = evaluateHouseholdEntitlements(household({ year: 2023, members: [member({ schoolStatus: 'juniorHigh', isBoarding: true })] }), policyOf('150602', 2023));
    expect(decision.benefits[0]?.reason).toMatchObject({ text: { zh: '王小明：初中寄宿生资助每年1250元' }, policy: [{ parameter: 'education.stageAid', regionCode: '150602' }] });
  });

  const dibaoFamily = { householdType: 'dibao' };
  it.each([
    ['dibao family, entering 2019, first year: entrants grant + 10000', 2019, 2019, [['universityEntrantGrant', 50_000], ['universityAid', 1_000_000]]],
    ['dibao family, entering 2019, fourth year reaches the 40000 cap exactly', 2019, 2022, [['universityAid', 1_000_000]]],
    ['dibao family, entering 2019, fifth year: cap reached', 2019, 2023, [['universityAid', 0]]],
    ['dibao family, entering 2022: 6000 a year', 2022, 2023, [['universityAid', 600_000]]],
    ['dibao family, entering 2022, fifth year: 24000 cap reached', 2022, 2026, [['universityAid', 0]]],
  ])('%s', (_, entryYear, year, expected) => {
    const facts = household({ ...dibaoFamily, year, members: [member({ schoolStatus: 'undergraduate', universityEntryYear: entryYear })] });
    expect(amounts(facts).map(([b, , a]) => [b, a])).toEqual(expected);
  });

  it('a bachelor entering 2019 receives 40000 in all, one entering 2022 receives 24000', () => {
    const total = (entryYear: number) => [0, 1, 2, 3, 4, 5].reduce((sum, i) => sum + evaluateHouseholdEntitlements(
      household({ ...dibaoFamily, year: entryYear + i, members: [member({ schoolStatus: 'undergraduate', universityEntryYear: entryYear })] }),
      policyOf('150602', entryYear + i)).benefits.filter((b) => b.benefit === 'universityAid').reduce((s, b) => s + b.amount, 0), 0);
    expect(total(2019)).toBe(4_000_000);
    expect(total(2022)).toBe(2_400_000);
  });

  it('a poor-family associate student derives the entry year from the grade and stops at 9000', () => {
    const facts = household({ year: 2024, members: [member({ schoolStatus: 'higherVocational', schoolGrade: 3 })] });
    const decision = evaluateHouseholdEntitlements(facts, policyOf('150602', 2024));
    const aid = decision.benefits.find((b) => b.benefit === 'universityAid');
    expect(aid).toMatchObject({ amount: 300_000, reason: { data: { entryYear: 2022, paidBefore: 600_000, cap: 900_000 } } });
    expect(decision.benefits.find((b) => b.benefit === 'yuluProgramme')).toMatchObject({ amount: 150_000, reason: { policy: [{ regionCode: '15' }] } });
  });

  it('dibao and extreme-poverty support by person and month, rural amounts, from 2023', () => {
    const facts = household({ year: 2023, members: [member({ id: 11, name: '甲', receivesDibao: true }), member({ id: 12, name: '乙', receivesExtremePovertySupport: true })] });
    expect(amounts(facts)).toEqual([['dibao', '甲', 635 * 1200], ['extremePovertySupport', '乙', 1000 * 1200]]);
    expect(amounts({ ...facts, year: 2022 })).toEqual([]);
  });

  it('the exit reward in the year of exit and the microloan for a household that can work', () => {
    const facts = household({ year: 2020, povertyStatus: 'exited', yearExited: 2020, members: [member({ laborCapacity: 'ordinary' })] });
    const decision = evaluateHouseholdEntitlements(facts, policyOf('150602', 2020));
    expect(decision.benefits.map((b) => [b.benefit, b.amount, b.kind])).toEqual([['exitReward', 100_000, 'grant'], ['microloan', 5_000_000, 'loanEligibility']]);
    expect(decision.totalAmount).toBe(100_000);
    expect(decision.benefits[1]?.reason.text.zh).toBe('有劳动力的建档立卡户可申请扶贫小额信贷，最高50000元，一般3年、最长5年，财政全额贴息');
  });

  it('a household neither registered nor on dibao gets no education aid; a county without the table gets none either', () => {
    expect(amounts(household({ year: 2023, povertyStatus: 'notPoor', members: [member({ schoolStatus: 'primary' })] }))).toEqual([]);
    expect(amounts(household({ year: 2023, members: [member({ schoolStatus: 'primary' })] }), '110101')).toEqual([]);
  });
});
