import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error.ts';
import { readSheets, toImportCell } from './import-readers.ts';
import { stringItemText } from './xlsx-parts.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readAll(file: string) {
  const sheets: { name: string; rows: { number: number; cells: unknown[] }[] }[] = [];
  for await (const sheet of readSheets(file, 'xlsx', 'unused')) {
    const rows = [];
    for await (const row of sheet.rows) rows.push(row);
    sheets.push({ name: sheet.name, rows });
  }
  return sheets;
}

/** What ExcelJS's own full reader makes of the same file, through toImportCell (rows without a value left out). */
async function readWithExcelJs(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((ws) => {
    const rows: { number: number; cells: unknown[] }[] = [];
    ws.eachRow((row, number) => {
      const values = row.values as ExcelJS.CellValue[];
      rows.push({ number, cells: Array.from(values.slice(1), (v) => toImportCell(v ?? null)) });
    });
    return { name: ws.name, rows };
  });
}

describe('xlsx reader', () => {
  it('reads every kind of cell as ExcelJS does: text, numbers, yes/no, dates, formulas, rich text, errors, gaps; sheets in order', async () => {
    const workbook = new ExcelJS.Workbook();
    const notes = workbook.addWorksheet('填写说明');
    notes.getCell('A1').value = '说明 & <注意> "引号"';
    const data = workbook.addWorksheet('数据');
    data.getRow(1).values = ['户编号', '出生日期', '是否', '金额', '公式', '富文本', '错误', null, '末列'];
    data.getRow(3).values = [
      '150602001', new Date(Date.UTC(2020, 5, 3)), true, 1234.56, { formula: '1+1', result: 2 },
      { richText: [{ text: '王' }, { font: { bold: true }, text: '五' }] }, { error: '#N/A' }, null, '  全角１２３ ',
    ];
    data.getCell('D4').value = { formula: 'A3', result: '150602001' };
    data.getCell('B4').value = new Date(Date.UTC(1999, 11, 31, 18, 30));
    data.getCell('B4').numFmt = 'yyyy"年"m"月"d"日"';
    data.getCell('C4').value = 45000;
    const file = path.join(dir, 'kinds.xlsx');
    await workbook.xlsx.writeFile(file);

    const ours = await readAll(file);
    expect(ours.map((s) => s.name)).toEqual(['填写说明', '数据']);
    expect(ours[1]?.rows[1]).toEqual({ number: 3, cells: ['150602001', '2020-06-03', true, 1234.56, 2, '王五', null, null, '  全角１２３ '] });
    expect(ours[1]?.rows[2]).toEqual({ number: 4, cells: [null, '1999-12-31', 45000, '150602001'] });
    const trim = (cells: unknown[]) => cells.slice(0, cells.findLastIndex((c) => c !== null) + 1);
    const excel = await readWithExcelJs(file);
    expect(ours.map((s) => ({ name: s.name, rows: s.rows.map((r) => ({ number: r.number, cells: trim(r.cells) })) })))
      .toEqual(excel.map((s) => ({ name: s.name, rows: s.rows.map((r) => ({ number: r.number, cells: trim(r.cells) })) })));
  });

  it('reads dates of a workbook that counts from 1904', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    workbook.addWorksheet('S').getRow(1).values = [new Date(Date.UTC(2020, 5, 3))];
    const file = path.join(dir, '1904.xlsx');
    await workbook.xlsx.writeFile(file);
    expect((await readAll(file))[0]?.rows[0]?.cells).toEqual(['2020-06-03']);
  });

  it('joins the runs of a string, leaves out phonetic guides and decodes references', () => {
    expect(stringItemText('<si><r><t>王</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 五</t></r><rPh sb="0" eb="1"><t>ワン</t></rPh></si>')).toBe('王 五');
    expect(stringItemText('<x:si><x:t>&amp;&#x4E00;&#20108;&lt;</x:t></x:si>')).toBe('&一二<');
    expect(stringItemText('<si><t/></si>')).toBe('');
  });

  it('refuses a file that is not a workbook, naming the file', async () => {
    const file = path.join(dir, 'not.xlsx');
    fs.writeFileSync(file, '户编号,姓名\n1,王五\n');
    const error: unknown = await readAll(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'file' });
  });
});
