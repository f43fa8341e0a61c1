import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { formatOfFileName, readSheets, type ImportFormat } from '../import/import-readers.ts';

/** A department file as rows of text cells; row numbers as a spreadsheet shows them (1-based). */
export interface FeedSheet {
  name: string;
  headerRow: number;
  headers: string[];
  rows: { number: number; cells: string[] }[];
}

export function formatOfFeedFile(fileName: string): ImportFormat {
  const format = formatOfFileName(fileName);
  if (!format) throw new AppError('VALIDATION_FAILED', 'the file must be .xlsx or .csv', { field: 'file' });
  return format;
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/**
 * Reads the first sheet (or the CSV) with the import's streaming readers (xlsx row by row, CSV in
 * UTF-8 or GBK); the header row is the first row that is not blank. Cells become text as the
 * import reads them (formula results, rich text, ISO dates).
 */
export async function readFeedFile(file: string, fileName: string): Promise<FeedSheet> {
  const format = formatOfFeedFile(fileName);
  let sheet: FeedSheet | undefined;
  try {
    for await (const read of readSheets(file, format, fileName)) {
      const rows: FeedSheet['rows'] = [];
      let header: { number: number; cells: string[] } | undefined;
      for await (const row of read.rows) {
        // Later sheets (the template's 填写说明) are read through so the reader finishes, and ignored.
        if (sheet) continue;
        const cells = row.cells.map((c) => (c === null ? '' : String(c)));
        if (isBlank(cells)) continue;
        if (header) rows.push({ number: row.number, cells });
        else header = { number: row.number, cells };
      }
      if (!sheet && header) sheet = { name: read.name, headerRow: header.number, headers: header.cells.map((h) => h.trim()), rows };
      else if (!sheet) sheet = { name: read.name, headerRow: 0, headers: [], rows: [] };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION_FAILED', format === 'xlsx' ? 'the file is not a readable .xlsx workbook' : 'the file is not a readable .csv file', { field: 'file' });
  }
  if (!sheet || sheet.headers.length === 0) throw new AppError('VALIDATION_FAILED', 'the file is empty', { field: 'file' });
  return sheet;
}

/** The SHA-256 of a file, read as a stream: the same file sent again is recognised by it. */
export async function checksumOfFile(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Keeps an uploaded file in the data directory while `work` reads it (the readers stream from a
 * file), and removes it afterwards whatever happens.
 */
export async function withUploadedFile<T>(ctx: AppContext, fileName: string, body: WebReadableStream<Uint8Array>, work: (file: string) => Promise<T>): Promise<T> {
  const dir = path.join(ctx.config.dataDir, 'feeds');
  await fs.promises.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${uuidv7()}${path.extname(fileName).toLowerCase().slice(0, 8)}`);
  try {
    await pipeline(Readable.fromWeb(body), fs.createWriteStream(file));
    return await work(file);
  } finally {
    await fs.promises.rm(file, { force: true });
  }
}
