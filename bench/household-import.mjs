// Benchmark: `fupin import` of a CSV of N households (3–4 members each) into a fresh SQLite database,
// the whole command (start-up, the check of every row, encryption, the one write transaction that a
// worker thread fills with each checked batch while the check goes on),
// against a baseline that inserts the very same rows (read back from the imported database:
// encrypted, hashed, masked) with raw better-sqlite3 prepared statements into the same schema, in
// the same run; then `fupin import` of an xlsx of M/4 and of M households with wall time, peak RSS
// and RSS sampled through the run (memory must not grow with the file).
// Targets: CSV of 1,000,000 households under 120 s and within 3× of the baseline; xlsx of 100,000
// households under 60 s with the process under 1 GB.
// Usage: node bench/household-import.mjs [--households=N] [--xlsx-households=M]
//        (or BENCH_HOUSEHOLDS / BENCH_XLSX_HOUSEHOLDS; defaults 1,000,000 and 100,000; M = 0 skips
//        the xlsx runs). Files go to a new directory under BENCH_DIR (default: the system's temp dir).
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { benchEnv, databaseBytes, fmt, householdsFromArgs, loadAverage, makeWorkDir, mib, prepareDatabase, runFupin } from './lib/common.mjs';
import { readVillages, writeImportCsv, writeImportXlsx } from './lib/import-files.mjs';

const COUNTY = '150602';
const HOUSEHOLDS_PER_TRANSACTION = 10_000;

function xlsxHouseholdsFromArgs(fallback) {
  const arg = process.argv.find((a) => a.startsWith('--xlsx-households='));
  const raw = arg ? arg.slice('--xlsx-households='.length) : process.env.BENCH_XLSX_HOUSEHOLDS;
  return raw ? Number(String(raw).replaceAll(/[_,]/g, '')) : fallback;
}

/** The same connection settings the server uses (server/src/db/database.ts). */
function openLikeTheServer(file) {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536');
  return db;
}

/**
 * Copies the imported households and members into the baseline database with prepared inserts,
 * 10,000 households per transaction; only the time inside the transactions counts.
 */
