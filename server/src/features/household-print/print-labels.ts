import { basicNeedsItems, basicNeedsResults, nationalIncomeYardstick, povertyCauses, type CodeList } from '@fupin/core';
import type { BasicNeedsCheckRow } from '../../db/schema.ts';
import type { PrintIncome } from './household-print.repository.ts';
import { text, yuanText } from './print-page.html.ts';

/** A code's Chinese label, escaped; an unknown code as it is. */
export function zh<C extends string>(list: CodeList<C>, code: string | null): string {
  if (code === null) return text(null);
  return text(list.has(code) ? list.label(code, 'zh') : code);
}

export const yesNo = (flag: number): string => (flag === 1 ? '是' : '否');

export function causesText(mainCause: string | null, otherCausesJson: string): { main: string; others: string } {
  const value: unknown = JSON.parse(otherCausesJson);
  const others = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return { main: zh(povertyCauses, mainCause), others: others.length ? others.map((c) => zh(povertyCauses, c)).join('、') : text(null) };
}

/** One income year against the national line (to 2020) or monitoring threshold (from 2021). */
export function incomeAgainstLine(income: PrintIncome): { yardstick: string; verdict: string } {
  const yardstick = nationalIncomeYardstick(income.year);
  if (!yardstick) return { yardstick: text(null), verdict: text(null) };
  const isAbove = Number(income.netIncomePerCapita) > yardstick.amount;
  const name = yardstick.kind === 'povertyLine' ? '扶贫标准' : '监测线';
  return { yardstick: `${yuanText(yardstick.amount)}（${name}）`, verdict: isAbove ? '高于' : '<span class="fail">低于</span>' };
}

/** A basic-needs check's six items as label: result, the failures marked. */
export function checkItems(check: BasicNeedsCheckRow): string[] {
  return basicNeedsItems.codes.map((item) => {
    const result = check[item];
    const label = zh(basicNeedsResults, result);
    return `${zh(basicNeedsItems, item)}：${result === 'fail' ? `<span class="fail">${label}</span>` : label}`;
  });
}
