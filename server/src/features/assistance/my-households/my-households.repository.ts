import type { Actor } from '../../../access/actor.ts';
import { inActorRegion } from '../../../access/region-scope.repository.ts';
import type { Db } from '../../../db/database.ts';

/** The households a cadre is paired with on a date, inside the actor's region. */
export function findPairedHouseholds(db: Db, actor: Actor, cadreId: string, on: string) {
  return db.selectFrom('pairings').innerJoin('households', 'households.id', 'pairings.householdId')
    .leftJoin('regions', 'regions.code', 'households.villageCode')
    .select(['households.id', 'households.householdNo', 'households.headName', 'households.phone', 'households.villageCode', 'households.povertyStatus',
      'households.mainCause', 'households.otherCauses', 'regions.name as villageName', 'pairings.startDate as pairingStart'])
    .where('pairings.cadreId', '=', cadreId).where('pairings.startDate', '<=', on)
    .where((eb) => eb.or([eb('pairings.endDate', 'is', null), eb('pairings.endDate', '>=', on)]))
    .where(inActorRegion(actor, 'households'))
    .orderBy('households.villageCode').orderBy('households.householdNo').execute();
}

export function findMembersOf(db: Db, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('members').select(['id', 'householdId', 'laborCapacity', 'isDeceased', 'movedOutOn'])
    .where('householdId', 'in', householdIds).where('movedOutOn', 'is', null).execute();
}

export function findLastVisits(db: Db, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('visits').select(['householdId', (eb) => eb.fn.max('visitDate').as('lastVisitDate')])
    .where('householdId', 'in', householdIds).groupBy('householdId').execute();
}

export function findOpenFollowUps(db: Db, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('visits').select(['id', 'householdId', 'followUp', 'followUpDue'])
    .where('householdId', 'in', householdIds).where('followUp', 'is not', null).where('followUpDoneAt', 'is', null)
    .orderBy('visitDate').execute();
}

export function findIncomeYears(db: Db, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('incomes').select(['householdId', 'year']).where('householdId', 'in', householdIds).execute();
}
