import { describe, expect, it } from 'vitest';
import { canUseGreenChannel, describeStepProgress, isAlertSelectable, isCaseOverdue, owedSteps, sortReasonsForRefusal, type StepView } from './case-rules.ts';
import { localToday } from './local-date.ts';
import { risksOfAlerts, suggestCaseType, toOpenCaseBody } from './open-case-values.ts';

const step = (s: string, decision: StepView['decision'], overdue = false): StepView => ({ step: s, decision, dueOn: '2026-11-30', overdue, decidedOn: decision ? '2026-11-20' : null });

describe('picking alerts for a case', () => {
  const a1 = { id: 'a1', householdId: 1, status: 'open', caseId: null };
  it('takes open alerts not yet in a case, of one household only', () => {
    expect(isAlertSelectable(a1, [])).toBe(true);
    expect(isAlertSelectable({ ...a1, id: 'a2' }, [a1])).toBe(true);
    expect(isAlertSelectable({ ...a1, id: 'a3', householdId: 2 }, [a1])).toBe(false);
    expect(isAlertSelectable({ ...a1, caseId: 'c1' }, [])).toBe(false);
    expect(isAlertSelectable({ ...a1, status: 'closed' }, [])).toBe(false);
  });
});

describe('the step progress', () => {
  it('shows decided steps as decided, the open one in progress or overdue, later ones waiting', () => {
    expect(describeStepProgress([step('verification', 'approved'), step('appraisal', null)]).map((s) => s.status)).toEqual(['finish', 'process', 'wait', 'wait']);
    expect(describeStepProgress([step('verification', null, true)]).map((s) => s.status)).toEqual(['error', 'wait', 'wait', 'wait']);
    expect(describeStepProgress([step('verification', 'approved'), step('appraisal', 'rejected')]).map((s) => s.status)).toEqual(['finish', 'error', 'wait', 'wait']);
  });

  it('lists what a green-channel case still owes', () => {
    expect(owedSteps([step('verification', 'approved'), step('appraisal', null)])).toEqual(['appraisal', 'townshipReview', 'countyApproval']);
    expect(owedSteps(['verification', 'appraisal', 'townshipReview', 'countyApproval'].map((s) => step(s, 'approved')))).toEqual([]);
  });
});

describe('a refused elimination', () => {
  it('leads with the failing conditions, then the missing ones, keeping their order', () => {
    const reasons = [{ rule: 'a', outcome: 'pass' }, { rule: 'b', outcome: 'missing' }, { rule: 'c', outcome: 'fail' }, { rule: 'd', outcome: 'fail' }] as const;
    expect(sortReasonsForRefusal(reasons).map((r) => r.rule)).toEqual(['c', 'd', 'b', 'a']);
  });
});

describe('opening a case', () => {
  it('suggests the type from the household and the risks', () => {
    expect(suggestCaseType('exited', ['illness'])).toBe('unstableExited');
    expect(suggestCaseType('relapsed', ['other'])).toBe('unstableExited');
    expect(suggestCaseType('notPoor', ['illness'])).toBe('edgeOfPoverty');
    expect(suggestCaseType('exited', ['disaster'])).toBe('suddenHardship');
  });

  it('takes each risk of the picked alerts once, at most five', () => {
    expect(risksOfAlerts([{ riskType: 'illness' }, { riskType: 'other' }, { riskType: 'illness' }])).toEqual(['illness', 'other']);
  });

  it('sends alerts only for a department alert, and the green channel only with a disaster or an accident', () => {
    expect(canUseGreenChannel(['illness'])).toBe(false);
    expect(toOpenCaseBody({ channel: 'departmentAlert', type: 'edgeOfPoverty', risks: ['illness'], greenChannel: true, triggerNote: '  ' }, ['a1', 'a2']))
      .toEqual({ channel: 'departmentAlert', alertIds: ['a1', 'a2'], type: 'edgeOfPoverty', risks: ['illness'], greenChannel: false });
    expect(toOpenCaseBody({ channel: 'selfReport', householdId: 1, type: 'suddenHardship', risks: ['disaster'], greenChannel: true, triggerNote: ' 房屋被冲毁 ', discoveredOn: '2026-11-20' }, ['a1']))
      .toEqual({ channel: 'selfReport', householdId: 1, type: 'suddenHardship', risks: ['disaster'], triggerNote: '房屋被冲毁', discoveredOn: '2026-11-20', greenChannel: true });
  });
});

describe('today', () => {
  it('is the local calendar date, not the UTC one', () => {
    const lateEvening = new Date(2026, 10, 23, 23, 30);
    expect(localToday(lateEvening)).toBe('2026-11-23');
    expect(localToday(new Date(2026, 0, 5, 0, 5))).toBe('2026-01-05');
  });
});

describe('a late case', () => {
  it('is one past a deadline or without a measure, not one that only owes paperwork', () => {
    expect(isCaseOverdue(['stepOverdue'])).toBe(true);
    expect(isCaseOverdue(['paperworkOwed', 'noMeasure'])).toBe(true);
    expect(isCaseOverdue(['paperworkOwed'])).toBe(false);
    expect(isCaseOverdue([])).toBe(false);
  });
});
