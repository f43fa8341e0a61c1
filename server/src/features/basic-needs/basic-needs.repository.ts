import type { Insertable, Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { BasicNeedsCheckTable, Database } from '../../db/schema.ts';

export function insertBasicNeedsCheck(trx: Transaction<Database>, row: Insertable<BasicNeedsCheckTable>) {
  return trx.insertInto('basicNeedsChecks').values(row).execute();
}

export function findBasicNeedsChecks(db: Db, householdId: number) {
  return db.selectFrom('basicNeedsChecks').selectAll().where('householdId', '=', householdId)
    .orderBy('checkedOn', 'desc').orderBy('createdAt', 'desc').execute();
}
