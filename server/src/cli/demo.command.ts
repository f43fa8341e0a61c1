import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { cliActor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { isRegistryEmpty } from '../features/demo/demo-load.repository.ts';
import { DEMO_COUNTY_CODE, loadDemoCounty, type DemoLoadResult } from '../features/demo/demo.service.ts';
import { withAppContext } from './cli-context.ts';

export const DEFAULT_DEMO_SEED = 'fupin';
/** What `serve --demo` loads into an empty database: enough to look around, quick to load. */
export const SERVE_DEMO_HOUSEHOLDS = 3000;

export interface DemoCommandOptions {
  households: number;
  seed: string;
  region: string;
}

/** Where progress and the summary go: the terminal, or anything that takes text (logs, tests). */
export interface DemoOutput {
  write(text: string): unknown;
}

interface Progress {
  update(loaded: number): void;
  stop(): void;
}

/** A bar with households/s and ETA on a terminal; a line every tenth of the way otherwise (logs, pipes). */
function createProgress(total: number, out: DemoOutput): Progress {
  const started = Date.now();
  const rate = (loaded: number) => Math.round(loaded / Math.max(0.001, (Date.now() - started) / 1000));
  if (out === process.stdout && process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar({
      format: 'demo county [{bar}] {percentage}% | {value}/{total} households | {rate} households/s | ETA {eta_formatted}',
      etaBuffer: 20, fps: 5, stream: process.stdout, hideCursor: true,
    }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { rate: 0 });
    return { update: (loaded) => bar.update(loaded, { rate: rate(loaded) }), stop: () => bar.stop() };
  }
  let nextReport = total / 10;
  return {
    update(loaded) {
      if (loaded < nextReport && loaded < total) return;
      out.write(`demo county: ${loaded.toLocaleString('en')} / ${total.toLocaleString('en')} households (${rate(loaded).toLocaleString('en')} households/s)\n`);
      while (nextReport <= loaded) nextReport += total / 10;
    },
    stop: () => undefined,
  };
}

export function describeDemoLoad(r: DemoLoadResult, seconds: number, cpuSeconds: number): string {
  const n = (x: number) => x.toLocaleString('en');
  return `loaded demo county ${r.countyName} (${r.countyCode}) into ${n(r.villages)} villages: ${n(r.households)} households, `
    + `${n(r.members)} members, ${n(r.incomes)} annual incomes, ${n(r.basicNeedsChecks)} basic-needs checks `
    + `in ${seconds.toFixed(1)} s (${n(Math.round(r.households / Math.max(seconds, 0.001)))} households/s; CPU ${cpuSeconds.toFixed(1)} s)\n`;
}

/** Loads the demo county with progress output; shared by `fupin demo` and `fupin serve --demo`. */
export async function runDemoLoad(ctx: AppContext, options: DemoCommandOptions, out: DemoOutput = process.stdout): Promise<DemoLoadResult> {
  const started = performance.now();
  // CPU time of the whole process, the generator's worker thread included.
  const cpuBefore = process.cpuUsage();
  const progress = createProgress(options.households, out);
  let result: DemoLoadResult;
  try {
    result = await loadDemoCounty(ctx, cliActor(), {
      households: options.households, seed: options.seed, countyCode: options.region, onProgress: (loaded) => progress.update(loaded),
      onIndexing: () => out.write('demo county: every household is in; building the indexes\n'),
    });
  } finally {
    progress.stop();
  }
  const cpu = process.cpuUsage(cpuBefore);
  out.write(describeDemoLoad(result, (performance.now() - started) / 1000, (cpu.user + cpu.system) / 1e6));
  return result;
}

/** `serve --demo`: a small demo county, only into a database that has no households at all. */
export async function loadServeDemo(ctx: AppContext, out: DemoOutput = process.stdout): Promise<DemoLoadResult | undefined> {
  if (!(await isRegistryEmpty(ctx.db))) return undefined;
  return runDemoLoad(ctx, { households: SERVE_DEMO_HOUSEHOLDS, seed: DEFAULT_DEMO_SEED, region: DEMO_COUNTY_CODE }, out);
}

function parseCount(value: string): number {
  const n = Number(value.replaceAll(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--households must be a positive whole number, got ${value}`);
  return n;
}

export function registerDemoCommand(program: Command): void {
  program.command('demo')
    .description('load a synthetic demo county (deterministic for a seed) into a county without households')
    .option('--households <n>', 'how many households to generate', parseCount, SERVE_DEMO_HOUSEHOLDS)
    .option('--seed <seed>', 'seed of the generator: the same seed gives the same county', DEFAULT_DEMO_SEED)
    .option('--region <code>', 'six-digit code of the county to fill', DEMO_COUNTY_CODE)
    .action(async (options: DemoCommandOptions) => {
      await withAppContext((ctx) => runDemoLoad(ctx, options));
    });
}
