import { diffRecords } from '@fupin/core';
import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database, HouseholdRow } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { insertRecordChange } from '../history/record-changes.repository.ts';
import { findHouseholdById, updateHouseholdAtVersion } from '../households/households.repository.ts';
import { presentHouseholdImage } from '../households/households.presenter.ts';

/** The history source of a change a procedure made: `procedure:identification`, `procedure:householdExit`. */
export function procedureSource(kind: string): string {
  return `procedure:${kind}`;
}

export interface StatusChange {
  povertyStatus: string;
  yearIdentified?: number | null;
  yearExited?: number | null;
}

/**
 * Changes a household's poverty status as a procedure step decides, in the step's transaction:
 * the household's version moves on, the before/after images go to its history (with the procedure
 * as their source) and the change to the audit trail, naming the procedure.
 */
export async function changeHouseholdStatus(trx: Transaction<Database>, actor: Actor, householdId: number, change: StatusChange, procedure: { id: string; kind: string }, at: string): Promise<HouseholdRow> {
  const row = await findHouseholdById(trx, householdId);
  const after = { ...row, ...change };
  const beforeImage = presentHouseholdImage(row);
  const afterImage = presentHouseholdImage(after);
  const fields = diffRecords(beforeImage, afterImage).map((c) => c.field);
  if (fields.length === 0) return row;
  const written = await updateHouseholdAtVersion(trx, householdId, row.version, { ...change, updatedAt: at, updatedBy: actor.userId });
  if (!written) throw new AppError('VERSION_CONFLICT', 'the household was changed by someone else at the same moment; try again');
  await insertRecordChange(trx, {
    householdId, villageCode: row.villageCode, entityType: 'household', entityId: householdId, action: 'update',
    changedAt: at, actorId: actor.userId, actorName: actor.username, source: procedureSource(procedure.kind), sourceId: procedure.id, before: beforeImage, after: afterImage,
  });
  await recordAudit(trx, actor, {
    action: 'update', entityType: 'household', entityId: householdId, regionCode: row.villageCode,
    details: { fields, version: row.version + 1, procedureId: procedure.id },
  }, at);
  return { ...after, version: row.version + 1 };
}
