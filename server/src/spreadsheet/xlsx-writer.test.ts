import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createCsvWriter } from './csv-writer.ts';
import type { CellValue, TableColumn, TableWriter } from './table-writer.ts';
import { createXlsxWriter } from './xlsx-writer.ts';

const COLUMNS: TableColumn[] = [
  { header: '户编号', width: 20 },
  { header: '户主姓名', width: 10 },
  { header: '家庭人口数', width: 8 },
  { header: '人均纯收入（元）', width: 14, isMoney: true },
];

const ROWS: CellValue[][] = [
  ['150602101201000001', '王建国', 3, 4115.22],
  ['150602101201000002', 'A & B <c> "d"', null, 0],
  ['150602101201000003', '  前后空格 ', 1, -12.5],
  ['150602101201000004', '换行\n第二行\u0007', 4, null],
  ['=1+1', '𠀀生僻字', 2, 1234567.89],
];

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await write(out);
  await ended;
  return Buffer.concat(chunks);
}

async function writeAll(writer: TableWriter, rows: readonly CellValue[][]): Promise<void> {
  expect(await writer.writeRows(rows)).toBe(true);
  await writer.finish();
}

function cellsOf(row: ExcelJS.Row): CellValue[] {
  const values: unknown[] = Array.isArray(row.values) ? row.values : [];
  return Array.from({ length: 4 }, (_, i): CellValue => {
    const v = values[i + 1];
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  });
}

/** What a user would see, read back cell by cell with ExcelJS (which the import also reads with). */
async function readSheets(bytes: Buffer): Promise<{ name: string; rows: CellValue[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook.worksheets.map((sheet) => {
    const rows: CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push(cellsOf(row)));
    return { name: sheet.name, rows };
  });
}

const EXPECTED = ROWS.map((r) => r.map((v) => (typeof v === 'string' ? v.replace('\u0007', '') : v)));

describe('streamed xlsx writer', () => {
  it('writes a workbook ExcelJS reads back cell by cell, with escapes, spaces and numbers intact', async () => {
    const bytes = await collect((out) => writeAll(createXlsxWriter(out, { sheetTitle: '农户名单', columns: COLUMNS }), ROWS));
    const [sheet, ...others] = await readSheets(bytes);
    expect(others).toEqual([]);
    expect(sheet?.name).toBe('农户名单');
    expect(sheet?.rows).toEqual([COLUMNS.map((c) => c.header), ...EXPECTED]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const ws = workbook.worksheets[0];
    expect(ws?.getCell('A1').font?.bold).toBe(true);
    expect(ws?.getCell('D2').numFmt).toBe('0.00');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.getColumn(1).width).toBe(20);
  });

  it('is a valid zip (checked by unzip) and readable by ExcelJS\'s streaming reader', async () => {
    const bytes = await collect((out) => writeAll(createXlsxWriter(out, { sheetTitle: 'Households', columns: COLUMNS, rowsPerSheet: 2 }), ROWS));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-xlsx-'));
    const file = path.join(dir, 'test.xlsx');
    fs.writeFileSync(file, bytes);
    try {
      expect(execFileSync('unzip', ['-t', file]).toString()).toContain('No errors detected');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }

    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', worksheets: 'emit' });
    const sheets: CellValue[][][] = [];
    for await (const sheet of reader) {
      const rows: CellValue[][] = [];
      for await (const row of sheet) rows.push(cellsOf(row));
      sheets.push(rows);
    }
    const header = COLUMNS.map((c) => c.header);
    expect(sheets).toEqual([[header, ...EXPECTED.slice(0, 2)], [header, ...EXPECTED.slice(2, 4)], [header, ...EXPECTED.slice(4)]]);
    expect((await readSheets(bytes)).map((s) => s.name)).toEqual(['Households', 'Households (2)', 'Households (3)']);
  });

  it('writes an empty table as a header row', async () => {
    const bytes = await collect((out) => writeAll(createXlsxWriter(out, { sheetTitle: 'x', columns: COLUMNS }), []));
    expect((await readSheets(bytes))[0]?.rows).toEqual([COLUMNS.map((c) => c.header)]);
  });

  it('reports a reader that went away instead of buffering for it', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    const writer = createXlsxWriter(out, { sheetTitle: 'x', columns: COLUMNS, level: 1 });
    const many = Array.from({ length: 20_000 }, (_, i): CellValue[] => [`15060210120100${i}`, '王建国', i, i / 100]);
    const pending = writer.writeRows(many);
    out.destroy();
    expect(await pending).toBe(false);
  });
});

describe('csv writer', () => {
  it('starts with a byte-order mark, quotes what needs it and defuses formulas', async () => {
    const bytes = await collect((out) => writeAll(createCsvWriter(out, COLUMNS), ROWS));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      '户编号,户主姓名,家庭人口数,人均纯收入（元）',
      '150602101201000001,王建国,3,4115.22',
      '150602101201000002,"A & B <c> ""d""",,0.00',
      '150602101201000003,  前后空格 ,1,-12.50',
      '150602101201000004,"换行\n第二行\u0007",4,',
      '\'=1+1,𠀀生僻字,2,1234567.89',
      '',
    ]);
  });
});
