// Shared helpers for the benchmarks: fresh data directories, timing, child processes, statistics.
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FUPIN_BIN = path.join(ROOT, 'server/bin/fupin.mjs');
/** A fixed key, so every database a benchmark makes can read the others' encrypted values. */
export const BENCH_KEY = Buffer.alloc(32, 42).toString('base64');

/** Environment for `fupin` on a data directory; one that keeps its own key file uses that key. */
export function benchEnv(dataDir, extra = {}) {
  const env = { ...process.env, FUPIN_DATA_DIR: dataDir, FUPIN_ENCRYPTION_KEY: BENCH_KEY, FUPIN_LOG_LEVEL: 'warn', DATABASE_URL: '', ...extra };
  if (fs.existsSync(path.join(dataDir, 'encryption.key'))) delete env.FUPIN_ENCRYPTION_KEY;
  return env;
}

export function makeWorkDir(name) {
  const base = process.env.BENCH_DIR ?? os.tmpdir();
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, `fupin-bench-${name}-`));
}

/** Runs `fupin …` to completion, echoing its output with a prefix; resolves with the wall time in seconds and the output. */
export function runFupin(args, env, { echo = true, onStart } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [FUPIN_BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    onStart?.(child);
    let stderr = '';
    let output = '';
    child.stdout.on('data', (d) => {
      output += String(d);
      if (echo) process.stdout.write(String(d).replace(/^(?=.)/gm, '    | '));
    });
    child.stderr.on('data', (d) => { stderr += String(d); });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve({ seconds: (performance.now() - started) / 1000, output });
      else reject(new Error(`fupin ${args.join(' ')} exited with ${code}: ${stderr.trim()}`));
    });
  });
}

/** A migrated database with the regions loaded: the schema both sides of a comparison start from. */
export async function prepareDatabase(dataDir) {
  await runFupin(['migrate'], benchEnv(dataDir), { echo: false });
  return path.join(dataDir, 'fupin.sqlite');
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const fmt = (n, digits = 1) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const mib = (bytes) => `${fmt(bytes / 1024 / 1024)} MiB`;

/** Size of a SQLite database with its WAL folded in. */
export function databaseBytes(file) {
  return ['', '-wal'].reduce((sum, suffix) => sum + (fs.existsSync(file + suffix) ? fs.statSync(file + suffix).size : 0), 0);
}

/** The machine's one-minute load average: other work on the machine slows every figure. */
export const loadAverage = () => fmt(os.loadavg()[0], 1);

export function householdsFromArgs(fallback) {
  const arg = process.argv.find((a) => a.startsWith('--households='));
  const raw = arg ? arg.slice('--households='.length) : process.env.BENCH_HOUSEHOLDS;
  const n = raw ? Number(String(raw).replaceAll(/[_,]/g, '')) : fallback;
  if (!Number.isInteger(n) || n < 1) throw new Error(`bad household count: ${raw}`);
  return n;
}
