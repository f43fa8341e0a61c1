import { measureStatuses, measureTypes } from '@fupin/core';
import type { PrintDossier } from './household-print.presenter.ts';
import { zh } from './print-labels.ts';
import { dataTable, text, yuanText } from './print-page.html.ts';

/** The paired cadres with their unit and contact: the household is meant to be able to call them. */
export function pairingTable(d: PrintDossier): string {
  return dataTable(['帮扶责任人', '工作单位', '职务', '联系电话', '结对日期'],
    d.pairings.map((p) => [text(p.name), text(p.unit), text(p.position), text(p.phone), text(p.startDate)]), '尚未结对');
}

export function measureTable(d: PrintDossier): string {
  return dataTable(['措施类型', '受益成员', '起止日期', '金额（元）/实物', '帮扶主体', '状态'],
    d.measures.map((m) => [
      zh(measureTypes, m.measureType), text(m.memberName), `${text(m.startDate)}${m.endDate ? ` 至 ${text(m.endDate)}` : ''}`,
      m.amount === null ? text(m.inKind) : yuanText(m.amount), text(m.providerName), zh(measureStatuses, m.status),
    ]), '尚无帮扶措施');
}
