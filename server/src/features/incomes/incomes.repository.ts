import type { Insertable, Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database, IncomeTable } from '../../db/schema.ts';

export function findIncome(db: Db | Transaction<Database>, householdId: number, year: number) {
  return db.selectFrom('incomes').selectAll().where('householdId', '=', householdId).where('year', '=', year).executeTakeFirst();
}

export function findIncomes(db: Db, householdId: number) {
  return db.selectFrom('incomes').selectAll().where('householdId', '=', householdId).orderBy('year', 'desc').execute();
}

/** Inserts the year's income or replaces it (one figure per household and year). */
export async function upsertIncome(trx: Transaction<Database>, row: Insertable<IncomeTable>, exists: boolean) {
  if (exists) {
    const { householdId, year, ...changes } = row;
    await trx.updateTable('incomes').set(changes).where('householdId', '=', householdId).where('year', '=', year).execute();
  } else {
    await trx.insertInto('incomes').values(row).execute();
  }
}
