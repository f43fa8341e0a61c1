import type { ProgrammeCheck } from '@fupin/core';
import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, isErrorCode } from '../../errors/app-error.ts';
import { insertRecordChange, type RecordChange } from '../history/record-changes.repository.ts';
import { findMemberWithHousehold, type ProgrammeMember } from './programme-records.repository.ts';

/**
 * A member of a household in the actor's region who is still in it: programme records are kept
 * for current members only. Elsewhere or nowhere → OUT_OF_SCOPE (404); the wrong household or a
 * member who has left → VALIDATION_FAILED naming memberId.
 */
export async function requireProgrammeMember(db: Db | Transaction<Database>, actor: Actor, memberId: number, householdId?: number): Promise<ProgrammeMember> {
  const member = await findMemberWithHousehold(db, actor, memberId);
  if (!member) throw new AppError('OUT_OF_SCOPE', `member ${memberId} not found in your region`);
  if (householdId !== undefined && member.householdId !== householdId) {
    throw new AppError('VALIDATION_FAILED', 'the member is not in this household', { field: 'memberId' });
  }
  if (member.movedOutOn !== null || member.isDeceased === 1) {
    throw new AppError('MEMBER_MOVED_OUT', 'the member is no longer in the household', { field: 'memberId' });
  }
  return member;
}

/** Turns a refused programme rule into the API error of its first reason, with every reason listed. */
export function assertProgrammeCheck(check: ProgrammeCheck): void {
  const [first] = check.reasons;
  if (check.isAllowed || !first) return;
  const code = first.code === 'DUPLICATE_SUBSIDY' ? 'MEASURE_DUPLICATE' : first.code;
  if (!isErrorCode(code)) throw new Error(`programme rule ${first.code} has no API error code`);
  throw new AppError(code, first.message, {
    field: first.field,
    errors: check.reasons.map((r) => ({ field: r.field, code: r.code === 'DUPLICATE_SUBSIDY' ? 'MEASURE_DUPLICATE' : r.code, message: r.message })),
    details: { reasons: check.reasons },
  });
}

export interface ProgrammeChange {
  householdId: number;
  villageCode: string;
  entityType: RecordChange['entityType'];
  entityId: string;
  action: RecordChange['action'];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  details: Record<string, unknown>;
}

/** The record-change image and the audit entry of a programme write, in the caller's transaction. */
export async function recordProgrammeChange(trx: Transaction<Database>, actor: Actor, change: ProgrammeChange, at: string): Promise<void> {
  await insertRecordChange(trx, {
    householdId: change.householdId, villageCode: change.villageCode, entityType: change.entityType, entityId: change.entityId,
    action: change.action, changedAt: at, actorId: actor.userId, actorName: actor.username, source: 'entry',
    before: change.before, after: change.after,
  });
  await recordAudit(trx, actor, {
    action: change.action, entityType: change.entityType, entityId: change.entityId, regionCode: change.villageCode,
    details: { householdId: change.householdId, ...change.details },
  }, at);
}
