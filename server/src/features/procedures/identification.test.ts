import { expect, it } from 'vitest';
import type { HouseholdView } from '../households/households.schemas.ts';
import { DEFAULT_TEST_VILLAGE, buildHouseholdInput, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import { act, advanceIdentification, createOfficials, daysAgo, openTestApplication } from './procedure-test-support.ts';
import type { ProcedureView } from './procedures.schemas.ts';

const STEPS = ['villageAppraisal', 'firstNotice', 'townshipReview', 'secondNotice', 'countyReview', 'announcement'] as const;

describeEachEngine('identification procedure API', (t) => {
  it('goes from application to registered, each step by its owner, and registers the household', async () => {
    const officials = await createOfficials(t());
    const { household, procedure } = await openTestApplication(t(), officials.cadre);
    expect(procedure).toMatchObject({ kind: 'identification', status: 'inProgress', currentStep: 'villageAppraisal', stepStartedOn: daysAgo(t(), 60) });
    const applicant = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${household.id}`, { user: officials.cadre });
    expect(applicant.body.povertyStatus).toBe('applicant');

    const done = await advanceIdentification(t(), officials, procedure.id, 'none');
    expect(done).toMatchObject({ status: 'completed', currentStep: null, closedOn: daysAgo(t(), 40) });
    expect(done.steps.map((s) => [s.step, s.decision])).toEqual([['application', 'approved'], ...STEPS.map((s) => [s, 'approved'])]);
    expect(done.steps.find((s) => s.step === 'townshipReview')).toMatchObject({ actorRole: 'townshipOfficer', decidedOn: daysAgo(t(), 50) });
    expect(done.steps.find((s) => s.step === 'firstNotice')).toMatchObject({ noticeStartsOn: daysAgo(t(), 59), noticeEndsOn: daysAgo(t(), 53) });

    const registered = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${household.id}`, { user: officials.cadre });
    expect(registered.body).toMatchObject({ povertyStatus: 'poor', yearIdentified: Number(daysAgo(t(), 40).slice(0, 4)) });
    const changes = await t().ctx.db.selectFrom('recordChanges').select(['before', 'after']).where('householdId', '=', household.id).where('entityType', '=', 'household').orderBy('seq').execute();
    expect(changes.map((c) => [JSON.parse(c.before ?? '{}').povertyStatus, JSON.parse(c.after ?? '{}').povertyStatus])).toEqual([['notPoor', 'applicant'], ['applicant', 'poor']]);
    // The household's history names the procedure as the source of both status changes.
    const history = await request<{ entries: { source: string | null; sourceId: string | null; entityType: string; changes: { field: string }[] }[] }>(t(), 'GET', `/api/v1/households/${household.id}/history`, { user: officials.cadre });
    const statusChanges = history.body.entries.filter((e) => e.source !== null && e.changes.some((c) => c.field === 'povertyStatus'));
    expect(statusChanges.map((e) => [e.source, e.sourceId])).toEqual([['procedure:identification', procedure.id], ['procedure:identification', procedure.id]]);
    const audit = await t().ctx.db.selectFrom('auditLog').select('action').where('entityId', '=', procedure.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['open', ...STEPS.map(() => 'approveStep')]);
  });

  it.each(STEPS.map((step, i) => [step, i] as const))('refuses %s to users who do not own it (403 STEP_NOT_OWNED)', async (step) => {
    const officials = await createOfficials(t());
    const admin = await createSignedInUser(t(), 'admin', '150602');
    const { procedure } = await openTestApplication(t(), officials.cadre);
    await advanceIdentification(t(), officials, procedure.id, step);
    const owner = ['townshipReview', 'secondNotice'].includes(step) ? officials.township : ['countyReview', 'announcement'].includes(step) ? officials.county : officials.cadre;
    for (const user of [officials.cadre, officials.township, officials.county, admin].filter((u) => u !== owner)) {
      const res = await act(t(), user, procedure.id, { step, decision: 'approve', on: daysAgo(t(), 30) });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('STEP_NOT_OWNED');
    }
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    expect((await act(t(), inspector, procedure.id, { step, decision: 'approve' })).body.code).toBe('FORBIDDEN');
  });

  it.each([['villageAppraisal'], ['townshipReview'], ['countyReview']] as const)('keeps an application rejected at %s with its reason', async (step) => {
    const officials = await createOfficials(t());
    const { household, procedure } = await openTestApplication(t(), officials.cadre);
    await advanceIdentification(t(), officials, procedure.id, step);
    const owner = step === 'villageAppraisal' ? officials.cadre : step === 'townshipReview' ? officials.township : officials.county;
    const noReason = await act(t(), owner, procedure.id, { step, decision: 'reject', on: daysAgo(t(), 30) });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    const res = await act(t(), owner, procedure.id, { step, decision: 'reject', reason: '家庭人均纯收入高于识别标准', on: daysAgo(t(), 30) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'rejected', currentStep: null, outcomeReason: '家庭人均纯收入高于识别标准', closedOn: daysAgo(t(), 30) });
    expect(res.body.steps.at(-1)).toMatchObject({ step, decision: 'rejected', reason: '家庭人均纯收入高于识别标准' });
    const after = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${household.id}`, { user: officials.cadre });
    expect(after.body.povertyStatus).toBe('notPoor');
    const again = await act(t(), owner, procedure.id, { step, decision: 'approve' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PROCEDURE_CLOSED');
    const rejected = await request<{ items: { id: string }[] }>(t(), 'GET', `/api/v1/procedures?status=rejected&householdId=${household.id}`, { user: officials.county });
    expect(rejected.body.items.map((p) => p.id)).toEqual([procedure.id]);
  });

  it('refuses a stale step, a future or early date, a notice rejection and bad input, naming the field', async () => {
    const officials = await createOfficials(t());
    const { procedure } = await openTestApplication(t(), officials.cadre);
    const stale = await act(t(), officials.cadre, procedure.id, { step: 'firstNotice', decision: 'approve' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'STEP_NOT_CURRENT', field: 'step' });
    const future = await act(t(), officials.cadre, procedure.id, { step: 'villageAppraisal', decision: 'approve', on: daysAgo(t(), -1) });
    expect(future.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'on' });
    const early = await act(t(), officials.cadre, procedure.id, { step: 'villageAppraisal', decision: 'approve', on: daysAgo(t(), 61) });
    expect(early.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'on' });
    const unknownStep = await act(t(), officials.cadre, procedure.id, { step: 'payday', decision: 'approve' });
    expect(unknownStep.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'step' });
    await advanceIdentification(t(), officials, procedure.id, 'firstNotice');
    const rejectNotice = await act(t(), officials.cadre, procedure.id, { step: 'firstNotice', decision: 'reject', reason: '有人反映', on: daysAgo(t(), 40) });
    expect(rejectNotice.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'decision' });
  });

  it('knows when a notice period ends from the clock: not on its last day, from the day after', async () => {
    const officials = await createOfficials(t());
    const { procedure } = await openTestApplication(t(), officials.cadre, 2);
    const appraised = await act(t(), officials.cadre, procedure.id, { step: 'villageAppraisal', decision: 'approve' });
    expect(appraised.body).toMatchObject({ currentStep: 'firstNotice', noticeEndsOn: daysAgo(t(), -6) });
    const early = await act(t(), officials.cadre, procedure.id, { step: 'firstNotice', decision: 'approve' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('NOTICE_PERIOD_RUNNING');
    t().clock.now = new Date(t().clock.now.getTime() + 7 * 86_400_000);
    const cadre = await createSignedInUser(t(), 'villageCadre', DEFAULT_TEST_VILLAGE);
    const closed = await act(t(), cadre, procedure.id, { step: 'firstNotice', decision: 'approve' });
    expect(closed.status).toBe(200);
    expect(closed.body.currentStep).toBe('townshipReview');
  });

  it('opens for a new applicant household through the registry, and only for households that may apply', async () => {
    const officials = await createOfficials(t());
    const { householdNo, villageCode, members, mainCause } = buildHouseholdInput();
    const res = await request<ProcedureView>(t(), 'POST', '/api/v1/procedures/identification', {
      user: officials.cadre, body: { household: { householdNo, villageCode, members, mainCause, householdType: 'general' }, note: '本人申请' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ householdNo, status: 'inProgress', currentStep: 'villageAppraisal' });
    expect(res.body.steps[0]).toMatchObject({ step: 'application', decision: 'approved', reason: '本人申请' });
    const twice = await request(t(), 'POST', '/api/v1/procedures/identification', { user: officials.cadre, body: { householdId: res.body.householdId } });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'PROCEDURE_ALREADY_OPEN' });

    const poor = await registerTestHousehold(t(), officials.cadre, { povertyStatus: 'poor' });
    const notApplicable = await request(t(), 'POST', '/api/v1/procedures/identification', { user: officials.cadre, body: { householdId: poor.id } });
    expect(notApplicable.status).toBe(422);
    expect(notApplicable.body).toMatchObject({ code: 'PROCEDURE_NOT_APPLICABLE', field: 'householdId' });
    const neither = await request(t(), 'POST', '/api/v1/procedures/identification', { user: officials.cadre, body: {} });
    expect(neither.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'householdId' });
    const byTownship = await request(t(), 'POST', '/api/v1/procedures/identification', { user: officials.township, body: { householdId: res.body.householdId } });
    expect(byTownship.status).toBe(403);
    expect(byTownship.body).toMatchObject({ code: 'STEP_NOT_OWNED' });
  });

  it('keeps procedures inside the region: another region sees nothing and cannot act', async () => {
    const officials = await createOfficials(t());
    const { procedure } = await openTestApplication(t(), officials.cadre);
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request(t(), 'GET', `/api/v1/procedures/${procedure.id}`, { user: outsider })).status).toBe(404);
    expect((await act(t(), outsider, procedure.id, { step: 'villageAppraisal', decision: 'approve' })).status).toBe(404);
    const list = await request<{ total: number }>(t(), 'GET', '/api/v1/procedures', { user: outsider });
    expect(list.body.total).toBe(0);
    const otherVillageCadre = await createSignedInUser(t(), 'villageCadre', '150602101202');
    expect((await act(t(), otherVillageCadre, procedure.id, { step: 'villageAppraisal', decision: 'approve' })).status).toBe(404);
  });
});
