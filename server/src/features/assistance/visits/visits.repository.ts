import type { Transaction } from 'kysely';
import type { Actor } from '../../../access/actor.ts';
import { inActorRegion } from '../../../access/region-scope.repository.ts';
import type { Db } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';
import type { VisitPhotoTable, VisitTable } from '../../../db/tables/assistance.tables.ts';

type Executor = Db | Transaction<Database>;

function visitsWithNames(db: Executor) {
  return db.selectFrom('visits').leftJoin('cadres', 'cadres.id', 'visits.cadreId').leftJoin('users', 'users.id', 'visits.visitedBy')
    .selectAll('visits').select(['cadres.name as cadreName', 'users.displayName as visitedByName']);
}

export function findVisits(db: Executor, householdId: number) {
  return visitsWithNames(db).where('visits.householdId', '=', householdId).orderBy('visits.visitDate', 'desc').orderBy('visits.id', 'desc').limit(200).execute();
}

export function findVisitInScope(db: Executor, actor: Actor, visitId: string) {
  return visitsWithNames(db).where('visits.id', '=', visitId).where(inActorRegion(actor, 'visits')).executeTakeFirst();
}

export function findPhotos(db: Executor, visitIds: readonly string[]) {
  if (visitIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('visitPhotos').selectAll().where('visitId', 'in', visitIds).orderBy('createdAt').execute();
}

export function findPhotoInScope(db: Executor, actor: Actor, photoId: string) {
  return db.selectFrom('visitPhotos').selectAll().where('visitPhotos.id', '=', photoId).where(inActorRegion(actor, 'visitPhotos')).executeTakeFirst();
}

export async function insertVisit(trx: Transaction<Database>, row: VisitTable): Promise<void> {
  await trx.insertInto('visits').values(row).execute();
}

export async function insertPhoto(trx: Transaction<Database>, row: VisitPhotoTable): Promise<void> {
  await trx.insertInto('visitPhotos').values(row).execute();
}

export async function markFollowUpDone(trx: Transaction<Database>, visitId: string, at: string): Promise<void> {
  await trx.updateTable('visits').set({ followUpDoneAt: at }).where('id', '=', visitId).execute();
}

export type VisitWithNames = Awaited<ReturnType<typeof findVisits>>[number];
