import crypto from 'node:crypto';

/** The fields of an audit entry that its hash covers. */
export interface AuditContent {
  at: string;
  actorId: string;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  regionCode: string | null;
  details: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** hash = SHA-256(previous hash ‖ canonical JSON of the entry): altering, removing or reordering any entry breaks every hash after it. */
export function computeAuditHash(prevHash: string, content: AuditContent): string {
  const canonical = JSON.stringify([
    content.at, content.actorId, content.actorName, content.ip, content.action,
    content.entityType, content.entityId, content.regionCode, content.details,
  ]);
  return crypto.createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
