import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import { reserveSerialKeys } from '../../db/dialect.ts';
import type { Database, HouseholdUpdate, NewHousehold } from '../../db/schema.ts';

type Executor = Db | Transaction<Database>;

/** A household, if it lies in the actor's region. */
export function findHouseholdInScope(db: Executor, actor: Actor, householdId: number) {
  return db.selectFrom('households').selectAll().where('households.id', '=', householdId).where(inActorRegion(actor, 'households')).executeTakeFirst();
}

export function findHouseholdById(db: Executor, householdId: number) {
  return db.selectFrom('households').selectAll().where('id', '=', householdId).executeTakeFirstOrThrow();
}

/** Whether a household number is taken; household numbers are unique nationally, so not region-scoped. */
export async function isHouseholdNoTaken(db: Executor, householdNo: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('households').select('id').where('householdNo', '=', householdNo);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Keys for new households, reserved inside the write transaction that inserts them. */
export function reserveHouseholdKeys(trx: Transaction<Database>, count: number): Promise<number[]> {
  return reserveSerialKeys(trx, 'households', count);
}

export async function insertHousehold(trx: Transaction<Database>, row: NewHousehold): Promise<void> {
  await trx.insertInto('households').values(row).execute();
}

/** Writes the changes only if the row is still at `expectedVersion`; false when someone else got there first. */
export async function updateHouseholdAtVersion(trx: Transaction<Database>, householdId: number, expectedVersion: number, changes: HouseholdUpdate): Promise<boolean> {
  const result = await trx.updateTable('households')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', householdId).where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Members carry their household's village code (for region scoping), so a move takes them along. */
export async function moveMembersToVillage(trx: Transaction<Database>, householdId: number, villageCode: string): Promise<void> {
  await trx.updateTable('members').set({ villageCode }).where('householdId', '=', householdId).execute();
}

export async function findVillageNames(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', unique).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
