import { expect, it } from 'vitest';
import { buildHouseholdInput, buildMemberInput, makeIdNumber, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp, type TestUser } from '../../../test/test-context.ts';
import type { HouseholdView } from '../households/households.schemas.ts';
import type { MemberView } from './members.schemas.ts';

interface Problem { code: string; field?: string; detail: string }

const readHousehold = async (t: TestApp, user: TestUser, id: number) =>
  (await request<HouseholdView>(t, 'GET', `/api/v1/households/${id}`, { user })).body;

describeEachEngine('members API', (t) => {
  it('adds a member, updating the household\'s size, version and history', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const household = await registerTestHousehold(t(), cadre, { memberCount: 2 });
    const child = buildMemberInput({ relationToHead: 'daughter', name: '王小妹' });
    const res = await request<MemberView>(t(), 'POST', `/api/v1/households/${household.id}/members`, { user: cadre, body: { ...child, movedInOn: '2020-02-01' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: '王小妹', relationToHead: 'daughter', gender: 'female', movedInOn: '2020-02-01', idNumberMasked: `${child.idNumber.slice(0, 4)}**********${child.idNumber.slice(-4)}` });
    expect(JSON.stringify(res.body)).not.toContain(child.idNumber);
    const after = await readHousehold(t(), cadre, household.id);
    expect(after).toMatchObject({ memberCount: 3, version: 2 });
    const history = await request<{ entries: { entityType: string; action: string; changes: { field: string; before: unknown; after: unknown }[] }[] }>(t(), 'GET', `/api/v1/households/${household.id}/history`, { user: cadre });
    expect(history.body.entries.slice(0, 2).map((e) => `${e.entityType}:${e.action}`).sort()).toEqual(['household:update', 'member:create']);
    expect(history.body.entries.find((e) => e.entityType === 'household')?.changes).toContainEqual({ field: 'memberCount', before: 2, after: 3 });
  });

  it('refuses a bad ID, a person already in a household, and a second spouse', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const household = await registerTestHousehold(t(), cadre, { memberCount: 2 });
    const other = buildHouseholdInput();
    await registerTestHousehold(t(), cadre, other);
    const url = `/api/v1/households/${household.id}/members`;
    const bad = await request<Problem>(t(), 'POST', url, { user: cadre, body: buildMemberInput({ relationToHead: 'son', idNumber: '150602200501011234' }) });
    expect(bad.body).toMatchObject({ code: 'ID_NUMBER_INVALID', field: 'idNumber' });
    const taken = await request<Problem>(t(), 'POST', url, { user: cadre, body: buildMemberInput({ relationToHead: 'son', idNumber: other.members[1]?.idNumber, gender: undefined }) });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'ID_NUMBER_DUPLICATE', field: 'idNumber' });
    expect(taken.body.detail).toContain(other.householdNo);
    const spouse = await request<Problem>(t(), 'POST', url, { user: cadre, body: buildMemberInput({ relationToHead: 'spouse' }) });
    expect(spouse.body).toMatchObject({ code: 'HOUSEHOLD_SPOUSE_COUNT', field: 'relationToHead' });
    expect((await readHousehold(t(), cadre, household.id)).members).toHaveLength(2);
  });

  it('changes a member, checking identity and composition again', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const household = await registerTestHousehold(t(), cadre, { memberCount: 3 });
    const [head, spouse, child] = household.members;
    const patch = (id: number | undefined, body: Record<string, unknown>) => request<Problem & MemberView>(t(), 'PATCH', `/api/v1/members/${id}`, { user: cadre, body });
    expect((await patch(child?.id, { relationToHead: 'self' })).body).toMatchObject({ code: 'HOUSEHOLD_HEAD_COUNT', field: 'relationToHead' });
    expect((await patch(head?.id, { isDeceased: true })).body).toMatchObject({ code: 'HOUSEHOLD_HEAD_COUNT', field: 'isDeceased' });
    expect((await patch(spouse?.id, { gender: 'male' })).body).toMatchObject({ code: 'ID_NUMBER_MISMATCH', field: 'gender' });
    const newId = makeIdNumber({ gender: 'male', birthDate: '2010-04-05' });
    const changed = await patch(child?.id, { idNumber: newId, education: 'primary', schoolStatus: 'juniorHigh', schoolGrade: 8 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ birthDate: '2010-04-05', gender: 'male', schoolGrade: 8, idNumberMasked: `${newId.slice(0, 4)}**********${newId.slice(-4)}` });
    const renamed = await patch(head?.id, { name: '王新名' });
    expect(renamed.status).toBe(200);
    expect((await readHousehold(t(), cadre, household.id)).headName).toBe('王新名');
    const found = await request<{ items: { id: string }[] }>(t(), 'GET', `/api/v1/households?idNumber=${newId}`, { user: cadre });
    expect(found.body.items.map((i) => i.id)).toEqual([household.id]);
  });

  it('moves a member out, freeing the ID number for another household', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const input = buildHouseholdInput({ memberCount: 3 });
    const household = await registerTestHousehold(t(), cadre, input);
    const daughter = household.members[2];
    const url = `/api/v1/members/${daughter?.id}/move-out`;
    const early = await request<Problem>(t(), 'POST', url, { user: cadre, body: { movedOutOn: '2999-01-01', reason: '婚嫁迁出' } });
    expect(early.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'movedOutOn' });
    const res = await request<MemberView>(t(), 'POST', url, { user: cadre, body: { movedOutOn: '2021-05-01', reason: '婚嫁迁出' } });
    expect(res.status).toBe(200);
    expect(res.body.movedOutOn).toBe('2021-05-01');
    expect((await request<Problem>(t(), 'POST', url, { user: cadre, body: { movedOutOn: '2021-05-02', reason: '重复' } })).body).toMatchObject({ code: 'MEMBER_MOVED_OUT' });
    const after = await readHousehold(t(), cadre, household.id);
    expect(after.memberCount).toBe(2);
    expect(after.members.map((m) => m.id)).not.toContain(daughter?.id);
    const gone = await request<{ total: number }>(t(), 'GET', `/api/v1/households?idNumber=${input.members[2]?.idNumber}`, { user: cadre });
    expect(gone.body.total).toBe(0);
    const person = input.members[2];
    if (!person) throw new Error('the factory gave fewer members than asked');
    const newHome = await request(t(), 'POST', '/api/v1/households', { user: cadre, body: buildHouseholdInput({ members: [{ ...person, relationToHead: 'self' }] }) });
    expect(newHome.status).toBe(201);
    const audit = await t().ctx.db.selectFrom('auditLog').select('details').where('entityId', '=', String(daughter?.id)).where('action', '=', 'moveOut').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ reason: '婚嫁迁出', movedOutOn: '2021-05-01' });
  });

  it('lets the head move out only when another member becomes head', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const household = await registerTestHousehold(t(), cadre, { memberCount: 2 });
    const [head, spouse] = household.members;
    const url = `/api/v1/members/${head?.id}/move-out`;
    const refused = await request<Problem>(t(), 'POST', url, { user: cadre, body: { movedOutOn: '2022-01-01', reason: '外出定居' } });
    expect(refused.body).toMatchObject({ code: 'HOUSEHOLD_HEAD_COUNT', field: 'newHeadMemberId' });
    const res = await request(t(), 'POST', url, { user: cadre, body: { movedOutOn: '2022-01-01', reason: '外出定居', newHeadMemberId: spouse?.id } });
    expect(res.status).toBe(200);
    const after = await readHousehold(t(), cadre, household.id);
    expect(after).toMatchObject({ headName: spouse?.name, headMemberId: spouse?.id, memberCount: 1 });
    expect(after.members).toEqual([expect.objectContaining({ id: spouse?.id, relationToHead: 'self' })]);
    const last = await request(t(), 'POST', `/api/v1/members/${spouse?.id}/move-out`, { user: cadre, body: { movedOutOn: '2022-02-01', reason: '户销' } });
    expect(last.status).toBe(200);
    expect(await readHousehold(t(), cadre, household.id)).toMatchObject({ headName: '', headMemberId: null, memberCount: 0 });
  });
});
