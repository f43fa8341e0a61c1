import type { Transaction, Updateable } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/schema.ts';
import type { MonitoringCaseTable } from '../../db/tables/monitoring-cases.tables.ts';
import { AppError } from '../../errors/app-error.ts';
import { insertRecordChange } from '../history/record-changes.repository.ts';
import { updateCaseAtVersion } from './cases.repository.ts';

type CaseImageSource = Pick<MonitoringCaseTable, 'type' | 'risks' | 'channel' | 'state' | 'greenChannel' | 'currentStep' | 'discoveredOn' | 'includedOn' | 'closedOn' | 'eliminationKind' | 'closeReason'>;

/** The case as its change history keeps it (no personal data beyond what the case itself holds). */
export function caseImage(c: CaseImageSource): Record<string, unknown> {
  return {
    type: c.type, risks: JSON.parse(c.risks) as unknown, channel: c.channel, state: c.state, greenChannel: c.greenChannel === 1,
    currentStep: c.currentStep, discoveredOn: c.discoveredOn, includedOn: c.includedOn, closedOn: c.closedOn,
    eliminationKind: c.eliminationKind, closeReason: c.closeReason,
  };
}

export interface CaseChange {
  readonly action: string;
  readonly details: Record<string, unknown>;
}

/**
 * Writes a change to a case at the version read, with its audit entry and its before/after image
 * in the household's history, inside the caller's transaction.
 */
export async function writeCaseChange(
  trx: Transaction<Database>, actor: Actor, before: MonitoringCaseTable, changes: Updateable<MonitoringCaseTable>, change: CaseChange, at: string,
): Promise<void> {
  const written = await updateCaseAtVersion(trx, before.id, before.version, { ...changes, updatedAt: at });
  if (!written) throw new AppError('VERSION_CONFLICT', 'the case was changed by someone else at the same moment; reload it and try again');
  const after = { ...before, ...changes } as MonitoringCaseTable;
  await recordAudit(trx, actor, { action: change.action, entityType: 'monitoringCase', entityId: before.id, regionCode: before.villageCode, details: { householdId: before.householdId, ...change.details } }, at);
  await insertRecordChange(trx, {
    householdId: before.householdId, villageCode: before.villageCode, entityType: 'monitoringCase', entityId: before.id, action: 'update',
    changedAt: at, actorId: actor.userId, actorName: actor.username, source: 'entry', before: caseImage(before), after: caseImage(after),
  });
}
