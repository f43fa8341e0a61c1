import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildXlsx, encodeGbk, toCsv } from './import-test-support.ts';
import { readSheets } from './import-readers.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-readers-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Enough Chinese text that characters fall across the reader's chunk boundaries.
const rows = Array.from({ length: 4000 }, (_, i) => [`户${i}`, '已脱贫（享受政策）', '内蒙古自治区鄂尔多斯市东胜区罕台镇九成功村', i]);

async function readAll(file: string, format: 'xlsx' | 'csv') {
  const out: unknown[][] = [];
  for await (const sheet of readSheets(file, format, 'csv')) for await (const row of sheet.rows) out.push(row.cells);
  return out;
}

describe('import readers', () => {
  it('reads every Chinese character of a large workbook intact, with and without shared strings', async () => {
    const shared = path.join(dir, 'shared.xlsx');
    fs.writeFileSync(shared, await buildXlsx([{ name: 'S', rows }]));
    const inline = path.join(dir, 'inline.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: inline, useSharedStrings: false });
    const sheet = writer.addWorksheet('S');
    for (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
    await writer.commit();
    expect(await readAll(shared, 'xlsx')).toEqual(rows);
    expect(await readAll(inline, 'xlsx')).toEqual(rows);
  });

  it('reads GBK and UTF-8 CSV alike, quoted line breaks included', async () => {
    const table = [['户编号', '家庭住址'], ['1', '罕台镇"三社"\n12号'], ['2', '九成功村, 一组']];
    fs.writeFileSync(path.join(dir, 'gbk.csv'), encodeGbk(toCsv(table)));
    fs.writeFileSync(path.join(dir, 'utf8.csv'), '\ufeff' + toCsv(table));
    expect(await readAll(path.join(dir, 'gbk.csv'), 'csv')).toEqual(table);
    expect(await readAll(path.join(dir, 'utf8.csv'), 'csv')).toEqual(table);
  });
});
