import { expect, it } from 'vitest';
import { DEFAULT_TEST_VILLAGE, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import { setUpPairedHousehold } from '../assistance/assistance-test-support.ts';
import {
  actOnTestCase, advanceTestCase, createOfficials, daysAgo, openScreeningCase, openTestCase, recordTestMeasure, type CaseResponse,
} from './cases-test-support.ts';

describeEachEngine('monitoring cases: opening and steps', (t) => {
  it('takes a case alerted → verifying → included → assisting, each step by its owner, recorded with who, when and why', async () => {
    const officials = await createOfficials(t());
    const { household, case: opened } = await openScreeningCase(t(), officials, { discoveredDaysAgo: 10 });
    expect(opened).toMatchObject({
      state: 'alerted', channel: 'cadreScreening', currentStep: 'verification', currentStepOwner: { role: 'villageCadre', level: 'village' },
      discoveredOn: daysAgo(t(), 10), triggerNote: '户主住院，自付费用高', caseNo: `${household.householdNo}-1`, previousCaseId: null,
      allowedActions: { steps: ['approve', 'reject'], eliminate: false },
    });
    // Five working days from discovery; ten calendar days ago is always past it.
    expect(opened.flags).toEqual(['stepOverdue']);
    const countyView = await request<CaseResponse>(t(), 'GET', `/api/v1/monitoring/cases/${opened.id}`, { user: officials.county });
    expect(countyView.body.allowedActions).toEqual({ steps: [], eliminate: false });

    const verified = await actOnTestCase(t(), officials.cadre, opened.id, { step: 'verification', decision: 'approve', reason: '入户核实属实', on: daysAgo(t(), 9) });
    expect(verified.body).toMatchObject({ state: 'verifying', currentStep: 'appraisal' });
    expect(verified.body.steps[0]).toMatchObject({ step: 'verification', decision: 'approved', reason: '入户核实属实', decidedOn: daysAgo(t(), 9), decidedByName: officials.cadre.username, overdue: false });
    const included = await advanceTestCase(t(), officials, opened.id, 8, undefined);
    expect(included).toMatchObject({ state: 'included', currentStep: null, includedOn: daysAgo(t(), 8), paperworkOwed: false, measureCount: 0 });
    expect(included.steps.map((s) => [s.step, s.decision])).toEqual([['verification', 'approved'], ['appraisal', 'approved'], ['townshipReview', 'approved'], ['countyApproval', 'approved']]);
    expect(included.measureDueOn).not.toBeNull();

    await recordTestMeasure(t(), officials.cadre, household.id, daysAgo(t(), 2));
    const assisting = await request<CaseResponse>(t(), 'GET', `/api/v1/monitoring/cases/${opened.id}`, { user: officials.county });
    expect(assisting.body).toMatchObject({ state: 'assisting', measureCount: 1, allowedActions: { eliminate: true } });
    expect(assisting.body.timeline.map((e) => e.kind)).toEqual(['opened', 'stepDecided', 'stepDecided', 'stepDecided', 'stepDecided', 'included', 'measure']);

    const audit = await t().ctx.db.selectFrom('auditLog').select(['action']).where('entityType', '=', 'monitoringCase').where('entityId', '=', opened.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['open', 'step', 'step', 'step', 'step']);
    const images = await t().ctx.db.selectFrom('recordChanges').select(['action', 'after']).where('entityType', '=', 'monitoringCase').where('entityId', '=', opened.id).orderBy('seq').execute();
    expect(images).toHaveLength(5);
    expect(JSON.parse(images.at(-1)?.after ?? '{}')).toMatchObject({ state: 'included', includedOn: daysAgo(t(), 8) });
  });

  it.each([
    ['verification', 'cadre'], ['appraisal', 'cadre'], ['townshipReview', 'township'], ['countyApproval', 'county'],
  ] as const)('a rejection at %s closes the case as rejected with its reason', async (step, who) => {
    const officials = await createOfficials(t());
    const { case: opened } = await openScreeningCase(t(), officials, { discoveredDaysAgo: 3 });
    await advanceTestCase(t(), officials, opened.id, 2, step);
    const noReason = await actOnTestCase(t(), officials[who], opened.id, { step, decision: 'reject', on: daysAgo(t(), 1) });
    expect(noReason).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', field: 'reason' } });
    const rejected = await actOnTestCase(t(), officials[who], opened.id, { step, decision: 'reject', reason: '收入高于监测线，不予纳入', on: daysAgo(t(), 1) });
    expect(rejected.body).toMatchObject({ state: 'rejected', currentStep: null, closedOn: daysAgo(t(), 1), rejection: { reason: '收入高于监测线，不予纳入' } });
    const again = await actOnTestCase(t(), officials[who], opened.id, { step, decision: 'approve', on: daysAgo(t(), 1) });
    expect(again).toMatchObject({ status: 409, body: { code: 'CASE_CLOSED' } });
  });

  it('refuses a step to anyone but its owner, a stale step, a future date and a role without the permission', async () => {
    const officials = await createOfficials(t());
    const { case: opened } = await openScreeningCase(t(), officials);
    const today = daysAgo(t(), 0);
    expect(await actOnTestCase(t(), officials.township, opened.id, { step: 'verification', decision: 'approve', on: today })).toMatchObject({ status: 403, body: { code: 'STEP_NOT_OWNED' } });
    expect(await actOnTestCase(t(), officials.cadre, opened.id, { step: 'appraisal', decision: 'approve', on: today })).toMatchObject({ status: 409, body: { code: 'STEP_NOT_CURRENT', field: 'step' } });
    expect(await actOnTestCase(t(), officials.cadre, opened.id, { step: 'verification', decision: 'approve', on: daysAgo(t(), -1) })).toMatchObject({ status: 400, body: { field: 'on' } });
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    expect(await actOnTestCase(t(), inspector, opened.id, { step: 'verification', decision: 'approve', on: today })).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect((await request(t(), 'GET', `/api/v1/monitoring/cases/${opened.id}`, { user: inspector })).status).toBe(200);
    const paired = await createSignedInUser(t(), 'pairedCadre', DEFAULT_TEST_VILLAGE);
    // A paired cadre may open a case (screening) but owns no step.
    expect(await actOnTestCase(t(), paired, opened.id, { step: 'verification', decision: 'approve', on: today })).toMatchObject({ status: 403, body: { code: 'STEP_NOT_OWNED' } });
    await advanceTestCase(t(), officials, opened.id, 0, 'townshipReview');
    expect(await actOnTestCase(t(), officials.cadre, opened.id, { step: 'townshipReview', decision: 'approve', on: today })).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
  });

  it('keeps cases to the region: another county sees 404 and cannot open one for a household outside it', async () => {
    const officials = await createOfficials(t());
    const { household, case: opened } = await openScreeningCase(t(), officials);
    const beijing = await createSignedInUser(t(), 'countyOfficer', '110101');
    const otherVillage = await createSignedInUser(t(), 'villageCadre', '150602101202');
    expect((await request(t(), 'GET', `/api/v1/monitoring/cases/${opened.id}`, { user: beijing })).status).toBe(404);
    expect(await actOnTestCase(t(), otherVillage, opened.id, { step: 'verification', decision: 'approve', on: daysAgo(t(), 0) })).toMatchObject({ status: 404, body: { code: 'OUT_OF_SCOPE' } });
    const list = await request<{ total: number; items: { id: string }[] }>(t(), 'GET', '/api/v1/monitoring/cases', { user: beijing });
    expect(list.body.items.map((c) => c.id)).not.toContain(opened.id);
    const foreign = await openTestCase(t(), beijing, { channel: 'selfReport', householdId: household.id, type: 'edgeOfPoverty', risks: ['illness'], triggerNote: '本人申报' });
    expect(foreign).toMatchObject({ status: 404, body: { code: 'OUT_OF_SCOPE', field: 'householdId' } });
    const dept = await createSignedInUser(t(), 'departmentOfficer', '150602', { department: 'civilAffairs' });
    expect((await openTestCase(t(), dept, { channel: 'selfReport', householdId: household.id, type: 'edgeOfPoverty', risks: ['illness'], triggerNote: '本人申报' })).status).toBe(403);
  });

  it('refuses a second open case, bad risks, a green channel without disaster or accident, and missing trigger data', async () => {
    const officials = await createOfficials(t());
    const { household, case: opened } = await openScreeningCase(t(), officials);
    const base = { channel: 'selfReport', householdId: household.id, type: 'edgeOfPoverty', risks: ['illness'], triggerNote: '本人申报' };
    expect(await openTestCase(t(), officials.cadre, base)).toMatchObject({ status: 409, body: { code: 'CASE_ALREADY_OPEN', details: { caseId: opened.id } } });
    const other = await registerTestHousehold(t(), officials.county, {});
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, householdId: other.id, risks: [] }, 'risks'],
      [{ ...base, householdId: other.id, risks: ['illness', 'illness'] }, 'risks'],
      [{ ...base, householdId: other.id, risks: ['illness', 'disability', 'schooling', 'disaster', 'accident', 'housing'] }, 'risks'],
      [{ ...base, householdId: other.id, greenChannel: true }, 'greenChannel'],
      [{ ...base, householdId: other.id, triggerNote: undefined }, 'triggerNote'],
      [{ ...base, householdId: undefined }, 'householdId'],
      [{ ...base, householdId: other.id, discoveredOn: daysAgo(t(), -1) }, 'discoveredOn'],
      [{ ...base, householdId: other.id, channel: 'departmentAlert' }, 'alertIds'],
      [{ ...base, householdId: other.id, alertIds: ['x'] }, 'alertIds'],
    ];
    for (const [body, field] of cases) {
      expect(await openTestCase(t(), officials.cadre, body), field).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', field } });
    }
    expect(await t().ctx.db.selectFrom('monitoringCases').select('id').where('householdId', '=', other.id).execute()).toEqual([]);
  });

  it('green channel: included at once, a measure makes it assisting, the paperwork is owed and then completed', async () => {
    const officials = await createOfficials(t());
    const { household, case: opened } = await openScreeningCase(t(), officials, { greenChannel: true, risks: ['disaster', 'housing'], discoveredDaysAgo: 1 });
    expect(opened).toMatchObject({ state: 'included', greenChannel: true, paperworkOwed: true, currentStep: 'verification', includedOn: daysAgo(t(), 1) });
    expect(opened.flags).toContain('paperworkOwed');
    await recordTestMeasure(t(), officials.cadre, household.id, daysAgo(t(), 1));
    const helped = await request<CaseResponse>(t(), 'GET', `/api/v1/monitoring/cases/${opened.id}`, { user: officials.county });
    expect(helped.body).toMatchObject({ state: 'assisting', paperworkOwed: true, allowedActions: { eliminate: false } });
    const owed = await request<{ items: { id: string }[] }>(t(), 'GET', '/api/v1/monitoring/cases?flag=paperworkOwed', { user: officials.county });
    expect(owed.body.items.map((c) => c.id)).toContain(opened.id);
    const done = await advanceTestCase(t(), officials, opened.id, 0);
    expect(done).toMatchObject({ state: 'assisting', paperworkOwed: false, currentStep: null, includedOn: daysAgo(t(), 1) });
  });

  it('shows each user what waits for them, with overdue steps and cases without a measure flagged', async () => {
    const officials = await createOfficials(t());
    const { case: late } = await openScreeningCase(t(), officials, { discoveredDaysAgo: 40 });
    const { case: fresh } = await openScreeningCase(t(), officials, { discoveredDaysAgo: 0 });
    const { case: atTownship } = await openScreeningCase(t(), officials, { discoveredDaysAgo: 2 });
    await advanceTestCase(t(), officials, atTownship.id, 1, 'townshipReview');
    const { case: idle } = await openScreeningCase(t(), officials, { discoveredDaysAgo: 70 });
    await advanceTestCase(t(), officials, idle.id, 60);

    const mine = await request<CaseResponse[]>(t(), 'GET', '/api/v1/monitoring/cases/waiting-for-me', { user: officials.cadre });
    const ids = mine.body.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([late.id, fresh.id, idle.id]));
    expect(ids).not.toContain(atTownship.id);
    expect(mine.body.find((c) => c.id === late.id)).toMatchObject({ waitingFor: 'verification', flags: ['stepOverdue', 'decisionOverdue'] });
    expect(mine.body.find((c) => c.id === idle.id)).toMatchObject({ waitingFor: 'measure', state: 'included', flags: ['noMeasure'] });
    expect(ids.indexOf(late.id)).toBeLessThan(ids.indexOf(fresh.id));
    const township = await request<CaseResponse[]>(t(), 'GET', '/api/v1/monitoring/cases/waiting-for-me', { user: officials.township });
    expect(township.body.map((c) => [c.id, c.waitingFor])).toContainEqual([atTownship.id, 'townshipReview']);
    expect(township.body.map((c) => c.id)).not.toContain(late.id);
    const overdue = await request<{ items: CaseResponse[] }>(t(), 'GET', '/api/v1/monitoring/cases?flag=stepOverdue', { user: officials.county });
    expect(overdue.body.items.map((c) => c.id)).toContain(late.id);
    expect(overdue.body.items.map((c) => c.id)).not.toContain(fresh.id);
    const noMeasure = await request<{ items: CaseResponse[] }>(t(), 'GET', '/api/v1/monitoring/cases?flag=noMeasure', { user: officials.county });
    expect(noMeasure.body.items.map((c) => c.id)).toEqual([idle.id]);
  });

  it('shows a paired cadre the open case of each of their households', async () => {
    const { household, cadreUser } = await setUpPairedHousehold(t());
    const before = await request<{ households: { householdId: number; openCase: unknown; openAlerts: number }[] }>(t(), 'GET', '/api/v1/my-households', { user: cadreUser });
    expect(before.body.households.find((h) => h.householdId === household.id)).toMatchObject({ openCase: null, openAlerts: 0 });
    const paired = await openTestCase(t(), cadreUser, { channel: 'cadreScreening', householdId: household.id, type: 'edgeOfPoverty', risks: ['unstableEmployment'], triggerNote: '务工返乡，收入骤减' });
    expect(paired.status, JSON.stringify(paired.body)).toBe(201);
    expect(paired.body.openedByName).toBe(cadreUser.username);
    const after = await request<{ households: { householdId: number; openCase: unknown }[] }>(t(), 'GET', '/api/v1/my-households', { user: cadreUser });
    expect(after.body.households.find((h) => h.householdId === household.id)?.openCase).toEqual({ id: paired.body.id, state: 'alerted', currentStep: 'verification', flags: [] });
  });
});
