import type { Insertable, Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { WorkshopSubsidyTable, WorkshopTable, WorkshopWorkerTable } from '../../db/tables/programmes.tables.ts';

type Executor = Db | Transaction<Database>;

export function insertWorkshop(trx: Transaction<Database>, row: Insertable<WorkshopTable>) {
  return trx.insertInto('workshops').values(row).execute();
}

export function findWorkshops(db: Executor, actor: Actor, region?: string) {
  return db.selectFrom('workshops').selectAll().where(inActorRegion(actor, 'workshops', region)).orderBy('villageCode').orderBy('name').limit(2000).execute();
}

export function findWorkshopInScope(db: Executor, actor: Actor, id: string) {
  return db.selectFrom('workshops').selectAll().where('id', '=', id).where(inActorRegion(actor, 'workshops')).executeTakeFirst();
}

/** Current worker counts per workshop (spells still open on the date). */
export async function countCurrentWorkers(db: Executor, workshopIds: readonly string[], on: string) {
  if (workshopIds.length === 0) return new Map<string, number>();
  const rows = await db.selectFrom('workshopWorkers').select(['workshopId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workshopId', 'in', [...workshopIds]).where('startedOn', '<=', on)
    .where((eb) => eb.or([eb('endedOn', 'is', null), eb('endedOn', '>=', on)]))
    .groupBy('workshopId').execute();
  return new Map(rows.map((r) => [r.workshopId, Number(r.n)]));
}

export function insertWorker(trx: Transaction<Database>, row: Insertable<WorkshopWorkerTable>) {
  return trx.insertInto('workshopWorkers').values(row).execute();
}

/**
 * A workshop's workers. The subsidy counts every worker wherever they live; the names shown are
 * only of those in the actor's region (`scopedTo`), others appear without personal details.
 */
export function findWorkers(db: Executor, workshopId: string) {
  return db.selectFrom('workshopWorkers')
    .innerJoin('members', 'members.id', 'workshopWorkers.memberId')
    .innerJoin('households', 'households.id', 'workshopWorkers.householdId')
    .selectAll('workshopWorkers')
    .select(['members.name as memberName', 'members.idMasked', 'households.householdNo', 'households.povertyStatus as householdStatus'])
    .where('workshopWorkers.workshopId', '=', workshopId)
    .orderBy('workshopWorkers.startedOn').orderBy('workshopWorkers.id').execute();
}

export function findSpellsOfMember(db: Executor, workshopId: string, memberId: number) {
  return db.selectFrom('workshopWorkers').selectAll().where('workshopId', '=', workshopId).where('memberId', '=', memberId).execute();
}

export function findClaims(db: Executor, workshopId: string) {
  return db.selectFrom('workshopSubsidies').selectAll().where('workshopId', '=', workshopId).orderBy('year', 'desc').execute();
}

export function findClaim(db: Executor, workshopId: string, year: number) {
  return db.selectFrom('workshopSubsidies').selectAll().where('workshopId', '=', workshopId).where('year', '=', year).executeTakeFirst();
}

export function insertClaim(trx: Transaction<Database>, row: Insertable<WorkshopSubsidyTable>) {
  return trx.insertInto('workshopSubsidies').values(row).execute();
}

export function findClaimsInRegion(db: Executor, actor: Actor, year: number, region?: string) {
  return db.selectFrom('workshopSubsidies').selectAll().where(inActorRegion(actor, 'workshopSubsidies', region)).where('year', '=', year).execute();
}
