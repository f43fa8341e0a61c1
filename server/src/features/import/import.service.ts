import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { isRecordImportKind, isWithinRegion, type ImportKind, type ImportProblem } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import type { ImportJobRow } from '../../db/tables/imports.tables.ts';
import { AppError } from '../../errors/app-error.ts';
import { checkImportFile, ImportCancelled, type CheckCounts, type CheckOptions } from './import-check.ts';
import { formatOfFileName, type ImportFormat } from './import-readers.ts';
import { findImportJob, findImportJobs, insertImportJob, insertImportProblems, updateImportJob } from './import.repository.ts';
import { ImportStale, writeStagedImport, type WriteOptions } from './import-write.ts';
import { startOnePassWriter, type OnePassInput } from './import-one-pass.ts';
import { checkRecordImport, writeRecordImport } from './record-import.ts';
import { recordImportHandler } from './record-import-handlers.ts';

/** Largest file accepted: a county's registry as xlsx is a few hundred MB at most. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
/** Problems kept per job for the report; the count goes on. */
const MAX_STORED_PROBLEMS = 100_000;

interface LiveJob {
  controller: AbortController;
  counts: Partial<CheckCounts> & { rowsWritten?: number };
  done: Promise<void>;
}

/** Jobs running in this process: their progress and their cancel switch. */
const liveJobs = new Map<string, LiveJob>();

function importDir(ctx: AppContext): string {
  const dir = path.join(ctx.config.dataDir, 'imports');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

const uploadFile = (ctx: AppContext, job: Pick<ImportJobRow, 'id' | 'format'>) => path.join(importDir(ctx), `${job.id}.${job.format}`);
const stagingFile = (ctx: AppContext, jobId: string) => path.join(importDir(ctx), `${jobId}.staged`);

function removeFiles(ctx: AppContext, job: Pick<ImportJobRow, 'id' | 'format'>): void {
  fs.rmSync(uploadFile(ctx, job), { force: true });
  fs.rmSync(stagingFile(ctx, job.id), { force: true });
}

export type UploadBody = WebReadableStream<Uint8Array> | Readable | string;

/** Saves the upload to the data directory, stopping at the size limit. */
async function saveUpload(body: UploadBody, target: string): Promise<number> {
  if (typeof body === 'string') {
    await fs.promises.copyFile(body, target);
    return (await fs.promises.stat(target)).size;
  }
  let bytes = 0;
  const source = body instanceof Readable ? body : Readable.fromWeb(body);
  await pipeline(source, async function* limit(chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      bytes += chunk.length;
      if (bytes > MAX_IMPORT_BYTES) throw new AppError('VALIDATION_FAILED', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, { field: 'file' });
      yield chunk;
    }
  }, fs.createWriteStream(target));
  return bytes;
}

/** A job the actor may see: in their region, or answered as if it did not exist. */
export async function requireImportJob(ctx: AppContext, actor: Actor, jobId: string): Promise<ImportJobRow> {
  requirePermission(actor, 'registry:import');
  const job = await findImportJob(ctx.db, jobId);
  if (!job || !isWithinRegion(actor.regionCode, job.regionCode)) throw new AppError('OUT_OF_SCOPE', `import ${jobId} not found in your region`);
  return job;
}

/** The job with the progress of a run in this process, if one is under way. */
export function withLiveCounts(job: ImportJobRow): ImportJobRow {
  const live = liveJobs.get(job.id);
  return live ? { ...job, ...live.counts } : job;
}

export async function listImportJobs(ctx: AppContext, actor: Actor): Promise<ImportJobRow[]> {
  requirePermission(actor, 'registry:import');
  return (await findImportJobs(ctx.db, actor.regionCode, 20)).map(withLiveCounts);
}

function run(jobId: string, work: (signal: AbortSignal, live: LiveJob) => Promise<void>): LiveJob {
  const controller = new AbortController();
  const live: LiveJob = { controller, counts: {}, done: Promise.resolve() };
  liveJobs.set(jobId, live);
  live.done = work(controller.signal, live).finally(() => liveJobs.delete(jobId));
  return live;
}

function failureMessage(error: unknown): string {
  if (error instanceof AppError || error instanceof ImportStale) return error.message;
  return 'the import failed; nothing was written';
}

/** Problems kept so far and where they go: the job's report in the database, or the one-pass writer's transaction. */
function problemSink(store: (problems: readonly ImportProblem[]) => Promise<void>) {
  let stored = 0;
  return async (problems: readonly ImportProblem[]) => {
    const room = Math.max(0, MAX_STORED_PROBLEMS - stored);
    stored += Math.min(room, problems.length);
    if (room > 0) await store(problems.slice(0, room));
  };
}

