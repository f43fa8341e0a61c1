// Benchmark: `fupin demo --households N` into a fresh SQLite database, against a baseline that
// inserts the very same rows (generated beforehand by the same generator, already encrypted) with
// raw better-sqlite3 prepared statements into the same schema, in the same run.
// Target: at most 2× the baseline's time; database under 2 GB at 1,000,000 households.
// Usage: node bench/demo-load.mjs [--households=N]   (or BENCH_HOUSEHOLDS=N; default 1,000,000)
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { BENCH_KEY, benchEnv, databaseBytes, fmt, householdsFromArgs, loadAverage, makeWorkDir, mib, prepareDatabase, runFupin } from './lib/common.mjs';
import { readDemoRowsFile, TABLES, writeDemoRowsFile } from './lib/demo-rows-file.mjs';

const SEED = 'bench';
const COUNTY = '150602';
const HOUSEHOLDS_PER_TRANSACTION = 10_000;

/** The same connection settings the server uses (server/src/db/database.ts). */
function openLikeTheServer(file) {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  return db;
}

/** Inserts the file's rows; only the time spent inside the transactions is counted. */
async function insertBaseline(file, rowsFile) {
  const db = openLikeTheServer(file);
  let statements;
  let seconds = 0;
  let cpuSeconds = 0;
  for await (const { columns, rows } of readDemoRowsFile(rowsFile, HOUSEHOLDS_PER_TRANSACTION)) {
    statements ??= Object.fromEntries(Object.entries(TABLES).map(([key, table]) => [key, db.prepare(
      `insert into ${table} (${columns[key].join(', ')}) values (${columns[key].map(() => '?').join(', ')})`)]));
    const started = performance.now();
    const cpu = process.cpuUsage();
    db.transaction(() => {
      for (const r of rows) statements.household.run(r.household);
      for (const r of rows) for (const m of r.members) statements.members.run(m);
      for (const r of rows) for (const i of r.incomes) statements.incomes.run(i);
      for (const r of rows) for (const c of r.checks) statements.checks.run(c);
    })();
    seconds += (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    cpuSeconds += (used.user + used.system) / 1e6;
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { seconds, cpuSeconds };
}

function countRows(file) {
  const db = new SQLite(file, { readonly: true });
  const counts = Object.fromEntries(Object.values(TABLES).map((t) => [t, db.prepare(`select count(*) as n from ${t}`).get().n]));
  db.close();
  return counts;
}

function checkpoint(file) {
  const db = new SQLite(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** With `keep`, the demo database stays for the caller (result.demoDir, result.workDir) to use and remove. */
export async function benchDemoLoad(households = householdsFromArgs(1_000_000), { keep = Boolean(process.env.BENCH_KEEP) } = {}) {
  const work = makeWorkDir('demo-load');
  console.log(`demo load: ${households.toLocaleString('en')} households, seed "${SEED}", county ${COUNTY}; work dir ${work}`);
  const demoDir = path.join(work, 'demo');
  const baseDir = path.join(work, 'baseline');
  const demoFile = await prepareDatabase(demoDir);
  const emptyBytes = databaseBytes(demoFile);
  fs.mkdirSync(baseDir, { recursive: true });
  const baseFile = path.join(baseDir, 'fupin.sqlite');
  fs.copyFileSync(demoFile, baseFile);

  console.log('  generating the baseline rows (not timed) …');
  const rowsFile = path.join(work, 'rows.ndjson');
  const started = performance.now();
  await writeDemoRowsFile({ file: rowsFile, databaseFile: baseFile, households, seed: SEED, countyCode: COUNTY, key: BENCH_KEY });
  console.log(`  rows file ${mib(fs.statSync(rowsFile).size)} in ${fmt((performance.now() - started) / 1000)} s`);

  console.log(`  baseline: raw better-sqlite3 prepared inserts … (load average ${loadAverage()})`);
  const { seconds: baseline, cpuSeconds: baselineCpu } = await insertBaseline(baseFile, rowsFile);
  fs.rmSync(rowsFile);
  console.log(`    ${fmt(baseline)} s (CPU ${fmt(baselineCpu)} s; load average ${loadAverage()})`);

  console.log(`  fupin demo --households ${households} … (load average ${loadAverage()})`);
  const run = await runFupin(['demo', '--households', String(households), '--seed', SEED, '--region', COUNTY], benchEnv(demoDir));
  const demo = run.seconds;
  const demoCpu = Number(/CPU ([\d.]+) s/.exec(run.output)?.[1] ?? NaN);
  console.log(`    load average ${loadAverage()}`);
  checkpoint(demoFile);

  const demoCounts = countRows(demoFile);
  const baseCounts = countRows(baseFile);
  const same = JSON.stringify(demoCounts) === JSON.stringify(baseCounts);
  const demoBytes = databaseBytes(demoFile);
  const result = {
    households, demoSeconds: demo, baselineSeconds: baseline, ratio: demo / baseline, demoCpuSeconds: demoCpu, baselineCpuSeconds: baselineCpu,
    databaseBytes: demoBytes, dataBytes: demoBytes - emptyBytes, baselineBytes: databaseBytes(baseFile), sameRowCounts: same,
    demoDir, workDir: work,
  };
  console.log(`  rows: ${JSON.stringify(demoCounts)}${same ? ' (baseline identical)' : ` — baseline differs: ${JSON.stringify(baseCounts)}`}`);
  console.log(`  fupin demo:  ${fmt(demo)} s (${fmt(households / demo, 0)} households/s, whole command incl. start-up; CPU ${fmt(demoCpu)} s on two threads)`);
  console.log(`  baseline:    ${fmt(baseline)} s (${fmt(households / baseline, 0)} households/s, insert transactions only; CPU ${fmt(baselineCpu)} s)`);
  console.log(`  ratio:       ${fmt(result.ratio, 2)}× wall time (target ≤ 2×); ${fmt(demoCpu / baselineCpu, 2)}× CPU time`);
  console.log(`  database:    ${mib(demoBytes)} (of which demo data ${mib(result.dataBytes)}; empty with regions ${mib(emptyBytes)}); baseline ${mib(result.baselineBytes)}; target < 2 GB at 1,000,000`);
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
  else console.log(`  kept ${demoFile}`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDemoLoad();
