import path from 'node:path';
import { IMPORT_KINDS, type ImportKind } from '@fupin/core';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { cliActor, type Actor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { openAppContext } from '../bootstrap.ts';
import { loadConfig } from '../config/config.ts';
import { findImportProblems, findRegionByCode } from '../features/import/import.repository.ts';
import { describeProblem } from '../features/import/import-report.ts';
import { cancelImport, commitImport, startImport } from '../features/import/import.service.ts';

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

/**
 * `fupin import <file> --region <code>`: checks the whole file (counting rows as they are read: a
 * zipped workbook does not say how many it holds), prints the problems, then imports the valid
 * households in one transaction with a bar over the valid rows. Ctrl-C cancels; nothing is written.
 */
export async function runImport(ctx: AppContext, file: string, options: ImportCommandOptions, out: ImportOutput = process.stdout): Promise<number> {
  const actor = await importActor(ctx, options.region);
  const kind = IMPORT_KINDS.find((k) => k === (options.kind ?? 'households'));
  if (!kind) throw new Error(`--kind ${options.kind ?? ''} is not one of ${IMPORT_KINDS.join(', ')}`);
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
  out.write(`checked ${checked.fileName}: ${n(checked.rowsRead)} rows, ${n(checked.rowsValid)} valid, ${n(checked.rowsInvalid)} invalid; `
    + `${recordsLabel(kind)} ${n(checked.householdsNew)} new, ${n(checked.householdsChanged)} changed, ${n(checked.householdsUnchanged)} unchanged, ${n(checked.householdsInvalid)} invalid `
    + `(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  for (const p of await findImportProblems(ctx.db, checked.id, 0, 20)) {
    out.write(`  ${p.sheet} row ${p.rowNumber}, ${p.columnLabel} "${p.value}": ${describeProblem(p.code, p.message, 'en')}\n`);
  }
  if (checked.problemCount > 20) out.write(`  … and ${n(checked.problemCount - 20)} more problems (GET /api/v1/imports/${checked.id}/report)\n`);
  if (options.dryRun) {
    await cancelImport(ctx, actor, checked.id);
    out.write('dry run: nothing written\n');
    return 0;
  }
  const total = checked.rowsValid;
  const bar = createBar('import', Math.max(1, total), out);
  const onInterrupt = () => {
    void cancelImport(ctx, actor, checked.id);
  };
  process.once('SIGINT', onInterrupt);
  let done;
  try {
    done = await commitImport(ctx, actor, checked.id, { wait: true, onProgress: (written) => bar.update(written, `${n(written)} / ${n(total)} rows written`) });
  } finally {
    process.off('SIGINT', onInterrupt);
    bar.stop();
  }
  if (done.status !== 'imported') throw new Error(`the import ${done.status}: ${done.error ?? ''}; nothing was written`);
  const cpu = process.cpuUsage();
  out.write(`imported ${n(done.rowsWritten)} rows in ${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB)\n`);
  return done.rowsWritten;
}

export function registerImportCommand(program: Command): void {
  program.command('import')
    .description('check a spreadsheet (xlsx, or csv in UTF-8 or GBK) of households and members, or of incomes, basic-needs checks, pairings or measures, and import its valid rows')
    .argument('<file>', 'the .xlsx or .csv file')
    .requiredOption('--region <code>', 'the region the import may write into (a county, township or village code)')
    .option('--dry-run', 'only check the file and print its problems')
    .option('--kind <kind>', `what the file holds: ${IMPORT_KINDS.join(', ')}`, 'households')
    .action(async (file: string, options: ImportCommandOptions) => {
      const ctx = await openAppContext(loadConfig());
      try {
        await runImport(ctx, file, options);
      } finally {
        await ctx.database.close();
      }
    });
}
