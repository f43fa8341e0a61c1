import { describe, expect, it } from 'vitest';
import { findAidGaps } from './education-aid-gaps.ts';
import { checkDuplicateSubsidy, type SubsidyPeriod } from './subsidy-overlap.ts';
import { computeAssistanceWorkshopSubsidy, monthsWorkedIn, type AssistanceWorkshopSubsidyPolicy, type AssistanceWorkshopWorkerSpell } from './assistance-workshop-subsidy.ts';

// The seed rule: 10 poor workers for 3 months or more; 120 yuan a month to the worker and to the employer.
const rule: AssistanceWorkshopSubsidyPolicy = { minPoorWorkers: 10, minMonths: 3, workerMonthly: 12_000, employerMonthly: 12_000, eligibleStatuses: ['poor', 'exited', 'relapsed'] };

function spells(count: number, startedOn: string, endedOn: string | null, householdStatus = 'poor'): AssistanceWorkshopWorkerSpell[] {
  return Array.from({ length: count }, (_, i) => ({ workerId: `w${startedOn}${i}`, memberId: Number(startedOn.replace(/-/g, '')) * 1000 + (householdStatus === 'poor' ? 0 : 500) + i, householdStatus, startedOn, endedOn }));
}

describe('monthsWorkedIn', () => {
  it.each<[string, string | null, number]>([
    ['2020-03-15', '2020-05-02', 3],
    ['2019-10-01', '2020-02-10', 2],
    ['2020-11-20', null, 2],
    ['2019-01-01', null, 12],
    ['2021-01-01', null, 0],
    ['2018-01-01', '2019-06-30', 0],
  ])('from %s to %s works %i months of 2020', (from, to, months) => {
    expect(monthsWorkedIn(2020, from, to)).toBe(months);
  });
});

describe('computeAssistanceWorkshopSubsidy', () => {
  it('pays worker and employer per month when ten poor workers stayed three months', () => {
    const result = computeAssistanceWorkshopSubsidy(2020, [...spells(10, '2020-04-01', '2020-06-30'), ...spells(2, '2020-01-01', null, 'notPoor')], rule);
    expect(result).toMatchObject({ isAllowed: true, qualifyingWorkers: 10, workerTotal: 10 * 3 * 12_000, employerTotal: 360_000 });
    expect(result.workers.filter((w) => !w.counts)).toHaveLength(2);
    expect(result.workers.find((w) => !w.counts)).toMatchObject({ workerSubsidy: 0, employerSubsidy: 0 });
  });

  it('earns nothing with nine, and says why', () => {
    const result = computeAssistanceWorkshopSubsidy(2020, [...spells(9, '2020-01-01', null), ...spells(5, '2020-11-01', null)], rule);
    expect(result.isAllowed).toBe(false);
    expect(result.workerTotal + result.employerTotal).toBe(0);
    expect(result.reasons[0]).toMatchObject({ code: 'ASSISTANCE_WORKSHOP_SUBSIDY_NOT_EARNED', values: { qualifyingWorkers: 9, minPoorWorkers: 10 } });
  });

  it('adds a member\'s spells together, up to twelve months', () => {
    const split: AssistanceWorkshopWorkerSpell[] = [
      { workerId: 'a', memberId: 9, householdStatus: 'poor', startedOn: '2020-01-01', endedOn: '2020-02-15' },
      { workerId: 'b', memberId: 9, householdStatus: 'poor', startedOn: '2020-09-01', endedOn: '2020-09-30' },
    ];
    const result = computeAssistanceWorkshopSubsidy(2020, split, { ...rule, minPoorWorkers: 1 });
    expect(result.workers).toEqual([{ workerId: 'a', memberId: 9, months: 3, counts: true, workerSubsidy: 36_000, employerSubsidy: 36_000 }]);
  });
});

describe('checkDuplicateSubsidy', () => {
  const post: SubsidyPeriod = { id: 'p1', personId: 1, kind: 'publicWelfarePost', from: '2020-01-01', to: '2020-12-31' };
  it.each<[string, Partial<SubsidyPeriod>, boolean]>([
    ['an overlapping period', { from: '2020-12-31', to: null }, false],
    ['the following period', { from: '2021-01-01', to: '2021-12-31' }, true],
    ['another person', { personId: 2 }, true],
    ['another kind', { kind: 'training' }, true],
    ['the same record changed', { id: 'p1' }, true],
  ])('%s', (_name, changes, allowed) => {
    expect(checkDuplicateSubsidy({ ...post, id: 'p2', ...changes }, [post]).isAllowed).toBe(allowed);
  });

  it('treats an open post as running on', () => {
    const open = { ...post, to: null };
    const check = checkDuplicateSubsidy({ ...post, id: 'p2', from: '2030-01-01', to: '2030-02-01' }, [open]);
    expect(check.reasons[0]).toMatchObject({ code: 'DUPLICATE_SUBSIDY', field: 'memberId', values: { existingId: 'p1' } });
  });
});

describe('findAidGaps', () => {
  it('lists students entitled and unpaid or underpaid, not those paid in full or entitled to nothing', () => {
    const gaps = findAidGaps(
      [{ memberId: 1, item: 'primaryBoarding', amount: 100_000 }, { memberId: 2, item: 'seniorHigh', amount: 200_000 },
        { memberId: 3, item: 'seniorHigh', amount: 200_000 }, { memberId: 4, item: 'none', amount: 0 }],
      [{ memberId: 2, item: 'seniorHigh', amount: 200_000 }, { memberId: 3, item: 'seniorHigh', amount: 50_000 }, { memberId: 1, item: 'yulu', amount: 150_000 }],
    );
    expect(gaps).toEqual([
      { memberId: 1, item: 'primaryBoarding', entitled: 100_000, paid: 0, missing: 100_000 },
      { memberId: 3, item: 'seniorHigh', entitled: 200_000, paid: 50_000, missing: 150_000 },
    ]);
  });
});
