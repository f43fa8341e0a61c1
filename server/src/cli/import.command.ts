import path from 'node:path';
import { IMPORT_KINDS, type ImportKind } from '@fupin/core';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { cliActor, type Actor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { findImportProblems, findRegionByCode } from '../features/import/import.repository.ts';
import { describeProblem } from '../features/import/import-report.ts';
import { cancelImport, commitImport, importInOnePass, settleImport, startImport } from '../features/import/import.service.ts';
import type { ImportJobRow } from '../db/tables/imports.tables.ts';
import { withAppContext } from './cli-context.ts';

export interface ImportCommandOptions {
  region: string;
  dryRun?: boolean;
  /** households (default), incomes, basicNeedsChecks, pairings or measures */
  kind?: string;
}

export interface ImportOutput {
  write(text: string): unknown;
}

interface Bar {
  update(value: number, label: string): void;
  stop(): void;
}

/** A bar on a terminal; a line every tenth of the way otherwise (logs, pipes). */
function createBar(title: string, total: number, out: ImportOutput, hasTotal = true): Bar {
  if (out === process.stdout && process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar({ format: hasTotal ? `${title} [{bar}] {percentage}% | {label}` : `${title} | {label}`, fps: 5, stream: process.stdout, hideCursor: true }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { label: '' });
    return { update: (value, label) => bar.update(Math.min(value, total), { label }), stop: () => bar.stop() };
  }
  let next = total / 10;
  return {
    update(value, label) {
      if (value < next) return;
      out.write(`${title}: ${label}\n`);
      while (next <= value) next += total / 10;
    },
    stop: () => undefined,
  };
}

/** The CLI acts as the system, narrowed to the region the operator names. */
async function importActor(ctx: AppContext, region: string): Promise<Actor> {
  const found = await findRegionByCode(ctx.db, region);
  if (!found) throw new Error(`--region ${region} is not a region in the loaded division data`);
  return { ...cliActor(), regionCode: region };
}

const n = (x: number) => x.toLocaleString('en');
/** What the new / changed / unchanged counts count: households, or the records of a record import. */
const recordsLabel = (kind: ImportKind) => (kind === 'households' ? 'households' : 'records');

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** The check's counts, then its first problems. */
async function printCheck(ctx: AppContext, job: ImportJobRow, kind: ImportKind, started: number, out: ImportOutput): Promise<void> {
  out.write(`checked ${job.fileName}: ${n(job.rowsRead)} rows, ${n(job.rowsValid)} valid, ${n(job.rowsInvalid)} invalid; `
    + `${recordsLabel(kind)} ${n(job.householdsNew)} new, ${n(job.householdsChanged)} changed, ${n(job.householdsUnchanged)} unchanged, ${n(job.householdsInvalid)} invalid `
    + `(${seconds(started)} s)\n`);
  for (const p of await findImportProblems(ctx.db, job.id, 0, 20)) {
    out.write(`  ${p.sheet} row ${p.rowNumber}, ${p.columnLabel} "${p.value}": ${describeProblem(p.code, p.message, 'en')}\n`);
  }
  if (job.problemCount > 20) out.write(`  … and ${n(job.problemCount - 20)} more problems (GET /api/v1/imports/${job.id}/report)\n`);
}

function printImported(job: ImportJobRow, started: number, out: ImportOutput): number {
  if (job.status !== 'imported') throw new Error(`the import ${job.status}: ${job.error ?? ''}; nothing was written`);
  const cpu = process.cpuUsage();
  out.write(`imported ${n(job.rowsWritten)} rows in ${seconds(started)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB)\n`);
  return job.rowsWritten;
}

/** Ctrl-C cancels the job: nothing is written. */
async function whileInterruptible<T>(cancel: () => unknown, work: () => Promise<T>): Promise<T> {
  const onInterrupt = () => void cancel();
  process.once('SIGINT', onInterrupt);
  try {
    return await work();
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

/**
 * Households: checks the file and, on a second thread, writes the valid households as they are
 * checked, committing once the whole file is checked (a bar over rows read and written).
 */
async function importHouseholds(ctx: AppContext, actor: Actor, file: string, out: ImportOutput): Promise<number> {
  const started = performance.now();
  let bar: Bar | undefined;
  const job = await importInOnePass(ctx, actor, path.basename(file), path.resolve(file), {
    onProgress: (c) => {
      bar ??= createBar('import', 1, out, false);
      bar.update(0, `${n(c.rowsRead ?? 0)} rows read, ${n(c.rowsValid ?? 0)} valid, ${n(c.rowsInvalid ?? 0)} invalid, ${n(c.rowsWritten ?? 0)} written`);
    },
  });
  const done = await whileInterruptible(() => cancelImport(ctx, actor, job.id), () => settleImport(ctx, actor, job.id)).finally(() => bar?.stop());
  if (done.status === 'imported') await printCheck(ctx, done, 'households', started, out);
  return printImported(done, started, out);
}

/**
 * `fupin import <file> --region <code>`: checks the whole file (counting rows as they are read: a
 * zipped workbook does not say how many it holds), prints the problems and imports the valid
 * rows in one transaction. Ctrl-C cancels; nothing is written. A file of households is written
 * while it is checked; the other kinds are checked first, then written with a bar over the valid rows.
 */
export async function runImport(ctx: AppContext, file: string, options: ImportCommandOptions, out: ImportOutput = process.stdout): Promise<number> {
  const actor = await importActor(ctx, options.region);
  const kind = IMPORT_KINDS.find((k) => k === (options.kind ?? 'households'));
  if (!kind) throw new Error(`--kind ${options.kind ?? ''} is not one of ${IMPORT_KINDS.join(', ')}`);
  if (kind === 'households' && !options.dryRun) return importHouseholds(ctx, actor, file, out);
  const started = performance.now();
  let checkBar: Bar | undefined;
  const checked = await startImport(ctx, actor, path.basename(file), path.resolve(file), {
    wait: true, kind,
    onProgress: (c) => {
      checkBar ??= createBar('check ', 1, out, false);
      checkBar.update(0, `${n(c.rowsRead ?? 0)} rows read, ${n(c.rowsValid ?? 0)} valid, ${n(c.rowsInvalid ?? 0)} invalid`);
    },
  });
  checkBar?.stop();
  if (checked.status !== 'checked') throw new Error(`the check ${checked.status}: ${checked.error ?? ''}`);
  await printCheck(ctx, checked, kind, started, out);
  if (options.dryRun) {
    await cancelImport(ctx, actor, checked.id);
    out.write('dry run: nothing written\n');
    return 0;
  }
  const total = checked.rowsValid;
  const bar = createBar('import', Math.max(1, total), out);
  const done = await whileInterruptible(() => cancelImport(ctx, actor, checked.id), () => commitImport(ctx, actor, checked.id, {
    wait: true, onProgress: (written) => bar.update(written, `${n(written)} / ${n(total)} rows written`),
  })).finally(() => bar.stop());
  return printImported(done, started, out);
}

export function registerImportCommand(program: Command): void {
  program.command('import')
    .description('check a spreadsheet (xlsx, or csv in UTF-8 or GBK) of households and members, or of incomes, basic-needs checks, pairings or measures, and import its valid rows')
    .argument('<file>', 'the .xlsx or .csv file')
    .requiredOption('--region <code>', 'the region the import may write into (a county, township or village code)')
    .option('--dry-run', 'only check the file and print its problems')
    .option('--kind <kind>', `what the file holds: ${IMPORT_KINDS.join(', ')}`, 'households')
    .action(async (file: string, options: ImportCommandOptions) => {
      await withAppContext((ctx) => runImport(ctx, file, options));
    });
}
