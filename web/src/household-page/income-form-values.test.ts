import { describe, expect, it } from 'vitest';
import { emptyIncome, incomeToFormValues, previewIncome, toIncomeInput } from './income-form-values.ts';

describe('a year\'s income typed in yuan', () => {
  it('previews the per-capita figure the server will compute, exactly, in fen', () => {
    const values = { ...emptyIncome(2024, 3), wageIncome: '10000.10', businessIncome: '3000', businessCosts: '1000.05', propertyIncome: '0.29' };
    values.transferItems = { ...values.transferItems, dibao: '2400', pension: '1200.5' };
    // (1 000 010 + 300 000 + 29 + 360 050 − 100 005) ÷ 3 = 1 560 084 ÷ 3 = 520 028
    expect(previewIncome(values)).toEqual({ transferIncome: 360_050, netIncome: 1_560_084, netIncomePerCapita: 520_028 });
  });

  it('rounds the per-capita figure half up to the fen, as the server does', () => {
    const values = { ...emptyIncome(2024, 3), wageIncome: '0.02' };
    expect(previewIncome(values)?.netIncomePerCapita).toBe(1);
  });

  it('shows nothing while an amount or the household size is not valid yet', () => {
    expect(previewIncome({ ...emptyIncome(2024, 3), wageIncome: '12.345' })).toBeUndefined();
    expect(previewIncome({ ...emptyIncome(2024, 0) })).toBeUndefined();
    expect(previewIncome({ ...emptyIncome(2024, 2), transferItems: { ...emptyIncome(2024, 2).transferItems, other: 'abc' } })).toBeUndefined();
  });

  it('sends every amount in fen with the household size and source', () => {
    const values = { ...emptyIncome(2024, 4), wageIncome: '8000', medicalExpenses: '300.3' };
    const input = toIncomeInput(values);
    expect(input).toMatchObject({ wageIncome: 800_000, businessIncome: 0, medicalExpenses: 30_030, householdSize: 4, source: 'visit' });
    expect(input.transferItems).toEqual({ familyPlanning: 0, dibao: 0, extremePovertySupport: 0, pension: 0, ecologicalCompensation: 0, disabilityAllowance: 0, agriculturalSubsidy: 0, other: 0 });
  });

  it('brings a recorded year back into the form fen for fen', () => {
    const recorded = {
      id: 'i1', householdId: 1, year: 2023, householdSize: 2, wageIncome: 1_234_567, businessIncome: 0, businessCosts: 5, propertyIncome: 0,
      transferIncome: 99, transferItems: { familyPlanning: 0, dibao: 99, extremePovertySupport: 0, pension: 0, ecologicalCompensation: 0, disabilityAllowance: 0, agriculturalSubsidy: 0, other: 0 },
      medicalExpenses: 0, schoolingExpenses: 0, netIncome: 1_234_661, netIncomePerCapita: 617_331, yardstick: null, isAboveYardstick: null,
      source: 'entry', recordedBy: 'u1', recordedAt: '2024-01-01T00:00:00Z',
    };
    const values = incomeToFormValues(recorded);
    expect(values).toMatchObject({ year: 2023, householdSize: 2, wageIncome: '12345.67', businessCosts: '0.05', businessIncome: '' });
    expect(values.transferItems.dibao).toBe('0.99');
    expect(previewIncome(values)).toEqual({ transferIncome: 99, netIncome: 1_234_661, netIncomePerCapita: 617_331 });
  });
});
