import { nationalIncomeYardstick } from '@fupin/core';
import type { IncomeRow } from '../../db/schema.ts';
import type { IncomeView } from './incomes.schemas.ts';
import { readTransferItems } from './transfer-items-store.ts';

export function presentIncome(row: IncomeRow): IncomeView {
  const yardstick = nationalIncomeYardstick(row.year);
  return {
    householdId: row.householdId,
    year: row.year,
    householdSize: row.householdSize,
    wageIncome: row.wageIncome,
    businessIncome: row.businessIncome,
    businessCosts: row.businessCosts,
    propertyIncome: row.propertyIncome,
    transferIncome: row.transferIncome,
    transferItems: readTransferItems(row.transferItems),
    medicalExpenses: row.medicalExpenses,
    schoolingExpenses: row.schoolingExpenses,
    netIncome: row.netIncome,
    netIncomePerCapita: row.netIncomePerCapita,
    yardstick: yardstick ? { kind: yardstick.kind, amount: yardstick.amount, sourceYear: yardstick.sourceYear } : null,
    isAboveYardstick: yardstick ? row.netIncomePerCapita > yardstick.amount : null,
    source: row.source,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  };
}

/** An income has no id of its own: the history and the audit name it by household and year. */
export function incomeEntityId(householdId: number, year: number): string {
  return `${householdId}/${year}`;
}
