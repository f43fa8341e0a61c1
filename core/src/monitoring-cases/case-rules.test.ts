import { describe, expect, it } from 'vitest';
import { addMonths, addWorkingDays, wholeMonthsBetween } from './case-calendar.ts';
import type { CaseStepDeadlines } from './case-definitions.ts';
import { checkCaseRisks, computeCaseFlags, decideCaseStep, presentCaseState, type CaseDates, type CaseProgress } from './case-rules.ts';

const DEADLINES: CaseStepDeadlines = { verification: 5, appraisal: 5, townshipReview: 5, countyApproval: 5 };
const VILLAGE = { role: 'villageCadre', regionCode: '150602101201' } as const;
const TOWNSHIP = { role: 'townshipOfficer', regionCode: '150602101' } as const;
const COUNTY = { role: 'countyOfficer', regionCode: '150602' } as const;
const at = (step: CaseProgress['currentStep'], state: CaseProgress['state'] = 'alerted', greenChannel = false): CaseProgress =>
  ({ state, greenChannel, currentStep: step, stepStartedOn: '2026-11-02', stepDueOn: '2026-11-09' });
const approve = (step: NonNullable<CaseProgress['currentStep']>, on = '2026-11-05') => ({ step, decision: 'approve' as const, reason: null, on });

describe('the case calendar', () => {
  it.each([
    ['2026-11-20', 0, '2026-11-20'], ['2026-11-20', 1, '2026-11-23'], ['2026-11-23', 5, '2026-11-30'], ['2026-11-21', 1, '2026-11-23'], ['2026-11-02', 20, '2026-11-30'],
  ])('%s + %i working days = %s (Monday to Friday)', (from, days, to) => expect(addWorkingDays(from, days)).toBe(to));

  it.each([
    ['2026-01-31', 1, '2026-02-28'], ['2024-01-31', 1, '2024-02-29'], ['2026-05-15', 6, '2026-11-15'], ['2026-11-15', 2, '2027-01-15'],
  ])('%s + %i months = %s', (from, months, to) => expect(addMonths(from, months)).toBe(to));

  it.each([
    ['2026-05-15', '2026-11-14', 5], ['2026-05-15', '2026-11-15', 6], ['2026-05-15', '2026-11-16', 6], ['2026-01-31', '2026-02-28', 1], ['2026-11-15', '2026-11-01', 0],
  ])('from %s to %s is %i whole months', (from, to, months) => expect(wholeMonthsBetween(from, to)).toBe(months));
});

describe('case steps', () => {
  it('moves an ordinary case alerted → verifying → … → included, each step by its owner with its deadline', () => {
    const verified = decideCaseStep(at('verification'), approve('verification'), VILLAGE, '2026-11-20', DEADLINES);
    expect(verified).toEqual({ ok: true, value: { decision: 'approved', state: 'verifying', includedOn: null, next: { step: 'appraisal', startedOn: '2026-11-05', dueOn: '2026-11-12' } } });
    expect(decideCaseStep(at('appraisal', 'verifying'), approve('appraisal'), VILLAGE, '2026-11-20', DEADLINES))
      .toMatchObject({ ok: true, value: { state: 'verifying', next: { step: 'townshipReview' } } });
    expect(decideCaseStep(at('townshipReview', 'verifying'), approve('townshipReview'), TOWNSHIP, '2026-11-20', DEADLINES))
      .toMatchObject({ ok: true, value: { state: 'verifying', next: { step: 'countyApproval' } } });
    expect(decideCaseStep(at('countyApproval', 'verifying'), approve('countyApproval', '2026-11-06'), COUNTY, '2026-11-20', DEADLINES))
      .toEqual({ ok: true, value: { decision: 'approved', state: 'included', includedOn: '2026-11-06', next: null } });
  });

  it('keeps a green-channel case included while its paperwork is completed', () => {
    expect(decideCaseStep(at('verification', 'included', true), approve('verification'), VILLAGE, '2026-11-20', DEADLINES))
      .toMatchObject({ ok: true, value: { state: 'included', next: { step: 'appraisal' } } });
    expect(decideCaseStep(at('countyApproval', 'included', true), approve('countyApproval'), COUNTY, '2026-11-20', DEADLINES))
      .toEqual({ ok: true, value: { decision: 'approved', state: 'included', includedOn: null, next: null } });
  });

  it.each([
    ['verification', VILLAGE], ['appraisal', VILLAGE], ['townshipReview', TOWNSHIP], ['countyApproval', COUNTY],
  ] as const)('a rejection at %s closes the case as rejected', (step, actor) => {
    expect(decideCaseStep(at(step, 'verifying'), { step, decision: 'reject', reason: '收入高于监测线', on: '2026-11-05' }, actor, '2026-11-20', DEADLINES))
      .toEqual({ ok: true, value: { decision: 'rejected', state: 'rejected', includedOn: null, next: null } });
  });

  it.each([
    ['a closed case', at(null, 'rejected'), approve('verification'), VILLAGE, 'CASE_CLOSED', undefined],
    ['an eliminated case', at(null, 'riskEliminated'), approve('verification'), VILLAGE, 'CASE_CLOSED', undefined],
    ['an included case with no step owed', at(null, 'included'), approve('verification'), VILLAGE, 'STEP_NOT_CURRENT', 'step'],
    ['a stale step', at('appraisal', 'verifying'), approve('verification'), VILLAGE, 'STEP_NOT_CURRENT', 'step'],
    ['the township at the village\'s step', at('verification'), approve('verification'), TOWNSHIP, 'STEP_NOT_OWNED', undefined],
    ['the village at the county\'s step', at('countyApproval', 'verifying'), approve('countyApproval'), VILLAGE, 'STEP_NOT_OWNED', undefined],
    ['a county officer at village level', at('countyApproval', 'verifying'), approve('countyApproval'), { role: 'countyOfficer', regionCode: '150602101201' }, 'STEP_NOT_OWNED', undefined],
    ['a rejection without a reason', at('verification'), { step: 'verification', decision: 'reject', reason: '  ', on: '2026-11-05' }, VILLAGE, 'VALIDATION_FAILED', 'reason'],
    ['a future date', at('verification'), approve('verification', '2026-11-21'), VILLAGE, 'VALIDATION_FAILED', 'on'],
    ['a date before the step started', at('verification'), approve('verification', '2026-11-01'), VILLAGE, 'VALIDATION_FAILED', 'on'],
  ] as const)('refuses %s', (_what, progress, action, actor, code, field) => {
    const ruling = decideCaseStep(progress, action, actor, '2026-11-20', DEADLINES);
    expect(ruling.ok).toBe(false);
    if (!ruling.ok) {
      expect(ruling.refusal.code).toBe(code);
      expect(ruling.refusal.field).toBe(field);
    }
  });
});

