import { regionAncestors } from '@fupin/core';
import type { Transaction } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { AssistanceSettingsTable } from '../../../db/tables/assistance.tables.ts';
import type { Database } from '../../../db/schema.ts';

/** The settings rows on the path from the province down to the region itself, nearest last. */
export async function findSettingsOnPath(db: Db | Transaction<Database>, regionCode: string) {
  const path = [...regionAncestors(regionCode), regionCode];
  const rows = await db.selectFrom('assistanceSettings').selectAll().where('regionCode', 'in', path).execute();
  return rows.sort((a, b) => a.regionCode.length - b.regionCode.length);
}

export async function upsertSettings(trx: Transaction<Database>, row: AssistanceSettingsTable): Promise<boolean> {
  const existing = await trx.selectFrom('assistanceSettings').select('regionCode').where('regionCode', '=', row.regionCode).executeTakeFirst();
  if (existing) {
    const { regionCode, ...changes } = row;
    await trx.updateTable('assistanceSettings').set(changes).where('regionCode', '=', regionCode).execute();
  } else {
    await trx.insertInto('assistanceSettings').values(row).execute();
  }
  return existing !== undefined;
}
