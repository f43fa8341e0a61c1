import { measureFundingSources, measureProviderKinds, measureStatuses, measureTypes } from '@fupin/core';
import { labelOf, yuan, type ExportColumn } from './export-columns.ts';
import type { ExportHouseholdRow } from './household-export.repository.ts';
import type { ExportMeasureRow } from './measure-export.repository.ts';

export interface MeasureExportRow {
  household: ExportHouseholdRow;
  villageName: string;
  measure: ExportMeasureRow;
}

/** The measures list (帮扶措施台账): one row per measure, by household and start date. */
export function measureExportColumns(): ExportColumn<MeasureExportRow>[] {
  return [
    { key: 'householdNo', zh: '户编号', en: 'Household number', width: 22, cell: (r) => r.household.householdNo },
    { key: 'villageName', zh: '行政村', en: 'Village', width: 18, cell: (r) => r.villageName },
    { key: 'headName', zh: '户主姓名', en: 'Head of household', width: 12, cell: (r) => r.household.headName },
    { key: 'memberName', zh: '受益成员', en: 'Member', width: 12, cell: (r) => r.measure.memberName },
    { key: 'measureType', zh: '帮扶措施类型', en: 'Measure type', width: 18, cell: (r, lang) => labelOf(measureTypes, r.measure.measureType, lang) },
    { key: 'startDate', zh: '开始日期', en: 'Start date', width: 12, cell: (r) => r.measure.startDate },
    { key: 'endDate', zh: '结束日期', en: 'End date', width: 12, cell: (r) => r.measure.endDate },
    { key: 'amount', zh: '金额（元）', en: 'Amount (yuan)', width: 12, isMoney: true, cell: (r) => yuan(r.measure.amount) },
    { key: 'inKind', zh: '实物', en: 'In kind', width: 16, cell: (r) => r.measure.inKind },
    { key: 'fundingSource', zh: '资金来源', en: 'Funding source', width: 16, cell: (r, lang) => labelOf(measureFundingSources, r.measure.fundingSource, lang) },
    { key: 'providerKind', zh: '帮扶主体类型', en: 'Provider kind', width: 12, cell: (r, lang) => labelOf(measureProviderKinds, r.measure.providerKind, lang) },
    { key: 'providerName', zh: '帮扶主体', en: 'Provider', width: 18, cell: (r) => r.measure.providerName },
    { key: 'status', zh: '状态', en: 'Status', width: 10, cell: (r, lang) => labelOf(measureStatuses, r.measure.status, lang) },
    { key: 'outcome', zh: '帮扶成效', en: 'Outcome', width: 24, cell: (r) => r.measure.outcome },
  ];
}
