import ExcelJS from 'exceljs';
import type { TestApp, TestUser } from '../../../test/test-context.ts';

export type Cell = string | number | null;

export async function download(t: TestApp, user: TestUser, path: string) {
  const res = await t.app.request(`/api/v1/households/export${path}`, { headers: user.headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The first sheet's rows as plain values (row 1 is the header), read back with ExcelJS. */
export async function readWorkbook(bytes: Buffer): Promise<{ names: string[]; rows: Cell[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0];
  const width = sheet?.columnCount ?? 0;
  const rows: Cell[][] = [];
  sheet?.eachRow((row) => {
    // row.values is 1-based and sparse: empty cells are holes.
    const values: unknown[] = Array.isArray(row.values) ? row.values : [];
    rows.push(Array.from({ length: width }, (_, i): Cell => {
      const v = values[i + 1];
      return typeof v === 'string' || typeof v === 'number' ? v : null;
    }));
  });
  return { names: workbook.worksheets.map((s) => s.name), rows };
}

/** A CSV as rows of raw fields (no quoted commas in these fixtures), without the byte-order mark. */
export function readCsv(bytes: Buffer): string[][] {
  return bytes.toString('utf8').slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
}

/** Rows as objects keyed by the header row. */
export function byHeader(rows: readonly Cell[][]): Record<string, Cell>[] {
  const [header = [], ...data] = rows;
  return data.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null])));
}
