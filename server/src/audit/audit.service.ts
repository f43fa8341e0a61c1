import type { Transaction } from 'kysely';
import type { Actor } from '../access/actor.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { computeAuditHash, GENESIS_HASH } from './audit-chain.ts';
import { insertAuditEntry, streamAuditEntries } from './audit.repository.ts';

export interface AuditEvent {
  action: string;
  entityType: string;
  /** A household's or member's integer key is stored as its decimal string, like other records' ids. */
  entityId?: string | number | null;
  regionCode?: string | null;
  /** What changed or was seen; never plaintext personal data. */
  details?: Record<string, unknown>;
}

export function recordAudit(trx: Transaction<Database>, actor: Actor, event: AuditEvent, at = new Date().toISOString()): Promise<void> {
  return insertAuditEntry(trx, {
    at,
    actorId: actor.userId,
    actorName: actor.username,
    ip: actor.ip,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
    regionCode: event.regionCode ?? null,
    details: JSON.stringify(event.details ?? {}),
  });
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  lastHash: string;
  firstBrokenSeq: number | null;
  problem: string | null;
}

/** Walks the whole chain and reports the first entry whose link or hash does not hold. */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for await (const row of streamAuditEntries(db)) {
    entries++;
    if (row.prevHash !== prevHash) {
      return { ok: false, entries, lastHash: prevHash, firstBrokenSeq: row.seq, problem: `entry ${row.seq} does not follow the entry before it (an entry was removed or reordered)` };
    }
    const expected = computeAuditHash(prevHash, row);
    if (row.hash !== expected) {
      return { ok: false, entries, lastHash: prevHash, firstBrokenSeq: row.seq, problem: `entry ${row.seq} was altered after it was written` };
    }
    prevHash = row.hash;
  }
  return { ok: true, entries, lastHash: prevHash, firstBrokenSeq: null, problem: null };
}
