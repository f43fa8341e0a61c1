import { expect, it } from 'vitest';
import { buildMemberInput, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';

interface Household { id: number; members: { id: number; schoolStatus: string }[] }
interface Student { memberId: number; entitled: number; paid: number; missing: number; entitlements: { item: string; amount: number; missing: number; explanation: { zh: string } }[] }
interface Page { summary: { students: number; studentsMissingAid: number; missingAmount: number }; students: Student[] }

const schoolFamily = () => [
  buildMemberInput({ relationToHead: 'self' }),
  buildMemberInput({ relationToHead: 'son', schoolStatus: 'primary', schoolGrade: 3 }),
  buildMemberInput({ relationToHead: 'daughter', schoolStatus: 'vocational', schoolGrade: 1 }),
];

describeEachEngine('education aid API', (t) => {
  it('computes every student\'s aid from the policy in force and lists those who should receive it and do not', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101');
    const village = '150602101201';
    const poor = await registerTestHousehold(t(), cadre, { villageCode: village, members: schoolFamily() }) as Household;
    await registerTestHousehold(t(), cadre, { villageCode: village, povertyStatus: 'notPoor', mainCause: null, otherCauses: [], yearIdentified: null, members: schoolFamily() });
    const pupil = poor.members.find((m) => m.schoolStatus === 'primary');
    const vocational = poor.members.find((m) => m.schoolStatus === 'vocational');

    const all = await request<Page>(t(), 'GET', `/api/v1/education-aid/students?region=${village}&year=2025`, { user: cadre });
    expect(all.status).toBe(200);
    // Only the registered household's two students: a day pupil (500 yuan, 东胜区) and a vocational student (雨露计划 1500 yuan).
    expect(all.body.students.map((s) => s.memberId).sort()).toEqual([pupil?.id, vocational?.id].sort());
    expect(all.body.students.find((s) => s.memberId === pupil?.id)).toMatchObject({ entitled: 50_000, paid: 0, missing: 50_000, entitlements: [{ item: 'educationAid', amount: 50_000 }] });
    expect(all.body.students.find((s) => s.memberId === vocational?.id)?.entitlements).toEqual([expect.objectContaining({ item: 'yuluProgramme', amount: 150_000 })]);
    expect(all.body.summary).toMatchObject({ students: 2, studentsMissingAid: 2, missingAmount: 200_000 });

    const paid = await request<{ measureId: string }>(t(), 'POST', '/api/v1/education-aid/payments', {
      user: cadre, body: { memberId: pupil?.id, schoolYear: 2025, item: 'educationAid', amount: 50_000, paidOn: '2025-09-15', fundingSource: '县教育局' },
    });
    expect(paid.status).toBe(201);
    const missing = await request<Page>(t(), 'GET', `/api/v1/education-aid/students?region=${village}&year=2025&missingOnly=true`, { user: cadre });
    expect(missing.body.students.map((s) => s.memberId)).toEqual([vocational?.id]);
    expect(missing.body.summary).toMatchObject({ studentsMissingAid: 1, missingAmount: 150_000 });

    const twice = await request(t(), 'POST', '/api/v1/education-aid/payments', {
      user: cadre, body: { memberId: pupil?.id, schoolYear: 2025, item: 'educationAid', amount: 50_000, paidOn: '2025-10-15' },
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'MEASURE_DUPLICATE', field: 'item' });
    const measures = await request<{ id: string; measureType: string; amount: number }[]>(t(), 'GET', `/api/v1/households/${poor.id}/measures`, { user: cadre });
    expect(measures.body.find((m) => m.id === paid.body.measureId)).toMatchObject({ measureType: 'schoolAid', amount: 50_000 });
  });

  it('keeps students and payments inside the region and refuses bad input', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre, { members: schoolFamily() }) as Household;
    const pupil = household.members.find((m) => m.schoolStatus === 'primary');
    const body = { memberId: pupil?.id, schoolYear: 2025, item: 'educationAid', amount: 50_000, paidOn: '2025-09-15' };
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request<Page>(t(), 'GET', '/api/v1/education-aid/students?year=2025', { user: outsider })).body.students).toEqual([]);
    expect((await request(t(), 'POST', '/api/v1/education-aid/payments', { user: outsider, body })).status).toBe(404);
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    expect((await request(t(), 'POST', '/api/v1/education-aid/payments', { user: inspector, body })).status).toBe(403);
    const unknownItem = await request(t(), 'POST', '/api/v1/education-aid/payments', { user: cadre, body: { ...body, item: 'bonus' } });
    expect(unknownItem.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'item' });
    const noYear = await request(t(), 'GET', '/api/v1/education-aid/students', { user: cadre });
    expect(noYear.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
  });
});
