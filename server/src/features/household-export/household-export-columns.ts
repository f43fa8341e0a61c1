import { householdTypes, povertyCauses, povertyStatuses } from '@fupin/core';
import { labelOf, yuan, type ExportColumn, type ExportLanguage } from './export-columns.ts';
import type { ExportHouseholdRow } from './household-export.repository.ts';

/** A household (with its head's ID number and latest income) and its village's name. */
export interface HouseholdExportRow {
  household: ExportHouseholdRow;
  villageName: string;
  /** Masked, or in full when the export is unmasked. */
  headIdNumber: string | null;
}

function causeLabels(json: string, lang: ExportLanguage): string | null {
  const value: unknown = JSON.parse(json);
  const codes = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  if (codes.length === 0) return null;
  return codes.map((c) => labelOf(povertyCauses, c, lang) ?? c).join(lang === 'zh' ? '、' : ', ');
}

/**
 * The household roll's columns. Their order and Chinese headers are what the import reads back:
 * change them only together with it.
 */
export function householdExportColumns(isUnmasked: boolean): ExportColumn<HouseholdExportRow>[] {
  return [
    { key: 'householdNo', zh: '户编号', en: 'Household number', width: 22, cell: (r) => r.household.householdNo },
    { key: 'villageName', zh: '行政村', en: 'Village', width: 18, cell: (r) => r.villageName },
    { key: 'villageGroup', zh: '村民小组', en: 'Village group', width: 12, cell: (r) => r.household.villageGroup },
    { key: 'headName', zh: '户主姓名', en: 'Head of household', width: 12, cell: (r) => r.household.headName },
    isUnmasked
      ? { key: 'headIdNumber', zh: '户主身份证号码', en: 'Head\'s ID number', width: 22, cell: (r) => r.headIdNumber }
      : { key: 'headIdNumber', zh: '户主身份证号码（脱敏）', en: 'Head\'s ID number (masked)', width: 22, cell: (r) => r.headIdNumber },
    { key: 'memberCount', zh: '家庭人口数', en: 'Members', width: 10, cell: (r) => r.household.memberCount },
    { key: 'householdType', zh: '贫困户属性', en: 'Household type', width: 18, cell: (r, lang) => labelOf(householdTypes, r.household.householdType, lang) },
    { key: 'povertyStatus', zh: '贫困状态', en: 'Poverty status', width: 18, cell: (r, lang) => labelOf(povertyStatuses, r.household.povertyStatus, lang) },
    { key: 'mainCause', zh: '主要致贫原因', en: 'Main cause of poverty', width: 16, cell: (r, lang) => labelOf(povertyCauses, r.household.mainCause, lang) },
    { key: 'otherCauses', zh: '其他致贫原因', en: 'Other causes of poverty', width: 22, cell: (r, lang) => causeLabels(r.household.otherCauses, lang) },
    { key: 'yearIdentified', zh: '识别年度', en: 'Year identified', width: 10, cell: (r) => r.household.yearIdentified },
    { key: 'yearExited', zh: '脱贫年度', en: 'Year exited', width: 10, cell: (r) => r.household.yearExited },
    { key: 'netIncomePerCapita', zh: '最新人均纯收入（元）', en: 'Latest net income per capita (yuan)', width: 18, isMoney: true, cell: (r) => yuan(r.household.incomePerCapita) },
    { key: 'incomeYear', zh: '收入年度', en: 'Income year', width: 10, cell: (r) => r.household.incomeYear ?? null },
  ];
}
