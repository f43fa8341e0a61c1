import type { Writable } from 'node:stream';
import { waitForDrain } from './wait-for-drain.ts';
import type { CellValue, TableColumn, TableWriter } from './table-writer.ts';

/** A cell as CSV: quoted when needed, and never starting like a formula when opened in a spreadsheet. */
function csvCell(value: CellValue, isMoney: boolean): string {
  if (value === null) return '';
  if (typeof value === 'number') return isMoney ? value.toFixed(2) : String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** CSV in UTF-8 with a byte-order mark, which is how Excel recognises UTF-8 (Chinese text) in a CSV. */
export function createCsvWriter(out: Writable, columns: readonly TableColumn[]): TableWriter {
  const money = columns.map((c) => c.isMoney === true);
  const line = (cells: readonly CellValue[]) => `${cells.map((v, i) => csvCell(v, money[i] ?? false)).join(',')}\r\n`;
  out.write(`\uFEFF${line(columns.map((c) => c.header))}`);
  return {
    writeRows(rows) {
      if (rows.length) out.write(rows.map(line).join(''));
      return waitForDrain(out);
    },
    async finish() {
      out.end();
    },
  };
}
