import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  cellText, isWithinRegion, labelOf, parseImportRow, RECORD_IMPORT_COLUMNS,
  type HeaderMatch, type ImportCell, type ImportProblem, type RecordImportKind,
} from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Transaction } from 'kysely';
import type { Database, HouseholdRow } from '../../db/schema.ts';
import { ImportCancelled, type CheckCounts, type CheckOptions } from './import-check.ts';
import { readSheetHead, readSheets, type ImportFormat, type SheetRow } from './import-readers.ts';
import { ImportStale } from './import-write.ts';
import { findHouseholdsByNo } from './import.repository.ts';
import type { Executor, PlanEnv, RecordImportHandler, RecordRow } from './record-import-kind.ts';
import { recordImportHandler } from './record-import-handlers.ts';

/**
 * The check and the import of the record kinds: the same pass over the file, once against the
 * registry as it is (the check, writing nothing) and once inside the import's transaction, where
 * each valid row is written as soon as it is planned. The import must find exactly what the check
 * found, or it is rolled back as stale.
 */

export interface RecordFile {
  kind: RecordImportKind;
  file: string;
  format: ImportFormat;
  /** The sheet name a CSV file's problems are reported under. */
  sheetName: string;
}

const BATCH_ROWS = 500;

const emptyCounts = (): CheckCounts => ({ rowsRead: 0, rowsValid: 0, rowsInvalid: 0, householdsNew: 0, householdsChanged: 0, householdsUnchanged: 0, householdsInvalid: 0, problemCount: 0 });
const isBlankRow = (cells: readonly ImportCell[]) => cells.every((c) => cellText(c) === '');

interface Pass {
  db: Executor;
  /** Inside the import's transaction: write each valid row. */
  write?: Transaction<Database>;
  signal?: AbortSignal | undefined;
  onProblems: (problems: readonly ImportProblem[]) => Promise<void>;
  onProgress?: ((counts: CheckCounts, rowsWritten: number) => void) | undefined;
}

interface ParsedSheetRow {
  sheet: string;
  parsed: ReturnType<typeof parseImportRow>;
}

async function runPass(ctx: AppContext, actor: Actor, input: RecordFile, pass: Pass): Promise<{ counts: CheckCounts; ignoredColumns: string[]; rowsWritten: number }> {
  const handler = recordImportHandler(input.kind);
  const columns = RECORD_IMPORT_COLUMNS[input.kind];
  const counts = emptyCounts();
  const ignored = new Set<string>();
  const planner = handler.createPlanner();
  const env: PlanEnv = { db: pass.db, actor, cipher: ctx.cipher, today: todayInChina(ctx.now()), at: ctx.now().toISOString() };
  let rowsWritten = 0;
  let dataSheets = 0;
  const report = async (problems: ImportProblem[]) => {
    if (problems.length === 0) return;
    counts.problemCount += problems.length;
    await pass.onProblems(problems.sort((a, b) => a.row - b.row));
  };

  async function processBatch(batch: ParsedSheetRow[], header: HeaderMatch): Promise<void> {
    if (pass.signal?.aborted) throw new ImportCancelled();
    const label = (key: string) => labelOf(header, key, columns.find((c) => c.key === key));
    const has = (key: string) => [...header.columns.values()].some((c) => c.key === key);
    const numbers = [...new Set(batch.flatMap((r) => (typeof r.parsed.values.householdNo === 'string' ? [r.parsed.values.householdNo] : [])))];
    const households = new Map<string, HouseholdRow>((await findHouseholdsByNo(pass.db, numbers)).map((h) => [h.householdNo, h]));
    const ready: RecordRow[] = [];
    const invalid: ImportProblem[][] = [];
    for (const { sheet, parsed } of batch) {
      const no = typeof parsed.values.householdNo === 'string' ? parsed.values.householdNo : undefined;
      const household = no === undefined ? undefined : households.get(no);
      const problems = parsed.problems;
      const at = (code: ImportProblem['code'], message: string) => problems.push({ sheet, row: parsed.row, column: label('householdNo'), value: no ?? '', code, message });
      if (no !== undefined && !household) at('householdNotFound', `no household ${no} in the registry; import the household first`);
      else if (household && !isWithinRegion(actor.regionCode, household.villageCode)) at('villageOutOfScope', `household ${no} is outside your region`);
      if (problems.length > 0 || !household) invalid.push(problems);
      else ready.push({ sheet, row: parsed.row, values: parsed.values, texts: parsed.texts, problems, household, label, has });
    }
    const plans = await planner.plan(env, ready);
    for (const [i, row] of ready.entries()) {
      const plan = plans[i];
      if (!plan || row.problems.length > 0) {
        invalid.push(row.problems);
        continue;
      }
      counts.rowsValid += 1;
      if (plan.outcome === 'new') counts.householdsNew += 1;
      else if (plan.outcome === 'changed') counts.householdsChanged += 1;
      else counts.householdsUnchanged += 1;
      if (pass.write && plan.apply) {
        await plan.apply(pass.write);
        rowsWritten += 1;
      }
    }
    counts.rowsInvalid += invalid.length;
    counts.householdsInvalid += invalid.length;
    await report(invalid.flat());
    pass.onProgress?.({ ...counts }, rowsWritten);
    if (pass.write) await nextTurn();
  }

  for await (const sheet of readSheets(input.file, input.format, input.sheetName, pass.signal)) {
    const { rows: iterator, following, headerRow, header } = await readSheetHead(sheet, columns);
    const keys = new Set([...(header?.columns.values() ?? [])].map((c) => c.key));
    if (!header || !keys.has('householdNo')) {
      // Instructions, lists or notes: drain the sheet so the reader moves on.
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) { /* skipped */ }
      continue;
    }
    dataSheets += 1;
    header.unknown.forEach((h) => ignored.add(h));
    const missing = columns.filter((c) => c.isRequired === true && !keys.has(c.key));
    let batch: ParsedSheetRow[] = [];
    const take = async (row: SheetRow) => {
      if (isBlankRow(row.cells)) return;
      counts.rowsRead += 1;
      if (missing.length > 0) {
        counts.rowsInvalid += 1;
        counts.householdsInvalid += 1;
        return;
      }
      const parsed = parseImportRow(sheet.name, row.number, row.cells, header);
      for (const [index, column] of header.columns) {
        if (column.isRequired === true && parsed.values[column.key] === null && !parsed.problems.some((p) => p.column === header.labels.get(index))) {
          parsed.problems.push({ sheet: sheet.name, row: row.number, column: header.labels.get(index) ?? column.zh, value: '', code: 'required', message: `${column.zh} must be filled in` });
        }
      }
      batch.push({ sheet: sheet.name, parsed });
      if (batch.length >= BATCH_ROWS) {
        await processBatch(batch, header);
        batch = [];
      }
    };
    for (const row of following) await take(row);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) await take(next.value);
    if (batch.length > 0) await processBatch(batch, header);
    if (missing.length > 0) {
      await report(missing.map((c) => ({ sheet: sheet.name, row: headerRow, column: c.zh, value: '', code: 'missingColumn' as const,
        message: `the sheet has no column ${c.zh} (${c.en}); none of its rows can be read` })));
    }
  }
  if (pass.signal?.aborted) throw new ImportCancelled();
  if (dataSheets === 0) {
    await report([{ sheet: input.sheetName, row: 1, column: '户编号', value: '', code: 'missingColumn',
      message: `no sheet has a header row with the household number (户编号) and the other columns of the ${handlerTitle(handler)} template` }]);
  }
  return { counts, ignoredColumns: [...ignored], rowsWritten };
}

