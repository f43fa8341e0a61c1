import ExcelJS from 'exceljs';
import type { TestApp, TestUser } from '../../../test/test-context.ts';
import type { ImportJobView } from './import.schemas.ts';

/** Test support: spreadsheets written by the tests themselves, and an upload that waits for its job. */

export type FixtureCell = string | number | boolean | Date | null;

export interface FixtureSheet {
  name: string;
  rows: FixtureCell[][];
  /** Ranges to merge, e.g. 'A4:A6'. */
  merges?: string[];
}

export async function buildXlsx(sheets: readonly FixtureSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, i) => {
      row.forEach((cell, j) => {
        if (cell !== null) ws.getCell(i + 1, j + 1).value = cell;
      });
    });
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function toCsv(rows: readonly FixtureCell[][]): string {
  const quote = (cell: FixtureCell) => {
    const text = cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

let gbkTable: Map<string, number> | undefined;

/** GBK bytes for a text, with the table read off the platform's own GBK decoder (ICU). */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, (lead << 8) | trail);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (pair === undefined) throw new Error(`no GBK code for ${ch}`);
      bytes.push(pair >> 8, pair & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** Uploads a file as the user; the answer's body is the job (or a problem). */
export async function uploadFile(t: TestApp, user: TestUser, fileName: string, content: Buffer) {
  const res = await t.app.request(`/api/v1/imports?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST', headers: { ...user.headers, 'content-type': 'application/octet-stream' }, body: new Uint8Array(content),
  });
  return { status: res.status, body: (await res.json()) as ImportJobView & { code?: string; field?: string } };
}

/** Polls the job until it leaves `checking` / `importing`. */
export async function waitForJob(t: TestApp, user: TestUser, jobId: string): Promise<ImportJobView> {
  for (let i = 0; i < 600; i++) {
    const res = await t.app.request(`/api/v1/imports/${jobId}`, { headers: user.headers });
    const job = (await res.json()) as ImportJobView;
    if (job.status !== 'checking' && job.status !== 'importing') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`import ${jobId} did not finish`);
}

/** Uploads and waits for the check. */
export async function checkFile(t: TestApp, user: TestUser, fileName: string, content: Buffer): Promise<ImportJobView> {
  const upload = await uploadFile(t, user, fileName, content);
  if (upload.status !== 202) throw new Error(`upload refused (${upload.status}): ${JSON.stringify(upload.body)}`);
  return waitForJob(t, user, upload.body.id);
}

export async function commitJob(t: TestApp, user: TestUser, jobId: string): Promise<ImportJobView> {
  const res = await t.app.request(`/api/v1/imports/${jobId}/commit`, { method: 'POST', headers: user.headers });
  if (res.status !== 202) throw new Error(`commit refused (${res.status}): ${await res.text()}`);
  return waitForJob(t, user, jobId);
}

export interface ProblemRow { sheet: string; row: number; column: string; value: string; code: string; message: string }

export async function fetchProblems(t: TestApp, user: TestUser, jobId: string): Promise<ProblemRow[]> {
  const res = await t.app.request(`/api/v1/imports/${jobId}/problems?limit=500`, { headers: user.headers });
  const page = (await res.json()) as { items: (ProblemRow & { seq: number })[] };
  return page.items.map(({ sheet, row, column, value, code, message }) => ({ sheet, row, column, value, code, message }));
}
