import { checkIncomeBelowThreshold, checkIncomeDrop, checkMedicalOutOfPocket, checkMedicalSingleStay, type MonitoringReason, type RuleParams } from '@fupin/core';
import { expect, it } from 'vitest';
import { CamelCasePlugin, Kysely, sql, type Driver } from 'kysely';
import { cliActor } from '../../access/actor.ts';
import type { Database } from '../../db/schema.ts';
import { SqliteReaderDialect } from '../../db/sqlite-reader.ts';
import { buildMemberInput, findTestVillages, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp, type TestUser } from '../../../test/test-context.ts';
import type { AlertView, ScanView } from './monitoring.schemas.ts';
import { runScan } from './monitoring-scan.service.ts';

const AS_OF = '2026-06-30';

async function scan(t: TestApp, user: TestUser): Promise<ScanView> {
  const started = await request<ScanView>(t, 'POST', '/api/v1/monitoring/scans', { user, body: { regionCode: '150602', asOf: AS_OF } });
  for (let i = 0; i < 200; i++) {
    const now = await request<ScanView>(t, 'GET', `/api/v1/monitoring/scans/${started.body.id}`, { user });
    if (now.body.status !== 'running') return now.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('scan did not finish');
}

async function income(t: TestApp, user: TestUser, householdId: number, year: number, wageIncome: number): Promise<void> {
  expect((await request(t, 'PUT', `/api/v1/households/${householdId}/incomes/${year}`, { user, body: { wageIncome, householdSize: 1 } })).status).toBe(200);
}

/** A SQLite reader whose connection notes 'reader' in `order` as it hands each query to the worker. */
function readerNotingQueries(file: string, order: string[]): Kysely<Database> {
  const base = new SqliteReaderDialect(file);
  const driver = base.createDriver();
  const noting: Driver = {
    init: () => driver.init(),
    acquireConnection: async () => {
      const connection = await driver.acquireConnection();
      return { executeQuery: (query) => { order.push('reader'); return connection.executeQuery(query); }, streamQuery: (query) => connection.streamQuery(query) };
    },
    beginTransaction: (connection, settings) => driver.beginTransaction(connection, settings),
    commitTransaction: (connection) => driver.commitTransaction(connection),
    rollbackTransaction: (connection) => driver.rollbackTransaction(connection),
    releaseConnection: (connection) => driver.releaseConnection(connection),
    destroy: () => driver.destroy(),
  };
  return new Kysely<Database>({ plugins: [new CamelCasePlugin()], dialect: {
    createAdapter: () => base.createAdapter(), createQueryCompiler: () => base.createQueryCompiler(),
    createIntrospector: (db) => base.createIntrospector(db), createDriver: () => noting,
  } });
}

describeEachEngine('monitoring scan written in SQL', (t, kind) => {
  it('gives the income reasons exactly as the rules in core write them, and a repeat scan attaches to the same alerts', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    // [2024, 2025] per-capita wage incomes in fen; null: none recorded.
    const cases: [number | null, number | null][] = [
      [null, 599_999], [null, 600_000], [1_000_000, 700_000], [1_000_000, 700_001], [1_000_000, 300_000], [0, 100], [2_000_000, 1_400_000], [700_000, null], [1_000_003, 699_999],
    ];
    const ids: number[] = [];
    for (const [previous, current] of cases) {
      const household = await registerTestHousehold(t(), county, { memberCount: 1 });
      if (previous !== null) await income(t(), county, household.id, 2024, previous);
      if (current !== null) await income(t(), county, household.id, 2025, current);
      ids.push(household.id);
    }
    const first = await scan(t(), county);
    expect(first).toMatchObject({ status: 'finished', incomeYear: 2025 });
    const inbox = async () => (await request<{ items: AlertView[] }>(t(), 'GET', '/api/v1/monitoring/alerts?limit=200&riskType=other', { user: county })).body.items;
    const before = await inbox();
    cases.forEach(([previous, current], i) => {
      const expected = current === null ? [] : [
        checkIncomeBelowThreshold({ year: 2025, netIncomePerCapita: current }, { threshold: 600_000 }),
        previous === null ? null : checkIncomeDrop({ year: 2025, netIncomePerCapita: current, previousNetIncomePerCapita: previous }, { dropPercent: 30 }),
      ].filter((r) => r !== null);
      const alerts = before.filter((a) => a.householdId === ids[i]);
      expect(alerts.map((a) => a.reasons), `household ${i}: ${previous} → ${current}`).toEqual(expected.length ? [expected] : []);
      if (expected.length) expect(alerts[0]?.rules).toEqual(expected.map((r) => r.rule));
    });

    // Found again unchanged: attached, not duplicated, and not written.
    const written = (alerts: AlertView[]) => alerts.map((a) => [a.id, a.reasons, a.raisedCount, a.lastRaisedAt, a.clearedAt]).sort();
    const repeat = await scan(t(), county);
    expect(repeat).toMatchObject({ alertsRaised: 0, alertsAttached: first.alertsRaised, alertsCleared: 0, hits: first.hits });
    expect(written(await inbox())).toEqual(written(before));

    // A new signal beside the known ones: one new alert, the known ones found again, none twice.
    const late = await registerTestHousehold(t(), county, { memberCount: 1 });
    await income(t(), county, late.id, 2025, 100);
    const third = await scan(t(), county);
    expect(third).toMatchObject({ alertsRaised: 1, alertsAttached: first.alertsRaised, alertsCleared: 0 });
    const last = await inbox();
    expect(last.filter((a) => a.householdId === late.id).map((a) => [a.raisedCount, a.clearedAt])).toEqual([[1, null]]);
    expect(written(last.filter((a) => a.householdId !== late.id))).toEqual(written(before));
  });

  it('gives both medical rules from one walk over the records, the total first and then each costly stay, as core explains them', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const [head, spouse, other] = [buildMemberInput(), buildMemberInput({ relationToHead: 'spouse' }), buildMemberInput()];
    const exited = await registerTestHousehold(t(), county, { members: [head, spouse], povertyStatus: 'exited', yearExited: 2019 });
    const notPoor = await registerTestHousehold(t(), county, { members: [other], povertyStatus: 'notPoor', yearIdentified: null, mainCause: null, otherCauses: [] });
    const form = new FormData();
    form.append('file', new File([new TextEncoder().encode(['结算单号,姓名,公民身份号码,结算日期,医疗总费用(元),个人自付(元),是否住院',
      `E1,${head.name},${head.idNumber},2026-03-01,30000,7000,是`, `E2,${spouse.name},${spouse.idNumber},2026-04-01,10000,5000,否`,
      `N1,${other.name},${other.idNumber},2026-02-01,20000,8000,是`, `N2,${other.name},${other.idNumber},2026-05-01,30000,12000,是`].join('\n'))], 'medicalCosts.csv'));
    expect((await t().app.request('/api/v1/feeds/medicalCosts/batches', { method: 'POST', headers: county.headers, body: form })).status).toBe(201);
    const records = await t().ctx.db.selectFrom('feedRecords').select(['id', 'memberId', 'eventDate']).where('kind', '=', 'medicalCosts').execute();
    const record = (eventDate: string) => records.find((r) => r.eventDate === eventDate) ?? { id: '?', memberId: 0, eventDate };
    const rules = (await request<{ rule: string; params: RuleParams }[]>(t(), 'GET', '/api/v1/monitoring/rules?region=150602&year=2026', { user: county })).body;
    const params = (rule: string): RuleParams => rules.find((r) => r.rule === rule)?.params ?? {};
    const stay = (eventDate: string, outOfPocket: number, isExitedOrMonitored: boolean) => {
      const r = record(eventDate);
      return checkMedicalSingleStay({ outOfPocket, isInpatient: true, isExitedOrMonitored, feed: { source: 'feed', feedKind: 'medicalCosts', recordIds: [r.id], eventDate, memberId: r.memberId, code: 'yes' } }, params('medicalSingleStay'));
    };
    const total = checkMedicalOutOfPocket({ outOfPocket: 1_200_000, isExitedOrMonitored: true, feed: {
      source: 'feed', feedKind: 'medicalCosts', recordIds: [record('2026-03-01').id, record('2026-04-01').id], eventDate: '2026-04-01', memberId: null, code: null,
    } }, params('medicalOutOfPocket'));
    const illness = async (householdId: number) =>
      (await request<{ items: AlertView[] }>(t(), 'GET', `/api/v1/monitoring/alerts?householdId=${householdId}&riskType=illness`, { user: county })).body.items;
    const shape = (reasons: (MonitoringReason | null)[]) => reasons.filter((r) => r !== null);

    await scan(t(), county);
    const [first] = await illness(exited.id);
    // 12 000 yuan out of pocket passes 50 % of the rural income for an exited household; 7 000 passes its 6 000 a stay.
    expect(first).toMatchObject({ rules: ['medicalOutOfPocket', 'medicalSingleStay'], reasons: shape([total, stay('2026-03-01', 700_000, true)]) });
    expect(shape([total, stay('2026-03-01', 700_000, true)])).toHaveLength(2);
    // Others: 20 000 yuan in all stays under the rural income, and only the 12 000 stay passes their 10 000.
    expect(await illness(notPoor.id)).toEqual([expect.objectContaining({ rules: ['medicalSingleStay'], reasons: shape([stay('2026-05-01', 1_200_000, false)]) })]);

    // The total's rule switched off: the repeat scan keeps the same alert with the stay alone.
    expect((await request(t(), 'PUT', '/api/v1/monitoring/rules', { user: county, body: { regionCode: '150602', year: 2026, rule: 'medicalOutOfPocket', enabled: false } })).status).toBe(200);
    await scan(t(), county);
    expect(await illness(exited.id)).toEqual([expect.objectContaining({
      id: first?.id, raisedAt: first?.raisedAt, raisedCount: 2, rules: ['medicalSingleStay'], reasons: shape([stay('2026-03-01', 700_000, true)]),
    })]);
  });

  it.runIf(kind === 'sqlite')('looks findings and alerts up by index both ways, even when the statistics say the alerts are few', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), county, { memberCount: 1 });
    await income(t(), county, household.id, 2025, 100_000);
    await scan(t(), county);
    const sqlite = t().ctx.database.sqlite;
    if (!sqlite) throw new Error('this test runs on SQLite');
    // Statistics as an ANALYZE of the empty table leaves them: SQLite then planned a walk over every finding for each alert.
    sqlite.exec('analyze sqlite_schema');
    const stat = sqlite.prepare('insert or replace into sqlite_stat1 (tbl, idx, stat) values (?, ?, ?)');
    for (const [idx, value] of [[null, '1'], ['monitoring_alerts_open_uq', '1 1 1'], ['monitoring_alerts_inbox_idx', '1 1 1'], ['sqlite_autoindex_monitoring_alerts_1', '1 1']] as const) stat.run('monitoring_alerts', idx, value);
    sqlite.exec('analyze sqlite_schema');
    const plans: string[][] = [];
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => {
      if (/scan_findings/.test(source) && /monitoring_alerts/.test(source) && !/^\s*explain/.test(source)) {
        const statement = prepare(source);
        const all = statement.all.bind(statement);
        const run = statement.run.bind(statement);
        const explain = (params: unknown[]) => plans.push(prepare(`explain query plan ${source}`).all(...params).map((r) => String((r as { detail: string }).detail)));
        return Object.assign(statement, {
          all: (...params: unknown[]) => { explain(params); return all(...params); },
          run: (...params: unknown[]) => { explain(params); return run(...params); },
        });
      }
      return prepare(source);
    }) as typeof sqlite.prepare;
    try {
      // A repeat scan that also clears an alert: every statement between the findings and the alerts.
      await income(t(), county, household.id, 2025, 900_000);
      expect(await scan(t(), county)).toMatchObject({ status: 'finished', alertsCleared: 1 });
    } finally {
      sqlite.prepare = prepare;
      sqlite.exec('delete from sqlite_stat1 where tbl = \'monitoring_alerts\'; analyze sqlite_schema');
    }
    expect(plans.length).toBeGreaterThanOrEqual(3);
    // The findings (alias f) are walked at most once, as the outer loop, never once per alert.
    for (const plan of plans) expect(plan.slice(1).filter((step) => /^SCAN f\b/.test(step)), plan.join(' | ')).toEqual([]);
  });

  it.runIf(kind === 'sqlite')('sends every feed rule\'s query to the reader before the income pass holds the main connection', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), county, { memberCount: 1 });
    await income(t(), county, household.id, 2025, 100_000);
    const { ctx } = t();
    const sqlite = ctx.database.sqlite;
    if (!sqlite) throw new Error('this test runs on SQLite');
    const order: string[] = [];
    const reader = readerNotingQueries(ctx.config.database.kind === 'sqlite' ? ctx.config.database.file : '', order);
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => {
      const statement = prepare(source);
      if (!/insert into "scan_findings"/.test(source)) return statement;
      const run = statement.run.bind(statement);
      return Object.assign(statement, { run: (...params: unknown[]) => { order.push('income'); return run(...params); } });
    }) as typeof sqlite.prepare;
    try {
      expect(await runScan({ ...ctx, database: { ...ctx.database, reader } }, cliActor(), { regionCode: '150602', asOf: AS_OF }, 'cli')).toMatchObject({ status: 'finished' });
    } finally {
      sqlite.prepare = prepare;
      await reader.destroy();
    }
    // The medical, dropout, disaster, job, housing and main-earner queries (deaths, disabilities, members) all go out first.
    expect(order.indexOf('income')).toBeGreaterThanOrEqual(8);
    expect(order.slice(order.indexOf('income'))).toEqual(['income']);
  });

  it('writes county by county: a county that fails leaves the counties before it written, counted and audited, and the scan failed', async () => {
    const beijing = await createSignedInUser(t(), 'countyOfficer', '110101');
    const [village] = await findTestVillages(t(), '110101');
    const poorInBeijing = await registerTestHousehold(t(), beijing, { memberCount: 1, villageCode: village });
    await income(t(), beijing, poorInBeijing.id, 2025, 100_000);
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const poorHere = await registerTestHousehold(t(), county, { memberCount: 1 });
    await income(t(), county, poorHere.id, 2025, 100_000);
    const db = t().ctx.db;
    // 东胜区's new alerts are refused by the database, after 东城区 (counties go in code order) is written.
    const refusal = kind === 'sqlite'
      ? [sql`create temp trigger refuse_150602 before insert on main.monitoring_alerts when new.village_code like '150602%' begin select raise(abort, 'refused in 150602'); end`]
      : [sql`create function refuse_150602() returns trigger language plpgsql as $$ begin raise exception 'refused in 150602'; end $$`,
        sql`create trigger refuse_150602 before insert on monitoring_alerts for each row when (new.village_code like '150602%') execute function refuse_150602()`];
    for (const statement of refusal) await statement.execute(db);
    const alertsOf = async (householdId: number) => (await db.selectFrom('monitoringAlerts').select('id').where('householdId', '=', householdId).execute()).length;
    const audited = async (scanId: string) => (await db.selectFrom('auditLog').select(['regionCode', 'details']).where('entityId', '=', scanId).orderBy('seq').execute())
      .map((a) => [a.regionCode, (JSON.parse(a.details) as { alertsRaised: number }).alertsRaised]);
    try {
      const failed = await runScan(t().ctx, cliActor(), { regionCode: '', asOf: AS_OF }, 'cli');
      expect(failed).toMatchObject({ status: 'failed', stepsTotal: 2, stepsDone: 1, currentStep: '150602', alertsRaised: 1, alertsCleared: 0 });
      expect(failed.error).toMatch(/refused in 150602/);
      expect([await alertsOf(poorInBeijing.id), await alertsOf(poorHere.id)]).toEqual([1, 0]);
      expect(await audited(failed.id)).toEqual([['110101', 1]]);
    } finally {
      await sql.raw(kind === 'sqlite' ? 'drop trigger refuse_150602' : 'drop trigger refuse_150602 on monitoring_alerts; drop function refuse_150602()').execute(db);
    }
    const again = await runScan(t().ctx, cliActor(), { regionCode: '', asOf: AS_OF }, 'cli');
    expect(again).toMatchObject({ status: 'finished', stepsTotal: 2, stepsDone: 2, currentStep: null });
    expect([await alertsOf(poorInBeijing.id), await alertsOf(poorHere.id)]).toEqual([1, 1]);
    expect((await audited(again.id)).map(([region]) => region)).toEqual(['110101', '150602']);
  });
});
