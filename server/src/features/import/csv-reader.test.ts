import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvRows, type CsvRow } from './csv-reader.ts';

async function readAll(content: string | Buffer): Promise<CsvRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-csv-'));
  const file = path.join(dir, 'rows.csv');
  fs.writeFileSync(file, content);
  const rows: CsvRow[] = [];
  try {
    for await (const row of readCsvRows(file)) rows.push(row);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

describe('CSV reader', () => {
  it('splits plain lines at commas and reads quoted fields with commas, quotes and line breaks, numbering records as a spreadsheet does', async () => {
    const rows = await readAll('\ufeff户编号,姓名,地址\r\n1,王建国,东胜区\r\n2,"李,秀英","幸福路""3""号"\r\n3,"张\r\n海燕",\n,,\n4,赵"文华,x\n');
    expect(rows).toEqual([
      { number: 1, cells: ['户编号', '姓名', '地址'] },
      { number: 2, cells: ['1', '王建国', '东胜区'] },
      { number: 3, cells: ['2', '李,秀英', '幸福路"3"号'] },
      { number: 4, cells: ['3', '张\n海燕', ''] },
      { number: 5, cells: ['', '', ''] },
      // A quote inside an unquoted field opens a quoted part that runs to the end of the file.
      { number: 6, cells: ['4', '赵文华,x'] },
    ]);
  });

  it('keeps a quoted field whole across the reader\'s chunks, and the plain lines around it on the fast path', async () => {
    const filler = Array.from({ length: 30_000 }, (_, i) => `${i},王建国${i},150602101001`).join('\n');
    const long = '长'.repeat(200_000);
    const quoted = `"多行\n${long}\n字段,带逗号"`;
    // The reader takes 1 MiB at a time: the quoted field starts in the first chunk and ends in the second.
    expect(Buffer.byteLength(filler)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(filler + quoted)).toBeGreaterThan(1024 * 1024);
    const rows = await readAll(`${filler}\nx,${quoted},y\nlast,1,2`);
    expect(rows).toHaveLength(30_002);
    expect(rows[29_999]).toEqual({ number: 30_000, cells: ['29999', '王建国29999', '150602101001'] });
    expect(rows[30_000]?.cells).toEqual(['x', `多行\n${long}\n字段,带逗号`, 'y']);
    expect(rows[30_001]).toEqual({ number: 30_002, cells: ['last', '1', '2'] });
  });

  it('reads GBK, what Excel writes as CSV on a Chinese Windows', async () => {
    // 户编号,姓名 / 1,"王,建国" in GBK.
    const gbk = Buffer.from([0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a, 0x31, 0x2c, 0x22, 0xcd, 0xf5, 0x2c, 0xbd, 0xa8, 0xb9, 0xfa, 0x22, 0x0d, 0x0a]);
    expect(await readAll(gbk)).toEqual([{ number: 1, cells: ['户编号', '姓名'] }, { number: 2, cells: ['1', '王,建国'] }]);
  });
});
