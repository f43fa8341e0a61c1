import { describe, expect, it } from 'vitest';
import { todayInChina, yearInChina } from './app-context.ts';

describe('today', () => {
  it('is the date in China, which turns at 16:00 UTC', () => {
    expect(todayInChina(new Date('2026-11-23T15:59:59.999Z'))).toBe('2026-11-23');
    expect(todayInChina(new Date('2026-11-23T16:00:00.000Z'))).toBe('2026-11-24');
    expect(todayInChina(new Date('2026-12-31T18:30:00.000Z'))).toBe('2027-01-01');
  });

  it('gives the year in China, so a claim for the new year is not refused as in the future on its first morning', () => {
    expect(yearInChina(new Date('2026-12-31T15:59:59.999Z'))).toBe(2026);
    expect(yearInChina(new Date('2026-12-31T16:00:00.000Z'))).toBe(2027);
  });
});