function insertBaseline(importedFile, baselineFile) {
  const source = new SQLite(importedFile, { readonly: true });
  const target = openLikeTheServer(baselineFile);
  const columns = (table) => source.prepare(`select name from pragma_table_info('${table}')`).all().map((c) => c.name);
  const insert = (table) => {
    const cols = columns(table);
    return { cols, statement: target.prepare(`insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`) };
  };
  const households = insert('households');
  const members = insert('members');
  const readHouseholds = source.prepare(`select ${households.cols.join(', ')} from households where rowid > ? order by rowid limit ${HOUSEHOLDS_PER_TRANSACTION}`).raw(true);
  const readRowids = source.prepare(`select max(rowid) as last from (select rowid from households where rowid > ? order by rowid limit ${HOUSEHOLDS_PER_TRANSACTION})`);
  const readMembers = source.prepare(`select ${members.cols.join(', ')} from members where household_id in (select id from households where rowid > ? and rowid <= ?) order by rowid`).raw(true);
  let after = 0;
  let seconds = 0;
  let cpuSeconds = 0;
  let count = 0;
  for (;;) {
    const batch = readHouseholds.all(after);
    if (batch.length === 0) break;
    const last = readRowids.get(after).last;
    const people = readMembers.all(after, last);
    const started = performance.now();
    const cpu = process.cpuUsage();
    target.transaction(() => {
      for (const row of batch) households.statement.run(row);
      for (const row of people) members.statement.run(row);
    })();
    seconds += (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    cpuSeconds += (used.user + used.system) / 1e6;
    count += batch.length;
    after = last;
  }
  target.pragma('wal_checkpoint(TRUNCATE)');
  target.close();
  source.close();
  return { seconds, cpuSeconds, households: count };
}

/** Resident memory of a process in bytes, from /proc (Linux); 0 once it has ended. */
function rssOf(pid) {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

function parseImportOutput(output) {
  return {
    cpuSeconds: Number(/CPU ([\d.]+) s/.exec(output)?.[1] ?? NaN),
    peakRssMiB: Number(/peak RSS (\d+) MiB/.exec(output)?.[1] ?? NaN),
    rows: Number((/imported ([\d,]+) rows/.exec(output)?.[1] ?? 'NaN').replaceAll(',', '')),
  };
}

export async function benchHouseholdImport(households = householdsFromArgs(1_000_000), xlsxHouseholds = xlsxHouseholdsFromArgs(100_000)) {
  const work = makeWorkDir('import');
  try {
    console.log(`household import: CSV of ${households.toLocaleString('en')} households, xlsx of ${xlsxHouseholds.toLocaleString('en')}, county ${COUNTY}; work dir ${work}`);
    const csvDir = path.join(work, 'csv');
    const csvDb = await prepareDatabase(csvDir);
    const baseFile = path.join(work, 'baseline.sqlite');
    fs.copyFileSync(csvDb, baseFile);
    const villages = readVillages(csvDb, COUNTY);

    const csvFile = path.join(work, 'households.csv');
    let started = performance.now();
    await writeImportCsv(csvFile, households, villages);
    console.log(`  CSV file ${mib(fs.statSync(csvFile).size)} written in ${fmt((performance.now() - started) / 1000)} s (not timed)`);

    console.log(`  fupin import households.csv --region ${COUNTY} … (load average ${loadAverage()})`);
    const csvRun = await runFupin(['import', csvFile, '--region', COUNTY], benchEnv(csvDir));
    const csv = { seconds: csvRun.seconds, ...parseImportOutput(csvRun.output) };
    fs.rmSync(csvFile);

    console.log(`  baseline: the same rows with raw better-sqlite3 prepared inserts … (load average ${loadAverage()})`);
    const baseline = insertBaseline(csvDb, baseFile);
    const ratio = csv.seconds / baseline.seconds;
    console.log(`  CSV import:  ${fmt(csv.seconds)} s for ${households.toLocaleString('en')} households (${fmt(households / csv.seconds, 0)} households/s, whole command; CPU ${fmt(csv.cpuSeconds)} s; peak RSS ${csv.peakRssMiB} MiB)`);
    console.log(`  baseline:    ${fmt(baseline.seconds)} s for ${baseline.households.toLocaleString('en')} households (insert transactions only; CPU ${fmt(baseline.cpuSeconds)} s)`);
    console.log(`  ratio:       ${fmt(ratio, 2)}× wall time (target ≤ 3×; target under 120 s at 1,000,000); ${fmt(csv.cpuSeconds / baseline.cpuSeconds, 2)}× CPU time; database ${mib(databaseBytes(csvDb))}`);
    fs.rmSync(csvDir, { recursive: true, force: true });
    fs.rmSync(baseFile, { force: true });

    if (xlsxHouseholds === 0) return { households, csvSeconds: csv.seconds, csvCpuSeconds: csv.cpuSeconds, baselineSeconds: baseline.seconds, ratio, cpuRatio: csv.cpuSeconds / baseline.cpuSeconds, csvPeakRssMiB: csv.peakRssMiB };
    // The xlsx import twice, a quarter of the households first: memory must not grow with the file.
    const xlsxRuns = [];
    for (const size of [Math.max(1, Math.round(xlsxHouseholds / 4)), xlsxHouseholds]) {
      const xlsxDir = path.join(work, `xlsx-${size}`);
      await prepareDatabase(xlsxDir);
      const xlsxFile = path.join(work, `households-${size}.xlsx`);
      started = performance.now();
      await writeImportXlsx(xlsxFile, size, villages);
      console.log(`  xlsx file of ${size.toLocaleString('en')} households, ${mib(fs.statSync(xlsxFile).size)}, written in ${fmt((performance.now() - started) / 1000)} s (not timed)`);
      console.log(`  fupin import households.xlsx --region ${COUNTY} … (load average ${loadAverage()})`);
      const samples = [];
      let timer;
      const xlsxRun = await runFupin(['import', xlsxFile, '--region', COUNTY], benchEnv(xlsxDir), {
        onStart: (child) => {
          const t0 = performance.now();
          timer = setInterval(() => {
            const rss = rssOf(child.pid);
            if (rss > 0) samples.push({ at: performance.now() - t0, rss });
          }, 250);
        },
      }).finally(() => clearInterval(timer));
      const xlsx = { size, seconds: xlsxRun.seconds, ...parseImportOutput(xlsxRun.output) };
      const rssAt = (fraction) => samples.findLast((x) => x.at <= fraction * xlsx.seconds * 1000)?.rss ?? 0;
      xlsx.quarters = [0.25, 0.5, 0.75, 1].map(rssAt);
      console.log(`  xlsx import: ${fmt(xlsx.seconds)} s for ${size.toLocaleString('en')} households (CPU ${fmt(xlsx.cpuSeconds)} s); peak RSS ${xlsx.peakRssMiB} MiB; `
        + `RSS at each quarter of the run ${xlsx.quarters.map((b) => fmt(b / 1024 / 1024, 0)).join(' / ')} MiB`);
      xlsxRuns.push(xlsx);
      fs.rmSync(xlsxDir, { recursive: true, force: true });
      fs.rmSync(xlsxFile, { force: true });
    }
    const [small, xlsx] = xlsxRuns;
    console.log(`  xlsx: ${fmt(xlsx.seconds)} s at ${xlsxHouseholds.toLocaleString('en')} households (target < 60 s at 100,000); peak RSS ${small.peakRssMiB} MiB at a quarter of the file, `
      + `${xlsx.peakRssMiB} MiB at the whole (target < 1024 MiB, and flat)`);
    return { households, csvSeconds: csv.seconds, baselineSeconds: baseline.seconds, ratio, cpuRatio: csv.cpuSeconds / baseline.cpuSeconds, csvPeakRssMiB: csv.peakRssMiB, xlsxHouseholds, xlsxSeconds: xlsx.seconds, xlsxPeakRssMiB: xlsx.peakRssMiB, xlsxQuarterPeakRssMiB: small.peakRssMiB };
  } finally {
    if (!process.env.BENCH_KEEP) fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHouseholdImport();
