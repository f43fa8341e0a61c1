import { householdTypes, povertyCauses, povertyStatuses, type CodeList } from '@fupin/core';
import type { ExportHouseholdRow, LatestIncome } from './household-export.repository.ts';

export type ExportLanguage = 'zh' | 'en';
export type CellValue = string | number | null;

export interface ExportColumn {
  key: string;
  zh: string;
  en: string;
  /** Width in characters in the spreadsheet. */
  width: number;
  /** Excel number format, for numeric columns. */
  numFmt?: string;
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { key: 'householdNo', zh: '户编号', en: 'Household number', width: 22 },
  { key: 'villageName', zh: '行政村', en: 'Village', width: 18 },
  { key: 'villageGroup', zh: '村民小组', en: 'Village group', width: 12 },
  { key: 'headName', zh: '户主姓名', en: 'Head of household', width: 12 },
  { key: 'headIdNumber', zh: '户主身份证号码（脱敏）', en: 'Head\'s ID number (masked)', width: 22 },
  { key: 'memberCount', zh: '家庭人口数', en: 'Members', width: 10 },
  { key: 'householdType', zh: '贫困户属性', en: 'Household type', width: 18 },
  { key: 'povertyStatus', zh: '贫困状态', en: 'Poverty status', width: 18 },
  { key: 'mainCause', zh: '主要致贫原因', en: 'Main cause of poverty', width: 16 },
  { key: 'otherCauses', zh: '其他致贫原因', en: 'Other causes of poverty', width: 22 },
  { key: 'yearIdentified', zh: '识别年度', en: 'Year identified', width: 10 },
  { key: 'yearExited', zh: '脱贫年度', en: 'Year exited', width: 10 },
  { key: 'netIncomePerCapita', zh: '最新人均纯收入（元）', en: 'Latest net income per capita (yuan)', width: 18, numFmt: '0.00' },
  { key: 'incomeYear', zh: '收入年度', en: 'Income year', width: 10 },
];

export function columnHeaders(lang: ExportLanguage): string[] {
  return EXPORT_COLUMNS.map((c) => c[lang]);
}

function labelOf<C extends string>(list: CodeList<C>, code: string | null, lang: ExportLanguage): string | null {
  if (code === null) return null;
  return list.has(code) ? list.label(code, lang) : code;
}

function causeLabels(json: string, lang: ExportLanguage): string | null {
  const value: unknown = JSON.parse(json);
  const codes = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  if (codes.length === 0) return null;
  return codes.map((c) => labelOf(povertyCauses, c, lang) ?? c).join(lang === 'zh' ? '、' : ', ');
}

export interface ExportRowContext {
  villageNames: ReadonlyMap<string, string>;
  maskedIdNumbers: ReadonlyMap<string, string>;
  latestIncomes: ReadonlyMap<string, LatestIncome>;
  lang: ExportLanguage;
}

/** One household as the cells of a row, in column order; money in yuan (fen ÷ 100) for people reading it. */
export function toExportCells(row: ExportHouseholdRow, context: ExportRowContext): CellValue[] {
  const { lang } = context;
  const income = context.latestIncomes.get(row.id);
  const values: Record<string, CellValue> = {
    householdNo: row.householdNo,
    villageName: context.villageNames.get(row.villageCode) ?? row.villageCode,
    villageGroup: row.villageGroup,
    headName: row.headName,
    headIdNumber: row.headMemberId === null ? null : context.maskedIdNumbers.get(row.headMemberId) ?? null,
    memberCount: row.memberCount,
    householdType: labelOf(householdTypes, row.householdType, lang),
    povertyStatus: labelOf(povertyStatuses, row.povertyStatus, lang),
    mainCause: labelOf(povertyCauses, row.mainCause, lang),
    otherCauses: causeLabels(row.otherCauses, lang),
    yearIdentified: row.yearIdentified,
    yearExited: row.yearExited,
    netIncomePerCapita: income ? income.netIncomePerCapita / 100 : null,
    incomeYear: income ? income.year : null,
  };
  return EXPORT_COLUMNS.map((c) => values[c.key] ?? null);
}