const handlerTitle = (handler: RecordImportHandler) => handler.title.en.toLowerCase();

/** The dry run of a record import: every row checked against the rules and the registry; nothing written. */
export async function checkRecordImport(ctx: AppContext, actor: Actor, input: RecordFile, options: CheckOptions): Promise<{ counts: CheckCounts; ignoredColumns: string[] }> {
  const { counts, ignoredColumns } = await runPass(ctx, actor, input, {
    db: ctx.db, signal: options.signal, onProblems: options.onProblems, onProgress: (c) => options.onProgress?.(c),
  });
  return { counts, ignoredColumns };
}

export interface RecordWriteJob extends RecordFile {
  id: string;
  regionCode: string;
  fileName: string;
  /** What the check found; the import must find the same. */
  checked: Pick<CheckCounts, 'rowsValid' | 'householdsNew' | 'householdsChanged' | 'householdsUnchanged'>;
}

/**
 * Writes the valid rows of a checked record import in one transaction with one audit entry: all
 * of them, or nothing when anything fails, the job is cancelled or the registry changed since the check.
 */
export async function writeRecordImport(ctx: AppContext, actor: Actor, job: RecordWriteJob, options: { signal?: AbortSignal; onProgress?: (rowsWritten: number) => void } = {}): Promise<{ rowsWritten: number }> {
  const handler = recordImportHandler(job.kind);
  return ctx.db.transaction().execute(async (trx) => {
    const { counts, rowsWritten } = await runPass(ctx, actor, job, {
      db: trx, write: trx, signal: options.signal, onProblems: () => Promise.resolve(), onProgress: (_c, written) => options.onProgress?.(written),
    });
    const same = (['rowsValid', 'householdsNew', 'householdsChanged', 'householdsUnchanged'] as const).every((k) => counts[k] === job.checked[k]);
    if (!same) throw new ImportStale('the registry changed since the check (records added, changed or taken); nothing was written — check the file again');
    await recordAudit(trx, actor, {
      action: 'import', entityType: 'importJob', entityId: job.id, regionCode: job.regionCode || null,
      details: { fileName: job.fileName, kind: job.kind, entity: handler.entityType, new: counts.householdsNew, changed: counts.householdsChanged, rows: rowsWritten },
    }, ctx.now().toISOString());
    return { rowsWritten };
  });
}
