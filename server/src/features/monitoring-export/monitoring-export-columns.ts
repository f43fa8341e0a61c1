import { discrepancyKinds, monitoringRules, povertyStatuses, riskTypes } from '@fupin/core';
import { labelOf, type ExportColumn, type ExportLanguage } from '../household-export/export-columns.ts';
import type { AlertView, DiscrepancyView } from '../monitoring/monitoring.schemas.ts';

export interface AlertExportRow {
  alert: AlertView;
  /** The head's ID number, masked unless the export is unmasked. */
  headIdNumber: string | null;
}

export interface DiscrepancyExportRow {
  discrepancy: DiscrepancyView;
  villageName: string;
  idNumber: string;
}

/** Measures whose value and limit are fen: written in yuan. */
const MONEY_MEASURES = new Set(['netIncomePerCapita', 'medicalOutOfPocketInYear', 'hospitalStayOutOfPocket', 'disasterLoss']);

/** A reason as one line: the rule, the value against its limit (as the inbox shows it). */
function describeReason(reason: AlertView['reasons'][number], lang: ExportLanguage): string {
  const rule = labelOf(monitoringRules, reason.rule, lang) ?? reason.rule;
  if (reason.measure === 'mainEarnerDied') return rule;
  const show = (n: number) => (MONEY_MEASURES.has(reason.measure) ? (n / 100).toFixed(2) : reason.measure === 'incomeDropPercent' ? `${n}%` : String(n));
  return `${rule}${lang === 'zh' ? '：' : ': '}${show(reason.value)} ${reason.comparison} ${show(reason.limit)}`;
}

const STATUS = { open: { zh: '待处理', en: 'Open' }, closed: { zh: '已关闭', en: 'Closed' } } as const;
const unmaskedHeader = (masked: boolean, zh: string, en: string) => ({ zh: masked ? `${zh}（脱敏）` : zh, en: masked ? `${en} (masked)` : en });

/** The alert list (预警名单): one row per alert, in the inbox's order. */
export function alertExportColumns(masked: boolean): ExportColumn<AlertExportRow>[] {
  return [
    { key: 'householdNo', zh: '户编号', en: 'Household number', width: 22, cell: (r) => r.alert.householdNo },
    { key: 'villageName', zh: '行政村', en: 'Village', width: 18, cell: (r) => r.alert.villageName ?? r.alert.villageCode },
    { key: 'headName', zh: '户主姓名', en: 'Head of household', width: 12, cell: (r) => r.alert.headName },
    { key: 'headIdNumber', ...unmaskedHeader(masked, '户主身份证号码', 'Head\'s ID number'), width: 22, cell: (r) => r.headIdNumber },
    { key: 'povertyStatus', zh: '贫困状态', en: 'Poverty status', width: 14, cell: (r, lang) => labelOf(povertyStatuses, r.alert.povertyStatus, lang) },
    { key: 'riskType', zh: '风险类型', en: 'Risk type', width: 16, cell: (r, lang) => labelOf(riskTypes, r.alert.riskType, lang) },
    { key: 'reasons', zh: '预警原因', en: 'Reasons', width: 48, cell: (r, lang) => r.alert.reasons.map((x) => describeReason(x, lang)).join(lang === 'zh' ? '；' : '; ') },
    { key: 'status', zh: '状态', en: 'Status', width: 10, cell: (r, lang) => STATUS[r.alert.status][lang] },
    { key: 'hasCase', zh: '已纳入监测', en: 'In a monitoring case', width: 10, cell: (r, lang) => (r.alert.caseId ? (lang === 'zh' ? '是' : 'Yes') : (lang === 'zh' ? '否' : 'No')) },
    { key: 'raisedAt', zh: '首次预警时间', en: 'First raised', width: 12, cell: (r) => r.alert.raisedAt.slice(0, 10) },
    { key: 'lastRaisedAt', zh: '最近预警时间', en: 'Last raised', width: 12, cell: (r) => r.alert.lastRaisedAt.slice(0, 10) },
    { key: 'raisedCount', zh: '预警次数', en: 'Times raised', width: 8, cell: (r) => r.alert.raisedCount },
    { key: 'clearedAt', zh: '筛查未再发现时间', en: 'No longer found', width: 12, cell: (r) => r.alert.clearedAt?.slice(0, 10) ?? null },
    { key: 'closedAt', zh: '关闭时间', en: 'Closed', width: 12, cell: (r) => r.alert.closedAt?.slice(0, 10) ?? null },
    { key: 'closeNote', zh: '关闭说明', en: 'Why closed', width: 30, cell: (r) => r.alert.closeNote },
  ];
}

/** The discrepancy lists (数据比对疑点): one row per member whose department record contradicts the registry. */
export function discrepancyExportColumns(masked: boolean): ExportColumn<DiscrepancyExportRow>[] {
  return [
    { key: 'kind', zh: '疑点类型', en: 'Discrepancy', width: 30, cell: (r, lang) => labelOf(discrepancyKinds, r.discrepancy.kind, lang) },
    { key: 'householdNo', zh: '户编号', en: 'Household number', width: 22, cell: (r) => r.discrepancy.householdNo },
    { key: 'villageName', zh: '行政村', en: 'Village', width: 18, cell: (r) => r.villageName },
    { key: 'memberName', zh: '姓名', en: 'Name', width: 12, cell: (r) => r.discrepancy.memberName },
    { key: 'idNumber', ...unmaskedHeader(masked, '身份证号码', 'ID number'), width: 22, cell: (r) => r.idNumber },
    { key: 'registryValue', zh: '档案信息', en: 'Registry says', width: 24, cell: (r) => r.discrepancy.registryValue },
    { key: 'feedValue', zh: '部门信息', en: 'Department says', width: 18, cell: (r) => r.discrepancy.feedValue },
    { key: 'eventDate', zh: '部门数据日期', en: 'Department date', width: 12, cell: (r) => r.discrepancy.eventDate },
  ];
}
