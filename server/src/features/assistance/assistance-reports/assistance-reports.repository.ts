import type { Actor } from '../../../access/actor.ts';
import { inActorRegion, inRegionSubtree } from '../../../access/region-scope.repository.ts';
import type { Db } from '../../../db/database.ts';

const REGISTERED = ['poor', 'exited', 'exitedNoPolicy', 'relapsed'];

export function findRegisteredHouseholds(db: Db, actor: Actor, regionCode?: string) {
  return db.selectFrom('households').select(['id', 'villageCode', 'mainCause', 'otherCauses'])
    .where(inActorRegion(actor, 'households', regionCode)).where('povertyStatus', 'in', REGISTERED).execute();
}

export function findLiveMeasures(db: Db, actor: Actor, regionCode?: string) {
  return db.selectFrom('assistanceMeasures').select(['id', 'householdId', 'measureType', 'status'])
    .where(inActorRegion(actor, 'assistanceMeasures', regionCode)).where('status', '<>', 'cancelled').execute();
}

export function findVillageNames(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('regions').select(['code', 'name']).where('code', 'in', codes).execute();
}

export function findMeasuresOfYear(db: Db, actor: Actor, year: number, regionCode?: string) {
  return db.selectFrom('assistanceMeasures').innerJoin('households', 'households.id', 'assistanceMeasures.householdId')
    .select(['assistanceMeasures.householdId', 'assistanceMeasures.measureType', 'assistanceMeasures.amount', 'households.householdNo', 'households.headName', 'households.villageCode'])
    .where(inActorRegion(actor, 'assistanceMeasures', regionCode)).where('assistanceMeasures.status', '<>', 'cancelled')
    .where('assistanceMeasures.startDate', '>=', `${year}-01-01`).where('assistanceMeasures.startDate', '<=', `${year}-12-31`).execute();
}

export function findCadresIn(db: Db, actor: Actor, regionCode?: string) {
  let query = db.selectFrom('cadres').select(['id', 'name', 'unit', 'regionCode']).where(inRegionSubtree('cadres.regionCode', actor.regionCode));
  if (regionCode) query = query.where(inRegionSubtree('cadres.regionCode', regionCode));
  return query.orderBy('regionCode').orderBy('name').execute();
}

export function findVisitDates(db: Db, cadreIds: readonly string[], year: number) {
  if (cadreIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('visits').select(['cadreId', 'visitDate']).where('cadreId', 'in', cadreIds)
    .where('visitDate', '>=', `${year}-01-01`).where('visitDate', '<=', `${year}-12-31`).execute();
}

/** Pairings in force on a date with the household's last visit (by anyone). */
export function findActivePairingsWithLastVisit(db: Db, cadreIds: readonly string[], on: string) {
  if (cadreIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('pairings')
    .select(['pairings.cadreId', 'pairings.householdId', 'pairings.startDate', 'pairings.villageCode',
      (eb) => eb.selectFrom('visits').select((v) => v.fn.max('visits.visitDate').as('d')).whereRef('visits.householdId', '=', 'pairings.householdId').as('lastVisitDate')])
    .where('pairings.cadreId', 'in', cadreIds).where('pairings.startDate', '<=', on)
    .where((eb) => eb.or([eb('pairings.endDate', 'is', null), eb('pairings.endDate', '>=', on)])).execute();
}
