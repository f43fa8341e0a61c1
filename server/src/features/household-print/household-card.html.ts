import { healthStatuses, householdTypes, laborCapacities, povertyStatuses, relationsToHead } from '@fupin/core';
import type { PrintDossier } from './household-print.presenter.ts';
import { measureTable, pairingTable } from './print-assistance.html.ts';
import { causesText, checkItems, incomeAgainstLine, zh } from './print-labels.ts';
import { dataTable, fact, factTable, text, yuanText } from './print-page.html.ts';

/** Measures a card lists: the latest ones; the handbook has them all (a card must stay one page). */
export const CARD_MEASURES = 5;

/** The latest measures and how many more the handbook lists. */
function latestMeasures(d: PrintDossier): { shown: PrintDossier; more: number } {
  const latest = [...d.measures].sort((a, b) => b.startDate.localeCompare(a.startDate)).slice(0, CARD_MEASURES);
  return { shown: { ...d, measures: latest }, more: d.measures.length - latest.length };
}

/** 明白卡: one page the household keeps: who they are, why they are poor, where their income stands. */
export function householdCardHtml(d: PrintDossier, printedOn: string): string {
  const h = d.household;
  const causes = causesText(h.mainCause, h.otherCauses);
  const latest = d.incomes.at(-1);
  const line = latest ? incomeAgainstLine(latest) : undefined;
  const check = d.checks[0];
  const measures = latestMeasures(d);
  return `<article class="document card">`
    + `<h1>扶贫明白卡</h1><p class="subtitle">${text(d.place.county)} ${text(d.place.township)} ${text(d.place.village)} ${text(h.villageGroup === null ? '' : h.villageGroup)}</p>`
    + factTable([
      fact('户主姓名', h.headName), fact('户编号', h.householdNo), fact('家庭人口', `${h.memberCount} 人`),
      `<th>贫困户属性</th><td>${zh(householdTypes, h.householdType)}</td>`, `<th>贫困状态</th><td>${zh(povertyStatuses, h.povertyStatus)}</td>`,
      fact('识别/脱贫年度', `${h.yearIdentified ?? '—'} / ${h.yearExited ?? '—'}`),
      `<th>主要致贫原因</th><td>${causes.main}</td>`, `<th>其他致贫原因</th><td colspan="3">${causes.others}</td>`,
    ])
    + `<h2>家庭成员</h2>${dataTable(['姓名', '与户主关系', '身份证号码', '健康状况', '劳动技能'],
      d.members.map((m) => [text(m.name), zh(relationsToHead, m.relationToHead), text(m.idMasked), zh(healthStatuses, m.healthStatus), zh(laborCapacities, m.laborCapacity)]), '无在册成员')}`
    + `<h2>收入情况</h2>${latest && line
      ? factTable([fact('收入年度', latest.year), fact('家庭纯收入（元）', yuanText(latest.netIncome)), fact('人均纯收入（元）', yuanText(latest.netIncomePerCapita)),
        `<th>当年标准（元）</th><td>${line.yardstick}</td>`, `<th>对比</th><td>${line.verdict}</td>`])
      : '<p class="empty">尚无收入记录</p>'}`
    + `<h2>“两不愁三保障”及饮水安全</h2>${check ? `<p>核查日期：${text(check.checkedOn)}</p><p>${checkItems(check).join('；')}</p>` : '<p class="empty">尚无核查记录</p>'}`
    + `<h2>帮扶责任人</h2>${pairingTable(d)}`
    + `<h2>帮扶措施</h2>${measureTable(measures.shown)}${measures.more > 0 ? `<p class="note">另有 ${measures.more} 项帮扶措施，详见扶贫手册。</p>` : ''}`
    + `<p class="footnote">本卡由农户留存，内容如有变化请告知村委会或帮扶责任人。打印日期：${text(printedOn)}。身份证号码已脱敏。</p>`
    + '</article>';
}
