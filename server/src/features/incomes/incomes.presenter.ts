import { nationalIncomeYardstick, type TransferItems } from '@fupin/core';
import type { IncomeRow } from '../../db/schema.ts';
import type { IncomeView } from './incomes.schemas.ts';

export function presentIncome(row: IncomeRow): IncomeView {
  const yardstick = nationalIncomeYardstick(row.year);
  return {
    id: row.id,
    householdId: row.householdId,
    year: row.year,
    householdSize: row.householdSize,
    wageIncome: row.wageIncome,
    businessIncome: row.businessIncome,
    businessCosts: row.businessCosts,
    propertyIncome: row.propertyIncome,
    transferIncome: row.transferIncome,
    transferItems: JSON.parse(row.transferItems) as TransferItems,
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
