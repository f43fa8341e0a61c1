import type { Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/schema.ts';
import { assertMeasureAllowed } from '../assistance/measures/measure-checks.ts';
import { presentMeasure } from '../assistance/measures/measures.presenter.ts';
import { findMeasureInScope, insertMeasures, updateMeasure } from '../assistance/measures/measures.repository.ts';
import type { MeasureInput } from '../assistance/measures/measures.schemas.ts';
import { insertRecordChange } from '../history/record-changes.repository.ts';

export interface ProgrammeMeasure {
  householdId: number;
  villageCode: string;
  input: MeasureInput;
  /** What the measure stands for, for the audit trail (e.g. `microloan:<id>`). */
  source: string;
}

/**
 * Records the household measure a programme record stands for, through the assistance feature's
 * own rules and tables, so that plans and reports see it; returns its id for the programme row.
 */
export async function recordProgrammeMeasure(trx: Transaction<Database>, actor: Actor, measure: ProgrammeMeasure, at: string): Promise<string> {
  await assertMeasureAllowed(trx, measure.householdId, measure.input);
  const id = uuidv7();
  const row = {
    id, householdId: measure.householdId, villageCode: measure.villageCode, ...measure.input, batchId: null,
    createdAt: at, createdBy: actor.userId, updatedAt: at, updatedBy: actor.userId,
  };
  await insertMeasures(trx, [row]);
  await insertRecordChange(trx, {
    householdId: measure.householdId, villageCode: measure.villageCode, entityType: 'assistanceMeasure', entityId: id, action: 'create',
    changedAt: at, actorId: actor.userId, actorName: actor.username, source: 'entry', before: null, after: presentMeasure({ ...row, memberName: null }),
  });
  await recordAudit(trx, actor, {
    action: 'create', entityType: 'assistanceMeasure', entityId: id, regionCode: measure.villageCode,
    details: { householdId: measure.householdId, measureType: measure.input.measureType, amount: measure.input.amount, programme: measure.source },
  }, at);
  return id;
}

/** Closes the linked measure when the programme record ends (a post given up, a loan settled). */
export async function completeProgrammeMeasure(trx: Transaction<Database>, actor: Actor, measureId: string, endDate: string, at: string): Promise<void> {
  const before = await findMeasureInScope(trx, actor, measureId);
  if (!before) return;
  await updateMeasure(trx, measureId, { endDate, status: 'completed', updatedAt: at, updatedBy: actor.userId });
  const after = { ...before, endDate, status: 'completed', updatedAt: at, updatedBy: actor.userId };
  await insertRecordChange(trx, {
    householdId: before.householdId, villageCode: before.villageCode, entityType: 'assistanceMeasure', entityId: measureId, action: 'update',
    changedAt: at, actorId: actor.userId, actorName: actor.username, source: 'entry', before: presentMeasure(before), after: presentMeasure(after),
  });
  await recordAudit(trx, actor, { action: 'update', entityType: 'assistanceMeasure', entityId: measureId, regionCode: before.villageCode, details: { householdId: before.householdId, status: 'completed' } }, at);
}
