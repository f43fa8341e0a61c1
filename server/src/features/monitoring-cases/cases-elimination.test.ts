import { expect, it } from 'vitest';
import { buildMemberInput } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp } from '../../../test/test-context.ts';
import { attachAlertsToOpenCases } from './case-alerts.repository.ts';
import {
  advanceTestCase, caseMonitoredForMonths, createOfficials, daysAgo, openScreeningCase, openTestCase, recordTestMeasure, type CaseResponse, type Officials,
} from './cases-test-support.ts';

interface Refusal { status: number; body: CaseResponse & { details?: { decision?: { reasons: { rule: string; outcome: string }[] } } } }

const failingRules = (res: Refusal) => (res.body.details?.decision?.reasons ?? []).filter((r) => r.outcome !== 'pass').map((r) => r.rule);

const eliminate = (t: TestApp, user: Officials['county'], caseId: string, body: Record<string, unknown>): Promise<Refusal> =>
  request<Refusal['body']>(t, 'POST', `/api/v1/monitoring/cases/${caseId}/elimination`, { user, body: { kind: 'byAssistance', reason: '帮扶措施到位，收入稳定', rigidExpensesResolved: true, ...body } });

describeEachEngine('monitoring cases: risk elimination', (t) => {
  it('eliminates the risk when every condition holds, closes the alerts, and a returning risk opens a new case', async () => {
    const officials = await createOfficials(t());
    const { household, caseId } = await caseMonitoredForMonths(t(), officials);
    const today = daysAgo(t(), 0);
    // An alert raised for the household while its case is open joins the case.
    const at = t().ctx.now().toISOString();
    await t().ctx.db.insertInto('monitoringAlerts').values({
      id: `alert-${caseId}`, householdId: household.id, villageCode: household.villageCode, riskType: 'illness', status: 'open', caseId: null,
      rules: '["medicalSingleStay"]', reasons: '[]', firstScanId: 's', lastScanId: 's', raisedAt: at, lastRaisedAt: at, raisedCount: 1,
      closedAt: null, closedBy: null, closeNote: null,
    }).execute();
    expect(await attachAlertsToOpenCases(t().ctx.db, '110101')).toBe(0);
    expect(await attachAlertsToOpenCases(t().ctx.db, '150602')).toBe(1);
    expect(await attachAlertsToOpenCases(t().ctx.db, '150602')).toBe(0);
    const check = await request<{ outcome: string; reasons: { rule: string; outcome: string }[] }>(t(), 'GET', `/api/v1/monitoring/cases/${caseId}/elimination-check?rigidExpensesResolved=false`, { user: officials.cadre });
    expect(check.body.outcome).toBe('refused');
    expect(check.body.reasons.filter((r) => r.outcome !== 'pass').map((r) => r.rule)).toEqual(['household.rigidExpensesResolved']);
    const unresolved = await eliminate(t(), officials.county, caseId, { on: today, rigidExpensesResolved: false });
    expect(unresolved.status).toBe(422);
    expect(failingRules(unresolved)).toEqual(['household.rigidExpensesResolved']);
    expect((await eliminate(t(), officials.cadre, caseId, { on: today })).body.code).toBe('FORBIDDEN');
    expect((await eliminate(t(), officials.county, caseId, { on: daysAgo(t(), -1) })).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'on' });

    const done = await eliminate(t(), officials.county, caseId, { on: today });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ state: 'riskEliminated', eliminationKind: 'byAssistance', closedOn: today, elimination: { kind: 'byAssistance', reason: '帮扶措施到位，收入稳定' } });
    expect((await eliminate(t(), officials.county, caseId, { on: today })).body.code).toBe('CASE_CLOSED');
    const alert = await t().ctx.db.selectFrom('monitoringAlerts').select(['status', 'caseId', 'closeNote']).where('id', '=', `alert-${caseId}`).executeTakeFirst();
    expect(alert).toMatchObject({ status: 'closed', caseId, closeNote: expect.stringContaining('风险已消除') });
    const audit = await t().ctx.db.selectFrom('auditLog').select('action').where('entityId', '=', caseId).orderBy('seq', 'desc').executeTakeFirst();
    expect(audit?.action).toBe('eliminate');

    const again = await openTestCase(t(), officials.cadre, { channel: 'selfReport', householdId: household.id, type: 'unstableExited', risks: ['disaster'], triggerNote: '冰雹受灾' });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ previousCaseId: caseId, caseNo: `${household.householdNo}-2`, state: 'alerted' });
    const history = await request<{ items: { id: string }[] }>(t(), 'GET', `/api/v1/monitoring/cases?householdId=${household.id}`, { user: officials.county });
    expect(history.body.items.map((c) => c.id)).toEqual([again.body.id, caseId]);
  });

  it('never eliminates the risk of a household in which no one can work', async () => {
    const officials = await createOfficials(t());
    const members = [buildMemberInput({ laborCapacity: 'lost' }), buildMemberInput({ relationToHead: 'spouse', laborCapacity: 'none' })];
    const { caseId } = await caseMonitoredForMonths(t(), officials, members);
    const refused = await eliminate(t(), officials.county, caseId, { on: daysAgo(t(), 0), kind: 'naturally' });
    expect(refused.status).toBe(422);
    expect(failingRules(refused)).toEqual(['household.ableToWork']);
  });

  it('refuses with every reason a case included today without a measure, income or check', async () => {
    const officials = await createOfficials(t());
    const { case: opened } = await openScreeningCase(t(), officials);
    await advanceTestCase(t(), officials, opened.id, 0);
    const refused = await eliminate(t(), officials.county, opened.id, { on: daysAgo(t(), 0), rigidExpensesResolved: false });
    expect(refused).toMatchObject({ status: 422, body: { code: 'RISK_ELIMINATION_REFUSED' } });
    expect(failingRules(refused)).toEqual([
      'case.monitoredMonths', 'case.measureTaken', 'household.incomeAboveThreshold', 'household.incomeStableMonths',
      'household.rigidExpensesResolved', 'household.basicNeedsSecured',
    ]);
    const state = await request<CaseResponse>(t(), 'GET', `/api/v1/monitoring/cases/${opened.id}`, { user: officials.county });
    expect(state.body.state).toBe('included');
  });

  it('refuses a green-channel case whose paperwork is owed, and another region\'s case', async () => {
    const officials = await createOfficials(t());
    const { household, case: opened } = await openScreeningCase(t(), officials, { greenChannel: true, risks: ['accident'] });
    await recordTestMeasure(t(), officials.cadre, household.id, daysAgo(t(), 0));
    const refused = await eliminate(t(), officials.county, opened.id, { on: daysAgo(t(), 0) });
    expect(failingRules(refused)).toContain('case.paperworkComplete');
    const beijing = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await eliminate(t(), beijing, opened.id, { on: daysAgo(t(), 0) })).status).toBe(404);
    expect((await request(t(), 'GET', `/api/v1/monitoring/cases/${opened.id}/elimination-check`, { user: beijing })).status).toBe(404);
  });
});
