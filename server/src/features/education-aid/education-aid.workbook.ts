import { educationAidItems, schoolStatuses } from '@fupin/core';
import { pick, type Lang, type Sheet } from '../programmes/programme-report.ts';
import type { StudentAidPage } from './education-aid.schemas.ts';

const label = <C extends string>(list: { has(code: string): code is C; label(code: C, lang: Lang): string }, code: string, lang: Lang) => (list.has(code) ? list.label(code, lang) : code);

/** One row per student and aid item, with what was paid and what is missing (ID numbers masked). */
export function studentAidSheets(page: StudentAidPage, lang: Lang): Sheet[] {
  const rows = page.students.flatMap((s) => (s.entitlements.length ? s.entitlements : [null]).map((e) => [
    s.villageCode, s.householdNo, s.memberName, s.idMasked, label(schoolStatuses, s.schoolStatus, lang), s.schoolGrade,
    e ? label(educationAidItems, e.item, lang) : pick(lang, '无', 'None'), e?.amount ?? 0, e?.paid ?? 0, e?.missing ?? 0, e ? e.explanation[lang] : null,
  ]));
  return [{
    title: pick(lang, `${page.year}年学生资助`, `Student aid ${page.year}`),
    headers: lang === 'zh'
      ? ['村代码', '户编号', '学生', '身份证号', '在校情况', '年级', '资助项目', '应享受（元）', '已发放（元）', '未发放（元）', '依据']
      : ['Village code', 'Household no.', 'Student', 'ID number', 'School status', 'Grade', 'Aid item', 'Entitled (yuan)', 'Paid (yuan)', 'Missing (yuan)', 'Basis'],
    rows,
    moneyColumns: [7, 8, 9],
  }];
}
