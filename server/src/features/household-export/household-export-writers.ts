import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { EXPORT_COLUMNS, type CellValue } from './household-export-columns.ts';

/** Writes a table row by row to a stream, in some file format. */
export interface TableWriter {
  writeRows(rows: readonly CellValue[][]): void;
  /** Bytes written but not yet encoded into the output (the writer's own backlog). */
  backlog(): number;
  finish(): Promise<void>;
}

/** A stream's buffered byte counts (the pipe is a readable-stream PassThrough, which has no writableLength). */
interface BufferedStream { _writableState?: { length?: number }; _readableState?: { length?: number } }

/**
 * What a streamed worksheet holds but the zip compressor has not taken yet. ExcelJS's sheet stream
 * hands its data to the compressor without waiting for it, so on a busy event loop the uncompressed
 * sheet would pile up in memory; the caller waits on this figure instead. It reads ExcelJS internals
 * (the sheet's stream and the pipe the zip reads from) and counts 0 if they are not there.
 */
function pendingSheetBytes(sheet: unknown): number {
  const stream = (sheet as { stream?: { pipes?: BufferedStream[] } }).stream;
  return (stream?.pipes ?? []).reduce((sum, p) => sum + (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0), 0);
}

/** Excel's limit is 1,048,576 rows a sheet; a longer list continues on the next sheet. */
const ROWS_PER_SHEET = 1_000_000;

/** A streamed .xlsx: rows are committed as they come, so memory holds a batch, not the workbook. */
export function createXlsxWriter(out: Writable, sheetTitle: string, headers: readonly string[]): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const addSheet = (index: number) => {
    const sheet = workbook.addWorksheet(index === 1 ? sheetTitle : `${sheetTitle} (${index})`, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = EXPORT_COLUMNS.map((c, i) => ({ header: headers[i] ?? c.key, key: c.key, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
    sheet.getRow(1).font = { bold: true };
    return sheet;
  };
  let sheets = 1;
  let sheet = addSheet(sheets);
  let rowsInSheet = 0;
  return {
    writeRows(rows) {
      for (const cells of rows) {
        if (rowsInSheet === ROWS_PER_SHEET) {
          sheet.commit();
          sheets += 1;
          sheet = addSheet(sheets);
          rowsInSheet = 0;
        }
        sheet.addRow(cells).commit();
        rowsInSheet += 1;
      }
    },
    backlog: () => pendingSheetBytes(sheet),
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

/** A cell as CSV: quoted when needed, and never starting like a formula when opened in a spreadsheet. */
function csvCell(value: CellValue, numFmt: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number') return numFmt === '0.00' ? value.toFixed(2) : String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvLine(cells: readonly CellValue[]): string {
  return `${cells.map((v, i) => csvCell(v, EXPORT_COLUMNS[i]?.numFmt)).join(',')}\r\n`;
}

/** CSV in UTF-8 with a byte-order mark, which is how Excel recognises UTF-8 (Chinese text) in a CSV. */
export function createCsvWriter(out: Writable, headers: readonly string[]): TableWriter {
  out.write(`\uFEFF${csvLine(headers)}`);
  return {
    writeRows(rows) {
      if (rows.length) out.write(rows.map(csvLine).join(''));
    },
    // Written straight to the output, whose own buffer the caller watches.
    backlog: () => 0,
    async finish() {
      out.end();
    },
  };
}