/** Checks the job's file; problems and staged batches go where `options` sends them. */
async function checkJobFile(ctx: AppContext, actor: Actor, job: ImportJobRow, live: LiveJob, options: Pick<CheckOptions, 'signal' | 'onProblems' | 'onStaged'>) {
  const file = { file: uploadFile(ctx, job), format: job.format === 'csv' ? 'csv' as const : 'xlsx' as const, sheetName: job.fileName.replace(/\.[^.]+$/, '') };
  const recordKind = isRecordImportKind(job.kind) ? job.kind : undefined;
  const checkOptions: CheckOptions = {
    ...options,
    onProgress: (counts) => {
      live.counts = { ...live.counts, ...counts };
    },
  };
  // Households have their own pipeline; the other kinds share the record import's.
  return recordKind
    ? checkRecordImport(ctx, actor, { ...file, kind: recordKind }, checkOptions)
    : checkImportFile(ctx, actor, { ...file, stagingFile: stagingFile(ctx, job.id) }, checkOptions);
}

async function recordFailure(ctx: AppContext, job: ImportJobRow, live: LiveJob, error: unknown): Promise<void> {
  const cancelled = error instanceof ImportCancelled;
  if (!cancelled && !(error instanceof ImportStale)) ctx.logger.error({ err: error, jobId: job.id }, 'import failed');
  await updateImportJob(ctx.db, job.id, {
    ...live.counts, status: cancelled ? 'cancelled' : 'failed', rowsWritten: 0, error: cancelled ? null : failureMessage(error),
    updatedAt: ctx.now().toISOString(), finishedAt: ctx.now().toISOString(),
  });
}

async function runCheck(ctx: AppContext, actor: Actor, job: ImportJobRow, signal: AbortSignal, live: LiveJob): Promise<void> {
  try {
    const { counts, ignoredColumns } = await checkJobFile(ctx, actor, job, live, { signal, onProblems: problemSink((p) => insertImportProblems(ctx.db, job.id, p)) });
    await updateImportJob(ctx.db, job.id, { ...counts, ignoredColumns: JSON.stringify(ignoredColumns), status: 'checked', updatedAt: ctx.now().toISOString() });
  } catch (error) {
    removeFiles(ctx, job);
    await recordFailure(ctx, job, live, error);
  }
}

/** The one-pass import: valid households are written, by a worker thread, while the check goes on. */
async function runOnePass(ctx: AppContext, actor: Actor, job: ImportJobRow, signal: AbortSignal, live: LiveJob, options: OnePassInput['options']): Promise<void> {
  const writer = startOnePassWriter({ database: ctx.config.database, actor, at: ctx.now().toISOString(), options, job: {
    id: job.id, regionCode: job.regionCode, fileName: job.fileName, stagingFile: stagingFile(ctx, job.id),
  } }, (rowsWritten) => {
    live.counts = { ...live.counts, rowsWritten };
  });
  try {
    const { counts, ignoredColumns } = await checkJobFile(ctx, actor, job, live, {
      signal, onProblems: problemSink((p) => Promise.resolve(writer.report(p))), onStaged: (frame) => writer.stage(frame),
    });
    const at = ctx.now().toISOString();
    await writer.finish({ ...counts, ignoredColumns: JSON.stringify(ignoredColumns), updatedAt: at, finishedAt: at });
  } catch (error) {
    await writer.abort();
    await recordFailure(ctx, job, live, error);
  } finally {
    removeFiles(ctx, job);
  }
}

export interface StartImportOptions {
  /** Wait for the check to finish (the CLI, tests); the API answers at once. */
  wait?: boolean;
  /** What the file holds; households (with members) unless told. */
  kind?: ImportKind;
  onProgress?: (counts: LiveJob['counts']) => void;
}

/** Saves an upload as a new job (status checking) and starts `work` on it. */
async function createImportJob(ctx: AppContext, actor: Actor, fileName: string, body: UploadBody, kind: ImportKind,
  work: (job: ImportJobRow, signal: AbortSignal, live: LiveJob) => Promise<void>, options: StartImportOptions): Promise<ImportJobRow> {
  requirePermission(actor, 'registry:import');
  if (isRecordImportKind(kind)) requirePermission(actor, recordImportHandler(kind).permission);
  const format: ImportFormat | undefined = formatOfFileName(fileName);
  if (!format) throw new AppError('VALIDATION_FAILED', 'the file must be .xlsx or .csv', { field: 'fileName' });
  const at = ctx.now().toISOString();
  const id = uuidv7();
  const target = uploadFile(ctx, { id, format });
  const fileBytes = await saveUpload(body, target).catch((error: unknown) => {
    fs.rmSync(target, { force: true });
    throw error;
  });
  await insertImportJob(ctx.db, {
    id, regionCode: actor.regionCode, actorId: actor.userId, actorName: actor.username, fileName: fileName.slice(0, 200), format, kind, fileBytes,
    status: 'checking', error: null, createdAt: at, updatedAt: at, finishedAt: null,
  });
  const job = await requireImportJob(ctx, actor, id);
  const live = run(id, (signal, l) => work(job, signal, l));
  if (options.onProgress) {
    const report = options.onProgress;
    const timer = setInterval(() => report(live.counts), 200);
    live.done = live.done.finally(() => clearInterval(timer));
  }
  if (options.wait) await live.done;
  return withLiveCounts(await requireImportJob(ctx, actor, id));
}

