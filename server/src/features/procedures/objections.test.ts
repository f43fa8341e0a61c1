import { expect, it } from 'vitest';
import type { HouseholdView } from '../households/households.schemas.ts';
import { createSignedInUser, describeEachEngine, request, type TestUser } from '../../../test/test-context.ts';
import { act, advanceIdentification, createOfficials, daysAgo, openTestApplication } from './procedure-test-support.ts';
import type { ProcedureView } from './procedures.schemas.ts';

type Answer = ProcedureView & { code?: string; field?: string };

describeEachEngine('objections to a notice', (t) => {
  /** An application at its first notice, posted 59 to 53 days ago. */
  async function atFirstNotice() {
    const officials = await createOfficials(t());
    const opened = await openTestApplication(t(), officials.cadre);
    await advanceIdentification(t(), officials, opened.procedure.id, 'firstNotice');
    return { officials, ...opened };
  }
  const objectTo = (user: TestUser, id: string, body: Record<string, unknown>) =>
    request<Answer>(t(), 'POST', `/api/v1/procedures/${id}/objections`, { user, body });
  const resolve = (user: TestUser, id: string, objectionId: string, body: Record<string, unknown>) =>
    request<Answer>(t(), 'POST', `/api/v1/procedures/${id}/objections/${objectionId}/resolution`, { user, body });

  it('blocks the notice until the objection is resolved, then lets it close', async () => {
    const { officials, procedure } = await atFirstNotice();
    const raised = await objectTo(officials.cadre, procedure.id, { receivedOn: daysAgo(t(), 55), objector: '村民李某', content: '该户家中有小汽车' });
    expect(raised.status).toBe(201);
    const objection = raised.body.objections[0];
    expect(objection).toMatchObject({ step: 'firstNotice', status: 'open', receivedOn: daysAgo(t(), 55), content: '该户家中有小汽车' });
    const blocked = await act(t(), officials.cadre, procedure.id, { step: 'firstNotice', decision: 'approve', on: daysAgo(t(), 50) });
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('OBJECTION_UNRESOLVED');

    const byTownship = await resolve(officials.township, procedure.id, objection?.id ?? '', { outcome: 'dismissed', resolution: '经核实车辆为借用' });
    expect(byTownship.status).toBe(403);
    const dismissed = await resolve(officials.cadre, procedure.id, objection?.id ?? '', { outcome: 'dismissed', resolution: '经核实车辆为借用', on: daysAgo(t(), 54) });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body.objections[0]).toMatchObject({ status: 'dismissed', resolution: '经核实车辆为借用', resolvedOn: daysAgo(t(), 54) });
    const twice = await resolve(officials.cadre, procedure.id, objection?.id ?? '', { outcome: 'dismissed', resolution: '再次' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('OBJECTION_RESOLVED');

    const closed = await act(t(), officials.cadre, procedure.id, { step: 'firstNotice', decision: 'approve', on: daysAgo(t(), 50) });
    expect(closed.status).toBe(200);
    expect(closed.body.currentStep).toBe('townshipReview');
    const late = await resolve(officials.cadre, procedure.id, objection?.id ?? '', { outcome: 'dismissed', resolution: 'x' });
    expect(late.body.code).toBe('OBJECTION_RESOLVED');
  });

  it('upheld and rejected: the application ends, kept with the resolution as its reason', async () => {
    const { officials, procedure, household } = await atFirstNotice();
    const raised = await objectTo(officials.cadre, procedure.id, { receivedOn: daysAgo(t(), 56), content: '该户有家庭成员为公职人员' });
    const upheld = await resolve(officials.cadre, procedure.id, raised.body.objections[0]?.id ?? '', {
      outcome: 'upheld', upheldAction: 'reject', resolution: '核实属实，不符合识别条件', on: daysAgo(t(), 55),
    });
    expect(upheld.status).toBe(200);
    expect(upheld.body).toMatchObject({ status: 'rejected', outcomeReason: '核实属实，不符合识别条件', closedOn: daysAgo(t(), 55) });
    const after = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${household.id}`, { user: officials.cadre });
    expect(after.body.povertyStatus).toBe('notPoor');
  });

  it('upheld and sent back: the application returns to the village appraisal; other open objections lapse', async () => {
    const { officials, procedure } = await atFirstNotice();
    const first = await objectTo(officials.cadre, procedure.id, { receivedOn: daysAgo(t(), 57), content: '收入登记不全' });
    await objectTo(officials.cadre, procedure.id, { receivedOn: daysAgo(t(), 56), content: '另一条意见' });
    const sentBack = await resolve(officials.cadre, procedure.id, first.body.objections[0]?.id ?? '', {
      outcome: 'upheld', upheldAction: 'sendBack', resolution: '退回重新评议', on: daysAgo(t(), 55),
    });
    expect(sentBack.status).toBe(200);
    expect(sentBack.body).toMatchObject({ status: 'inProgress', currentStep: 'villageAppraisal', stepStartedOn: daysAgo(t(), 55) });
    expect(sentBack.body.objections.map((o) => o.status)).toEqual(['upheld', 'superseded']);
    expect(sentBack.body.steps.map((s) => [s.step, s.decision])).toEqual([
      ['application', 'approved'], ['villageAppraisal', 'approved'], ['firstNotice', 'sentBack'], ['villageAppraisal', null],
    ]);
  });

  it('refuses objections outside a notice or its period, and resolutions without their fields', async () => {
    const { officials, procedure } = await atFirstNotice();
    const before = await objectTo(officials.cadre, procedure.id, { receivedOn: daysAgo(t(), 60), content: '太早' });
    expect(before.status).toBe(422);
    expect(before.body).toMatchObject({ code: 'OBJECTION_OUTSIDE_NOTICE', field: 'receivedOn' });
    const after = await objectTo(officials.cadre, procedure.id, { receivedOn: daysAgo(t(), 52), content: '太晚' });
    expect(after.body).toMatchObject({ code: 'OBJECTION_OUTSIDE_NOTICE', field: 'receivedOn' });
    const empty = await objectTo(officials.cadre, procedure.id, { content: '' });
    expect(empty.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'content' });
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    expect((await objectTo(inspector, procedure.id, { receivedOn: daysAgo(t(), 55), content: '督查意见' })).status).toBe(403);

    const raised = await objectTo(officials.cadre, procedure.id, { receivedOn: daysAgo(t(), 55), content: '有异议' });
    const id = raised.body.objections[0]?.id ?? '';
    expect((await resolve(officials.cadre, procedure.id, id, { outcome: 'upheld', resolution: '属实' })).body).toMatchObject({ field: 'upheldAction' });
    expect((await resolve(officials.cadre, procedure.id, id, { outcome: 'dismissed', resolution: ' ' })).body).toMatchObject({ field: 'resolution' });
    expect((await resolve(officials.cadre, procedure.id, id, { outcome: 'dismissed', resolution: '不属实', on: daysAgo(t(), 56) })).body).toMatchObject({ field: 'on' });
    expect((await resolve(officials.cadre, procedure.id, 'nope', { outcome: 'dismissed', resolution: '不属实' })).status).toBe(404);

    await resolve(officials.cadre, procedure.id, id, { outcome: 'dismissed', resolution: '不属实', on: daysAgo(t(), 54) });
    await act(t(), officials.cadre, procedure.id, { step: 'firstNotice', decision: 'approve', on: daysAgo(t(), 51) });
    const atReview = await objectTo(officials.cadre, procedure.id, { receivedOn: daysAgo(t(), 50), content: '审核期间' });
    expect(atReview.status).toBe(409);
    expect(atReview.body.code).toBe('NOT_IN_NOTICE');
    const outsider = await createSignedInUser(t(), 'villageCadre', '150602101202');
    expect((await objectTo(outsider, procedure.id, { content: '外村' })).status).toBe(404);
  });
});
