import { expect, it } from 'vitest';
import { findTestVillages } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import type { CountsView, VillageAggregate } from './cases.schemas.ts';
import { actOnTestCase, advanceTestCase, caseMonitoredForMonths, createOfficials, daysAgo, openScreeningCase } from './cases-test-support.ts';

describeEachEngine('monitoring cases: counts and the village map', (t) => {
  it('counts identified, eliminated, rejected, open, overdue and without a measure, by type, risk and village, within the region', async () => {
    const [villageA, villageB] = (await findTestVillages(t(), '150602101')).slice(0, 2);
    if (!villageA || !villageB) throw new Error('test villages missing');
    const a = await createOfficials(t(), villageA);
    const b = await createOfficials(t(), villageB);
    const { case: included } = await openScreeningCase(t(), a, { household: { villageCode: villageA }, risks: ['illness', 'schooling'] });
    await advanceTestCase(t(), a, included.id, 0);
    const { case: rejected } = await openScreeningCase(t(), a, { household: { villageCode: villageA } });
    await actOnTestCase(t(), a.cadre, rejected.id, { step: 'verification', decision: 'reject', reason: '核实无风险', on: daysAgo(t(), 0) });
    const { case: overdue } = await openScreeningCase(t(), b, { household: { villageCode: villageB }, discoveredDaysAgo: 40, risks: ['disaster'] });
    const { caseId: eliminated } = await caseMonitoredForMonths(t(), b, undefined, villageB);
    const done = await request(t(), 'POST', `/api/v1/monitoring/cases/${eliminated}/elimination`, {
      user: b.county, body: { kind: 'naturally', on: daysAgo(t(), 0), reason: '病愈，收入恢复', rigidExpensesResolved: true },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const at = t().ctx.now().toISOString();
    await t().ctx.db.insertInto('monitoringAlerts').values({
      id: `alert-map-${overdue.id}`, householdId: overdue.householdId, villageCode: villageB, riskType: 'housing', status: 'open', caseId: null,
      rules: '["dangerousHousing"]', reasons: '[]', firstScanId: 's', lastScanId: 's', raisedAt: at, lastRaisedAt: at, raisedCount: 1,
      closedAt: null, closedBy: null, closeNote: null,
    }).execute();

    const from = daysAgo(t(), 400);
    const counts = await request<CountsView>(t(), 'GET', `/api/v1/monitoring/cases/counts?from=${from}`, { user: a.county });
    expect(counts.status).toBe(200);
    expect(counts.body.totals).toEqual({ identified: 2, eliminated: 1, rejected: 1, open: 2, overdue: 1, noMeasure: 0 });
    expect(counts.body.byType.unstableExited).toEqual(counts.body.totals);
    expect(counts.body.byRisk.schooling).toEqual({ identified: 1, eliminated: 0, rejected: 0, open: 1, overdue: 0, noMeasure: 0 });
    expect(counts.body.byRisk.disaster).toMatchObject({ open: 1, overdue: 1 });
    expect(counts.body.byVillage.map((v) => [v.villageCode, v.identified, v.eliminated, v.rejected, v.open, v.overdue])).toEqual([
      [villageA, 1, 0, 1, 1, 0], [villageB, 1, 1, 0, 1, 1],
    ]);
    // The period bounds identified and eliminated; what is open is counted as of today.
    const lastYear = await request<CountsView>(t(), 'GET', `/api/v1/monitoring/cases/counts?from=${daysAgo(t(), 400)}&to=${daysAgo(t(), 300)}`, { user: a.county });
    expect(lastYear.body.totals).toEqual({ identified: 0, eliminated: 0, rejected: 0, open: 2, overdue: 1, noMeasure: 0 });
    expect((await request(t(), 'GET', `/api/v1/monitoring/cases/counts?from=${daysAgo(t(), 1)}&to=${daysAgo(t(), 2)}`, { user: a.county })).body).toMatchObject({ field: 'to' });

    const village = await request<CountsView>(t(), 'GET', `/api/v1/monitoring/cases/counts?from=${from}`, { user: b.cadre });
    expect(village.body.byVillage.map((v) => v.villageCode)).toEqual([villageB]);
    const beijing = await createSignedInUser(t(), 'inspector', '110101');
    expect((await request<CountsView>(t(), 'GET', '/api/v1/monitoring/cases/counts', { user: beijing })).body.totals.open).toBe(0);

    const map = await request<VillageAggregate[]>(t(), 'GET', '/api/v1/monitoring/villages', { user: a.county });
    expect(map.body).toEqual([
      expect.objectContaining({ villageCode: villageA, townshipCode: '150602101', alertsOpen: 0, casesOpen: 1, casesByState: { alerted: 0, verifying: 0, included: 1, assisting: 0 }, overdue: 0 }),
      expect.objectContaining({ villageCode: villageB, alertsOpen: 1, alertsUnattached: 1, casesOpen: 1, casesByState: { alerted: 1, verifying: 0, included: 0, assisting: 0 }, overdue: 1 }),
    ]);
    expect(map.body[0]?.villageName).toEqual(expect.any(String));
    expect((await request<VillageAggregate[]>(t(), 'GET', `/api/v1/monitoring/villages?region=${villageA}`, { user: a.county })).body.map((v) => v.villageCode)).toEqual([villageA]);
    expect((await request<VillageAggregate[]>(t(), 'GET', '/api/v1/monitoring/villages?region=110101', { user: a.county })).body).toEqual([]);
  });
});
