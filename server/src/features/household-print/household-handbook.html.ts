import {
  educationLevels, employmentKinds, genders, healthStatuses, householdTypes, housingGrades, identificationStandards, laborCapacities,
  povertyStatuses, relationsToHead, relocationKinds, schoolStatuses,
} from '@fupin/core';
import { maskPhone } from '../household-export/export-columns.ts';
import type { PrintDossier } from './household-print.presenter.ts';
import { measureTable, pairingTable } from './print-assistance.html.ts';
import { causesText, checkItems, incomeAgainstLine, yesNo, zh } from './print-labels.ts';
import { dataTable, fact, factTable, text, yuanText } from './print-page.html.ts';

function basicFacts(d: PrintDossier): string {
  const h = d.household;
  return factTable([
    fact('户编号', h.householdNo), fact('户主姓名', h.headName), fact('家庭人口', `${h.memberCount} 人`),
    fact('村民小组', h.villageGroup), fact('家庭住址', h.address), fact('联系电话', maskPhone(h.phone)),
    `<th>贫困户属性</th><td>${zh(householdTypes, h.householdType)}</td>`, `<th>贫困状态</th><td>${zh(povertyStatuses, h.povertyStatus)}</td>`,
    `<th>识别标准</th><td>${zh(identificationStandards, h.identificationStandard)}</td>`,
    fact('识别年度', h.yearIdentified), fact('脱贫年度', h.yearExited), fact('一卡通账号', h.bankAccountMasked),
    fact('军烈属', yesNo(h.isMilitaryFamily)), fact('独生子女/双女户', yesNo(h.isSingleChildFamily)),
    `<th>易地扶贫搬迁</th><td>${zh(relocationKinds, h.relocationKind)}${h.relocationPlace ? `（${text(h.relocationPlace)}）` : ''}</td>`,
    `<th>住房安全等级</th><td>${zh(housingGrades, h.housingGrade)}</td>`, fact('危房改造年度', h.housingRenovatedYear),
    fact('饮水安全', yesNo(h.isWaterSafe)), fact('卫生厕所', yesNo(h.hasSanitaryToilet)), fact('加入合作社', yesNo(h.isCooperativeMember)),
    fact('通生活用电', yesNo(h.hasElectricity)), fact('距主干路（公里）', h.roadDistanceKm),
    fact('耕地（亩）', h.cultivatedLandMu), fact('有效灌溉（亩）', h.irrigatedLandMu), fact('林地（亩）', h.forestMu), fact('牧草地（亩）', h.grasslandMu),
  ]);
}

function memberTable(d: PrintDossier): string {
  return dataTable(['姓名', '性别', '身份证号码', '与户主关系', '出生日期', '文化程度', '在校生状况', '健康状况', '劳动技能', '务工状况', '医保', '养老保险'],
    d.members.map((m) => [
      `${text(m.name)}${m.isDeceased === 1 ? '（已故）' : ''}`, zh(genders, m.gender), text(m.idMasked), zh(relationsToHead, m.relationToHead), text(m.birthDate),
      zh(educationLevels, m.education), zh(schoolStatuses, m.schoolStatus), zh(healthStatuses, m.healthStatus), zh(laborCapacities, m.laborCapacity),
      `${zh(employmentKinds, m.employmentKind)}${m.employedMonths ? `（${m.employedMonths}个月）` : ''}`, yesNo(m.hasMedicalInsurance), yesNo(m.hasPensionInsurance),
    ]), '无在册成员');
}

export function incomeTable(d: PrintDossier): string {
  return dataTable(['年度', '计算人口', '工资性收入', '生产经营性收入', '生产经营性支出', '财产性收入', '转移性收入', '家庭纯收入', '人均纯收入', '当年标准', '对比'],
    d.incomes.map((i) => {
      const line = incomeAgainstLine(i);
      return [text(i.year), text(i.householdSize), yuanText(i.wageIncome), yuanText(i.businessIncome), yuanText(i.businessCosts), yuanText(i.propertyIncome),
        yuanText(i.transferIncome), yuanText(i.netIncome), yuanText(i.netIncomePerCapita), line.yardstick, line.verdict];
    }), '尚无收入记录');
}

function checkTable(d: PrintDossier): string {
  return dataTable(['核查日期', '核查结果'], d.checks.map((c) => [text(c.checkedOn), checkItems(c).join('；')]), '尚无核查记录');
}

/** 扶贫手册: the household's dossier, several pages, each section kept whole where it fits. */
export function householdHandbookHtml(d: PrintDossier, printedOn: string): string {
  const causes = causesText(d.household.mainCause, d.household.otherCauses);
  return `<article class="document handbook">`
    + `<h1>扶贫手册</h1><p class="subtitle">${text(d.place.county)} ${text(d.place.township)} ${text(d.place.village)}&emsp;户主：${text(d.household.headName)}&emsp;户编号：${text(d.household.householdNo)}</p>`
    + `<section class="section"><h2>一、家庭基本情况</h2>${basicFacts(d)}</section>`
    + `<section class="section"><h2>二、家庭成员情况</h2>${memberTable(d)}</section>`
    + `<section class="section"><h2>三、致贫原因</h2>${factTable([`<th>主要致贫原因</th><td>${causes.main}</td>`, `<th>其他致贫原因</th><td>${causes.others}</td>`], 2)}</section>`
    + `<section class="section"><h2>四、家庭收入情况（元）</h2>${incomeTable(d)}<p class="footnote">人均纯收入 =（工资性 + 生产经营性 + 财产性 + 转移性收入 − 生产经营性支出）÷ 计算人口；当年标准为国家扶贫标准（2020 年及以前）或防止返贫监测线（2021 年起）。</p></section>`
    + `<section class="section"><h2>五、“两不愁三保障”及饮水安全核查</h2>${checkTable(d)}</section>`
    + `<section class="section"><h2>六、帮扶责任人</h2>${pairingTable(d)}</section>`
    + `<section class="section"><h2>七、帮扶措施</h2>${measureTable(d)}</section>`
    + `<div class="signatures"><span>户主签字：</span><span>帮扶责任人签字：</span><span>村委会（盖章）：</span></div>`
    + `<p class="footnote">打印日期：${text(printedOn)}。身份证号码等个人信息已脱敏，请妥善保管。</p>`
    + '</article>';
}
