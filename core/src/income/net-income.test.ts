import { describe, expect, it } from 'vitest';
import { computeNetIncome, sumTransferItems, type TransferItems } from './net-income.ts';

const noTransfers: TransferItems = {
  familyPlanning: 0, dibao: 0, extremePovertySupport: 0, pension: 0,
  ecologicalCompensation: 0, disabilityAllowance: 0, agriculturalSubsidy: 0, other: 0,
};

describe('computeNetIncome', () => {
  it.each([
    // wage, business, costs, property, transfers, size → net, per capita (all fen)
    [1_200_000, 500_000, 200_000, 0, 0, 4, 1_500_000, 375_000],
    [0, 0, 0, 0, 0, 1, 0, 0],
    [100, 0, 0, 0, 0, 3, 100, 33],
    [200, 0, 0, 0, 0, 3, 200, 67],
    [0, 100_000, 300_000, 0, 0, 2, -200_000, -100_000],
  ])('wage %i business %i costs %i property %i transfers %i size %i', (wage, business, costs, property, dibao, size, net, perCapita) => {
    const r = computeNetIncome({ wageIncome: wage, businessIncome: business, businessCosts: costs, propertyIncome: property, transferItems: { ...noTransfers, dibao } }, size);
    expect(r.netIncome).toBe(net);
    expect(r.netIncomePerCapita).toBe(perCapita);
  });

  it('adds every transfer item into transfer income', () => {
    const items = { ...noTransfers, dibao: 762_000, pension: 201_600, agriculturalSubsidy: 35_000, other: 1 };
    expect(sumTransferItems(items)).toBe(998_601);
    const r = computeNetIncome({ wageIncome: 0, businessIncome: 0, businessCosts: 0, propertyIncome: 0, transferItems: items }, 2);
    expect(r).toEqual({ transferIncome: 998_601, netIncome: 998_601, netIncomePerCapita: 499_301 });
  });

  it('gives no per-capita figure for an empty household', () => {
    expect(computeNetIncome({ wageIncome: 500, businessIncome: 0, businessCosts: 0, propertyIncome: 0, transferItems: noTransfers }, 0).netIncomePerCapita).toBe(0);
  });
});
