import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/database.ts';
import { isPostgres } from '../db/dialect.ts';
import type { AuditLogRow, Database } from '../db/schema.ts';
import { computeAuditHash, GENESIS_HASH, type AuditContent } from './audit-chain.ts';

/** Appends one entry inside the caller's transaction, so the entry and the change land together. */
export async function insertAuditEntry(trx: Transaction<Database>, content: AuditContent): Promise<void> {
  // On PostgreSQL concurrent writers would both read the same tail; a transaction-scoped lock orders them.
  // SQLite already serialises writers.
  if (isPostgres(trx as never)) await sql`select pg_advisory_xact_lock(7241001)`.execute(trx);
  const last = await trx.selectFrom('auditLog').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx.insertInto('auditLog').values({ ...content, prevHash, hash: computeAuditHash(prevHash, content) }).execute();
}

export async function* streamAuditEntries(db: Db, batchSize = 5000): AsyncGenerator<AuditLogRow> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('auditLog').selectAll().where('seq', '>', after).orderBy('seq').limit(batchSize).execute();
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = last.seq;
  }
}

export interface AuditQuery {
  entityType?: string | undefined;
  entityId?: string | undefined;
  regionRoot: string;
  limit: number;
  beforeSeq?: number | undefined;
}

export function findAuditEntries(db: Db, q: AuditQuery): Promise<AuditLogRow[]> {
  let query = db.selectFrom('auditLog').selectAll().orderBy('seq', 'desc').limit(q.limit);
  if (q.entityType) query = query.where('entityType', '=', q.entityType);
  if (q.entityId) query = query.where('entityId', '=', q.entityId);
  if (q.beforeSeq) query = query.where('seq', '<', q.beforeSeq);
  if (q.regionRoot) query = query.where('regionCode', 'like', `${q.regionRoot}%`);
  return query.execute();
}
