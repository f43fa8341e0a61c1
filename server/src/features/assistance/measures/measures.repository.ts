import type { Transaction } from 'kysely';
import type { Actor } from '../../../access/actor.ts';
import { inActorRegion } from '../../../access/region-scope.repository.ts';
import type { Db } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';
import type { AssistanceMeasureTable } from '../../../db/tables/assistance.tables.ts';

type Executor = Db | Transaction<Database>;

/** A household's measures with the member's name, newest first. */
export function findMeasures(db: Executor, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('assistanceMeasures').leftJoin('members', 'members.id', 'assistanceMeasures.memberId')
    .selectAll('assistanceMeasures').select('members.name as memberName')
    .where('assistanceMeasures.householdId', 'in', householdIds)
    .orderBy('assistanceMeasures.startDate', 'desc').orderBy('assistanceMeasures.id', 'desc').execute();
}

export function findMeasureInScope(db: Executor, actor: Actor, measureId: string) {
  return db.selectFrom('assistanceMeasures').leftJoin('members', 'members.id', 'assistanceMeasures.memberId')
    .selectAll('assistanceMeasures').select('members.name as memberName')
    .where('assistanceMeasures.id', '=', measureId).where(inActorRegion(actor, 'assistanceMeasures')).executeTakeFirst();
}

/** What the duplicate-subsidy rule compares against: the household's measures of one type. */
export function findMeasuresOfType(db: Executor, householdId: number, measureType: string) {
  return db.selectFrom('assistanceMeasures').select(['id', 'measureType', 'memberId', 'startDate', 'endDate', 'status'])
    .where('householdId', '=', householdId).where('measureType', '=', measureType).execute();
}

export function findCurrentMember(db: Executor, householdId: number, memberId: number) {
  return db.selectFrom('members').select(['id', 'name']).where('id', '=', memberId).where('householdId', '=', householdId)
    .where('movedOutOn', 'is', null).where('isDeceased', '=', 0).executeTakeFirst();
}

export async function insertMeasures(trx: Transaction<Database>, rows: readonly AssistanceMeasureTable[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('assistanceMeasures').values([...rows]).execute();
}

export async function updateMeasure(trx: Transaction<Database>, id: string, changes: Partial<Omit<AssistanceMeasureTable, 'id'>>): Promise<void> {
  await trx.updateTable('assistanceMeasures').set(changes).where('id', '=', id).execute();
}

export type MeasureWithMember = Awaited<ReturnType<typeof findMeasures>>[number];
