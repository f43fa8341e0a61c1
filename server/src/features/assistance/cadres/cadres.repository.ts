import type { Transaction } from 'kysely';
import type { Actor } from '../../../access/actor.ts';
import { inRegionSubtree } from '../../../access/region-scope.repository.ts';
import type { Db } from '../../../db/database.ts';
import { isPostgres } from '../../../db/dialect.ts';
import type { Database } from '../../../db/schema.ts';
import type { CadreTable } from '../../../db/tables/assistance.tables.ts';

type Executor = Db | Transaction<Database>;

const cadreColumns = ['cadres.id', 'cadres.name', 'cadres.unit', 'cadres.level', 'cadres.position', 'cadres.phone', 'cadres.regionCode', 'cadres.userId', 'users.username'] as const;

/**
 * Holds the cadre's row until the transaction ends, so that two pairings for the same cadre count
 * the load one after the other: PostgreSQL locks the row (SELECT … FOR UPDATE); SQLite needs nothing,
 * as it runs one writing transaction at a time.
 */
export async function lockCadre(trx: Transaction<Database>, cadreId: string): Promise<void> {
  if (isPostgres(trx as never)) await trx.selectFrom('cadres').select('id').where('id', '=', cadreId).forUpdate().execute();
}

/** Cadres serving inside the actor's region (narrowed to `regionCode` when given). */
export function findCadres(db: Executor, actor: Actor, filter: { regionCode?: string | undefined; q?: string | undefined }) {
  let query = db.selectFrom('cadres').leftJoin('users', 'users.id', 'cadres.userId').select(cadreColumns)
    .where(inRegionSubtree('cadres.regionCode', actor.regionCode));
  if (filter.regionCode) query = query.where(inRegionSubtree('cadres.regionCode', filter.regionCode));
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) => eb.or([eb('cadres.name', 'like', like), eb('cadres.unit', 'like', like)]));
  }
  return query.orderBy('cadres.regionCode').orderBy('cadres.name').limit(500).execute();
}

export function findCadreInScope(db: Executor, actor: Actor, cadreId: string) {
  return db.selectFrom('cadres').leftJoin('users', 'users.id', 'cadres.userId').select(cadreColumns)
    .where('cadres.id', '=', cadreId).where(inRegionSubtree('cadres.regionCode', actor.regionCode)).executeTakeFirst();
}

export function findCadreRowForUser(db: Executor, userId: string) {
  return db.selectFrom('cadres').leftJoin('users', 'users.id', 'cadres.userId').select(cadreColumns).where('cadres.userId', '=', userId).executeTakeFirst();
}

export function findUserRegion(db: Executor, userId: string) {
  return db.selectFrom('users').select(['id', 'regionCode']).where('id', '=', userId).executeTakeFirst();
}

export async function isUserLinked(db: Executor, userId: string, exceptCadreId?: string): Promise<boolean> {
  let query = db.selectFrom('cadres').select('id').where('userId', '=', userId);
  if (exceptCadreId) query = query.where('id', '<>', exceptCadreId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertCadre(trx: Transaction<Database>, row: CadreTable): Promise<void> {
  await trx.insertInto('cadres').values(row).execute();
}

export async function updateCadre(trx: Transaction<Database>, id: string, changes: Partial<Omit<CadreTable, 'id' | 'createdAt'>>): Promise<void> {
  await trx.updateTable('cadres').set(changes).where('id', '=', id).execute();
}

/** Households paired with each cadre on a date. */
export async function countLoads(db: Executor, cadreIds: readonly string[], on: string): Promise<Map<string, number>> {
  if (cadreIds.length === 0) return new Map();
  const rows = await db.selectFrom('pairings').select(['cadreId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('cadreId', 'in', cadreIds).where('startDate', '<=', on)
    .where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', on)]))
    .groupBy('cadreId').execute();
  return new Map(rows.map((r) => [r.cadreId, Number(r.n)]));
}

export type CadreListRow = Awaited<ReturnType<typeof findCadres>>[number];
