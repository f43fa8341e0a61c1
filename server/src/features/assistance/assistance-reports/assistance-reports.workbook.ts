import { measureTypes, povertyCauses } from '@fupin/core';
import ExcelJS from 'exceljs';
import type { CadreActivityReport, CoverageReport, MoneyReport } from './assistance-reports.schemas.ts';

type Lang = 'zh' | 'en';
type Cell = string | number | null;

interface Sheet {
  title: string;
  headers: string[];
  rows: Cell[][];
  /** Columns (0-based) holding fen, shown as yuan with two decimals. */
  moneyColumns?: number[];
}

const YUAN = '#,##0.00';

async function toWorkbook(sheets: readonly Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(s.headers).font = { bold: true };
    for (const row of s.rows) sheet.addRow(row.map((v, i) => (s.moneyColumns?.includes(i) && typeof v === 'number' ? v / 100 : v)));
    s.headers.forEach((h, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.max(10, h.length * 2 + 2);
      if (s.moneyColumns?.includes(i)) column.numFmt = YUAN;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const pick = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);
const cause = (code: string, lang: Lang) => (povertyCauses.has(code) ? povertyCauses.label(code, lang) : code);
const measureType = (code: string, lang: Lang) => (measureTypes.has(code) ? measureTypes.label(code, lang) : code);
const rate = (answered: number, total: number) => (total === 0 ? null : Math.round((answered / total) * 1000) / 10);

export function coverageWorkbook(report: CoverageReport, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  return toWorkbook([
    {
      title: pick(lang, '按村按致贫原因', 'By village and cause'),
      headers: lang === 'zh' ? ['村代码', '村', '致贫原因', '户数', '已有措施户数', '覆盖率(%)'] : ['Village code', 'Village', 'Cause', 'Households', 'Answered', 'Coverage (%)'],
      rows: report.rows.map((r) => [r.villageCode, r.villageName, cause(r.cause, lang), r.households, r.answered, rate(r.answered, r.households)]),
    },
    {
      title: pick(lang, '按致贫原因', 'By cause'),
      headers: lang === 'zh' ? ['致贫原因', '户数', '已有措施户数', '覆盖率(%)'] : ['Cause', 'Households', 'Answered', 'Coverage (%)'],
      rows: report.byCause.map((r) => [cause(r.cause, lang), r.households, r.answered, rate(r.answered, r.households)]),
    },
  ]);
}

export function cadreActivityWorkbook(report: CadreActivityReport, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  const months = Array.from({ length: 12 }, (_, i) => pick(lang, `${i + 1}月`, `M${i + 1}`));
  return toWorkbook([{
    title: pick(lang, `${report.year}年干部走访`, `Cadre visits ${report.year}`),
    headers: [...(lang === 'zh' ? ['姓名', '单位', '区划', '帮扶户数'] : ['Name', 'Unit', 'Region', 'Households']), ...months, pick(lang, '全年走访', 'Visits'), pick(lang, '走访逾期户数', 'Overdue households')],
    rows: report.rows.map((r) => [r.name, r.unit, r.regionCode, r.load, ...r.visitsByMonth, r.visits, r.overdueHouseholds]),
  }]);
}

export function moneyWorkbook(report: MoneyReport, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  return toWorkbook([
    {
      title: pick(lang, '按措施类型', 'By measure type'),
      headers: lang === 'zh' ? ['措施类型', '措施数', '户数', '金额(元)'] : ['Measure type', 'Measures', 'Households', 'Amount (yuan)'],
      rows: report.byType.map((r) => [measureType(r.measureType, lang), r.measures, r.households, r.amount]),
      moneyColumns: [3],
    },
    {
      title: pick(lang, '按户', 'By household'),
      headers: lang === 'zh' ? ['户编号', '户主', '村', '措施数', '金额(元)'] : ['Household no.', 'Head', 'Village', 'Measures', 'Amount (yuan)'],
      rows: report.byHousehold.map((r) => [r.householdNo, r.headName, r.villageName ?? r.villageCode, r.measures, r.amount]),
      moneyColumns: [4],
    },
  ]);
}
