// Benchmark: a full monitoring scan of a county (default the 1,000,000-household demo) with every
// rule on, in-process (runScan, the use case behind the API, the CLI and the daily schedule), against
// a baseline measured in the same run: one hand-written SQL aggregate over the same tables (this
// year's and last year's incomes, the department feed records) on the same connection.
// Targets: under 10 s, and within 3× of the baseline. Medians of three rounds are reported for a
// first scan (every alert new: the alert table emptied before each round) and for a repeat scan
// (every alert already open: attached, not duplicated).
// Usage: BENCH_DATA_DIR=<data dir with demo households> node bench/monitoring-scan.mjs
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fmt, loadAverage, median } from './lib/common.mjs';
import { actor, COUNTY, openBenchData, runScan, sampleMembers, seeded, sendFeed, writeFeedFile } from './lib/monitoring-context.mjs';

const ROUNDS = 3;
const FEEDS = [
  ['medicalCosts', 100_000], ['schoolEnrolment', 20_000], ['disasterLosses', 10_000], ['employment', 10_000],
  ['housingGrades', 10_000], ['disabilityRegistrations', 5_000], ['deaths', 3_000], ['socialAssistanceRoll', 20_000],
];

async function ensureFeeds(ctx, dataDir) {
  const dir = fs.mkdtempSync(path.join(dataDir, 'scan-feeds-'));
  const year = new Date().getUTCFullYear();
  for (const [index, [kind, rows]] of FEEDS.entries()) {
    const present = await ctx.db.selectFrom('feedRecords').select((eb) => eb.fn.countAll().as('n')).where('kind', '=', kind).executeTakeFirstOrThrow();
    if (Number(present.n) > 0) continue;
    const people = await sampleMembers(ctx, rows, index + 2);
    const { seconds, report } = await sendFeed(ctx, kind, writeFeedFile(dir, kind, people, year, seeded(100 + index)));
    console.log(`  fed ${kind}: ${report.rows.inserted.toLocaleString('en')} rows in ${fmt(seconds, 2)} s`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

function timed(work) {
  return async () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await work();
    const used = process.cpuUsage(cpu);
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, result };
  };
}

export async function benchMonitoringScan() {
  const { ctx, dataDir } = await openBenchData();
  try {
    console.log(`monitoring scan of county ${COUNTY} (load average ${loadAverage()})`);
    await ensureFeeds(ctx, dataDir);
    const households = Number((await ctx.db.selectFrom('households').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const asOf = new Date().toISOString().slice(0, 10);
    const scan = timed(() => runScan(ctx, actor, { regionCode: COUNTY, asOf }, 'cli'));
    const year = Number((await ctx.db.selectFrom('incomes').select((eb) => eb.fn.max('year').as('y')).executeTakeFirstOrThrow()).y);
    const baselineSql = ctx.database.sqlite.prepare(`
      select
        (select count(*) from incomes c left join incomes p on p.household_id = c.household_id and p.year = c.year - 1
          where c.year = @year and c.village_code >= @from and c.village_code < @to
            and (c.net_income_per_capita < 600000
              or (p.net_income_per_capita > 0 and (p.net_income_per_capita - c.net_income_per_capita) * 100 >= 30 * p.net_income_per_capita))) as income_hits,
        (select count(distinct household_id) from feed_records
          where kind in ('medicalCosts', 'schoolEnrolment', 'disasterLosses', 'employment', 'housingGrades', 'disabilityRegistrations', 'deaths')
            and village_code >= @from and village_code < @to and event_date >= @since and event_date <= @asOf) as feed_households`);
    const baseline = timed(async () => baselineSql.get({ year, from: COUNTY, to: '150603', since: `${asOf.slice(0, 4)}-01-01`, asOf }));

    const rounds = { first: [], repeat: [], baseline: [] };
    for (let round = 0; round < ROUNDS; round++) {
      ctx.database.sqlite.exec('delete from monitoring_alerts');
      const b = await baseline();
      rounds.baseline.push(b);
      const first = await scan();
      rounds.first.push(first);
      const repeat = await scan();
      rounds.repeat.push(repeat);
      console.log(`  round ${round + 1}: baseline ${fmt(b.seconds, 2)} s (${b.result.income_hits.toLocaleString('en')} income hits, ${b.result.feed_households.toLocaleString('en')} households in feeds); `
        + `first scan ${fmt(first.seconds, 2)} s (CPU ${fmt(first.cpuSeconds, 2)} s, ${first.result.alertsRaised.toLocaleString('en')} alerts raised, ${first.result.status}); `
        + `repeat ${fmt(repeat.seconds, 2)} s (CPU ${fmt(repeat.cpuSeconds, 2)} s, ${repeat.result.alertsAttached.toLocaleString('en')} attached, ${repeat.result.alertsRaised} raised)`);
    }
    const m = (list, key = 'seconds') => median(list.map((x) => x[key]));
    const result = {
      households, baseline: m(rounds.baseline), first: m(rounds.first), repeat: m(rounds.repeat),
      firstCpu: m(rounds.first, 'cpuSeconds'), repeatCpu: m(rounds.repeat, 'cpuSeconds'),
    };
    console.log(`  medians over ${households.toLocaleString('en')} households: baseline ${fmt(result.baseline, 2)} s; `
      + `first scan ${fmt(result.first, 2)} s (${fmt(result.first / result.baseline, 2)}×, CPU ${fmt(result.firstCpu, 2)} s); `
      + `repeat scan ${fmt(result.repeat, 2)} s (${fmt(result.repeat / result.baseline, 2)}×, CPU ${fmt(result.repeatCpu, 2)} s) — targets < 10 s and ≤ 3× (load average ${loadAverage()})`);
    return result;
  } finally {
    await ctx.database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMonitoringScan();
