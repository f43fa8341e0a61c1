// Benchmark: a full monitoring scan of a county (default the 1,000,000-household demo) with every
// rule on, in-process (runScan, the use case behind the API, the CLI and the daily schedule), against
// a baseline measured in the same run: one hand-written SQL aggregate over the same tables on the
// same connection that finds what every rule looks for (households below the threshold or with a
// sharp drop, this year's medical totals and costly stays, latest dropouts, job losses and housing
// grades, disaster losses, the main earner's death or disability) and counts them, through the
// same indexes, without explaining or writing anything.
// Targets: under 10 s, and within 3× of the baseline. Medians of three rounds are reported for a
// first scan (every alert new: the alert table emptied before each round) and for a repeat scan
// (every alert already open: attached, not duplicated).
// Usage: BENCH_DATA_DIR=<data dir with demo households> node bench/monitoring-scan.mjs
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fmt, loadAverage, median } from './lib/common.mjs';
import { actor, COUNTY, openBenchData, resolveRuleSettingsFor, runScan, sampleMembers, seeded, sendFeed, writeFeedFile } from './lib/monitoring-context.mjs';

const ROUNDS = 3;
const FEEDS = [
  ['medicalCosts', 100_000], ['schoolEnrolment', 20_000], ['disasterLosses', 10_000], ['employment', 10_000],
  ['housingGrades', 10_000], ['disabilityRegistrations', 5_000], ['deaths', 3_000], ['socialAssistanceRoll', 20_000],
];

/** Each rule's candidates counted in one statement, the way one would write it by hand for SQLite. */
const BASELINE_SQL = `
  with recent as (
    select r.household_id, r.member_id, r.kind, r.code, r.amount, r.event_date from feed_records r
    where r.kind in ('schoolEnrolment', 'employment', 'housingGrades', 'disabilityRegistrations', 'deaths', 'disasterLosses')
      and r.village_code >= @from and r.village_code < @to and r.event_date >= @longWindow and r.event_date <= @asOf
      and (r.kind in ('deaths', 'disasterLosses') or not exists (select 1 from feed_records l
        where l.member_id = r.member_id and l.kind = r.kind and l.event_date > r.event_date))
  )
  select
    (select count(*) from (
      select max(case when year = @year then net_income_per_capita end) as value, max(case when year = @year - 1 then net_income_per_capita end) as previous
      from incomes indexed by incomes_scan_idx
      where village_code >= @from and village_code < @to and year in (@year, @year - 1)
      group by village_code, household_id)
     where value < @threshold or (previous > 0 and (previous - value) * 100 >= @dropPercent * previous)) as incomes,
    (select count(*) from (select household_id from feed_records
      where kind = 'medicalCosts' and village_code >= @from and village_code < @to and event_date >= @yearStart and event_date <= @asOf
      group by household_id having sum(amount) > @medicalLimit)) as medicalTotals,
    (select count(*) from feed_records
      where kind = 'medicalCosts' and village_code >= @from and village_code < @to and event_date >= @yearStart and event_date <= @asOf
        and code = 'yes' and amount > @stayLimit) as costlyStays,
    (select count(*) from recent where kind = 'schoolEnrolment' and code = 'dropout' and event_date >= @dropoutFrom) as dropouts,
    (select count(*) from recent where kind = 'disasterLosses' and amount >= @minLoss and event_date >= @disasterFrom) as disasters,
    (select count(*) from recent where kind = 'employment' and code in ('unemploymentRegistered', 'postEnded') and event_date >= @jobFrom) as jobLosses,
    (select count(*) from recent where kind = 'housingGrades' and code in ('C', 'D') and event_date >= @housingFrom) as housing,
    (select count(*) from recent e join members m on m.id = e.member_id
      where (e.kind = 'deaths' or (e.kind = 'disabilityRegistrations' and e.code in ('grade1', 'grade2'))) and e.event_date >= @earnerFrom
        and m.employment_income >= (select max(o.employment_income) from members o where o.household_id = e.household_id and o.moved_out_on is null)
        and (m.employment_income > 0 or m.relation_to_head = 'self')) as mainEarners`;

