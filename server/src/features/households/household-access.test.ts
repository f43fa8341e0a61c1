import type { Role } from '@fupin/core';
import { beforeAll, expect, it } from 'vitest';
import { buildHouseholdInput, buildMemberInput, registerTestHousehold, type HouseholdInputBody } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp, type TestUser } from '../../../test/test-context.ts';
import type { HouseholdView } from './households.schemas.ts';

const auditCount = async (t: TestApp, action: string) =>
  Number((await t.ctx.db.selectFrom('auditLog').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', action).executeTakeFirstOrThrow()).n);

describeEachEngine('household access and personal data', (t) => {
  let cadre: TestUser;
  let input: HouseholdInputBody;
  let household: HouseholdView;

  beforeAll(async () => {
    cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    input = buildHouseholdInput({ villageCode: '150602101201', bankAccount: '6217000012345678' });
    household = await registerTestHousehold(t(), cadre, input);
  });

  it('reveals an ID number to a role that may, with an audited reason', async () => {
    const member = household.members[0];
    const before = await auditCount(t(), 'reveal');
    const res = await request<{ idNumber: string }>(t(), 'POST', `/api/v1/members/${member?.id}/reveal`, { user: cadre, body: { reason: '核对低保申请' } });
    expect(res.status).toBe(200);
    expect(res.body.idNumber).toBe(input.members[0]?.idNumber);
    expect(await auditCount(t(), 'reveal')).toBe(before + 1);
    const entry = await t().ctx.db.selectFrom('auditLog').selectAll().where('action', '=', 'reveal').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actorId: cadre.id, entityType: 'member', entityId: String(member?.id), regionCode: '150602101201' });
    expect(JSON.parse(entry.details)).toEqual({ field: 'idNumber', householdId: household.id, reason: '核对低保申请' });
    expect(entry.details).not.toContain(res.body.idNumber);
    const noReason = await request(t(), 'POST', `/api/v1/members/${member?.id}/reveal`, { user: cadre, body: { reason: '查' } });
    expect(noReason.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
  });

  it('reveals the bank account the same way', async () => {
    const res = await request<{ bankAccount: string }>(t(), 'POST', `/api/v1/households/${household.id}/reveal-bank-account`, { user: cadre, body: { reason: '发放补贴核对' } });
    expect(res.status).toBe(200);
    expect(res.body.bankAccount).toBe('6217000012345678');
    const entry = await t().ctx.db.selectFrom('auditLog').selectAll().where('action', '=', 'reveal').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ entityType: 'household', entityId: String(household.id) });
    expect(JSON.parse(entry.details)).toEqual({ field: 'bankAccount', reason: '发放补贴核对' });
  });

  for (const role of ['inspector', 'pairedCadre', 'departmentOfficer'] satisfies Role[]) {
    it(`refuses to reveal personal data to a ${role}, recording nothing`, async () => {
      const user = await createSignedInUser(t(), role, '150602101201');
      const before = await auditCount(t(), 'reveal');
      const id = await request(t(), 'POST', `/api/v1/members/${household.members[0]?.id}/reveal`, { user, body: { reason: '想看看' } });
      const bank = await request(t(), 'POST', `/api/v1/households/${household.id}/reveal-bank-account`, { user, body: { reason: '想看看' } });
      expect([id.status, bank.status]).toEqual([403, 403]);
      expect(id.body).toMatchObject({ code: 'FORBIDDEN' });
      expect(await auditCount(t(), 'reveal')).toBe(before);
      // They may still read the household, masked.
      const read = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${household.id}`, { user });
      expect(read.status).toBe(200);
      expect(read.body.bankAccountMasked).toBe('************5678');
      const write = await request(t(), 'PATCH', `/api/v1/households/${household.id}`, { user, body: { version: read.body.version, phone: '13900000000' } });
      expect(write.status).toBe(403);
    });
  }

  it('hides another village\'s household from a village cadre on every route', async () => {
    const neighbour = await createSignedInUser(t(), 'villageCadre', '150602101202');
    const member = household.members[1];
    const attempts = [
      request(t(), 'GET', `/api/v1/households/${household.id}`, { user: neighbour }),
      request(t(), 'PATCH', `/api/v1/households/${household.id}`, { user: neighbour, body: { version: household.version, phone: '13900000000' } }),
      request(t(), 'GET', `/api/v1/households/${household.id}/history`, { user: neighbour }),
      request(t(), 'POST', `/api/v1/households/${household.id}/members`, { user: neighbour, body: buildMemberInput({ relationToHead: 'son' }) }),
      request(t(), 'POST', `/api/v1/households/${household.id}/reveal-bank-account`, { user: neighbour, body: { reason: '查看一下' } }),
      request(t(), 'PATCH', `/api/v1/members/${member?.id}`, { user: neighbour, body: { name: '改名' } }),
      request(t(), 'POST', `/api/v1/members/${member?.id}/move-out`, { user: neighbour, body: { movedOutOn: '2022-01-01', reason: '迁出' } }),
      request(t(), 'POST', `/api/v1/members/${member?.id}/reveal`, { user: neighbour, body: { reason: '查看一下' } }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'OUT_OF_SCOPE' });
    }
    const list = await request<{ total: number }>(t(), 'GET', `/api/v1/households?q=${household.householdNo}`, { user: neighbour });
    expect(list.body.total).toBe(0);
    const intoOther = await request(t(), 'POST', '/api/v1/households', { user: neighbour, body: buildHouseholdInput({ villageCode: '150602101201' }) });
    expect(intoOther.status).toBe(403);
    expect(intoOther.body).toMatchObject({ code: 'FORBIDDEN', field: 'villageCode' });
    const own = await registerTestHousehold(t(), neighbour, { villageCode: '150602101202' });
    const away = await request(t(), 'PATCH', `/api/v1/households/${own.id}`, { user: neighbour, body: { version: 1, villageCode: '150602101201' } });
    expect(away.status).toBe(403);
    const unchanged = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${household.id}`, { user: cadre });
    expect(unchanged.body).toMatchObject({ version: household.version, phone: household.phone });
    expect(unchanged.body.members.find((m) => m.id === member?.id)?.name).toBe(member?.name);
  });
});
