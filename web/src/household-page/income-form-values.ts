import { computeNetIncome, type NetIncome, TRANSFER_ITEM_KEYS } from '@fupin/core';
import type { components } from '../api/schema.gen.ts';
import { fenToYuanText, parseYuan } from '../household-form/yuan.ts';

export type IncomeInput = components['schemas']['IncomeInput'];
type Income = components['schemas']['Income'];
type TransferKey = (typeof TRANSFER_ITEM_KEYS)[number];

export const INCOME_ITEMS = ['wageIncome', 'businessIncome', 'businessCosts', 'propertyIncome'] as const;
export const EXPENSE_ITEMS = ['medicalExpenses', 'schoolingExpenses'] as const;
export { TRANSFER_ITEM_KEYS };
type AmountKey = (typeof INCOME_ITEMS)[number] | (typeof EXPENSE_ITEMS)[number];

/** A year's income as the form holds it: every amount as the yuan text typed. */
export type IncomeFormValues = Record<AmountKey, string> & {
  year: number | null;
  householdSize: number | null;
  transferItems: Record<TransferKey, string>;
  source: IncomeInput['source'];
};

const blankTransfers = (): Record<TransferKey, string> => Object.fromEntries(TRANSFER_ITEM_KEYS.map((k) => [k, ''])) as Record<TransferKey, string>;

export function emptyIncome(year: number, householdSize: number): IncomeFormValues {
  return {
    year, householdSize: householdSize > 0 ? householdSize : null, source: 'visit', transferItems: blankTransfers(),
    wageIncome: '', businessIncome: '', businessCosts: '', propertyIncome: '', medicalExpenses: '', schoolingExpenses: '',
  };
}

/** A recorded year, to correct it (recording a year again replaces it). */
export function incomeToFormValues(income: Income): IncomeFormValues {
  const transfers = blankTransfers();
  for (const key of TRANSFER_ITEM_KEYS) transfers[key] = fenToYuanText(income.transferItems[key] ?? 0);
  return {
    year: income.year, householdSize: income.householdSize, source: income.source as IncomeInput['source'], transferItems: transfers,
    wageIncome: fenToYuanText(income.wageIncome), businessIncome: fenToYuanText(income.businessIncome), businessCosts: fenToYuanText(income.businessCosts),
    propertyIncome: fenToYuanText(income.propertyIncome), medicalExpenses: fenToYuanText(income.medicalExpenses), schoolingExpenses: fenToYuanText(income.schoolingExpenses),
  };
}

/** Every amount in fen, or undefined while any of them is not a valid amount yet. */
function amountsInFen(v: Partial<IncomeFormValues>): (Record<AmountKey, number> & { transferItems: Record<TransferKey, number> }) | undefined {
  const fen = (text: string | undefined) => {
    const parsed = parseYuan(text);
    return parsed.ok ? parsed.fen : undefined;
  };
  const transferItems = {} as Record<TransferKey, number>;
  for (const key of TRANSFER_ITEM_KEYS) {
    const value = fen(v.transferItems?.[key]);
    if (value === undefined) return undefined;
    transferItems[key] = value;
  }
  const out = { transferItems } as Record<AmountKey, number> & { transferItems: Record<TransferKey, number> };
  for (const key of [...INCOME_ITEMS, ...EXPENSE_ITEMS]) {
    const value = fen(v[key]);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
}

/**
 * The figures the server will compute (core's formula), shown live while the form is filled in;
 * undefined while an amount or the household size is not valid yet.
 */
export function previewIncome(v: Partial<IncomeFormValues>): NetIncome | undefined {
  const amounts = amountsInFen(v);
  const size = v.householdSize;
  if (!amounts || !size || size < 1) return undefined;
  return computeNetIncome(amounts, size);
}

export function toIncomeInput(v: IncomeFormValues): IncomeInput {
  const amounts = amountsInFen(v);
  if (!amounts || !v.householdSize) throw new RangeError('the income form has an invalid amount or household size');
  return { ...amounts, householdSize: v.householdSize, source: v.source };
}
