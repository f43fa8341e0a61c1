import { describe, expect, it } from 'vitest';
import { POLICY_DEFAULTS } from '../policy/policy-defaults.ts';
import { policyNumber, type Cited } from '../policy/policy-lookup.ts';
import { resolvePolicy } from '../policy/policy-resolution.ts';
import { evaluateRiskElimination, type RiskEliminationFacts } from './risk-elimination.ts';

const POLICY = resolvePolicy(POLICY_DEFAULTS.entries, '150602', 2026);
const threshold = (year: number): Cited<number> => {
  const cited = policyNumber(resolvePolicy(POLICY_DEFAULTS.entries, '150602', year), 'monitoringThreshold');
  if (!cited) throw new Error(`no threshold for ${year}`);
  return cited;
};
const LINE = 600_000;

/** Included 2026-01-10, eliminated 2026-07-10: every condition holds (six months, the defaults). */
const ELIGIBLE: RiskEliminationFacts = {
  kind: 'byAssistance', on: '2026-07-10', includedOn: '2026-01-10', paperworkOwed: false, measureCount: 1,
  incomes: [{ year: 2025, netIncomePerCapita: LINE + 1, measuredOn: '2026-01-10' }],
  thresholds: new Map([2024, 2025, 2026].map((y) => [y, threshold(y)])),
  rigidExpensesResolved: true, basicNeeds: { checkedOn: '2026-07-01', failedItems: [] }, membersAbleToWork: 1,
};

const failing = (f: RiskEliminationFacts) => evaluateRiskElimination(f, POLICY).reasons.filter((r) => r.outcome !== 'pass').map((r) => `${r.rule}:${r.outcome}`);

describe('risk elimination', () => {
  it('is allowed when every condition holds, and says so for each', () => {
    const decision = evaluateRiskElimination(ELIGIBLE, POLICY);
    expect(decision.outcome).toBe('eliminable');
    expect(decision.reasons.map((r) => r.rule)).toEqual([
      'case.paperworkComplete', 'case.monitoredMonths', 'case.measureTaken', 'household.incomeAboveThreshold', 'household.incomeStableMonths',
      'household.rigidExpensesResolved', 'household.basicNeedsSecured', 'household.ableToWork',
    ]);
    expect(decision.reasons.find((r) => r.rule === 'case.monitoredMonths')?.policy[0]).toMatchObject({ parameter: 'monitoring.minMonitoredMonths', value: 6 });
  });

  it.each([
    ['monitored one day less than six months', { on: '2026-07-09' }, ['case.monitoredMonths:fail', 'household.incomeStableMonths:fail']],
    ['monitored six months and a day', { on: '2026-07-11' }, []],
    ['no measure', { measureCount: 0 }, ['case.measureTaken:fail']],
    ['two measures', { measureCount: 2 }, []],
    ['income at the threshold', { incomes: [{ year: 2025, netIncomePerCapita: LINE, measuredOn: '2026-01-10' }] }, ['household.incomeAboveThreshold:fail', 'household.incomeStableMonths:fail']],
    ['income just below the threshold', { incomes: [{ year: 2025, netIncomePerCapita: LINE - 1, measuredOn: '2026-01-10' }] }, ['household.incomeAboveThreshold:fail', 'household.incomeStableMonths:fail']],
    ['income above, but stable one day less than six months', { incomes: [{ year: 2025, netIncomePerCapita: LINE + 1, measuredOn: '2026-01-11' }] }, ['household.incomeStableMonths:fail']],
    ['income measured before inclusion only', { incomes: [{ year: 2025, netIncomePerCapita: LINE + 1, measuredOn: '2026-01-09' }] }, ['household.incomeAboveThreshold:missing', 'household.incomeStableMonths:missing']],
    ['income stable since before inclusion, remeasured since', {
      incomes: [{ year: 2024, netIncomePerCapita: LINE + 5, measuredOn: '2025-03-01' }, { year: 2025, netIncomePerCapita: LINE + 1, measuredOn: '2026-06-01' }],
    }, []],
    ['income fell below, then rose above only two months ago', {
      incomes: [{ year: 2024, netIncomePerCapita: LINE - 5, measuredOn: '2025-12-01' }, { year: 2025, netIncomePerCapita: LINE + 1, measuredOn: '2026-05-10' }],
    }, ['household.incomeStableMonths:fail']],
    ['no income at all', { incomes: [] }, ['household.incomeAboveThreshold:missing', 'household.incomeStableMonths:missing']],
    ['rigid expenses not resolved', { rigidExpensesResolved: false }, ['household.rigidExpensesResolved:fail']],
    ['drinking water not secured', { basicNeeds: { checkedOn: '2026-07-01', failedItems: ['drinkingWaterSafety'] } }, ['household.basicNeedsSecured:fail']],
    ['basic needs checked before inclusion only', { basicNeeds: { checkedOn: '2026-01-09', failedItems: [] } }, ['household.basicNeedsSecured:missing']],
    ['no basic-needs check', { basicNeeds: null }, ['household.basicNeedsSecured:missing']],
    ['no one able to work', { membersAbleToWork: 0 }, ['household.ableToWork:fail']],
    ['green channel paperwork owed', { paperworkOwed: true }, ['case.paperworkComplete:fail']],
  ] as [string, Partial<RiskEliminationFacts>, string[]][])('%s', (_what, change, expected) => {
    const f = { ...ELIGIBLE, ...change };
    expect(failing(f)).toEqual(expected);
    expect(evaluateRiskElimination(f, POLICY).outcome).toBe(expected.length === 0 ? 'eliminable' : 'refused');
  });

  it('refuses with all its reasons at once, in both languages', () => {
    const decision = evaluateRiskElimination({ ...ELIGIBLE, on: '2026-03-01', measureCount: 0, membersAbleToWork: 0, rigidExpensesResolved: false }, POLICY);
    expect(decision.outcome).toBe('refused');
    expect(failing({ ...ELIGIBLE, on: '2026-03-01', measureCount: 0, membersAbleToWork: 0, rigidExpensesResolved: false })).toEqual([
      'case.monitoredMonths:fail', 'case.measureTaken:fail', 'household.incomeStableMonths:fail', 'household.rigidExpensesResolved:fail',
      'household.ableToWork:fail',
    ]);
    expect(decision.text.zh).toContain('5项');
    expect(decision.text.en).toContain('never marked eliminated');
  });

  it('follows a county that sets a longer monitoring period', () => {
    const longer = resolvePolicy([{ regionCode: '150602', parameter: 'monitoring.minMonitoredMonths', validFrom: 2026, validTo: null, value: 12, source: 'county notice', layer: 'stored' }, ...POLICY_DEFAULTS.entries], '150602', 2026);
    expect(evaluateRiskElimination(ELIGIBLE, longer).reasons.find((r) => r.rule === 'case.monitoredMonths')).toMatchObject({ outcome: 'fail', comparison: { actual: 6, threshold: 12 } });
  });
});
