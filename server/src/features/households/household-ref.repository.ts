import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';

/** The few facts about a household that records hanging off it need, if it is in the actor's region. */
export function findHouseholdRef(db: Db, actor: Actor, householdId: string) {
  return db.selectFrom('households')
    .select(['households.id', 'households.householdNo', 'households.villageCode'])
    .select((eb) => eb.selectFrom('members')
      .select((m) => m.fn.countAll<number>().as('n'))
      .whereRef('members.householdId', '=', 'households.id')
      .where('members.movedOutOn', 'is', null)
      .where('members.isDeceased', '=', 0)
      .as('currentMembers'))
    .where('households.id', '=', householdId)
    .where(inActorRegion(actor, 'households'))
    .executeTakeFirst();
}
