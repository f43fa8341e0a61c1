// Benchmark: the household roll as xlsx (GET /api/v1/households/export) of a county of N demo
// households (default 1,000,000) through a running `fupin serve`, signed in as the first
// administrator, the file read as fast as the client can and thrown away. Reports the wall time,
// the server's resident memory (sampled through the export: at start, peak, and at each quarter,
// which shows whether it stays flat), and a ratio against a baseline in the same run: the same
// rows read with one raw better-sqlite3 statement and deflated with node:zlib, the floor of any
// export of them. Target: under 120 s with flat memory.
/* global fetch -- Node's built-in fetch */
// Usage: node bench/household-export.mjs [--households=N] [--rounds=3]
//        BENCH_DATA_DIR=<data dir holding fupin.sqlite with demo households> skips the load.
import { execFileSync } from 'node:child_process';
import { clearInterval, setInterval } from 'node:timers';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import SQLite from 'better-sqlite3';
import { benchEnv, fmt, householdsFromArgs, loadAverage, makeWorkDir, median, mib, prepareDatabase, runFupin } from './lib/common.mjs';
import { freePort, signIn, startServer, stopServer } from './lib/fupin-server.mjs';

const COUNTY = '150602';
const TARGET_SECONDS = 120;

/** Resident and peak memory of a process, from /proc (Linux). */
function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