/** The baseline's limits: the scan's own settings in force for the county. */
function baselineParamsOf(settings, { year, from, to, asOf }) {
  const p = (rule) => settings[rule].params;
  const since = (days) => new Date(Date.parse(`${asOf}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  const windows = ['dropout', 'disasterLoss', 'jobLoss', 'dangerousHousing', 'mainEarnerLoss'].map((r) => p(r).windowDays);
  const medical = p('medicalOutOfPocket');
  return {
    year, from, to, asOf, yearStart: `${asOf.slice(0, 4)}-01-01`, longWindow: since(Math.max(...windows)),
    threshold: p('incomeBelowThreshold').threshold, dropPercent: p('incomeDrop').dropPercent,
    medicalLimit: Math.floor((medical.ruralDisposableIncome * Math.min(medical.exitedOrMonitoredPercent, medical.othersPercent)) / 100),
    stayLimit: Math.min(p('medicalSingleStay').monitoredLimit, p('medicalSingleStay').othersLimit), minLoss: p('disasterLoss').minLoss,
    dropoutFrom: since(p('dropout').windowDays), disasterFrom: since(p('disasterLoss').windowDays), jobFrom: since(p('jobLoss').windowDays),
    housingFrom: since(p('dangerousHousing').windowDays), earnerFrom: since(p('mainEarnerLoss').windowDays),
  };
}

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
    const settings = await resolveRuleSettingsFor(ctx.db, COUNTY, Number(asOf.slice(0, 4)));
    const baselineSql = ctx.database.sqlite.prepare(BASELINE_SQL);
    const baselineParams = baselineParamsOf(settings, { year, from: COUNTY, to: '150603', asOf });
    const baseline = timed(async () => baselineSql.get(baselineParams));

    const rounds = { first: [], repeat: [], baseline: [] };
    for (let round = 0; round < ROUNDS; round++) {
      ctx.database.sqlite.exec('delete from monitoring_alerts');
      const b = await baseline();
      rounds.baseline.push(b);
      const first = await scan();
      rounds.first.push(first);
      const repeat = await scan();
      rounds.repeat.push(repeat);
      const found = Object.entries(b.result).map(([rule, n]) => `${rule} ${n.toLocaleString('en')}`).join(', ');
      console.log(`  round ${round + 1}: baseline ${fmt(b.seconds, 2)} s (CPU ${fmt(b.cpuSeconds, 2)} s; ${found}); `
        + `first scan ${fmt(first.seconds, 2)} s (CPU ${fmt(first.cpuSeconds, 2)} s, ${first.result.alertsRaised.toLocaleString('en')} alerts raised, ${first.result.status}); `
        + `repeat ${fmt(repeat.seconds, 2)} s (CPU ${fmt(repeat.cpuSeconds, 2)} s, ${repeat.result.alertsAttached.toLocaleString('en')} attached, ${repeat.result.alertsRaised} raised)`);
    }
    const m = (list, key = 'seconds') => median(list.map((x) => x[key]));
    const result = {
      households, baseline: m(rounds.baseline), first: m(rounds.first), repeat: m(rounds.repeat),
      baselineCpu: m(rounds.baseline, 'cpuSeconds'), firstCpu: m(rounds.first, 'cpuSeconds'), repeatCpu: m(rounds.repeat, 'cpuSeconds'),
    };
    // On a busy machine wall time waits for other work; CPU time (this process's) shows the work itself.
    console.log(`  medians over ${households.toLocaleString('en')} households: baseline ${fmt(result.baseline, 2)} s (CPU ${fmt(result.baselineCpu, 2)} s); `
      + `first scan ${fmt(result.first, 2)} s (${fmt(result.first / result.baseline, 2)}×; CPU ${fmt(result.firstCpu, 2)} s, ${fmt(result.firstCpu / result.baselineCpu, 2)}×); `
      + `repeat scan ${fmt(result.repeat, 2)} s (${fmt(result.repeat / result.baseline, 2)}×; CPU ${fmt(result.repeatCpu, 2)} s, ${fmt(result.repeatCpu / result.baselineCpu, 2)}×) — targets < 10 s and ≤ 3× (load average ${loadAverage()})`);
    return result;
  } finally {
    await ctx.database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMonitoringScan();
