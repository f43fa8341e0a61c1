import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import { act, advanceIdentification, createOfficials, daysAgo, openTestApplication } from './procedure-test-support.ts';
import type { ProcedureSummary } from './procedures.schemas.ts';
import type { VillageQuotaView } from './quotas.schemas.ts';

const OTHER_VILLAGE = '150602101202';

describeEachEngine('waiting-for-me queues and village quotas', (t) => {
  it('shows each user the steps they own in their region, earliest deadline first, overdue marked', async () => {
    const officials = await createOfficials(t());
    const late = await openTestApplication(t(), officials.cadre, 60);
    const fresh = await openTestApplication(t(), officials.cadre, 0);
    const atTownship = await openTestApplication(t(), officials.cadre, 60);
    await advanceIdentification(t(), officials, atTownship.procedure.id, 'townshipReview');
    const elsewhere = await createOfficials(t(), OTHER_VILLAGE);
    const other = await openTestApplication(t(), elsewhere.cadre, 10, OTHER_VILLAGE);

    const mine = await request<ProcedureSummary[]>(t(), 'GET', '/api/v1/procedures/waiting-for-me', { user: officials.cadre });
    expect(mine.status).toBe(200);
    const ids = mine.body.map((p) => p.id);
    expect(ids).toContain(late.procedure.id);
    expect(ids).toContain(fresh.procedure.id);
    expect(ids).not.toContain(atTownship.procedure.id);
    expect(ids).not.toContain(other.procedure.id);
    expect(ids.indexOf(late.procedure.id)).toBeLessThan(ids.indexOf(fresh.procedure.id));
    expect(mine.body.find((p) => p.id === late.procedure.id)).toMatchObject({ currentStep: 'villageAppraisal', stepDueOn: daysAgo(t(), 45), isOverdue: true });
    expect(mine.body.find((p) => p.id === fresh.procedure.id)).toMatchObject({ stepDueOn: daysAgo(t(), -15), isOverdue: false });

    const township = await request<ProcedureSummary[]>(t(), 'GET', '/api/v1/procedures/waiting-for-me', { user: officials.township });
    expect(township.body.map((p) => p.id)).toEqual([atTownship.procedure.id]);
    const county = await request<ProcedureSummary[]>(t(), 'GET', '/api/v1/procedures/waiting-for-me', { user: officials.county });
    expect(county.body).toEqual([]);
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    expect((await request<ProcedureSummary[]>(t(), 'GET', '/api/v1/procedures/waiting-for-me', { user: inspector })).body).toEqual([]);

    const queue = await request<{ total: number; items: ProcedureSummary[] }>(t(), 'GET', '/api/v1/procedures?kind=identification&step=villageAppraisal', { user: officials.county });
    expect(queue.body.items.map((p) => p.id)).toEqual(expect.arrayContaining([late.procedure.id, fresh.procedure.id, other.procedure.id]));
    const narrowed = await request<{ items: ProcedureSummary[] }>(t(), 'GET', `/api/v1/procedures?regionCode=${OTHER_VILLAGE}`, { user: officials.county });
    expect(narrowed.body.items.map((p) => p.id)).toEqual([other.procedure.id]);
    const badStatus = await request(t(), 'GET', '/api/v1/procedures?status=finished', { user: officials.county });
    expect(badStatus.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'status' });
  });

  it('lets the county set village quotas, counts their use, and refuses a registration beyond the quota', async () => {
    const officials = await createOfficials(t(), '150602101203');
    const year = Number(daysAgo(t(), 60).slice(0, 4));
    const set = await request<VillageQuotaView>(t(), 'PUT', `/api/v1/village-quotas/150602101203/${year}`, { user: officials.county, body: { quota: 1 } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ villageCode: '150602101203', quota: 1, registered: 0, remaining: 1, isReached: false });

    const first = await openTestApplication(t(), officials.cadre, 60, '150602101203');
    const second = await openTestApplication(t(), officials.cadre, 60, '150602101203');
    await advanceIdentification(t(), officials, first.procedure.id, 'none');
    await advanceIdentification(t(), officials, second.procedure.id, 'countyReview');
    const beyond = await act(t(), officials.county, second.procedure.id, { step: 'countyReview', decision: 'approve', on: daysAgo(t(), 41) });
    expect(beyond.status).toBe(409);
    expect(beyond.body.code).toBe('QUOTA_EXCEEDED');
    const stillRejectable = await act(t(), officials.county, second.procedure.id, { step: 'countyReview', decision: 'reject', reason: '超出规模', on: daysAgo(t(), 41) });
    expect(stillRejectable.status).toBe(200);

    const list = await request<VillageQuotaView[]>(t(), 'GET', `/api/v1/village-quotas?year=${year}&regionCode=150602101`, { user: officials.township });
    expect(list.body.find((q) => q.villageCode === '150602101203')).toMatchObject({ quota: 1, registered: 1, rejected: 1, inProgress: 0, remaining: 0, isReached: true });
    expect(list.body.find((q) => q.villageCode === OTHER_VILLAGE)).toMatchObject({ quota: null, remaining: null });
    expect(list.body.every((q) => q.villageCode.startsWith('150602101'))).toBe(true);

    const byTownship = await request(t(), 'PUT', `/api/v1/village-quotas/150602101203/${year}`, { user: officials.township, body: { quota: 5 } });
    expect(byTownship.status).toBe(403);
    const outside = await request(t(), 'PUT', `/api/v1/village-quotas/110101001001/${year}`, { user: officials.county, body: { quota: 5 } });
    expect(outside.body).toMatchObject({ code: 'FORBIDDEN', field: 'villageCode' });
    const township = await request(t(), 'PUT', `/api/v1/village-quotas/150602101/${year}`, { user: officials.county, body: { quota: 5 } });
    expect(township.body).toMatchObject({ code: 'REGION_NOT_VILLAGE', field: 'villageCode' });
    const negative = await request(t(), 'PUT', `/api/v1/village-quotas/150602101203/${year}`, { user: officials.county, body: { quota: -1 } });
    expect(negative.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'quota' });
    const foreign = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request<VillageQuotaView[]>(t(), 'GET', `/api/v1/village-quotas?year=${year}&regionCode=150602`, { user: foreign })).body).toEqual([]);
  });
});
