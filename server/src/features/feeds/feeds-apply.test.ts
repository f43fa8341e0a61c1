import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { buildFamily, makeIdNumber, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, type TestApp } from '../../../test/test-context.ts';
import type { FeedBatchView } from './feeds.schemas.ts';

const MEDICAL_HEADER = '结算单号,姓名,公民身份号码,结算日期,医疗总费用(元),个人自付(元),是否住院,医疗机构';

async function upload(t: TestApp, fileName: string, lines: readonly string[], headers: Record<string, string>) {
  const form = new FormData();
  form.append('file', new File([new TextEncoder().encode(`${[MEDICAL_HEADER, ...lines].join('\r\n')}\r\n`)], fileName));
  const res = await t.app.request('/api/v1/feeds/medicalCosts/batches', { method: 'POST', headers, body: form });
  return { status: res.status, body: (await res.json()) as FeedBatchView };
}

async function recordsOf(t: TestApp, householdId: number) {
  const rows = await t.ctx.db.selectFrom('feedRecords').select(['id', 'batchId', 'createdAt', 'updatedAt', 'amount', 'detail', 'contentHash'])
    .where('householdId', '=', householdId).execute();
  return new Map(rows.map((r) => [String((JSON.parse(r.detail) as { settlementNo?: string }).settlementNo), r]));
}

describeEachEngine('department feeds applied', (t, kind) => {
  it('applies a mixed file: new, changed and unchanged rows; repeated, bad and unknown rows reported by row and column', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const members = buildFamily(3);
    const household = await registerTestHousehold(t(), county, { members });
    const [a, b, c] = members.map((m) => `${m.name},${m.idNumber}`);
    const first = await upload(t(), 'first.csv', [
      `M-1,${a},2025-03-02,1000,400,是,旗医院`, `M-2,${b},2025-03-03,500,100,否,`, `M-3,${c},2025-03-04,800,200,否,`,
    ], county.headers);
    expect(first.body.rows).toMatchObject({ total: 3, inserted: 3, updated: 0, unchanged: 0 });
    const before = await recordsOf(t(), household.id);

    const second = await upload(t(), 'second.csv', [
      `M-1,${a},2025-03-02,1000,400,是,旗医院`,
      `M-2,${b},2025-03-03,500,150,否,`,
      `M-4,${a},2025-04-01,90,30,否,`,
      `M-4,${a},2025-04-01,90,30,否,`,
      `M-5,${c},2025-04-02,abc,30,否,`,
      `M-6,某某,${makeIdNumber()},2025-04-03,90,30,否,`,
    ], county.headers);
    expect(second.status).toBe(201);
    expect(second.body.rows).toMatchObject({ total: 6, inserted: 1, updated: 1, unchanged: 1, invalid: 2, unmatched: 1 });
    expect(second.body.issues.map((i) => [i.row, i.kind, i.column])).toEqual([
      [5, 'repeated', ''], [6, 'invalid', '医疗总费用(元)'], [7, 'unmatched', '公民身份号码'],
    ]);
    const after = await recordsOf(t(), household.id);
    // Unchanged: untouched, provenance included. Changed: same row, new content and batch. New: the new batch.
    expect(after.get('M-1')).toEqual(before.get('M-1'));
    expect(after.get('M-2')).toMatchObject({ id: before.get('M-2')?.id, createdAt: before.get('M-2')?.createdAt, batchId: second.body.id, amount: 15_000 });
    expect(after.get('M-4')?.batchId).toBe(second.body.id);
    expect(after.get('M-3')).toEqual(before.get('M-3'));

    // The same rows in a new file (another checksum): every row matched, compared, nothing written.
    const third = await upload(t(), 'third.csv', [`M-1,${a},2025-03-02,1000,400,是,旗医院`, `M-2,${b},2025-03-03,500,150,否,`, `M-4,${a},2025-04-01,90,30,否,`], county.headers);
    expect(third.body).toMatchObject({ isRepeat: false, rows: { total: 3, inserted: 0, updated: 0, unchanged: 3 } });
    expect(await recordsOf(t(), household.id)).toEqual(after);
  });

  it('leaves nothing half-written when a write fails: no batch, no records, no audit entry; the file can be sent again', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const members = buildFamily(2);
    const household = await registerTestHousehold(t(), county, { members });
    const [a, b] = members.map((m) => `${m.name},${m.idNumber}`);
    const lines = [`F-1,${a},2025-05-01,100,10,否,`, `F-2,${b},2025-05-02,100,10,否,`];
    const db = t().ctx.db;
    const audits = async () => Number((await db.selectFrom('auditLog').select((eb) => eb.fn.countAll().as('n')).where('entityType', '=', 'feedBatch').executeTakeFirstOrThrow()).n);
    const auditsBefore = await audits();
    // A real refusal by the database on the second row, after the batch row and the first record.
    if (kind === 'sqlite') {
      await sql`create trigger feed_fail before insert on feed_records when new.row_key like '%|F-2' begin select raise(abort, 'refused'); end`.execute(db);
    } else {
      await sql`create function feed_fail() returns trigger language plpgsql as $$ begin if new.row_key like '%|F-2' then raise exception 'refused'; end if; return new; end $$`.execute(db);
      await sql`create trigger feed_fail before insert on feed_records for each row execute function feed_fail()`.execute(db);
    }
    try {
      const failed = await upload(t(), 'fails.csv', lines, county.headers);
      expect(failed.status).toBeGreaterThanOrEqual(500);
    } finally {
      await sql`drop trigger feed_fail${kind === 'sqlite' ? sql`` : sql` on feed_records`}`.execute(db);
      if (kind !== 'sqlite') await sql`drop function feed_fail()`.execute(db);
    }
    expect(await db.selectFrom('feedBatches').select('id').where('fileName', '=', 'fails.csv').execute()).toEqual([]);
    expect((await recordsOf(t(), household.id)).size).toBe(0);
    expect(await audits()).toBe(auditsBefore);

    const again = await upload(t(), 'fails.csv', lines, county.headers);
    expect(again).toMatchObject({ status: 201, body: { isRepeat: false, rows: { inserted: 2 } } });
  });
});
