import { checkIncomeBelowThreshold, checkIncomeDrop } from '@fupin/core';
import { expect, it } from 'vitest';
import { registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp, type TestUser } from '../../../test/test-context.ts';
import type { AlertView, ScanView } from './monitoring.schemas.ts';

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

describeEachEngine('monitoring scan written in SQL', (t) => {
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

    const repeat = await scan(t(), county);
    expect(repeat).toMatchObject({ alertsRaised: 0, alertsAttached: first.alertsRaised, hits: first.hits });
    const after = await inbox();
    expect(after.map((a) => [a.id, a.reasons, a.raisedCount]).sort()).toEqual(before.map((a) => [a.id, a.reasons, a.raisedCount + 1]).sort());
  });
});
