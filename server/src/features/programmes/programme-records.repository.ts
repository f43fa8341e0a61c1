import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';

type Executor = Db | Transaction<Database>;

/** A member with their household, when the household lies in the actor's region. */
export function findMemberWithHousehold(db: Executor, actor: Actor, memberId: number) {
  return db.selectFrom('members')
    .innerJoin('households', 'households.id', 'members.householdId')
    .select([
      'members.id', 'members.householdId', 'members.villageCode', 'members.name', 'members.idMasked', 'members.birthDate',
      'members.movedOutOn', 'members.isDeceased', 'members.schoolStatus', 'members.schoolGrade', 'members.laborCapacity',
      'households.householdNo', 'households.povertyStatus', 'households.householdType',
    ])
    .where('members.id', '=', memberId)
    .where(inActorRegion(actor, 'members'))
    .executeTakeFirst();
}

export type ProgrammeMember = NonNullable<Awaited<ReturnType<typeof findMemberWithHousehold>>>;

/** Names and household numbers of members, for lists (ID numbers masked). */
export async function findMemberLabels(db: Executor, memberIds: readonly number[]) {
  if (memberIds.length === 0) return new Map<number, { name: string; idMasked: string; householdNo: string }>();
  const rows = await db.selectFrom('members')
    .innerJoin('households', 'households.id', 'members.householdId')
    .select(['members.id', 'members.name', 'members.idMasked', 'households.householdNo'])
    .where('members.id', 'in', [...new Set(memberIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, idMasked: r.idMasked, householdNo: r.householdNo }]));
}
