import { describe, expect, it } from 'vitest';
import { formatPercent } from '../policy/decision.ts';
import { POLICY_DEFAULTS } from '../policy/policy-defaults.ts';
import { resolvePolicy } from '../policy/policy-resolution.ts';
import type { PolicyEntry } from '../policy/policy-types.ts';
import { computeIncidence, evaluatePoorVillage, evaluateVillageExit } from './area-evaluation.ts';
import { computeCompositeIncidence, evaluateCountyExit, summarizeSampleFindings } from './county-evaluation.ts';

const policyOf = (region: string, year: number, extra: PolicyEntry[] = []) => resolvePolicy([...POLICY_DEFAULTS.entries, ...extra], region, year);

describe('poverty incidence', () => {
  it('黄窑村: 14 of 2381 people still poor is 0.588 %', () => {
    const incidence = computeIncidence({ poorPeople: 14, population: 2381 });
    expect(incidence).toBeCloseTo(0.00588, 5);
    expect(formatPercent(incidence)).toBe('0.588 %');
  });

  it('an empty village has incidence 0, and its exit cannot be decided', () => {
    expect(computeIncidence({ poorPeople: 0, population: 0 })).toBe(0);
    expect(evaluateVillageExit({ villageCode: '150602101201', year: 2020, poorPeople: 0, population: 0 }, policyOf('150602', 2020)).outcome).toBe('insufficientData');
  });
});

describe('village exit: 2 %, 3 % in the west', () => {
  it.each([
    ['黄窑村 in a western county', '150602', 14, 2381, 'eligible', 0.03],
    ['2.5 % in the west', '150602', 25, 1000, 'eligible', 0.03],
    ['2.5 % outside the west', '110101', 25, 1000, 'notEligible', 0.02],
    ['1.99 % outside the west', '110101', 199, 10_000, 'eligible', 0.02],
    ['exactly 2 % outside the west', '110101', 20, 1000, 'notEligible', 0.02],
    ['exactly 3 % in the west', '520102', 30, 1000, 'notEligible', 0.03],
  ])('%s', (_, county, poorPeople, population, outcome, limit) => {
    const decision = evaluateVillageExit({ villageCode: `${county}101201`, year: 2020, poorPeople, population }, policyOf(county, 2020));
    expect(decision.outcome).toBe(outcome);
    expect(decision.reasons[0]).toMatchObject({ rule: 'village.exit.incidence', comparison: { operator: '<', threshold: limit, unit: 'ratio' } });
  });

  it('says which province counts as west and where the limit comes from', () => {
    const decision = evaluateVillageExit({ villageCode: '150602101201', year: 2020, poorPeople: 14, population: 2381 }, policyOf('150602', 2020));
    expect(decision.reasons[0]?.text.zh).toBe('贫困发生率 14 ÷ 2381 = 0.588 %，低于3 %（西部地区）');
    expect(decision.reasons[0]?.policy.map((p) => [p.parameter, p.regionCode])).toEqual([['isWesternRegion', '15'], ['exit.incidenceLimitWest', '']]);
  });

  it('a failing infrastructure item blocks exit', () => {
    const decision = evaluateVillageExit({ villageCode: '150602101201', year: 2020, poorPeople: 14, population: 2381, infrastructure: [{ item: '通硬化路', passed: true }, { item: '卫生室', passed: false }] }, policyOf('150602', 2020));
    expect(decision.outcome).toBe('notEligible');
    expect(decision.reasons.filter((r) => r.outcome === 'fail').map((r) => r.data['item'])).toEqual(['卫生室']);
  });
});

describe('poor-village criteria (一高一低一无)', () => {
  const province: PolicyEntry[] = [
    { regionCode: '15', parameter: 'provincialIncidence', validFrom: 2014, validTo: 2014, value: 0.1, source: 'provincial statistics', layer: 'stored' },
    { regionCode: '15', parameter: 'provincialRuralIncomePerCapita', validFrom: 2014, validTo: 2014, value: 900_000, source: 'provincial statistics', layer: 'stored' },
  ];
  it.each([
    ['all three hold', 250, 1000, 500_000, 0, 'poorVillage'],
    ['incidence below twice the province', 150, 1000, 500_000, 0, 'notPoorVillage'],
    ['income at 60 % of the average', 250, 1000, 540_000, 0, 'notPoorVillage'],
    ['some collective income', 250, 1000, 500_000, 1_000_000, 'notPoorVillage'],
  ])('%s → %s', (_, poorPeople, population, incomePerCapita, collectiveIncome, outcome) => {
    expect(evaluatePoorVillage({ year: 2014, poorPeople, population, incomePerCapita, collectiveIncome }, policyOf('150602', 2014, province)).outcome).toBe(outcome);
  });

  it('without the provincial figures it cannot decide', () => {
    expect(evaluatePoorVillage({ year: 2014, poorPeople: 250, population: 1000, incomePerCapita: 500_000, collectiveIncome: 0 }, policyOf('150602', 2014)).outcome).toBe('insufficientData');
  });
});

