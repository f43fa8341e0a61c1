import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';

export interface RecordChange {
  householdId: number;
  villageCode: string;
  entityType: 'household' | 'member' | 'income' | 'basicNeedsCheck' | 'assistanceMeasure'
    | 'memberJob' | 'publicWelfarePost' | 'workshopWorker' | 'trainingRecord' | 'microloan' | 'educationAidPayment' | 'monitoringCase';
  /** Text for every kind of record: a household's or member's integer key as its decimal string. */
  entityId: string | number;
  action: 'create' | 'update' | 'moveOut' | 'delete';
  changedAt: string;
  actorId: string;
  actorName: string;
  source: string;
  /** What caused the change when the source is one of our records: the procedure's id for `procedure:…`. */
  sourceId?: string | null;
  /** Snapshots as the API shows them (ID numbers masked, never in plain text). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Appends a before/after image; with the current row, these reproduce any past state. */
export function insertRecordChange(trx: Transaction<Database> | Db, change: RecordChange) {
  return trx.insertInto('recordChanges').values({
    ...change,
    entityId: String(change.entityId),
    before: change.before ? JSON.stringify(change.before) : null,
    after: change.after ? JSON.stringify(change.after) : null,
  }).execute();
}

export function findRecordChanges(db: Db, householdId: number, limit: number, beforeSeq?: number) {
  let query = db.selectFrom('recordChanges').selectAll().where('householdId', '=', householdId).orderBy('seq', 'desc').limit(limit);
  if (beforeSeq) query = query.where('seq', '<', beforeSeq);
  return query.execute();
}
