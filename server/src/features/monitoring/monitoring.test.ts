import { v7 as uuidv7 } from 'uuid';
import { expect, it } from 'vitest';
import { buildMemberInput, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp, type TestUser } from '../../../test/test-context.ts';
import type { AlertView, ScanView } from './monitoring.schemas.ts';

const AS_OF = '2026-06-30';

async function upload(t: TestApp, user: TestUser, kind: string, lines: string[]): Promise<number> {
  const form = new FormData();
  form.append('file', new File([new TextEncoder().encode(lines.join('\n'))], `${kind}.csv`));
  return (await t.app.request(`/api/v1/feeds/${kind}/batches`, { method: 'POST', headers: user.headers, body: form })).status;
}

async function scan(t: TestApp, user: TestUser, regionCode = '150602'): Promise<ScanView> {
  const started = await request<ScanView>(t, 'POST', '/api/v1/monitoring/scans', { user, body: { regionCode, asOf: AS_OF } });
  expect(started.status).toBe(202);
  for (let i = 0; i < 200; i++) {
    const now = await request<ScanView>(t, 'GET', `/api/v1/monitoring/scans/${started.body.id}`, { user });
    if (now.body.status !== 'running') return now.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('scan did not finish');
}

async function income(t: TestApp, user: TestUser, householdId: number, year: number, wageIncome: number): Promise<void> {
  const res = await request(t, 'PUT', `/api/v1/households/${householdId}/incomes/${year}`, { user, body: { wageIncome, householdSize: 1 } });
  expect(res.status).toBe(200);
}

describeEachEngine('monitoring scan and alerts', (t) => {
  it('raises alerts with reasons at the thresholds, attaches repeats, and lists discrepancies', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const below = await registerTestHousehold(t(), county, { memberCount: 1, povertyStatus: 'notPoor', yearIdentified: null, mainCause: null, otherCauses: [] });
    const at = await registerTestHousehold(t(), county, { memberCount: 1 });
    const drop = await registerTestHousehold(t(), county, { memberCount: 1 });
    const nearDrop = await registerTestHousehold(t(), county, { memberCount: 1 });
    await income(t(), county, below.id, 2025, 599_999);
    await income(t(), county, at.id, 2025, 600_000);
    await income(t(), county, drop.id, 2024, 1_000_000);
    await income(t(), county, drop.id, 2025, 700_000);
    await income(t(), county, nearDrop.id, 2024, 1_000_000);
    await income(t(), county, nearDrop.id, 2025, 700_001);

    const head = buildMemberInput();
    const pupil = buildMemberInput({ relationToHead: 'son', schoolStatus: 'juniorHigh' });
    const sick = await registerTestHousehold(t(), county, { members: [head, pupil], povertyStatus: 'exited', yearExited: 2019 });
    await income(t(), county, sick.id, 2025, 2_000_000);
    // 50 % of the 2025 rural income (23 119 yuan, the latest known) is 11 559.50 yuan for an exited household.
    expect(await upload(t(), county, 'medicalCosts', ['结算单号,姓名,公民身份号码,结算日期,医疗总费用(元),个人自付(元),是否住院',
      `M1,${head.name},${head.idNumber},2026-03-01,30000,11559.51,是`])).toBe(201);
    expect(await upload(t(), county, 'schoolEnrolment', ['姓名,公民身份号码,学籍状态,变动日期', `${pupil.name},${pupil.idNumber},辍学,2026-05-01`])).toBe(201);
    expect(await upload(t(), county, 'socialAssistanceRoll', ['姓名,公民身份号码,救助类别,名册月份,月保障金额(元)', `${head.name},${head.idNumber},低保,2026-05,635`])).toBe(201);

    const first = await scan(t(), county);
    expect(first).toMatchObject({ status: 'finished', incomeYear: 2025, alertsAttached: 0, stepsDone: first.stepsTotal });
    const inbox = await request<{ total: number; items: AlertView[]; countsByRisk: Record<string, number> }>(t(), 'GET', '/api/v1/monitoring/alerts?limit=200', { user: county });
    const byHousehold = (id: number) => inbox.body.items.filter((a) => a.householdId === id);
    expect(byHousehold(below.id)).toEqual([expect.objectContaining({ riskType: 'other', rules: ['incomeBelowThreshold'], reasons: [expect.objectContaining({ value: 599_999, comparison: '<', limit: 600_000, data: { source: 'income', year: 2025 } })] })]);
    expect(byHousehold(at.id)).toEqual([]);
    expect(byHousehold(drop.id)).toEqual([expect.objectContaining({ rules: ['incomeDrop'] })]);
    expect(byHousehold(nearDrop.id)).toEqual([]);
    const sickAlerts = byHousehold(sick.id);
    expect(sickAlerts.find((a) => a.riskType === 'illness')?.rules.sort()).toEqual(['medicalOutOfPocket', 'medicalSingleStay']);
    expect(sickAlerts.find((a) => a.riskType === 'illness')?.reasons.find((r) => r.rule === 'medicalOutOfPocket')).toMatchObject({ value: 1_155_951, limit: 1_155_950 });
    expect(sickAlerts.find((a) => a.riskType === 'schooling')).toMatchObject({ rules: ['dropout'], villageName: expect.any(String) });
    expect(first.alertsRaised).toBe(inbox.body.total);

    // The same data again: every alert found, none written.
    const second = await scan(t(), county);
    expect(second).toMatchObject({ alertsRaised: 0, alertsAttached: first.alertsRaised, alertsCleared: 0 });
    const again = await request<{ total: number; items: AlertView[] }>(t(), 'GET', `/api/v1/monitoring/alerts?householdId=${below.id}`, { user: county });
    expect(again.body.items).toEqual([expect.objectContaining({ raisedCount: 1, lastRaisedAt: byHousehold(below.id)[0]?.lastRaisedAt, clearedAt: null })]);

    const dibao = await request<{ total: number; items: { householdId: number; registryValue: string; feedValue: string }[] }>(t(), 'GET', '/api/v1/monitoring/discrepancies?kind=dibaoNotInRegistry', { user: county });
    expect(dibao.body.items).toEqual([expect.objectContaining({ householdId: sick.id, registryValue: 'receivesDibao=0', feedValue: 'dibao' })]);
    const school = await request<{ items: { householdId: number; registryValue: string }[] }>(t(), 'GET', '/api/v1/monitoring/discrepancies?kind=enrolledButDropout', { user: county });
    expect(school.body.items).toEqual([expect.objectContaining({ householdId: sick.id, registryValue: 'juniorHigh' })]);

    // Closing an alert after checking it; the next scan raises a new one only because the risk is still there.
    const alertId = byHousehold(at.id)[0]?.id ?? byHousehold(below.id)[0]?.id ?? '';
    const closed = await request<AlertView>(t(), 'POST', `/api/v1/monitoring/alerts/${alertId}/close`, { user: county, body: { note: '入户核实：收入已提高' } });
    expect(closed.body).toMatchObject({ status: 'closed', closeNote: '入户核实：收入已提高' });
    expect((await request(t(), 'POST', `/api/v1/monitoring/alerts/${alertId}/close`, { user: county, body: { note: '再次' } })).body).toMatchObject({ code: 'ALERT_CLOSED' });

    // Outside the region: nothing is visible, a scan is refused.
    const other = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request(t(), 'GET', `/api/v1/monitoring/alerts/${alertId}`, { user: other })).status).toBe(404);
    expect((await request<{ total: number }>(t(), 'GET', '/api/v1/monitoring/alerts', { user: other })).body.total).toBe(0);
    expect((await request(t(), 'POST', '/api/v1/monitoring/scans', { user: other, body: { regionCode: '150602' } })).status).toBe(404);
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    expect((await request(t(), 'POST', '/api/v1/monitoring/scans', { user: cadre, body: { regionCode: '150602101201' } })).status).toBe(403);
  });

  it('scans only the chosen region and refreshes an open alert\'s reasons when they change', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const inTownship = await registerTestHousehold(t(), county, { memberCount: 1 });
    const elsewhere = await registerTestHousehold(t(), county, { memberCount: 1, villageCode: '150602001001' });
    await income(t(), county, inTownship.id, 2025, 500_000);
    await income(t(), county, elsewhere.id, 2025, 500_000);
    const alertsOf = async (householdId: number) =>
      (await request<{ items: AlertView[] }>(t(), 'GET', `/api/v1/monitoring/alerts?householdId=${householdId}`, { user: county })).body.items;

    expect(await scan(t(), county, '150602101')).toMatchObject({ status: 'finished' });
    expect(await alertsOf(elsewhere.id)).toEqual([]);
    const [first] = await alertsOf(inTownship.id);
    expect(first).toMatchObject({ raisedCount: 1, reasons: [expect.objectContaining({ value: 500_000 })] });

    // A lower income and a sharp drop: the same open alert, now with both reasons; nothing new.
    await income(t(), county, inTownship.id, 2024, 1_000_000);
    await income(t(), county, inTownship.id, 2025, 400_000);
    await scan(t(), county, '150602101');
    const refreshed = await alertsOf(inTownship.id);
    expect(refreshed).toEqual([expect.objectContaining({ id: first?.id, raisedCount: 2, rules: ['incomeBelowThreshold', 'incomeDrop'] })]);
    expect(refreshed[0]?.reasons.map((r) => [r.rule, r.value])).toEqual([['incomeBelowThreshold', 400_000], ['incomeDrop', 60]]);
    await scan(t(), county);
    expect(await alertsOf(elsewhere.id)).toEqual([expect.objectContaining({ raisedCount: 1 })]);

    // Above the line and no drop: the scan no longer finds it and clears it (it stays open for a person to close).
    await income(t(), county, inTownship.id, 2025, 900_000);
    await income(t(), county, elsewhere.id, 2025, 900_000);
    // A township's scan clears nothing outside the township.
    const clearing = await scan(t(), county, '150602101');
    expect(clearing).toMatchObject({ alertsRaised: 0, alertsCleared: 1 });
    const [cleared] = await alertsOf(inTownship.id);
    expect(cleared).toMatchObject({ id: first?.id, status: 'open', raisedCount: 2, clearedAt: expect.any(String), lastRaisedAt: refreshed[0]?.lastRaisedAt });
    expect(await alertsOf(elsewhere.id)).toEqual([expect.objectContaining({ clearedAt: null })]);
    expect(await scan(t(), county, '150602101')).toMatchObject({ alertsCleared: 0 });
    expect((await alertsOf(inTownship.id))[0]?.clearedAt).toBe(cleared?.clearedAt);

    // Found again: raised again on the same alert.
    await income(t(), county, inTownship.id, 2025, 400_000);
    expect(await scan(t(), county, '150602101')).toMatchObject({ alertsRaised: 0, alertsAttached: clearing.alertsAttached + 1, alertsCleared: 0 });
    expect(await alertsOf(inTownship.id)).toEqual([expect.objectContaining({ id: first?.id, raisedCount: 3, clearedAt: null })]);
  });

  it('refuses a scan while one of an overlapping region is moving, and not once that one has stood still for 10 minutes', async () => {
    const admin = await createSignedInUser(t(), 'admin', '');
    const start = t().clock.now;
    // A scan of the whole county that a killed process left running: started an hour ago, last moved now.
    const stuck = { id: uuidv7(), regionCode: '150602', asOf: AS_OF, incomeYear: null, trigger: 'cli', status: 'running', stepsTotal: 1, stepsDone: 0,
      currentStep: '150602', hits: 0, alertsRaised: 0, alertsAttached: 0, alertsCleared: 0, settings: '{}', error: null, startedBy: 'cli',
      startedAt: new Date(start.getTime() - 3_600_000).toISOString(), progressedAt: start.toISOString(), finishedAt: null };
    await t().ctx.db.insertInto('monitoringScans').values(stuck).execute();
    const startScan = (regionCode: string) => request<{ code: string; details?: { scanId: string } }>(t(), 'POST', '/api/v1/monitoring/scans', { user: admin, body: { regionCode, asOf: AS_OF } });
    try {
      for (const region of ['150602101', '15']) expect((await startScan(region)).body, region).toMatchObject({ code: 'SCAN_RUNNING', details: { scanId: stuck.id } });
      expect((await scan(t(), admin, '110101')).status).toBe('finished');
      t().clock.now = new Date(start.getTime() + 9 * 60_000);
      expect((await startScan('150602')).status).toBe(409);
      t().clock.now = new Date(start.getTime() + 11 * 60_000);
      const finished = await scan(t(), admin, '150602');
      expect(finished).toMatchObject({ status: 'finished', stepsTotal: 1, stepsDone: 1 });
      expect(finished.progressedAt).toBe(finished.finishedAt);
    } finally {
      t().clock.now = start;
      await t().ctx.db.updateTable('monitoringScans').set({ status: 'failed' }).where('id', '=', stuck.id).execute();
    }
  });

  it('lets a county switch rules and set parameters per year without code, and keeps policy thresholds in the policy store', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const township = await createSignedInUser(t(), 'townshipOfficer', '150602101');
    const off = await request<{ rule: string; enabled: boolean; sources: Record<string, string> }[]>(t(), 'PUT', '/api/v1/monitoring/rules', {
      user: county, body: { regionCode: '150602', year: 2026, rule: 'incomeDrop', enabled: false, params: { dropPercent: 25 }, sourceRef: '东胜区2026年监测办法' },
    });
    expect(off.status).toBe(200);
    expect(off.body.find((r) => r.rule === 'incomeDrop')).toMatchObject({ enabled: false, params: { dropPercent: 25 }, sources: { enabled: '150602/2026', dropPercent: '150602/2026' } });
    const earlier = await request<{ rule: string; enabled: boolean; sources: Record<string, string> }[]>(t(), 'GET', '/api/v1/monitoring/rules?region=150602&year=2025', { user: county });
    expect(earlier.body.find((r) => r.rule === 'incomeDrop')).toMatchObject({ enabled: true, params: { dropPercent: 30 } });
    expect(earlier.body.find((r) => r.rule === 'incomeBelowThreshold')).toMatchObject({ params: { threshold: 600_000 }, sources: { threshold: expect.stringMatching(/^policy:/) } });

    const policyOwned = await request(t(), 'PUT', '/api/v1/monitoring/rules', { user: county, body: { regionCode: '150602', year: 2026, rule: 'incomeBelowThreshold', params: { threshold: 700_000 } } });
    expect(policyOwned).toMatchObject({ status: 400, body: { field: 'params.threshold' } });
    expect((await request(t(), 'PUT', '/api/v1/monitoring/rules', { user: township, body: { regionCode: '150602101', year: 2026, rule: 'dropout', enabled: false } })).status).toBe(403);
    expect((await request(t(), 'PUT', '/api/v1/monitoring/rules', { user: county, body: { regionCode: '110101', year: 2026, rule: 'dropout', enabled: false } })).status).toBe(403);

    const drop = await registerTestHousehold(t(), county, { memberCount: 1 });
    await income(t(), county, drop.id, 2024, 1_000_000);
    await income(t(), county, drop.id, 2025, 500_000);
    await scan(t(), county);
    const alerts = await request<{ items: AlertView[] }>(t(), 'GET', `/api/v1/monitoring/alerts?householdId=${drop.id}`, { user: county });
    expect(alerts.body.items.flatMap((a) => a.rules)).toEqual(['incomeBelowThreshold']);
  });
});
