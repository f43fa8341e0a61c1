import { parseIdNumber } from '@fupin/core';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import { cliActor } from '../../access/actor.ts';
import { verifyAuditChain } from '../../audit/audit.service.ts';
import { columnValues } from './demo-batch.ts';
import { createInlineBatchSource, createWorkerBatchSource, type DemoBatchPlan } from './demo-batches.ts';
import { loadDemoCounty } from './demo.service.ts';

interface HouseholdPage { total: number; items: { id: string; householdNo: string; headName: string; memberCount: number }[] }
interface HouseholdBody { id: string; headName: string; memberCount: number; members: { name: string; relationToHead: string; idNumberMasked: string }[] }
interface IncomeBody { year: number; householdSize: number; netIncomePerCapita: number; transferItems: Record<string, number> }

describeEachEngine('demo county load', (t, kind) => {
  it('loads households, members and incomes that the registry reads back', async () => {
    const { ctx } = t();
    const progress: number[] = [];
    const result = await loadDemoCounty(ctx, cliActor(), { households: 200, seed: 'test', countyCode: '150602', onProgress: (n) => progress.push(n) });
    expect(result).toMatchObject({ countyCode: '150602', countyName: '东胜区', households: 200 });
    expect(progress.at(-1)).toBe(200);

    const households = await ctx.db.selectFrom('households').selectAll().execute();
    expect(households).toHaveLength(200);
    const members = await ctx.db.selectFrom('members').selectAll().execute();
    expect(members).toHaveLength(result.members);
    expect(await ctx.db.selectFrom('incomes').select('year').execute()).toHaveLength(400);

    for (const h of households) {
      const own = members.filter((m) => m.householdId === h.id);
      expect(h.memberCount).toBe(own.length);
      const head = own.find((m) => m.id === h.headMemberId);
      expect(head?.relationToHead).toBe('self');
      expect(h.headName).toBe(head?.name);
      expect(h).toMatchObject({ version: 1, createdBy: 'system', updatedBy: 'system' });
      expect(h.villageCode.startsWith('150602')).toBe(true);
    }
    for (const m of members.slice(0, 50)) {
      const idNumber = ctx.cipher.decrypt(m.idNumberEnc);
      expect(parseIdNumber(idNumber, '2025-01-01').ok).toBe(true);
      expect(ctx.cipher.hash(idNumber)).toBe(m.idHash);
      expect(m.idTail).toBe(idNumber.slice(-4));
      expect(m.idMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    }

    // Through the registry API, as a county officer sees it.
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const first = households[0];
    if (!first) throw new Error('no household');
    const page = await request<HouseholdPage>(t(), 'GET', `/api/v1/households?q=${encodeURIComponent(first.householdNo)}`, { user: officer });
    expect(page.status).toBe(200);
    expect(page.body.items.map((i) => i.id)).toContain(first.id);
    const detail = await request<HouseholdBody>(t(), 'GET', `/api/v1/households/${first.id}`, { user: officer });
    expect(detail.status).toBe(200);
    expect(detail.body.members).toHaveLength(first.memberCount);
    const incomes = await request<IncomeBody[]>(t(), 'GET', `/api/v1/households/${first.id}/incomes`, { user: officer });
    expect(incomes.status).toBe(200);
    expect(incomes.body.map((i) => i.year).sort()).toEqual([2023, 2024]);
    expect(incomes.body[0]?.householdSize).toBe(first.memberCount);
  });

  it('writes one audit entry for the whole load, and the chain still verifies', async () => {
    const { ctx } = t();
    const entries = await ctx.db.selectFrom('auditLog').selectAll().where('action', '=', 'demo.load').execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entityId: '150602', regionCode: '150602', actorId: 'system' });
    expect(JSON.parse(entries[0]?.details ?? '{}')).toMatchObject({ seed: 'test', households: 200, referenceDate: '2024-12-31' });
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });

  it('leaves the query planner statistics for the filled tables', async () => {
    const { ctx } = t();
    const query = kind === 'sqlite'
      ? sql<{ n: number }>`select count(*) as n from sqlite_stat1 where tbl = 'households'`
      : sql<{ n: number }>`select reltuples as n from pg_class where oid = 'households'::regclass`;
    const { rows } = await query.execute(ctx.db);
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
  });

  it('refuses a county that already has households, and a code that is not a county', async () => {
    const { ctx } = t();
    await expect(loadDemoCounty(ctx, cliActor(), { households: 10, seed: 'again', countyCode: '150602' }))
      .rejects.toMatchObject({ code: 'VALIDATION_FAILED', field: 'region', message: expect.stringContaining('already has households') });
    await expect(loadDemoCounty(ctx, cliActor(), { households: 10, seed: 'x', countyCode: '150602101' }))
      .rejects.toMatchObject({ code: 'REGION_UNKNOWN', field: 'region' });
    await expect(loadDemoCounty(ctx, cliActor(), { households: 0, seed: 'x', countyCode: '110101' }))
      .rejects.toMatchObject({ code: 'VALIDATION_FAILED', field: 'households' });
    expect(await ctx.db.selectFrom('households').select('id').execute()).toHaveLength(200);
  });

  it('fills a county of urban communities when it has no villages, on a worker thread', async () => {
    const { ctx } = t();
    const result = await loadDemoCounty(ctx, cliActor(), { households: 30, seed: 'city', countyCode: '110101', useWorker: true });
    expect(result.households).toBe(30);
    const rows = await ctx.db.selectFrom('members').select(['idNumberEnc', 'villageCode']).where('villageCode', 'like', '110101%').execute();
    expect(rows).toHaveLength(result.members);
    expect(ctx.cipher.decrypt(rows[0]?.idNumberEnc ?? '').startsWith('110101')).toBe(true);
  });

  it('generates the same households on a worker thread as on the calling thread', async () => {
    const { ctx } = t();
    const plan: DemoBatchPlan = {
      county: { seed: 'same', countyCode: '150602', countyName: '东胜区', provinceName: '内蒙古自治区', villages: [{ code: '150602101201', name: '九成功村', townshipName: '罕台镇' }] },
      households: 25, batchSize: 10, at: ctx.now().toISOString(),
    };
    const read = async (source: ReturnType<typeof createInlineBatchSource>) => {
      const seen: string[] = [];
      try {
        for (let batch = await source.next(); batch; batch = await source.next()) {
          seen.push(...columnValues(batch.households, 'household_no').map(String));
          seen.push(...columnValues(batch.members, 'id_number_enc').map((enc) => ctx.cipher.decrypt(String(enc))));
        }
      } finally {
        await source.close();
      }
      return seen;
    };
    const inline = await read(createInlineBatchSource(plan, ctx.cipher));
    const worker = await read(createWorkerBatchSource(plan, ctx.config));
    expect(inline.filter((v) => v.includes('-'))).toHaveLength(25);
    expect(worker).toEqual(inline);
  });

  it('reports a worker that cannot start, e.g. with the wrong encryption key, instead of hanging', async () => {
    const { ctx } = t();
    const plan: DemoBatchPlan = {
      county: { seed: 'x', countyCode: '150602', countyName: '东胜区', provinceName: '', villages: [{ code: '150602101201', name: '九成功村', townshipName: '罕台镇' }] },
      households: 5, batchSize: 5, at: ctx.now().toISOString(),
    };
    const wrongKey = { ...ctx.config, encryptionKey: Buffer.alloc(32, 9).toString('base64') };
    const source = createWorkerBatchSource(plan, wrongKey);
    try {
      await expect(source.next()).rejects.toThrow(/demo generator failed: .*encryption key/);
    } finally {
      await source.close();
    }
  });
});
