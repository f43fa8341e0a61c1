import { describe, expect, it } from 'vitest';
import { computeHouseholdDues } from './household-dues.ts';
import { matchAssistancePlan } from './assistance-plan.ts';
import { checkPairingLoad, checkPairingPeriod, countPairingLoad, isPairingActive } from './pairing-rules.ts';
import { checkVisitDate, visitOverdueDays } from './visit-rules.ts';

describe('pairings', () => {
  it.each([
    { p: { startDate: '2024-01-01', endDate: null }, on: '2030-05-01', active: true },
    { p: { startDate: '2024-01-01', endDate: '2024-12-31' }, on: '2024-12-31', active: true },
    { p: { startDate: '2024-01-01', endDate: '2024-12-31' }, on: '2025-01-01', active: false },
    { p: { startDate: '2024-02-01', endDate: null }, on: '2024-01-31', active: false },
  ])('$p.startDate–$p.endDate on $on → $active', ({ p, on, active }) => {
    expect(isPairingActive(p, on)).toBe(active);
  });

  it.each([
    { load: 4, max: 5, ok: true },
    { load: 5, max: 5, ok: false },
    { load: 0, max: 1, ok: true },
    { load: 1, max: 1, ok: false },
  ])('load $load with maximum $max → allowed $ok', ({ load, max, ok }) => {
    const issues = checkPairingLoad(load, max);
    expect(issues.length === 0).toBe(ok);
    if (!ok) expect(issues[0]).toMatchObject({ code: 'PAIRING_LOAD_EXCEEDED', field: 'cadreId' });
  });

  it('counts only pairings in force', () => {
    expect(countPairingLoad([{ startDate: '2020-01-01', endDate: '2021-01-01' }, { startDate: '2022-01-01', endDate: null }], '2024-01-01')).toBe(1);
  });

  it.each([
    { c: { startDate: '2025-01-01', endDate: null }, existing: [{ startDate: '2024-01-01', endDate: null }], code: 'PAIRING_OVERLAP' },
    { c: { startDate: '2025-01-01', endDate: null }, existing: [{ startDate: '2024-01-01', endDate: '2024-12-31' }], code: undefined },
    { c: { startDate: '2025-01-01', endDate: '2024-01-01' }, existing: [], code: 'VALIDATION_FAILED' },
  ])('a new period against existing ones → $code', ({ c, existing, code }) => {
    expect(checkPairingPeriod(c, existing)[0]?.code).toBe(code);
  });
});

describe('visits', () => {
  it.each([
    { date: '2024-06-30', window: 30, code: undefined },
    { date: '2024-05-31', window: 30, code: undefined },
    { date: '2024-05-30', window: 30, code: 'VISIT_BACKDATED' },
    { date: '2024-06-20', window: 7, code: 'VISIT_BACKDATED' },
    { date: '2024-07-01', window: 30, code: 'VISIT_DATE_FUTURE' },
  ])('$date with a $window-day window on 2024-06-30 → $code', ({ date, window, code }) => {
    expect(checkVisitDate(date, '2024-06-30', window)[0]?.code).toBe(code);
  });

  it.each([
    { last: '2024-06-01', interval: 30, overdue: 0 },
    { last: '2024-05-01', interval: 30, overdue: 30 },
  ])('last visit $last, every $interval days → $overdue days overdue', ({ last, interval, overdue }) => {
    expect(visitOverdueDays(last, '2024-06-30', interval)).toBe(overdue);
  });
});

describe('computeHouseholdDues', () => {
  const plan = matchAssistancePlan({ mainCause: 'illness', otherCauses: [], risks: [], members: [{ id: 1, laborCapacity: 'ordinary', isCurrent: true }], measures: [] });
  it('lists an overdue visit, the unanswered causes, the developmental measure and last year\'s income', () => {
    const dues = computeHouseholdDues({ today: '2025-03-01', pairingStart: '2024-01-01', lastVisitDate: '2025-01-01', visitIntervalDays: 30, plan, incomeYears: [2023] });
    expect(dues).toEqual([
      { kind: 'visit', overdueDays: 29, lastVisitDate: '2025-01-01' },
      { kind: 'measure', causes: ['illness'] },
      { kind: 'developmentalMeasure' },
      { kind: 'incomeSurvey', year: 2024 },
    ]);
  });
  it('owes nothing when all is done', () => {
    const done = matchAssistancePlan({ mainCause: 'illness', otherCauses: [], risks: [], members: [], measures: [{ id: 'x', measureType: 'medicalAid', status: 'completed' }] });
    expect(computeHouseholdDues({ today: '2025-03-01', pairingStart: '2025-02-20', lastVisitDate: null, visitIntervalDays: 30, plan: done, incomeYears: [2024] })).toEqual([]);
  });
});

describe('open follow-ups', () => {
  it('are due, and overdue after their date', () => {
    const plan = matchAssistancePlan({ mainCause: null, otherCauses: [], risks: [], members: [], measures: [] });
    const dues = computeHouseholdDues({
      today: '2025-03-01', pairingStart: '2025-02-20', lastVisitDate: null, visitIntervalDays: 30, plan, incomeYears: [2024],
      openFollowUps: [{ visitId: 'v1', followUp: '联系医保', dueDate: '2025-02-28' }, { visitId: 'v2', followUp: '送种子', dueDate: null }],
    });
    expect(dues.map((d) => d.kind === 'followUp' && d.isOverdue)).toEqual([true, false]);
  });
});
