import { describe, expect, it } from 'vitest';
import {
  checkDangerousHousing, checkDisasterLoss, checkDropout, checkIncomeBelowThreshold, checkIncomeDrop, checkJobLoss,
  checkMainEarnerLoss, checkMedicalOutOfPocket, checkMedicalSingleStay, feedCodesThatCanFire, findMainEarner, isWithinWindow, windowStart,
  type ReasonData,
} from './monitoring-rules.ts';
import { disabilityGrades } from '../codes/member-codes.ts';
import { housingGrades } from '../codes/registry-codes.ts';
import { employmentEvents, enrolmentStatuses, type MonitoringRule } from './monitoring-codes.ts';

const feed = (feedKind: Extract<ReasonData, { source: 'feed' }>['feedKind'], eventDate: string, code: string | null = null): Extract<ReasonData, { source: 'feed' }> =>
  ({ source: 'feed', feedKind, recordIds: ['r1'], eventDate, memberId: 1, code });

describe('income below the monitoring threshold (600 000 fen)', () => {
  it.each([
    [599_999, true], [600_000, false], [600_001, false],
  ])('%i fen per person fires: %s', (netIncomePerCapita, fires) => {
    const r = checkIncomeBelowThreshold({ year: 2024, netIncomePerCapita }, { threshold: 600_000 });
    expect(r !== null).toBe(fires);
    if (r) expect(r).toMatchObject({ rule: 'incomeBelowThreshold', riskType: 'other', value: netIncomePerCapita, comparison: '<', limit: 600_000, data: { source: 'income', year: 2024 } });
  });
});

describe('income down sharply (30 %)', () => {
  it.each([
    [1_000_000, 700_001, false], [1_000_000, 700_000, true], [1_000_000, 699_999, true], [0, 0, false], [1_000_000, 1_200_000, false],
  ])('from %i to %i fires: %s', (previous, current, fires) => {
    const r = checkIncomeDrop({ year: 2024, netIncomePerCapita: current, previousNetIncomePerCapita: previous }, { dropPercent: 30 });
    expect(r !== null).toBe(fires);
    if (r) expect(r).toMatchObject({ value: 30, limit: 30, data: { previousYear: 2023, previousValue: previous } });
  });
});

describe('medical out-of-pocket costs in a year (previous year rural income 2 169 100 fen)', () => {
  const params = { ruralDisposableIncome: 2_169_100, exitedOrMonitoredPercent: 50, othersPercent: 100 };
  it.each([
    [true, 1_084_550, false], [true, 1_084_551, true], [true, 1_084_549, false],
    [false, 2_169_100, false], [false, 2_169_101, true], [false, 2_169_099, false],
  ])('exited or monitored %s, %i fen fires: %s', (isExitedOrMonitored, outOfPocket, fires) => {
    const r = checkMedicalOutOfPocket({ outOfPocket, isExitedOrMonitored, feed: feed('medicalCosts', '2024-05-01') }, params);
    expect(r !== null).toBe(fires);
    if (r) expect(r).toMatchObject({ riskType: 'illness', comparison: '>', limit: isExitedOrMonitored ? 1_084_550 : 2_169_100 });
  });
});

describe('a single hospital stay (6 000 monitored, 10 000 others)', () => {
  const params = { monitoredLimit: 600_000, othersLimit: 1_000_000 };
  it.each([
    [true, true, 600_000, false], [true, true, 600_001, true], [true, true, 599_999, false],
    [false, true, 1_000_000, false], [false, true, 1_000_001, true], [false, true, 999_999, false],
    [true, false, 900_000, false],
  ])('monitored %s, inpatient %s, %i fen fires: %s', (isExitedOrMonitored, isInpatient, outOfPocket, fires) => {
    expect(checkMedicalSingleStay({ outOfPocket, isInpatient, isExitedOrMonitored, feed: feed('medicalCosts', '2024-05-01') }, params) !== null).toBe(fires);
  });
});

describe('windows end on the scan day, both ends inside', () => {
  it('starts windowDays - 1 days before', () => {
    expect(windowStart('2024-12-31', 365)).toBe('2024-01-02');
    expect(isWithinWindow('2024-01-02', '2024-12-31', 365)).toBe(true);
    expect(isWithinWindow('2024-01-01', '2024-12-31', 365)).toBe(false);
    expect(isWithinWindow('2025-01-01', '2024-12-31', 365)).toBe(false);
  });
});

describe('dropout within the window (365 days)', () => {
  it.each([
    ['2024-01-01', 'dropout', false], ['2024-01-02', 'dropout', true], ['2024-01-03', 'dropout', true], ['2024-06-01', 'enrolled', false],
  ])('%s %s fires: %s', (eventDate, code, fires) => {
    expect(checkDropout({ asOf: '2024-12-31', feed: feed('schoolEnrolment', eventDate, code) }, { windowDays: 365 }) !== null).toBe(fires);
  });
});

