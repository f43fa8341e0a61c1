import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeDue, sortByUrgency } from './due-text.ts';

const t = ((key: string, options?: Record<string, unknown>) => `${key}${options ? JSON.stringify(options) : ''}`) as TFunction;

describe('describeDue', () => {
  it('names the causes still without a measure', () => {
    expect(describeDue({ kind: 'measure', causes: ['illness', 'water'] }, t, (c) => c.toUpperCase())).toBe('myHouseholds.due.measure{"causes":"ILLNESS、WATER"}');
  });
  it('distinguishes a first visit from an overdue one', () => {
    expect(describeDue({ kind: 'visit', overdueDays: 3, lastVisitDate: null }, t, String)).toContain('firstVisit');
    expect(describeDue({ kind: 'visit', overdueDays: 3, lastVisitDate: '2024-01-01' }, t, String)).toContain('"date":"2024-01-01"');
  });
});

describe('sortByUrgency', () => {
  it('puts overdue work first', () => {
    const calm = { householdNo: '1', dues: [{ kind: 'incomeSurvey' as const, year: 2024 }] };
    const late = { householdNo: '2', dues: [{ kind: 'visit' as const, overdueDays: 5, lastVisitDate: null }] };
    expect(sortByUrgency([calm, late]).map((h) => h.householdNo)).toEqual(['2', '1']);
  });
});
