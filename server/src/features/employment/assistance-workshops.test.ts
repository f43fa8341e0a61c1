import { expect, it } from 'vitest';
import { registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp, type TestUser } from '../../../test/test-context.ts';

interface Household { id: number; members: { id: number; relationToHead: string }[] }
interface Subsidy { isEarned: boolean; qualifyingWorkers: number; workerTotal: number; employerTotal: number; reasons: { code: string }[]; claimedAt: string | null }

async function heads(t: TestApp, user: TestUser, count: number, povertyStatus: 'poor' | 'notPoor' = 'poor'): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const h = await registerTestHousehold(t, user, { memberCount: 1, povertyStatus, ...(povertyStatus === 'notPoor' ? { mainCause: null, otherCauses: [], yearIdentified: null } : {}) }) as Household;
    const head = h.members[0];
    if (head) ids.push(head.id);
  }
  return ids;
}

describeEachEngine('assistance workshops API', (t) => {
  it('earns the wage subsidy with ten poor workers for three months, claims it once, and shows the jobs as measures', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const created = await request<{ id: string }>(t(), 'POST', '/api/v1/assistance-workshops', {
      user: cadre, body: { villageCode: '150602101201', name: '九成功扶贫车间', operator: '某服饰有限公司', openedOn: '2024-01-01' },
    });
    expect(created.status).toBe(201);
    const url = `/api/v1/assistance-workshops/${created.body.id}`;
    const poor = await heads(t(), cadre, 10);
    const [notPoor] = await heads(t(), cadre, 1, 'notPoor');
    for (const memberId of poor.slice(0, 9)) {
      expect((await request(t(), 'POST', `${url}/workers`, { user: cadre, body: { memberId, startedOn: '2025-04-01', endedOn: '2025-06-30', monthlyWage: 250_000 } })).status).toBe(201);
    }
    await request(t(), 'POST', `${url}/workers`, { user: cadre, body: { memberId: notPoor, startedOn: '2025-01-01', monthlyWage: 250_000 } });
    await request(t(), 'POST', `${url}/workers`, { user: cadre, body: { memberId: poor[9], startedOn: '2025-05-01', endedOn: '2025-06-30', monthlyWage: 250_000 } });

    // Nine count (the tenth worked two months, the eleventh is not from a registered household).
    const short = await request<Subsidy>(t(), 'GET', `${url}/subsidy?year=2025`, { user: cadre });
    expect(short.body).toMatchObject({ isEarned: false, qualifyingWorkers: 9, workerTotal: 0, reasons: [{ code: 'ASSISTANCE_WORKSHOP_SUBSIDY_NOT_EARNED' }] });
    const refused = await request(t(), 'POST', `${url}/subsidy`, { user: cadre, body: { year: 2025 } });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'ASSISTANCE_WORKSHOP_SUBSIDY_NOT_EARNED', field: 'year' });

    const overlap = await request(t(), 'POST', `${url}/workers`, { user: cadre, body: { memberId: poor[9], startedOn: '2025-06-01', monthlyWage: 250_000 } });
    expect(overlap.body).toMatchObject({ code: 'MEASURE_DUPLICATE' });
    await request(t(), 'POST', `${url}/workers`, { user: cadre, body: { memberId: poor[9], startedOn: '2025-09-01', endedOn: '2025-09-30', monthlyWage: 250_000 } });

    const claim = await request<Subsidy>(t(), 'POST', `${url}/subsidy`, { user: cadre, body: { year: 2025 } });
    expect(claim.status).toBe(201);
    // 10 workers × 3 months × 120 yuan, to the workers and again to the employer.
    expect(claim.body).toMatchObject({ isEarned: true, qualifyingWorkers: 10, workerTotal: 360_000, employerTotal: 360_000 });
    const again = await request(t(), 'POST', `${url}/subsidy`, { user: cadre, body: { year: 2025 } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'MEASURE_DUPLICATE', field: 'year' });

    const detail = await request<{ workers: { memberId: number; measureId: string }[]; claims: { year: number }[] }>(t(), 'GET', url, { user: cadre });
    expect(detail.body.workers).toHaveLength(12);
    expect(detail.body.claims).toEqual([expect.objectContaining({ year: 2025, workerTotal: 360_000 })]);
    const audit = await t().ctx.db.selectFrom('auditLog').select('details').where('entityType', '=', 'workshopSubsidy').where('entityId', '=', created.body.id).execute();
    expect(audit).toHaveLength(1);
    // The claim is recorded as each counting worker's measure: 3 months × 120 yuan, for the worker's household.
    const paid = await t().ctx.db.selectFrom('assistanceMeasures').select(['memberId', 'amount', 'startDate', 'endDate', 'status'])
      .where('measureType', '=', 'workshopJob').where('amount', 'is not', null).execute();
    expect(paid).toHaveLength(10);
    expect(paid.every((m) => Number(m.amount) === 36_000 && m.status === 'completed')).toBe(true);
    expect(paid.map((m) => m.memberId).sort()).toEqual([...poor].sort());
    expect(paid.find((m) => m.memberId === poor[9])).toMatchObject({ startDate: '2025-05-01', endDate: '2025-09-30' });
  });

  it('answers claims of the same workshop and year made at once with one claim and a clear 409 for the others', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const created = await request<{ id: string }>(t(), 'POST', '/api/v1/assistance-workshops', { user: cadre, body: { villageCode: '150602101202', name: '并发车间', operator: '某公司', openedOn: '2024-01-01' } });
    const url = `/api/v1/assistance-workshops/${created.body.id}`;
    const workers = await heads(t(), cadre, 10);
    for (const memberId of workers) {
      expect((await request(t(), 'POST', `${url}/workers`, { user: cadre, body: { memberId, startedOn: '2025-01-01', endedOn: '2025-03-31', monthlyWage: 200_000 } })).status).toBe(201);
    }
    const answers = await Promise.all([1, 2, 3].map(() => request<{ code?: string; field?: string }>(t(), 'POST', `${url}/subsidy`, { user: cadre, body: { year: 2025 } })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(answers.filter((a) => a.status === 409).map((a) => [a.body.code, a.body.field])).toEqual([['MEASURE_DUPLICATE', 'year'], ['MEASURE_DUPLICATE', 'year']]);
    const claims = await t().ctx.db.selectFrom('assistanceWorkshopSubsidies').select('id').where('assistanceWorkshopId', '=', created.body.id).execute();
    expect(claims).toHaveLength(1);
    const measures = await t().ctx.db.selectFrom('assistanceMeasures').select('id').where('memberId', 'in', workers).where('amount', 'is not', null).execute();
    expect(measures).toHaveLength(10);
  });

  it('keeps workshops in their region and refuses bad input', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const created = await request<{ id: string }>(t(), 'POST', '/api/v1/assistance-workshops', { user: cadre, body: { villageCode: '150602101201', name: '车间', operator: '公司', openedOn: '2024-01-01' } });
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request(t(), 'GET', `/api/v1/assistance-workshops/${created.body.id}`, { user: outsider })).status).toBe(404);
    expect((await request<unknown[]>(t(), 'GET', '/api/v1/assistance-workshops', { user: outsider })).body).toEqual([]);
    const elsewhere = await request(t(), 'POST', '/api/v1/assistance-workshops', { user: outsider, body: { villageCode: '150602101201', name: '车间', operator: '公司', openedOn: '2024-01-01' } });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body).toMatchObject({ field: 'villageCode' });
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    expect((await request(t(), 'POST', `/api/v1/assistance-workshops/${created.body.id}/subsidy`, { user: inspector, body: { year: 2025 } })).status).toBe(403);
    const bad = await request(t(), 'POST', '/api/v1/assistance-workshops', { user: cadre, body: { villageCode: '1506', name: '车间', operator: '公司', openedOn: '2024-01-01' } });
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'villageCode' });
  });
});
