import { nationalIncomeYardstick, recordSources, TRANSFER_ITEM_KEYS, type TransferItems } from '@fupin/core';
import type { IncomeRow } from '../../db/schema.ts';
import { labelOf, yesNo, yuan, type ExportColumn } from './export-columns.ts';
import type { ExportHouseholdRow } from './household-export.repository.ts';

export interface IncomeExportRow {
  household: ExportHouseholdRow;
  villageName: string;
  income: IncomeRow;
  transferItems: TransferItems;
}

const TRANSFER_HEADERS: Record<keyof TransferItems, { zh: string; en: string }> = {
  familyPlanning: { zh: '计划生育金（元）', en: 'Family-planning payments (yuan)' },
  dibao: { zh: '低保金（元）', en: 'Dibao (yuan)' },
  extremePovertySupport: { zh: '特困供养金（元）', en: 'Extreme-poverty support (yuan)' },
  pension: { zh: '养老保险金（元）', en: 'Pension (yuan)' },
  ecologicalCompensation: { zh: '生态补偿金（元）', en: 'Ecological compensation (yuan)' },
  disabilityAllowance: { zh: '残疾人补贴（元）', en: 'Disability allowances (yuan)' },
  agriculturalSubsidy: { zh: '农业补贴（元）', en: 'Agricultural subsidies (yuan)' },
  other: { zh: '其他转移性收入（元）', en: 'Other transfers (yuan)' },
};

function yardstickYuan(year: number): number | null {
  const yardstick = nationalIncomeYardstick(year);
  return yardstick ? yardstick.amount / 100 : null;
}

function isAbove(r: IncomeExportRow): boolean | null {
  const yardstick = nationalIncomeYardstick(r.income.year);
  return yardstick ? Number(r.income.netIncomePerCapita) > yardstick.amount : null;
}

/** One row per household and year: income items in yuan, the per-capita figure against that year's national line or threshold. */
export function incomeExportColumns(): ExportColumn<IncomeExportRow>[] {
  return [
    { key: 'householdNo', zh: '户编号', en: 'Household number', width: 22, cell: (r) => r.household.householdNo },
    { key: 'villageName', zh: '行政村', en: 'Village', width: 18, cell: (r) => r.villageName },
    { key: 'headName', zh: '户主姓名', en: 'Head of household', width: 12, cell: (r) => r.household.headName },
    { key: 'year', zh: '年度', en: 'Year', width: 8, cell: (r) => r.income.year },
    { key: 'householdSize', zh: '计算人口', en: 'Household size', width: 8, cell: (r) => r.income.householdSize },
    { key: 'wageIncome', zh: '工资性收入（元）', en: 'Wage income (yuan)', width: 14, isMoney: true, cell: (r) => yuan(r.income.wageIncome) },
    { key: 'businessIncome', zh: '生产经营性收入（元）', en: 'Business income (yuan)', width: 14, isMoney: true, cell: (r) => yuan(r.income.businessIncome) },
    { key: 'businessCosts', zh: '生产经营性支出（元）', en: 'Business costs (yuan)', width: 14, isMoney: true, cell: (r) => yuan(r.income.businessCosts) },
    { key: 'propertyIncome', zh: '财产性收入（元）', en: 'Property income (yuan)', width: 14, isMoney: true, cell: (r) => yuan(r.income.propertyIncome) },
    { key: 'transferIncome', zh: '转移性收入（元）', en: 'Transfer income (yuan)', width: 14, isMoney: true, cell: (r) => yuan(r.income.transferIncome) },
    ...TRANSFER_ITEM_KEYS.map((key): ExportColumn<IncomeExportRow> => ({
      key, ...TRANSFER_HEADERS[key], width: 12, isMoney: true, cell: (r) => yuan(r.transferItems[key]),
    })),
    { key: 'medicalExpenses', zh: '医疗支出（元）', en: 'Medical expenses (yuan)', width: 12, isMoney: true, cell: (r) => yuan(r.income.medicalExpenses) },
    { key: 'schoolingExpenses', zh: '教育支出（元）', en: 'Schooling expenses (yuan)', width: 12, isMoney: true, cell: (r) => yuan(r.income.schoolingExpenses) },
    { key: 'netIncome', zh: '家庭纯收入（元）', en: 'Net income (yuan)', width: 14, isMoney: true, cell: (r) => yuan(r.income.netIncome) },
    { key: 'netIncomePerCapita', zh: '人均纯收入（元）', en: 'Net income per capita (yuan)', width: 14, isMoney: true, cell: (r) => yuan(r.income.netIncomePerCapita) },
    { key: 'yardstick', zh: '国家扶贫标准或监测线（元）', en: 'National line or threshold (yuan)', width: 14, isMoney: true, cell: (r) => yardstickYuan(r.income.year) },
    { key: 'isAboveYardstick', zh: '高于标准', en: 'Above it', width: 8, cell: (r, lang) => { const above = isAbove(r); return above === null ? null : yesNo(above, lang); } },
    { key: 'source', zh: '信息来源', en: 'Source', width: 10, cell: (r, lang) => labelOf(recordSources, r.income.source, lang) },
  ];
}
