import path from 'node:path';
import { feedKinds, type FeedKind } from '@fupin/core';
import type { Command } from 'commander';
import { cliActor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { submitFeedBatch } from '../features/feeds/feeds.service.ts';
import { runScan } from '../features/monitoring/monitoring-scan.service.ts';
import { withAppContext } from './cli-context.ts';

/** Sends a department file as the system and prints its report; exit status 0 even with bad rows (they are reported). */
export async function runFeedCommand(ctx: AppContext, kind: FeedKind, file: string, out: { write(text: string): unknown }): Promise<number> {
  const started = performance.now();
  const report = await submitFeedBatch(ctx, cliActor(), { kind, fileName: path.basename(file), file });
  const { rows } = report;
  out.write(`${report.isRepeat ? 'already sent (nothing changed): ' : ''}batch ${report.id} ${kind} ${report.fileName}\n`);
  out.write(`rows ${rows.total}: ${rows.inserted} new, ${rows.updated} updated, ${rows.unchanged} unchanged, ${rows.invalid} invalid, ${rows.unmatched} unmatched (${((performance.now() - started) / 1000).toFixed(2)} s)\n`);
  for (const issue of report.issues.slice(0, 20)) out.write(`  ${issue.sheet} row ${issue.row} ${issue.column} ${issue.value}: ${issue.message}\n`);
  if (report.issueCount > 20) out.write(`  … and ${report.issueCount - 20} more issues (GET /api/v1/feeds/batches/${report.id})\n`);
  return 0;
}

export function registerMonitoringCommands(program: Command): void {
  program.command('feed')
    .description(`send a department file (xlsx or csv); kinds: ${feedKinds.codes.join(', ')}`)
    .argument('<kind>', 'the feed').argument('<file>', 'the filled-in template')
    .action(async (kind: string, file: string) => {
      if (!feedKinds.has(kind)) {
        process.stderr.write(`unknown feed ${kind}; one of ${feedKinds.codes.join(', ')}\n`);
        process.exitCode = 2;
        return;
      }
      process.exitCode = await withAppContext((ctx) => runFeedCommand(ctx, kind, file, process.stdout));
    });
  const monitor = program.command('monitor').description('return-to-poverty monitoring');
  monitor.command('scan')
    .description('evaluate every household of a region against the monitoring rules and raise alerts')
    .option('--region <code>', 'region code (default: everywhere)', '')
    .option('--as-of <date>', 'the day to look from (default today)')
    .action(async (options: { region: string; asOf?: string }) => {
      process.exitCode = await withAppContext(async (ctx) => {
        const started = performance.now();
        const scan = await runScan(ctx, cliActor(), { regionCode: options.region, asOf: options.asOf }, 'cli');
        process.stdout.write(`scan ${scan.id} ${scan.status}: region ${scan.regionCode || 'all'}, as of ${scan.asOf}, income year ${scan.incomeYear ?? '-'}; `
          + `${scan.hits} reasons, ${scan.alertsRaised} alerts raised, ${scan.alertsAttached} found again, ${scan.alertsCleared} no longer found (${((performance.now() - started) / 1000).toFixed(2)} s)\n`);
        if (scan.error) process.stderr.write(`${scan.error}\n`);
        return scan.status === 'finished' ? 0 : 1;
      });
    });
}
