import { describe, expect, it } from 'vitest';
import { nationalIncomeYardstick } from './poverty-line.ts';

describe('nationalIncomeYardstick', () => {
  it.each([
    [2013, 'povertyLine', 273_600],
    [2019, 'povertyLine', 321_800],
    [2020, 'povertyLine', 400_000],
    [2021, 'monitoringThreshold', 600_000],
    [2025, 'monitoringThreshold', 600_000],
  ])('%i is measured against the %s of %i fen', (year, kind, amount) => {
    expect(nationalIncomeYardstick(year)).toMatchObject({ kind, amount });
  });

  it('has no national yardstick before 2013', () => {
    expect(nationalIncomeYardstick(2012)).toBeUndefined();
  });
});