/** Saves an uploaded file as a new job and starts checking it (the dry run). Nothing is written to the registry. */
export async function startImport(ctx: AppContext, actor: Actor, fileName: string, body: UploadBody, options: StartImportOptions = {}): Promise<ImportJobRow> {
  return createImportJob(ctx, actor, fileName, body, options.kind ?? 'households', (job, signal, live) => runCheck(ctx, actor, job, signal, live), options);
}

/**
 * Checks a file of households and writes its valid ones in the same pass (the command line, which
 * imports the valid rows without asking): one transaction, committed only once the whole file is
 * checked, with the report in it; a failed or cancelled run leaves nothing.
 */
export async function importInOnePass(ctx: AppContext, actor: Actor, fileName: string, body: UploadBody,
  options: Omit<StartImportOptions, 'kind'> & OnePassInput['options'] = {}): Promise<ImportJobRow> {
  const { failAfterHouseholds, rebuildIndexesFrom } = options;
  return createImportJob(ctx, actor, fileName, body, 'households', (job, signal, live) => runOnePass(ctx, actor, job, signal, live, { failAfterHouseholds, rebuildIndexesFrom }), options);
}

/** Writes the valid households of a checked job, all in one transaction. */
export async function commitImport(ctx: AppContext, actor: Actor, jobId: string, options: { wait?: boolean; onProgress?: (rowsWritten: number) => void } & Pick<WriteOptions, 'failAfterHouseholds' | 'rebuildIndexesFrom'> = {}): Promise<ImportJobRow> {
  const job = await requireImportJob(ctx, actor, jobId);
  if (job.status !== 'checked' || liveJobs.has(jobId)) {
    throw new AppError('VALIDATION_FAILED', `the import is ${job.status}; only a checked import can be imported`, { field: 'status' });
  }
  await updateImportJob(ctx.db, jobId, { status: 'importing', updatedAt: ctx.now().toISOString() });
  const live = run(jobId, async (signal, l) => {
    try {
      const recordKind = isRecordImportKind(job.kind) ? job.kind : undefined;
      const writeOptions: WriteOptions = {
        signal,
        failAfterHouseholds: options.failAfterHouseholds,
        rebuildIndexesFrom: options.rebuildIndexesFrom,
        onProgress: (rowsWritten) => {
          l.counts = { rowsWritten };
          options.onProgress?.(rowsWritten);
        },
      };
      const result = recordKind
        ? await writeRecordImport(ctx, actor, {
          id: job.id, kind: recordKind, regionCode: job.regionCode, fileName: job.fileName, file: uploadFile(ctx, job),
          format: job.format === 'csv' ? 'csv' : 'xlsx', sheetName: job.fileName.replace(/\.[^.]+$/, ''), checked: job,
        }, writeOptions)
        : await writeStagedImport(ctx, actor, { id: job.id, regionCode: job.regionCode, fileName: job.fileName, stagingFile: stagingFile(ctx, job.id) }, writeOptions);
      await updateImportJob(ctx.db, jobId, { status: 'imported', rowsWritten: result.rowsWritten, updatedAt: ctx.now().toISOString(), finishedAt: ctx.now().toISOString() });
    } catch (error) {
      await recordFailure(ctx, job, l, error);
    } finally {
      removeFiles(ctx, job);
    }
  });
  if (options.wait) await live.done;
  return withLiveCounts(await requireImportJob(ctx, actor, jobId));
}

/** The job once its running check or import (if any) has ended. */
export async function settleImport(ctx: AppContext, actor: Actor, jobId: string): Promise<ImportJobRow> {
  await liveJobs.get(jobId)?.done;
  return requireImportJob(ctx, actor, jobId);
}

/** Stops a running check or import (nothing is written), or drops a checked one. */
export async function cancelImport(ctx: AppContext, actor: Actor, jobId: string): Promise<ImportJobRow> {
  const job = await requireImportJob(ctx, actor, jobId);
  const live = liveJobs.get(jobId);
  if (live) {
    live.controller.abort();
    await live.done;
  } else if (job.status === 'checked') {
    removeFiles(ctx, job);
    await updateImportJob(ctx.db, jobId, { status: 'cancelled', updatedAt: ctx.now().toISOString(), finishedAt: ctx.now().toISOString() });
  } else {
    throw new AppError('VALIDATION_FAILED', `the import is ${job.status} and cannot be cancelled`, { field: 'status' });
  }
  return requireImportJob(ctx, actor, jobId);
}
