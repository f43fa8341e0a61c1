import { expect, it } from 'vitest';
import { buildMemberInput, makeIdNumber, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';

interface Household { id: number; members: { id: number; relationToHead: string }[] }
interface LabourPage { summary: { labourForce: number; employed: number; notEmployed: number }; total: number; items: { memberId: number; isEmployed: boolean; months: number; income: number }[] }

/** A head born 1985 who can work, a spouse who cannot, and a pupil of 12. */
function family() {
  return [
    buildMemberInput({ relationToHead: 'self', idNumber: makeIdNumber({ birthDate: '1985-04-02', gender: 'male' }) }),
    buildMemberInput({ relationToHead: 'spouse', laborCapacity: 'lost' }),
    buildMemberInput({ relationToHead: 'son', schoolStatus: 'primary' }),
  ];
}

describeEachEngine('employment API', (t) => {
  it('takes the working age from the policy values of the place and year', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const year = t().ctx.now().getUTCFullYear() - 1;
    // A head of 58 at the end of last year: inside the national 16–60, outside a county's 16–55.
    const household = await registerTestHousehold(t(), officer, {
      villageCode: '150602101203', members: [buildMemberInput({ relationToHead: 'self', idNumber: makeIdNumber({ birthDate: `${year - 58}-03-01`, gender: 'male' }) })],
    }) as Household;
    const head = household.members[0]?.id;
    const labourOf = async () => (await request<{ members: { memberId: number; isLabourForce: boolean; exclusions: string[] }[] }>(t(), 'GET', `/api/v1/households/${household.id}/labour?year=${year}`, { user: officer })).body.members;
    const pageOf = async () => (await request<LabourPage & { workingAge: { minAge: number; maxAge: number } }>(t(), 'GET', `/api/v1/employment/labour-force?region=150602101203&year=${year}`, { user: officer })).body;
    expect(await labourOf()).toEqual([expect.objectContaining({ memberId: head, isLabourForce: true })]);
    expect((await pageOf()).workingAge).toEqual({ minAge: 16, maxAge: 60 });
    const set = await request(t(), 'POST', '/api/v1/policy/values', { user: officer, body: { regionCode: '150602', parameter: 'employment.workingAgeMax', validFrom: year, validTo: year, value: 55, source: '县定劳动年龄（测试）' } });
    expect(set.status).toBe(201);
    expect(await labourOf()).toEqual([expect.objectContaining({ memberId: head, isLabourForce: false, exclusions: ['aboveWorkingAge'] })]);
    const page = await pageOf();
    expect(page.workingAge).toEqual({ minAge: 16, maxAge: 55 });
    expect(page.items.some((i) => i.memberId === head)).toBe(false);
  });

  it('derives the labour force from members and counts who worked from the jobs recorded', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre, { members: family() }) as Household;
    const head = household.members.find((m) => m.relationToHead === 'self');
    const year = t().ctx.now().getUTCFullYear() - 1;
    const labour = await request<{ members: { memberId: number; isLabourForce: boolean; exclusions: string[] }[] }>(t(), 'GET', `/api/v1/households/${household.id}/labour?year=${year}`, { user: cadre });
    expect(labour.status).toBe(200);
    expect(labour.body.members.filter((m) => m.isLabourForce).map((m) => m.memberId)).toEqual([head?.id]);
    expect(labour.body.members.flatMap((m) => m.exclusions)).toEqual(expect.arrayContaining(['noLaborCapacity', 'inSchool']));

    const job = await request<{ id: string; measureId: string; memberName: string }>(t(), 'POST', '/api/v1/employment/jobs', {
      user: cadre, body: { memberId: head?.id, year, kind: 'outOfProvince', employer: '鄂尔多斯某建筑公司', months: 8, income: 3_200_000 },
    });
    expect(job.status).toBe(201);
    const page = await request<LabourPage>(t(), 'GET', `/api/v1/employment/labour-force?region=150602101201&year=${year}`, { user: cadre });
    const mine = page.body.items.find((i) => i.memberId === head?.id);
    expect(mine).toMatchObject({ isEmployed: true, months: 8, income: 3_200_000 });
    expect(page.body.summary.employed).toBeGreaterThanOrEqual(1);
    const notEmployed = await request<LabourPage>(t(), 'GET', `/api/v1/employment/labour-force?region=150602101201&year=${year}&employed=no`, { user: cadre });
    expect(notEmployed.body.items.some((i) => i.memberId === head?.id)).toBe(false);

    // The job shows in the household's measures, so the assistance plan sees it.
    const measures = await request<{ id: string; measureType: string }[]>(t(), 'GET', `/api/v1/households/${household.id}/measures`, { user: cadre });
    expect(measures.body.find((m) => m.id === job.body.measureId)).toMatchObject({ measureType: 'employment' });
    const audit = await t().ctx.db.selectFrom('auditLog').select('action').where('entityType', '=', 'memberJob').where('entityId', '=', job.body.id).execute();
    expect(audit).toHaveLength(1);
  });

  it('appoints one public welfare post per person at a time and ends it', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre, { members: family() }) as Household;
    const head = household.members.find((m) => m.relationToHead === 'self');
    const body = { memberId: head?.id, title: '村级保洁员', monthlyAllowance: 50_000, startedOn: '2025-01-01', endedOn: null };
    const post = await request<{ id: string; measureId: string }>(t(), 'POST', '/api/v1/employment/public-welfare-posts', { user: cadre, body });
    expect(post.status).toBe(201);
    const second = await request(t(), 'POST', '/api/v1/employment/public-welfare-posts', { user: cadre, body: { ...body, title: '护林员', startedOn: '2025-06-01' } });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'MEASURE_DUPLICATE', field: 'memberId' });

    const ended = await request<{ endedOn: string }>(t(), 'POST', `/api/v1/employment/public-welfare-posts/${post.body.id}/end`, { user: cadre, body: { endedOn: '2025-05-31' } });
    expect(ended.body.endedOn).toBe('2025-05-31');
    const next = await request(t(), 'POST', '/api/v1/employment/public-welfare-posts', { user: cadre, body: { ...body, title: '护林员', startedOn: '2025-06-01' } });
    expect(next.status).toBe(201);
    const measures = await request<{ id: string; status: string; endDate: string | null }[]>(t(), 'GET', `/api/v1/households/${household.id}/measures`, { user: cadre });
    expect(measures.body.find((m) => m.id === post.body.measureId)).toMatchObject({ status: 'completed', endDate: '2025-05-31' });
    const posts = await request<unknown[]>(t(), 'GET', '/api/v1/employment/public-welfare-posts?year=2025&region=150602101201', { user: cadre });
    expect(posts.body.length).toBeGreaterThanOrEqual(2);
  });

  it('pays the employer-run training subsidy in force and refuses the same course twice', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre, { members: family() }) as Household;
    const head = household.members.find((m) => m.relationToHead === 'self');
    const body = { memberId: head?.id, kind: 'employerRun', course: '民族服饰缝纫', provider: '扶贫车间', startedOn: '2025-03-01', endedOn: '2025-03-10', hours: 40 };
    const first = await request<{ subsidy: number }>(t(), 'POST', '/api/v1/employment/training', { user: cadre, body });
    expect(first.status).toBe(201);
    expect(first.body.subsidy).toBe(30_000);
    const again = await request(t(), 'POST', '/api/v1/employment/training', { user: cadre, body: { ...body, startedOn: '2025-03-05', endedOn: '2025-03-12' } });
    expect(again.body).toMatchObject({ code: 'MEASURE_DUPLICATE' });
    const other = await request<{ subsidy: number }>(t(), 'POST', '/api/v1/employment/training', { user: cadre, body: { ...body, kind: 'vocationalSkills', course: '电工' } });
    expect(other.body.subsidy).toBe(0);
  });

  it('keeps programme records inside the region, away from read-only roles, and names bad fields', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre, { members: family() }) as Household;
    const head = household.members.find((m) => m.relationToHead === 'self');
    const job = { memberId: head?.id, year: 2025, kind: 'inCounty', employer: '某合作社', months: 3, income: 600_000 };
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request(t(), 'GET', `/api/v1/households/${household.id}/labour?year=2025`, { user: outsider })).status).toBe(404);
    expect((await request(t(), 'POST', '/api/v1/employment/jobs', { user: outsider, body: job })).body).toMatchObject({ code: 'OUT_OF_SCOPE' });
    const outsideList = await request<unknown[]>(t(), 'GET', '/api/v1/employment/jobs?year=2025', { user: outsider });
    expect(outsideList.body).toEqual([]);
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    expect((await request(t(), 'POST', '/api/v1/employment/jobs', { user: inspector, body: job })).status).toBe(403);
    const thirteen = await request(t(), 'POST', '/api/v1/employment/jobs', { user: cadre, body: { ...job, months: 13 } });
    expect(thirteen.status).toBe(400);
    expect(thirteen.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'months' });
    const fractional = await request(t(), 'POST', '/api/v1/employment/jobs', { user: cadre, body: { ...job, income: 10.5 } });
    expect(fractional.body).toMatchObject({ field: 'income' });
  });
});
