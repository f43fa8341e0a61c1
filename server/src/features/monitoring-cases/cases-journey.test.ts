import { expect, it } from 'vitest';
import { buildMemberInput, registerTestHousehold } from '../../../test/factories.ts';
import { describeEachEngine, request, type TestApp, type TestUser } from '../../../test/test-context.ts';
import type { AlertView, ScanView } from '../monitoring/monitoring.schemas.ts';
import { advanceTestCase, createOfficials, daysAgo, openTestCase, recordTestMeasure, type CaseResponse } from './cases-test-support.ts';

async function upload(t: TestApp, user: TestUser, kind: string, lines: string[]) {
  const form = new FormData();
  form.append('file', new File([new TextEncoder().encode(lines.join('\n'))], `${kind}.csv`));
  const res = await t.app.request(`/api/v1/feeds/${kind}/batches`, { method: 'POST', headers: user.headers, body: form });
  expect(res.status).toBe(201);
}

async function scan(t: TestApp, user: TestUser): Promise<ScanView> {
  const started = await request<ScanView>(t, 'POST', '/api/v1/monitoring/scans', { user, body: { regionCode: '150602' } });
  expect(started.status).toBe(202);
  for (let i = 0; i < 400; i++) {
    const now = await request<ScanView>(t, 'GET', `/api/v1/monitoring/scans/${started.body.id}`, { user });
    if (now.body.status !== 'running') return now.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('scan did not finish');
}

const alertsOf = async (t: TestApp, user: TestUser, householdId: number) =>
  (await request<{ items: AlertView[] }>(t, 'GET', `/api/v1/monitoring/alerts?householdId=${householdId}`, { user })).body.items;

describeEachEngine('monitoring cases: from a department file to a refused elimination', (t) => {
  it('loads medical costs, raises the alert, opens and verifies the case, records a measure, refuses elimination before the monitoring period is over', async () => {
    const officials = await createOfficials(t());
    const head = buildMemberInput();
    const pupil = buildMemberInput({ relationToHead: 'son', schoolStatus: 'juniorHigh' });
    const household = await registerTestHousehold(t(), officials.county, { members: [head, pupil], povertyStatus: 'exited', yearExited: 2019 });
    const income = await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2025`, { user: officials.county, body: { wageIncome: 2_000_000, householdSize: 2 } });
    expect(income.status).toBe(200);
    // Out of pocket above 50 % of last year's rural income (the exited households' share) in this calendar year.
    const year = daysAgo(t(), 0).slice(0, 4);
    await upload(t(), officials.county, 'medicalCosts', ['结算单号,姓名,公民身份号码,结算日期,医疗总费用(元),个人自付(元),是否住院',
      `J1,${head.name},${head.idNumber},${year}-01-02,60000,30000,是`]);
    expect((await scan(t(), officials.county)).status).toBe('finished');
    const [alert, ...more] = await alertsOf(t(), officials.county, household.id);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({ riskType: 'illness', status: 'open', caseId: null, rules: expect.arrayContaining(['medicalOutOfPocket']) });
    if (!alert) throw new Error('no alert');

    const opened = await openTestCase(t(), officials.cadre, { channel: 'departmentAlert', alertIds: [alert.id], type: 'unstableExited' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body).toMatchObject({ householdId: household.id, risks: ['illness'], state: 'alerted', alertCount: 1, channel: 'departmentAlert' });
    const inbox = await request<{ items: AlertView[] }>(t(), 'GET', '/api/v1/monitoring/alerts?attached=false', { user: officials.county });
    expect(inbox.body.items.map((a) => a.id)).not.toContain(alert.id);
    expect(await request(t(), 'POST', `/api/v1/monitoring/alerts/${alert.id}/close`, { user: officials.county, body: { note: '核实无风险' } }))
      .toMatchObject({ status: 409, body: { code: 'ALERT_ATTACHED' } });
    expect(await openTestCase(t(), officials.cadre, { channel: 'departmentAlert', alertIds: [alert.id], type: 'unstableExited' }))
      .toMatchObject({ status: 409, body: { code: 'ALERT_ATTACHED', field: 'alertIds' } });

    const today = daysAgo(t(), 0);
    const verified = await request<CaseResponse>(t(), 'POST', `/api/v1/monitoring/cases/${opened.body.id}/steps`, {
      user: officials.cadre, body: { step: 'verification', decision: 'approve', reason: '入户核实：住院自付属实', on: today },
    });
    expect(verified.body).toMatchObject({ state: 'verifying', currentStep: 'appraisal' });
    const notYet = await request<CaseResponse>(t(), 'POST', `/api/v1/monitoring/cases/${opened.body.id}/elimination`, {
      user: officials.county, body: { kind: 'byAssistance', on: today, reason: '已帮扶', rigidExpensesResolved: true },
    });
    expect(notYet).toMatchObject({ status: 409, body: { code: 'CASE_NOT_INCLUDED' } });
    await advanceTestCase(t(), officials, opened.body.id, 0);
    await recordTestMeasure(t(), officials.cadre, household.id, today);

    // A later signal of another risk for the same household joins the open case.
    await upload(t(), officials.county, 'schoolEnrolment', ['姓名,公民身份号码,学籍状态,变动日期', `${pupil.name},${pupil.idNumber},辍学,${daysAgo(t(), 3)}`]);
    expect((await scan(t(), officials.county)).status).toBe('finished');
    const alerts = await alertsOf(t(), officials.county, household.id);
    expect(alerts.map((a) => [a.riskType, a.caseId]).sort()).toEqual([['illness', opened.body.id], ['schooling', opened.body.id]]);

    const refused = await request<{ code: string; details: { decision: { outcome: string; reasons: { rule: string; outcome: string }[] } } }>(
      t(), 'POST', `/api/v1/monitoring/cases/${opened.body.id}/elimination`,
      { user: officials.county, body: { kind: 'byAssistance', on: today, reason: '医疗救助到位', rigidExpensesResolved: true } },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('RISK_ELIMINATION_REFUSED');
    const failing = refused.body.details.decision.reasons.filter((r) => r.outcome !== 'pass').map((r) => r.rule);
    expect(failing).toContain('case.monitoredMonths');
    expect(refused.body.details.decision.reasons.find((r) => r.rule === 'case.measureTaken')?.outcome).toBe('pass');
    const after = await request<CaseResponse>(t(), 'GET', `/api/v1/monitoring/cases/${opened.body.id}`, { user: officials.county });
    expect(after.body).toMatchObject({ state: 'assisting', measureCount: 1, alertCount: 2 });
    expect(after.body.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['opened', 'alertRaised', 'stepDecided', 'included', 'measure']));
  });
});
