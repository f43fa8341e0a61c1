import ExcelJS from 'exceljs';
import { departments, feedDefinition, feedKinds, type FeedColumn, type FeedKind } from '@fupin/core';

function describeColumn(column: FeedColumn): string {
  const how: Record<FeedColumn['type'], string> = {
    idNumber: '18位公民身份号码',
    text: '文字',
    date: '日期，如 2024-06-03',
    month: '月份，如 2024-06',
    yuan: '金额（元），最多两位小数',
    code: column.codeList ? `可选：${column.codeList.items.map((i) => i.zh).join('、')}` : '文字',
    yesNo: '是 / 否',
  };
  return `${column.required ? '必填' : '选填'}；${how[column.type]}`;
}

/** The xlsx template of a feed: the data sheet with its Chinese headers, and a sheet that explains each column. */
export async function buildFeedTemplateXlsx(kind: FeedKind): Promise<Uint8Array> {
  const definition = feedDefinition(kind);
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(feedKinds.label(kind, 'zh'));
  data.addRow(definition.columns.map((c) => c.zh)).font = { bold: true };
  data.columns.forEach((c) => { c.width = 18; });
  const help = workbook.addWorksheet('填写说明');
  help.addRow(['列', 'Column', '说明']).font = { bold: true };
  for (const column of definition.columns) help.addRow([column.zh, column.en, describeColumn(column)]);
  help.addRow([]);
  help.addRow(['报送部门', definition.departments.map((d) => departments.label(d, 'zh')).join('、')]);
  help.columns.forEach((c) => { c.width = 30; });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The CSV template: a UTF-8 byte-order mark (so Excel reads the Chinese) and the header line. */
export function buildFeedTemplateCsv(kind: FeedKind): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${feedDefinition(kind).columns.map((c) => c.zh).join(',')}\r\n`);
}
