import { expect, it } from 'vitest';
import { buildHouseholdInput, DEFAULT_TEST_VILLAGE, makeIdNumber, registerTestHousehold, type HouseholdInputBody } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp } from '../../../test/test-context.ts';
import type { HouseholdView } from './households.schemas.ts';

interface Problem { code: string; field?: string; detail: string; details?: Record<string, unknown> }

async function countRows(t: TestApp) {
  const count = async (table: 'households' | 'members' | 'auditLog' | 'recordChanges') =>
    Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { households: await count('households'), members: await count('members'), audit: await count('auditLog'), changes: await count('recordChanges') };
}

/** Changes one member of a valid input. */
function withMember(input: HouseholdInputBody, index: number, change: Record<string, unknown>): HouseholdInputBody {
  return { ...input, members: input.members.map((m, i) => (i === index ? { ...m, ...change } : m)) };
}

describeEachEngine('household registration', (t) => {
  it('registers a household with its members, masking personal data and auditing it', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const input = buildHouseholdInput({ bankAccount: '6228480012345671234', memberCount: 3, mainCause: 'illness', otherCauses: ['disability', 'skills'] });
    const res = await request<HouseholdView>(t(), 'POST', '/api/v1/households', { user: officer, body: input });
    expect(res.status).toBe(201);
    const head = input.members[0];
    expect(res.body).toMatchObject({
      householdNo: input.householdNo, villageCode: DEFAULT_TEST_VILLAGE, villageName: '九成功村委会',
      headName: head?.name, memberCount: 3, version: 1, bankAccountMasked: '***************1234',
      mainCause: 'illness', otherCauses: ['disability', 'skills'], isWaterSafe: true, createdBy: officer.id,
    });
    expect(res.body.headMemberId).toBe(res.body.members.find((m) => m.relationToHead === 'self')?.id);
    const headId = head?.idNumber ?? '';
    expect(res.body.members[0]?.idNumberMasked).toBe(`${headId.slice(0, 4)}**********${headId.slice(-4)}`);
    expect(res.body.members[0]).toMatchObject({ gender: 'male', birthDate: `${headId.slice(6, 10)}-${headId.slice(10, 12)}-${headId.slice(12, 14)}` });
    const text = JSON.stringify(res.body);
    for (const m of input.members) expect(text).not.toContain(m.idNumber);
    expect(text).not.toContain('6228480012345671234');

    const stored = await t().ctx.db.selectFrom('members').selectAll().where('householdId', '=', res.body.id).execute();
    expect(stored).toHaveLength(3);
    for (const m of stored) {
      const plain = t().ctx.cipher.decrypt(m.idNumberEnc);
      expect(input.members.map((i) => i.idNumber)).toContain(plain);
      expect(m.idNumberEnc).not.toContain(plain);
      expect(m.idHash).toBe(t().ctx.cipher.hash(plain));
      expect(m.idTail).toBe(plain.slice(-4));
    }
    const audit = await t().ctx.db.selectFrom('auditLog').selectAll().where('entityId', '=', String(res.body.id)).execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
    for (const m of input.members) expect(audit[0]?.details).not.toContain(m.idNumber);

    const read = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${res.body.id}`, { user: officer });
    expect(read.status).toBe(200);
    expect(read.body.members.map((m) => m.name)).toEqual(input.members.map((m) => m.name));
  });

  const badInputs: { name: string; build: () => HouseholdInputBody; status: number; code: string; field: string }[] = [
    { name: 'a malformed ID number', build: () => withMember(buildHouseholdInput(), 0, { idNumber: '15060219800101' }), status: 422, code: 'ID_NUMBER_INVALID', field: 'members.0.idNumber' },
    {
      name: 'a wrong check digit',
      build: () => {
        const id = makeIdNumber();
        return withMember(buildHouseholdInput(), 1, { idNumber: id.slice(0, 17) + (id[17] === '0' ? '1' : '0'), gender: undefined });
      },
      status: 422, code: 'ID_NUMBER_INVALID', field: 'members.1.idNumber',
    },
    { name: 'a gender that contradicts the ID number', build: () => withMember(buildHouseholdInput(), 1, { idNumber: makeIdNumber({ gender: 'female' }), gender: 'male' }), status: 422, code: 'ID_NUMBER_MISMATCH', field: 'members.1.gender' },
    { name: 'a birth date that contradicts the ID number', build: () => withMember(buildHouseholdInput(), 0, { idNumber: makeIdNumber({ birthDate: '1970-05-06' }), birthDate: '1970-06-05' }), status: 422, code: 'ID_NUMBER_MISMATCH', field: 'members.0.birthDate' },
    { name: 'an unknown region', build: () => buildHouseholdInput({ villageCode: '150602101999' }), status: 422, code: 'REGION_UNKNOWN', field: 'villageCode' },
    { name: 'a township code instead of a village', build: () => buildHouseholdInput({ villageCode: '150602101' }), status: 422, code: 'REGION_NOT_VILLAGE', field: 'villageCode' },
    { name: 'two heads', build: () => withMember(buildHouseholdInput(), 1, { relationToHead: 'self' }), status: 422, code: 'HOUSEHOLD_HEAD_COUNT', field: 'members.1.relationToHead' },
    { name: 'no head', build: () => withMember(buildHouseholdInput({ memberCount: 1 }), 0, { relationToHead: 'son' }), status: 422, code: 'HOUSEHOLD_HEAD_COUNT', field: 'members' },
    { name: 'two spouses', build: () => withMember(buildHouseholdInput(), 2, { relationToHead: 'spouse' }), status: 422, code: 'HOUSEHOLD_SPOUSE_COUNT', field: 'members.2.relationToHead' },
    {
      name: 'the same ID number twice in the request',
      build: () => { const input = buildHouseholdInput(); return withMember(input, 2, { idNumber: input.members[0]?.idNumber }); },
      status: 409, code: 'ID_NUMBER_DUPLICATE', field: 'members.2.idNumber',
    },
    { name: 'an unknown household type', build: () => buildHouseholdInput({ householdType: 'wealthy' as never }), status: 400, code: 'VALIDATION_FAILED', field: 'householdType' },
    { name: 'an unknown education code', build: () => withMember(buildHouseholdInput(), 0, { education: 'doctorate' }), status: 400, code: 'VALIDATION_FAILED', field: 'members.0.education' },
    { name: 'an unknown cause', build: () => buildHouseholdInput({ otherCauses: ['badLuck' as never] }), status: 400, code: 'VALIDATION_FAILED', field: 'otherCauses.0' },
    { name: 'three other causes', build: () => buildHouseholdInput({ otherCauses: ['land', 'water', 'skills'] }), status: 400, code: 'VALIDATION_FAILED', field: 'otherCauses' },
    { name: 'the main cause repeated among the others', build: () => buildHouseholdInput({ mainCause: 'illness', otherCauses: ['illness'] }), status: 400, code: 'VALIDATION_FAILED', field: 'otherCauses' },
    { name: 'an exit before identification', build: () => buildHouseholdInput({ yearIdentified: 2018, yearExited: 2016 }), status: 400, code: 'VALIDATION_FAILED', field: 'yearExited' },
    { name: 'no members', build: () => buildHouseholdInput({ members: [] }), status: 400, code: 'VALIDATION_FAILED', field: 'members' },
  ];

  for (const bad of badInputs) {
    it(`refuses ${bad.name} with ${bad.code} on ${bad.field}, writing nothing`, async () => {
      const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
      const before = await countRows(t());
      const res = await request<Problem>(t(), 'POST', '/api/v1/households', { user: officer, body: bad.build() });
      expect({ status: res.status, code: res.body.code, field: res.body.field }).toEqual({ status: bad.status, code: bad.code, field: bad.field });
      expect(await countRows(t())).toEqual(before);
    });
  }

  it('refuses a taken household number', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const first = await registerTestHousehold(t(), officer);
    const before = await countRows(t());
    const res = await request<Problem>(t(), 'POST', '/api/v1/households', { user: officer, body: buildHouseholdInput({ householdNo: first.householdNo }) });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'HOUSEHOLD_NO_TAKEN', field: 'householdNo' });
    expect(await countRows(t())).toEqual(before);
  });

  it('refuses an ID number already in another household, naming it to those who may see it', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const first = await registerTestHousehold(t(), officer, { memberCount: 2 });
    const taken = (await t().ctx.db.selectFrom('members').select('idNumberEnc').where('householdId', '=', first.id).where('relationToHead', '=', 'spouse').executeTakeFirstOrThrow()).idNumberEnc;
    const input = withMember(buildHouseholdInput(), 1, { idNumber: t().ctx.cipher.decrypt(taken), gender: undefined });
    const before = await countRows(t());
    const res = await request<Problem>(t(), 'POST', '/api/v1/households', { user: officer, body: input });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'ID_NUMBER_DUPLICATE', field: 'members.1.idNumber', details: { householdNo: first.householdNo, villageCode: DEFAULT_TEST_VILLAGE, villageName: '九成功村委会' } });
    expect(res.body.detail).toContain(first.householdNo);
    expect(res.body.detail).toContain('九成功村委会');
    expect(await countRows(t())).toEqual(before);

    // A cadre of another village learns only that the person is registered elsewhere.
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101202');
    const other = await request<Problem>(t(), 'POST', '/api/v1/households', { user: cadre, body: { ...input, villageCode: '150602101202' } });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('ID_NUMBER_DUPLICATE');
    expect(other.body.detail).toContain('another household');
    expect(other.body.detail).not.toContain(first.householdNo);
    expect(other.body.details).toBeUndefined();
  });

  it('lets only one of two racing registrations with the same number or person through', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const a = buildHouseholdInput();
    const sameNumber = buildHouseholdInput({ householdNo: a.householdNo });
    const samePerson = withMember(buildHouseholdInput(), 0, { idNumber: a.members[0]?.idNumber });
    const before = await countRows(t());
    const results = await Promise.all([a, sameNumber, samePerson].map((body) => request<Problem>(t(), 'POST', '/api/v1/households', { user: officer, body })));
    const [first, second, third] = results.map((r) => r.status);
    // The first conflicts with both others (which do not conflict with each other): if it won, they lost.
    if (first === 201) expect([second, third]).toEqual([409, 409]);
    else expect([second, third]).toContain(201);
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const after = await countRows(t());
    const winners = results.filter((r) => r.status === 201).length;
    expect(after.households - before.households).toBe(winners);
    expect(after.members - before.members).toBe(winners * 3);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code).every((c) => c === 'HOUSEHOLD_NO_TAKEN' || c === 'ID_NUMBER_DUPLICATE')).toBe(true);
  });

  it('keeps writers inside their region', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101202');
    const res = await request<Problem>(t(), 'POST', '/api/v1/households', { user: cadre, body: buildHouseholdInput({ villageCode: DEFAULT_TEST_VILLAGE }) });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', field: 'villageCode' });
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    const refused = await request<Problem>(t(), 'POST', '/api/v1/households', { user: inspector, body: buildHouseholdInput() });
    expect(refused.status).toBe(403);
  });

  it('answers 400 naming the field for a household or member key that is not a positive integer', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer);
    expect(household.id).toBeGreaterThan(0);
    for (const bad of ['abc', '0', '-3', '1.5', '01a209ed-a687-7148-9519-c28edc93dcc5']) {
      const read = await request<Problem>(t(), 'GET', `/api/v1/households/${bad}`, { user: officer });
      expect([bad, read.status, read.body.field]).toEqual([bad, 400, 'id']);
      const patched = await request<Problem>(t(), 'PATCH', `/api/v1/members/${bad}`, { user: officer, body: { name: '王五' } });
      expect([bad, patched.status, patched.body.field]).toEqual([bad, 400, 'id']);
    }
    expect((await request(t(), 'GET', `/api/v1/households/${household.id + 1000}`, { user: officer })).status).toBe(404);
    expect((await request(t(), 'GET', `/api/v1/households/${household.id}`, { user: officer })).status).toBe(200);
  });
});