/** CPU seconds a process has used so far, all its threads (user + system), from /proc. */
function cpuSecondsOf(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat (11 and 12 after the command), in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Downloads the export, counting bytes (or keeping them in `file`), sampling the server's memory as it goes. */
async function timeExport(base, cookie, serverPid, expectedRows, file) {
  const startRss = memoryOf(serverPid).rss;
  const samples = [];
  const startCpu = cpuSecondsOf(serverPid);
  const started = performance.now();
  const res = await fetch(`${base}/api/v1/households/export?format=xlsx`, { headers: { cookie } });
  if (!res.ok) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  const rows = Number(res.headers.get('x-row-count'));
  if (rows !== expectedRows) throw new Error(`export holds ${rows} rows, the database ${expectedRows}`);
  const sink = file ? fs.createWriteStream(file) : null;
  let bytes = 0;
  let tail = Buffer.alloc(0);
  const timer = setInterval(() => samples.push({ at: performance.now() - started, rss: memoryOf(serverPid).rss }), 250);
  try {
    for await (const chunk of res.body) {
      bytes += chunk.length;
      tail = Buffer.from(chunk.subarray(-22));
      if (sink && !sink.write(chunk)) await new Promise((r) => sink.once('drain', r));
    }
  } finally {
    clearInterval(timer);
    if (sink) await new Promise((r) => sink.end(r));
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsOf(serverPid) - startCpu;
  // The end-of-central-directory record closes a complete zip.
  if (tail.readUInt32LE(0) !== 0x06054b50) throw new Error('the export did not end with a zip directory');
  const rssAt = (fraction) => samples.find((s) => s.at >= fraction * seconds * 1000)?.rss ?? samples.at(-1)?.rss ?? startRss;
  return { seconds, cpuSeconds, bytes, rows, startRss, peakRss: Math.max(startRss, ...samples.map((s) => s.rss)), quarters: [0.25, 0.5, 0.75, 1].map(rssAt) };
}

/**
 * The floor: the export's rows (household, head's masked ID number, latest income) in the same
 * order with one raw statement, each as a tab-separated line, deflated with zlib at the export's level.
 */
async function timeBaseline(databaseFile) {
  const db = new SQLite(databaseFile, { readonly: true });
  const statement = db.prepare(`select h.household_no, h.village_code, h.village_group, h.head_name, m.id_masked, h.member_count,
      h.household_type, h.poverty_status, h.main_cause, h.other_causes, h.year_identified, h.year_exited,
      (select i.net_income_per_capita || ' ' || i.year from incomes i where i.household_id = h.id order by i.year desc limit 1) as income
    from households h left join members m on m.id = h.head_member_id
    where h.village_code >= ? and h.village_code < ? order by h.village_code, h.household_no`).raw();
  const started = performance.now();
  const startCpu = process.cpuUsage();
  const deflate = zlib.createDeflateRaw({ level: 3 });
  let compressed = 0;
  deflate.on('data', (c) => { compressed += c.length; });
  const done = new Promise((r) => deflate.on('end', r));
  let lines = '';
  let rows = 0;
  for (const row of statement.iterate(COUNTY, String(Number(COUNTY) + 1))) {
    lines += `${row.join('\t')}\n`;
    rows += 1;
    if (lines.length > 65536) {
      if (!deflate.write(lines)) await new Promise((r) => deflate.once('drain', r));
      lines = '';
    }
  }
  deflate.end(lines);
  await done;
  const cpu = process.cpuUsage(startCpu);
  db.close();
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, rows, bytes: compressed };
}

export async function benchHouseholdExport(households = householdsFromArgs(1_000_000), existingDataDir = process.env.BENCH_DATA_DIR) {
  const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 3);
  let dataDir = existingDataDir;
  let work;
  if (!dataDir) {
    work = makeWorkDir('export');
    dataDir = path.join(work, 'data');
    console.log(`household export: loading ${households.toLocaleString('en')} demo households into ${dataDir} …`);
    await prepareDatabase(dataDir);
    await runFupin(['demo', '--households', String(households), '--seed', 'bench', '--region', COUNTY], benchEnv(dataDir));
  }
  const databaseFile = path.join(dataDir, 'fupin.sqlite');
  const count = new SQLite(databaseFile, { readonly: true });
  const total = count.prepare('select count(*) as n from households').get().n;
  count.close();
  console.log(`household export: ${total.toLocaleString('en')} households in ${databaseFile}; ${rounds} rounds of xlsx and of the baseline`);

  const port = await freePort();
  const server = await startServer(dataDir, port, COUNTY);
  const base = `http://127.0.0.1:${port}`;
  const checkFile = path.join(work ?? path.dirname(databaseFile), 'bench-export-check.xlsx');
  try {
    const { cookie, how } = await signIn(base, databaseFile);
    console.log(`  signed in: ${how}`);
    const results = [];
    for (let r = 0; r < rounds; r++) {
      const baseline = await timeBaseline(databaseFile);
      if (baseline.rows !== total) throw new Error(`baseline read ${baseline.rows} rows of ${total}`);
      const isLast = r === rounds - 1;
      const xlsx = await timeExport(base, cookie, server.pid, total, isLast ? checkFile : undefined);
      results.push({ xlsx, baseline });
      console.log(`  round ${r + 1}: xlsx ${fmt(xlsx.seconds)} s (CPU ${fmt(xlsx.cpuSeconds)} s, ${mib(xlsx.bytes)}), server RSS ${mib(xlsx.startRss)} at start, peak ${mib(xlsx.peakRss)}, `
        + `by quarter ${xlsx.quarters.map(mib).join(' / ')} | baseline ${fmt(baseline.seconds)} s (CPU ${fmt(baseline.cpuSeconds)} s) | `
        + `ratio ${fmt(xlsx.seconds / baseline.seconds, 2)}× wall, ${fmt(xlsx.cpuSeconds / baseline.cpuSeconds, 2)}× CPU | load ${loadAverage()}`);
    }
    // The last file, checked whole: every entry's CRC and length.
    const test = execFileSync('unzip', ['-tq', checkFile]).toString().trim();
    console.log(`  unzip -t of the last file: ${test}`);
    const pick = (f) => median(results.map(f));
    const result = {
      households: total,
      seconds: pick((x) => x.xlsx.seconds), bytes: pick((x) => x.xlsx.bytes),
      peakRss: pick((x) => x.xlsx.peakRss), startRss: pick((x) => x.xlsx.startRss),
      cpuSeconds: pick((x) => x.xlsx.cpuSeconds), baselineCpuSeconds: pick((x) => x.baseline.cpuSeconds),
      baselineSeconds: pick((x) => x.baseline.seconds), ratio: pick((x) => x.xlsx.seconds / x.baseline.seconds),
      cpuRatio: pick((x) => x.xlsx.cpuSeconds / x.baseline.cpuSeconds),
      serverPeakRss: memoryOf(server.pid).peak,
    };
    console.log(`  xlsx export (median of ${rounds}): ${fmt(result.seconds)} s wall (target < ${TARGET_SECONDS} s), ${fmt(result.cpuSeconds)} s CPU, ${mib(result.bytes)}; `
      + `server RSS ${mib(result.startRss)} before, peak ${mib(result.peakRss)} during; baseline ${fmt(result.baselineSeconds)} s wall, ${fmt(result.baselineCpuSeconds)} s CPU; `
      + `ratio ${fmt(result.ratio, 2)}× wall, ${fmt(result.cpuRatio, 2)}× CPU (a busy machine stretches wall time; CPU time much less)`);
    return result;
  } finally {
    await stopServer(server);
    fs.rmSync(checkFile, { force: true });
    if (work && !process.env.BENCH_KEEP) fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHouseholdExport();
