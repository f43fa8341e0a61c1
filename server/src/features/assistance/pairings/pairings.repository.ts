import type { Transaction } from 'kysely';
import type { Actor } from '../../../access/actor.ts';
import { inActorRegion } from '../../../access/region-scope.repository.ts';
import type { Db } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';
import type { PairingTable } from '../../../db/tables/assistance.tables.ts';

type Executor = Db | Transaction<Database>;

export function findCadreByUser(db: Executor, userId: string) {
  return db.selectFrom('cadres').select(['id', 'regionCode']).where('userId', '=', userId).executeTakeFirst();
}

/** The pairing of a cadre and a household in force on a date, if any. */
export function findActivePairing(db: Executor, cadreId: string, householdId: number, on: string) {
  return db.selectFrom('pairings').selectAll().where('cadreId', '=', cadreId).where('householdId', '=', householdId)
    .where('startDate', '<=', on).where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', on)])).executeTakeFirst();
}

export function findPairingsOf(db: Executor, cadreId: string, householdId: number) {
  return db.selectFrom('pairings').select(['startDate', 'endDate']).where('cadreId', '=', cadreId).where('householdId', '=', householdId).execute();
}

/** Pairings in the actor's region, with the cadre's name and the household's number and head. */
export function findPairings(db: Executor, actor: Actor, filter: { pairingId?: string; cadreId?: string | undefined; householdId?: number | undefined; regionCode?: string | undefined; activeOn?: string | undefined }) {
  let query = db.selectFrom('pairings')
    .innerJoin('cadres', 'cadres.id', 'pairings.cadreId')
    .innerJoin('households', 'households.id', 'pairings.householdId')
    .select(['pairings.id', 'pairings.cadreId', 'pairings.householdId', 'pairings.villageCode', 'pairings.startDate', 'pairings.endDate',
      'cadres.name as cadreName', 'cadres.unit as cadreUnit', 'cadres.phone as cadrePhone', 'households.householdNo', 'households.headName', 'households.povertyStatus'])
    .where(inActorRegion(actor, 'pairings', filter.regionCode));
  if (filter.pairingId) query = query.where('pairings.id', '=', filter.pairingId);
  if (filter.cadreId) query = query.where('pairings.cadreId', '=', filter.cadreId);
  if (filter.householdId) query = query.where('pairings.householdId', '=', filter.householdId);
  const on = filter.activeOn;
  if (on) query = query.where('pairings.startDate', '<=', on).where((eb) => eb.or([eb('pairings.endDate', 'is', null), eb('pairings.endDate', '>=', on)]));
  return query.orderBy('pairings.villageCode').orderBy('households.householdNo').orderBy('pairings.startDate', 'desc').limit(2000).execute();
}

export function findPairingInScope(db: Executor, actor: Actor, pairingId: string) {
  return db.selectFrom('pairings').selectAll().where('pairings.id', '=', pairingId).where(inActorRegion(actor, 'pairings')).executeTakeFirst();
}

export async function insertPairing(trx: Transaction<Database>, row: PairingTable): Promise<void> {
  await trx.insertInto('pairings').values(row).execute();
}

export async function setPairingEnd(trx: Transaction<Database>, pairingId: string, endDate: string): Promise<void> {
  await trx.updateTable('pairings').set({ endDate }).where('id', '=', pairingId).execute();
}

export type PairingListRow = Awaited<ReturnType<typeof findPairings>>[number];