describe('county exit with the three rates and one degree', () => {
  const good = { wrongExitPeople: 300, missedPeople: 200, wrongExitRate: 0.01, missedRate: 0.015, approvalRate: 0.93 };
  it('composite incidence adds the missed and wrongly exited', () => {
    expect(computeCompositeIncidence({ poorPeople: 1000, population: 100_000 }, good)).toBeCloseTo(0.015, 10);
  });

  it.each([
    ['all pass', {}, 'eligible', []],
    ['wrong-exit rate at 2 %', { wrongExitRate: 0.02 }, 'notEligible', ['county.exit.wrongExitRate']],
    ['missed rate 2.5 %', { missedRate: 0.025 }, 'notEligible', ['county.exit.missedRate']],
    ['approval 89.9 %', { approvalRate: 0.899 }, 'notEligible', ['county.exit.approvalRate']],
    ['composite incidence over 2 %', { missedPeople: 1200 }, 'notEligible', ['county.exit.compositeIncidence']],
  ])('%s → %s (outside the west)', (_, change, outcome, failing) => {
    const decision = evaluateCountyExit({ countyCode: '110101', year: 2019, poorPeople: 1000, population: 100_000, sampling: { ...good, ...change } }, policyOf('110101', 2019));
    expect(decision.outcome).toBe(outcome);
    expect(decision.reasons.filter((r) => r.outcome === 'fail').map((r) => r.rule)).toEqual(failing);
  });

  it('in the west the composite limit is 3 %; without sampling the decision waits', () => {
    const facts = { countyCode: '150602', year: 2019, poorPeople: 1000, population: 100_000, sampling: { ...good, missedPeople: 1200 } };
    expect(evaluateCountyExit(facts, policyOf('150602', 2019)).outcome).toBe('eligible');
    expect(evaluateCountyExit({ ...facts, sampling: null }, policyOf('150602', 2019))).toMatchObject({ outcome: 'insufficientData' });
  });

  it('takes its findings from a sampling exercise: rates among the checked households, people of the households found', () => {
    const finding = (stratum: 'exitedWithLabour' | 'nonRegistered' | 'exitedWithoutLabour', isWronglyExited: boolean | null, isMissed: boolean | null, approves: boolean | null, memberCount: number) =>
      ({ stratum, isWronglyExited, isMissed, approves, memberCount });
    const findings = [
      finding('exitedWithLabour', true, null, false, 4), finding('exitedWithLabour', false, null, true, 3), finding('exitedWithoutLabour', null, null, null, 2),
      finding('exitedWithoutLabour', false, null, true, 1), finding('nonRegistered', null, true, true, 5), finding('nonRegistered', null, false, true, 2),
    ];
    // Exited checked 3, one wrongly (4 people); non-registered checked 2, one missed (5 people); 4 of 5 answers approve.
    expect(summarizeSampleFindings(findings)).toEqual({ wrongExitPeople: 4, missedPeople: 5, wrongExitRate: 1 / 3, missedRate: 1 / 2, approvalRate: 4 / 5 });
    const open = summarizeSampleFindings([finding('nonRegistered', null, false, null, 3)]);
    expect(open).toEqual({ wrongExitPeople: 0, missedPeople: 0, wrongExitRate: null, missedRate: 0, approvalRate: null });
    const decision = evaluateCountyExit({ countyCode: '110101', year: 2019, poorPeople: 100, population: 100_000, sampling: open }, policyOf('110101', 2019));
    expect(decision.outcome).toBe('insufficientData');
    expect(decision.reasons.filter((r) => r.outcome === 'missing').map((r) => r.rule)).toEqual(['county.exit.wrongExitRate', 'county.exit.approvalRate']);
  });
});
