// Benchmark: a department batch of 100,000 rows (medical costs, CSV) read, validated row by row,
// matched to members by the keyed hash of the ID number and applied in one transaction, timed
// in-process (submitFeedBatch, the use case behind the API, the CLI and the UI). Target < 10 s.
// Each round sends a file with new settlement numbers (a fresh batch); then the first file again
// (idempotent: recognised by its checksum) and the first file's rows in a new file (every row
// unchanged: matched, compared, nothing written).
// Usage: BENCH_DATA_DIR=<data dir with demo households> node bench/monitoring-feed.mjs [--rows=100000]
import fs from 'node:fs';
import path from 'node:path';
import { fmt, loadAverage, median } from './lib/common.mjs';
import { openBenchData, sampleMembers, seeded, sendFeed, writeFeedFile } from './lib/monitoring-context.mjs';

const ROUNDS = 3;

export async function benchMonitoringFeed(rowCount = Number((process.argv.find((a) => a.startsWith('--rows=')) ?? '--rows=100000').slice(7))) {
  const { ctx, dataDir } = await openBenchData();
  try {
    const dir = fs.mkdtempSync(path.join(dataDir, 'feeds-'));
    const people = await sampleMembers(ctx, rowCount, 1);
    console.log(`monitoring feed: ${people.length.toLocaleString('en')} rows of medical costs (load average ${loadAverage()})`);
    const fresh = [];
    const cpu = [];
    let first;
    for (let round = 0; round < ROUNDS; round++) {
      const file = writeFeedFile(dir, 'medicalCosts', people, new Date().getUTCFullYear(), seeded(round + 1), `R${round}`);
      const { seconds, cpuSeconds, report } = await sendFeed(ctx, 'medicalCosts', file);
      first ??= file;
      fresh.push(seconds);
      cpu.push(cpuSeconds);
      console.log(`  round ${round + 1}: ${fmt(seconds, 2)} s (CPU of this process ${fmt(cpuSeconds, 2)} s) — ${report.rows.inserted.toLocaleString('en')} new, ${report.rows.invalid} invalid, ${report.rows.unmatched} unmatched`);
    }
    const repeat = await sendFeed(ctx, 'medicalCosts', first);
    const copy = path.join(dir, 'same-rows-new-file.csv');
    fs.writeFileSync(copy, `${fs.readFileSync(first, 'utf8')}\r\n`);
    const unchanged = await sendFeed(ctx, 'medicalCosts', copy);
    console.log(`  same file again: ${fmt(repeat.seconds, 3)} s (repeat: ${repeat.report.isRepeat}); same rows in a new file: ${fmt(unchanged.seconds, 2)} s, ${unchanged.report.rows.unchanged.toLocaleString('en')} unchanged`);
    const result = { rows: people.length, medianSeconds: median(fresh), medianCpuSeconds: median(cpu), repeatSeconds: repeat.seconds, unchangedSeconds: unchanged.seconds };
    console.log(`  median ${fmt(result.medianSeconds, 2)} s wall, ${fmt(result.medianCpuSeconds, 2)} s CPU for ${people.length.toLocaleString('en')} rows (target < 10 s; load average ${loadAverage()})`);
    fs.rmSync(dir, { recursive: true, force: true });
    return result;
  } finally {
    await ctx.database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMonitoringFeed();