describe('disaster loss (5 000 yuan within 365 days)', () => {
  it.each([
    [499_999, '2024-06-01', false], [500_000, '2024-06-01', true], [500_001, '2024-06-01', true], [900_000, '2023-12-31', false],
  ])('%i fen on %s fires: %s', (loss, eventDate, fires) => {
    const r = checkDisasterLoss({ asOf: '2024-12-31', loss, feed: feed('disasterLosses', eventDate, 'flood') }, { minLoss: 500_000, windowDays: 365 });
    expect(r !== null).toBe(fires);
    if (r) expect(r).toMatchObject({ riskType: 'disaster', comparison: '>=', limit: 500_000, value: loss });
  });
});

describe('job loss within 180 days', () => {
  it.each([
    ['unemploymentRegistered', '2024-07-05', true], ['unemploymentRegistered', '2024-07-04', false], ['postEnded', '2024-12-31', true],
    ['postStarted', '2024-12-01', false], ['employed', '2024-12-01', false],
  ])('%s on %s fires: %s', (code, eventDate, fires) => {
    expect(checkJobLoss({ asOf: '2024-12-31', feed: feed('employment', eventDate, code) }, { windowDays: 180 }) !== null).toBe(fires);
  });
});

describe('dangerous housing', () => {
  it.each([
    ['B', 1, false], ['C', 1, true], ['D', 1, true], ['C', 0, false], ['D', 0, true],
  ])('grade %s with includeGradeC %i fires: %s', (grade, includeGradeC, fires) => {
    expect(checkDangerousHousing({ asOf: '2024-12-31', feed: feed('housingGrades', '2024-03-01', grade) }, { includeGradeC, windowDays: 365 }) !== null).toBe(fires);
  });
});

describe('main earner lost', () => {
  const members = [
    { memberId: 1, relationToHead: 'self', employmentIncome: 0, isDeceased: false, movedOut: false },
    { memberId: 2, relationToHead: 'son', employmentIncome: 3_000_000, isDeceased: false, movedOut: false },
    { memberId: 3, relationToHead: 'daughter', employmentIncome: 9_000_000, isDeceased: false, movedOut: true },
  ];
  it('is the highest wage earner still in the household, else the head', () => {
    expect(findMainEarner(members)).toBe(2);
    expect(findMainEarner(members.map((m) => ({ ...m, employmentIncome: 0 })))).toBe(1);
    expect(findMainEarner([{ ...members[0], employmentIncome: 100 } as (typeof members)[number], { ...members[1], employmentIncome: 100 } as (typeof members)[number]])).toBe(1);
  });
  it.each([
    ['deaths', null, true, true], ['deaths', null, false, false],
    ['disabilityRegistrations', 'grade1', true, true], ['disabilityRegistrations', 'grade2', true, true],
    ['disabilityRegistrations', 'grade3', true, false], ['disabilityRegistrations', 'grade2', false, false],
  ] as const)('%s %s of the main earner (%s) fires: %s', (kind, code, isMainEarner, fires) => {
    const r = checkMainEarnerLoss({ asOf: '2024-12-31', isMainEarner, feed: feed(kind, '2024-10-01', code) }, { seriousGradeUpTo: 2, windowDays: 365 });
    expect(r !== null).toBe(fires);
    if (r) expect(r.riskType).toBe('lackOfLabour');
  });
});

describe('the feed codes a rule can fire on (what a scan narrows its records to)', () => {
  const asOf = '2026-06-30';
  const cases: [string, readonly string[], (code: string, params: Record<string, number>) => boolean, Record<string, number>[]][] = [
    ['dropout', enrolmentStatuses.codes, (code, p) => checkDropout({ asOf, feed: feed('schoolEnrolment', asOf, code) }, p) !== null, [{ windowDays: 365 }]],
    ['jobLoss', employmentEvents.codes, (code, p) => checkJobLoss({ asOf, feed: feed('employment', asOf, code) }, p) !== null, [{ windowDays: 180 }]],
    ['dangerousHousing', housingGrades.codes, (code, p) => checkDangerousHousing({ asOf, feed: feed('housingGrades', asOf, code) }, p) !== null,
      [{ windowDays: 365, includeGradeC: 1 }, { windowDays: 365, includeGradeC: 0 }]],
    ['mainEarnerLoss', disabilityGrades.codes, (code, p) => checkMainEarnerLoss({ asOf, isMainEarner: true, feed: feed('disabilityRegistrations', asOf, code) }, p) !== null,
      [{ windowDays: 365, seriousGradeUpTo: 2 }, { windowDays: 365, seriousGradeUpTo: 4 }, { windowDays: 365, seriousGradeUpTo: 0 }]],
  ];
  it.each(cases)('%s: exactly the codes that fire', (rule, codes, fires, paramSets) => {
    for (const params of paramSets) {
      expect([...(feedCodesThatCanFire(rule as MonitoringRule, params) ?? [])].sort(), JSON.stringify(params)).toEqual(codes.filter((c) => fires(c, params)).sort());
    }
  });
  it('leaves the rules that do not decide by code alone', () => {
    expect(feedCodesThatCanFire('disasterLoss', { windowDays: 365, minLoss: 500_000 })).toBeNull();
    expect(feedCodesThatCanFire('medicalSingleStay', { monitoredLimit: 600_000, othersLimit: 1_000_000 })).toBeNull();
  });
});
