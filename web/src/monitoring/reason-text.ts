import { feedKinds, monitoringRules } from '@fupin/core';
import { formatFen } from '../format/money.ts';
import type { Language } from '../i18n/language.ts';
import type { MonitoringReason } from './monitoring.api.ts';

const MONEY_MEASURES = new Set(['netIncomePerCapita', 'medicalOutOfPocketInYear', 'hospitalStayOutOfPocket', 'disasterLoss']);

/** A reason as one line: the rule, the value against its limit, and the data it rests on. */
export function describeReason(reason: MonitoringReason, language: Language): string {
  const lang = language === 'zh-CN' ? 'zh' : 'en';
  const rule = monitoringRules.has(reason.rule) ? monitoringRules.label(reason.rule, lang) : reason.rule;
  const show = (n: number) => (MONEY_MEASURES.has(reason.measure) ? formatFen(n, language) : reason.measure === 'incomeDropPercent' ? `${n}%` : String(n));
  const data = reason.data;
  let source = '';
  if (data.source === 'income' && typeof data.year === 'number') source = lang === 'zh' ? `（${data.year} 年收入）` : ` (income of ${data.year})`;
  if (data.source === 'feed' && typeof data.feedKind === 'string' && typeof data.eventDate === 'string') {
    const kind = feedKinds.has(data.feedKind) ? feedKinds.label(data.feedKind, lang) : data.feedKind;
    source = lang === 'zh' ? `（${kind} ${data.eventDate}）` : ` (${kind} ${data.eventDate})`;
  }
  if (reason.measure === 'mainEarnerDied') return `${rule}${source}`;
  return `${rule}：${show(reason.value)} ${reason.comparison} ${show(reason.limit)}${source}`.replace('：', lang === 'zh' ? '：' : ': ');
}