describe('case flags and state', () => {
  const open: CaseDates = { state: 'verifying', greenChannel: false, currentStep: 'appraisal', stepDueOn: '2026-11-12', decisionDueOn: '2026-11-30', measureDueOn: null, measureCount: 0 };
  it.each([
    ['on the step\'s due day', open, '2026-11-12', []],
    ['the day after the step\'s due day', open, '2026-11-13', ['stepOverdue']],
    ['after the decision\'s due day', open, '2026-12-01', ['stepOverdue', 'decisionOverdue']],
    ['on the decision\'s due day', { ...open, currentStep: 'countyApproval', stepDueOn: '2026-12-05' }, '2026-11-30', []],
    ['included, no measure, on the measure due day', { ...open, state: 'included', currentStep: null, stepDueOn: null, measureDueOn: '2026-12-06' }, '2026-12-06', []],
    ['included, no measure, the day after', { ...open, state: 'included', currentStep: null, stepDueOn: null, measureDueOn: '2026-12-06' }, '2026-12-07', ['noMeasure']],
    ['included with a measure', { ...open, state: 'included', currentStep: null, stepDueOn: null, measureDueOn: '2026-12-06', measureCount: 1 }, '2026-12-07', []],
    ['green channel with steps owed', { ...open, state: 'included', greenChannel: true, measureDueOn: '2027-01-01', measureCount: 1 }, '2026-12-07', ['stepOverdue', 'paperworkOwed']],
    ['closed', { ...open, state: 'rejected', currentStep: null }, '2027-12-01', []],
  ] as const)('%s', (_what, c, today, flags) => expect(computeCaseFlags(c, today)).toEqual(flags));

  it('shows an included case with a measure as assisting', () => {
    expect(presentCaseState('included', 0)).toBe('included');
    expect(presentCaseState('included', 2)).toBe('assisting');
    expect(presentCaseState('riskEliminated', 2)).toBe('riskEliminated');
  });

  it.each([
    [['illness'], false, undefined],
    [[], false, 'risks'],
    [['illness', 'illness'], false, 'risks'],
    [['illness', 'disability', 'schooling', 'disaster', 'accident'], false, undefined],
    [['illness', 'disability', 'schooling', 'disaster', 'accident', 'housing'], false, 'risks'],
    [['disaster'], true, undefined],
    [['accident', 'illness'], true, undefined],
    [['illness'], true, 'greenChannel'],
  ] as const)('risks %j with green channel %s → refused field %s', (risks, green, field) => {
    expect(checkCaseRisks(risks, green)?.field).toBe(field);
  });
});
