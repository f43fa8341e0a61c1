import { expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { describeEachEngine, type TestApp } from '../../test/test-context.ts';
import type { Actor } from '../access/actor.ts';
import type { AuditLogRow } from '../db/schema.ts';
import { recordAudit, verifyAuditChain } from './audit.service.ts';

const ACTOR: Actor = { userId: uuidv7(), username: 'cadre-1', role: 'villageCadre', regionCode: '150602101001', department: null, ip: '10.0.0.7', via: 'session' };

/** Appends entries, each in its own transaction as a use case would, and returns their rows. */
async function appendEntries(t: TestApp, count: number): Promise<AuditLogRow[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const entityId = uuidv7();
    ids.push(entityId);
    await t.ctx.db.transaction().execute((trx) => recordAudit(trx, ACTOR, {
      action: 'household.update', entityType: 'household', entityId, regionCode: '150602101001', details: { changed: ['phone'], n: i },
    }));
  }
  return t.ctx.db.selectFrom('auditLog').selectAll().where('entityId', 'in', ids).orderBy('seq').execute();
}

function row(rows: AuditLogRow[], index: number): AuditLogRow {
  const found = rows[index];
  if (!found) throw new Error(`no audit row ${index}`);
  return found;
}

async function replaceContent(t: TestApp, seq: number, content: Omit<AuditLogRow, 'seq'>): Promise<void> {
  await t.ctx.db.updateTable('auditLog').set(content).where('seq', '=', seq).execute();
}

function contentOf({ seq: _seq, ...content }: AuditLogRow): Omit<AuditLogRow, 'seq'> {
  return content;
}

describeEachEngine('audit chain', (t) => {
  it('verifies entries appended inside transactions, with who, where and what', async () => {
    const rows = await appendEntries(t(), 5);
    expect(row(rows, 0)).toMatchObject({ actorId: ACTOR.userId, actorName: 'cadre-1', ip: '10.0.0.7', action: 'household.update', regionCode: '150602101001' });
    expect(JSON.parse(row(rows, 4).details)).toEqual({ changed: ['phone'], n: 4 });
    expect(row(rows, 1).prevHash).toBe(row(rows, 0).hash);
    const result = await verifyAuditChain(t().ctx.db);
    expect(result).toMatchObject({ ok: true, firstBrokenSeq: null, problem: null, lastHash: row(rows, 4).hash });
    expect(result.entries).toBeGreaterThanOrEqual(5);
  });

  it('leaves no entry behind when the transaction fails', async () => {
    const before = await verifyAuditChain(t().ctx.db);
    await expect(t().ctx.db.transaction().execute(async (trx) => {
      await recordAudit(trx, ACTOR, { action: 'household.delete', entityType: 'household', entityId: uuidv7() });
      throw new Error('the change itself failed');
    })).rejects.toThrow('the change itself failed');
    expect(await verifyAuditChain(t().ctx.db)).toEqual(before);
  });

  it('keeps one unbroken chain when writers append at the same time', async () => {
    const before = await verifyAuditChain(t().ctx.db);
    await Promise.all(Array.from({ length: 8 }, (_, i) => t().ctx.db.transaction().execute((trx) =>
      recordAudit(trx, ACTOR, { action: 'member.update', entityType: 'member', entityId: uuidv7(), details: { i } }))));
    const after = await verifyAuditChain(t().ctx.db);
    expect(after).toMatchObject({ ok: true, entries: before.entries + 8 });
  });

  it('reports an entry whose content was altered afterwards', async () => {
    const rows = await appendEntries(t(), 3);
    const middle = row(rows, 1);
    for (const change of [{ details: '{"changed":["bankAccount"]}' }, { actorName: 'someone-else' }, { ip: null }, { at: '2020-01-01T00:00:00.000Z' }]) {
      await t().ctx.db.updateTable('auditLog').set(change).where('seq', '=', middle.seq).execute();
      expect(await verifyAuditChain(t().ctx.db)).toMatchObject({ ok: false, firstBrokenSeq: middle.seq, problem: `entry ${middle.seq} was altered after it was written` });
      await replaceContent(t(), middle.seq, contentOf(middle));
    }
    expect((await verifyAuditChain(t().ctx.db)).ok).toBe(true);
  });

  it('reports the entry after one that was deleted', async () => {
    const rows = await appendEntries(t(), 3);
    const middle = row(rows, 1);
    await t().ctx.db.deleteFrom('auditLog').where('seq', '=', middle.seq).execute();
    const result = await verifyAuditChain(t().ctx.db);
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: row(rows, 2).seq });
    expect(result.problem).toMatch(/removed or reordered/);
    await t().ctx.db.insertInto('auditLog').values(middle).execute();
    expect((await verifyAuditChain(t().ctx.db)).ok).toBe(true);
  });

  it('reports the first of two entries whose order was swapped', async () => {
    const rows = await appendEntries(t(), 3);
    const [first, second] = [row(rows, 0), row(rows, 1)];
    await replaceContent(t(), first.seq, contentOf(second));
    await replaceContent(t(), second.seq, contentOf(first));
    const result = await verifyAuditChain(t().ctx.db);
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: first.seq });
    expect(result.problem).toMatch(/removed or reordered/);
    await replaceContent(t(), first.seq, contentOf(first));
    await replaceContent(t(), second.seq, contentOf(second));
    expect((await verifyAuditChain(t().ctx.db)).ok).toBe(true);
  });
});
