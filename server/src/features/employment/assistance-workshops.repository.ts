import type { Insertable, Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { AssistanceWorkshopSubsidyTable, AssistanceWorkshopTable, AssistanceWorkshopWorkerTable } from '../../db/tables/programmes.tables.ts';

type Executor = Db | Transaction<Database>;

export function insertAssistanceWorkshop(trx: Transaction<Database>, row: Insertable<AssistanceWorkshopTable>) {
  return trx.insertInto('assistanceWorkshops').values(row).execute();
}

export function findAssistanceWorkshops(db: Executor, actor: Actor, region?: string) {
  return db.selectFrom('assistanceWorkshops').selectAll().where(inActorRegion(actor, 'assistanceWorkshops', region)).orderBy('villageCode').orderBy('name').limit(2000).execute();
}

export function findAssistanceWorkshopInScope(db: Executor, actor: Actor, id: string) {
  return db.selectFrom('assistanceWorkshops').selectAll().where('id', '=', id).where(inActorRegion(actor, 'assistanceWorkshops')).executeTakeFirst();
}

/** Current worker counts per workshop (spells still open on the date). */
export async function countCurrentWorkers(db: Executor, assistanceWorkshopIds: readonly string[], on: string) {
  if (assistanceWorkshopIds.length === 0) return new Map<string, number>();
  const rows = await db.selectFrom('assistanceWorkshopWorkers').select(['assistanceWorkshopId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('assistanceWorkshopId', 'in', [...assistanceWorkshopIds]).where('startedOn', '<=', on)
    .where((eb) => eb.or([eb('endedOn', 'is', null), eb('endedOn', '>=', on)]))
    .groupBy('assistanceWorkshopId').execute();
  return new Map(rows.map((r) => [r.assistanceWorkshopId, Number(r.n)]));
}

export function insertWorker(trx: Transaction<Database>, row: Insertable<AssistanceWorkshopWorkerTable>) {
  return trx.insertInto('assistanceWorkshopWorkers').values(row).execute();
}

/**
 * A workshop's workers. The subsidy counts every worker wherever they live; the names shown are
 * only of those in the actor's region (`scopedTo`), others appear without personal details.
 */
export function findWorkers(db: Executor, assistanceWorkshopId: string) {
  return db.selectFrom('assistanceWorkshopWorkers')
    .innerJoin('members', 'members.id', 'assistanceWorkshopWorkers.memberId')
    .innerJoin('households', 'households.id', 'assistanceWorkshopWorkers.householdId')
    .selectAll('assistanceWorkshopWorkers')
    .select(['members.name as memberName', 'members.idMasked', 'households.householdNo', 'households.povertyStatus as householdStatus'])
    .where('assistanceWorkshopWorkers.assistanceWorkshopId', '=', assistanceWorkshopId)
    .orderBy('assistanceWorkshopWorkers.startedOn').orderBy('assistanceWorkshopWorkers.id').execute();
}

export function findSpellsOfMember(db: Executor, assistanceWorkshopId: string, memberId: number) {
  return db.selectFrom('assistanceWorkshopWorkers').selectAll().where('assistanceWorkshopId', '=', assistanceWorkshopId).where('memberId', '=', memberId).execute();
}

export function findClaims(db: Executor, assistanceWorkshopId: string) {
  return db.selectFrom('assistanceWorkshopSubsidies').selectAll().where('assistanceWorkshopId', '=', assistanceWorkshopId).orderBy('year', 'desc').execute();
}

export function findClaim(db: Executor, assistanceWorkshopId: string, year: number) {
  return db.selectFrom('assistanceWorkshopSubsidies').selectAll().where('assistanceWorkshopId', '=', assistanceWorkshopId).where('year', '=', year).executeTakeFirst();
}

export function insertClaim(trx: Transaction<Database>, row: Insertable<AssistanceWorkshopSubsidyTable>) {
  return trx.insertInto('assistanceWorkshopSubsidies').values(row).execute();
}

export function findClaimsInRegion(db: Executor, actor: Actor, year: number, region?: string) {
  return db.selectFrom('assistanceWorkshopSubsidies').selectAll().where(inActorRegion(actor, 'assistanceWorkshopSubsidies', region)).where('year', '=', year).execute();
}
