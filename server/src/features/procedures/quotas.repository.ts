import { isWithinRegion } from '@fupin/core';
import type { Insertable, Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion, inRegionSubtree } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { VillageQuotaTable } from '../../db/tables/procedures.tables.ts';

type Executor = Db | Transaction<Database>;

export function findQuota(db: Executor, villageCode: string, year: number) {
  return db.selectFrom('villageQuotas').selectAll().where('villageCode', '=', villageCode).where('year', '=', year).executeTakeFirst();
}

/** The villages of the actor's region (narrowed to `regionCode`), with their quota for the year if set. */
export function findVillagesWithQuotas(db: Db, actor: Actor, regionCode: string | undefined, year: number) {
  const root = regionCode ?? actor.regionCode;
  if (!isWithinRegion(actor.regionCode, root)) return Promise.resolve([]);
  return db.selectFrom('regions')
    .leftJoin('villageQuotas', (join) => join.onRef('villageQuotas.villageCode', '=', 'regions.code').on('villageQuotas.year', '=', year))
    .select(['regions.code', 'regions.name', 'villageQuotas.quota', 'villageQuotas.setByName', 'villageQuotas.setAt'])
    .where('regions.level', '=', 'village').where(inRegionSubtree('regions.code', root))
    .orderBy('regions.code').limit(2000).execute();
}

/** Identification procedures of the year by village and status, in the region. */
export function countIdentificationsByVillage(db: Db, actor: Actor, regionCode: string | undefined, year: number) {
  return db.selectFrom('procedures').select(['villageCode', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where(inActorRegion(actor, 'procedures', regionCode)).where('kind', '=', 'identification').where('year', '=', year)
    .groupBy(['villageCode', 'status']).execute();
}

export async function upsertQuota(trx: Transaction<Database>, row: Insertable<VillageQuotaTable>): Promise<boolean> {
  const existing = await findQuota(trx, row.villageCode, row.year);
  if (existing) {
    await trx.updateTable('villageQuotas').set({ quota: row.quota, setBy: row.setBy, setByName: row.setByName, setAt: row.setAt })
      .where('villageCode', '=', row.villageCode).where('year', '=', row.year).execute();
  } else {
    await trx.insertInto('villageQuotas').values(row).execute();
  }
  return existing !== undefined;
}

export function findRegionLevel(db: Db, code: string) {
  return db.selectFrom('regions').select(['code', 'level']).where('code', '=', code).executeTakeFirst();
}
