import type { Transaction, Updateable } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import { reserveSerialKeys } from '../../db/dialect.ts';
import type { Database, MemberTable, NewMember } from '../../db/schema.ts';

type Executor = Db | Transaction<Database>;

/** Keys for new members, reserved inside the write transaction that inserts them. */
export function reserveMemberKeys(trx: Transaction<Database>, count: number): Promise<number[]> {
  return reserveSerialKeys(trx, 'members', count);
}

export async function insertMembers(trx: Transaction<Database>, rows: readonly NewMember[]): Promise<void> {
  if (rows.length) await trx.insertInto('members').values([...rows]).execute();
}

/** A member, if their household lies in the actor's region. */
export function findMemberInScope(db: Executor, actor: Actor, memberId: number) {
  return db.selectFrom('members').selectAll().where('members.id', '=', memberId).where(inActorRegion(actor, 'members')).executeTakeFirst();
}

/** Members currently in the household (not moved out), in the order they were added. */
export function findCurrentMembers(db: Executor, householdId: number) {
  return db.selectFrom('members').selectAll()
    .where('householdId', '=', householdId).where('movedOutOn', 'is', null)
    .orderBy('id').execute();
}

/**
 * Households that currently hold any of these ID numbers (by keyed hash). Deliberately not
 * region-scoped: one person may be in only one household anywhere, so the check must see all;
 * the caller decides how much of the other household to disclose.
 */
export function findCurrentIdHolders(db: Executor, idHashes: readonly string[]) {
  if (idHashes.length === 0) return Promise.resolve([]);
  return db.selectFrom('members')
    .innerJoin('households', 'households.id', 'members.householdId')
    .select(['members.id as memberId', 'members.idHash', 'members.householdId', 'households.householdNo', 'households.villageCode'])
    .where('members.idHash', 'in', [...idHashes])
    .where('members.movedOutOn', 'is', null)
    .execute();
}

export async function updateMemberRow(trx: Transaction<Database>, memberId: number, changes: Updateable<MemberTable>): Promise<void> {
  await trx.updateTable('members').set(changes).where('id', '=', memberId).execute();
}

export function findMemberById(trx: Executor, memberId: number) {
  return trx.selectFrom('members').selectAll().where('id', '=', memberId).executeTakeFirstOrThrow();
}
