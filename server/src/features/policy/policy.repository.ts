import type { Insertable, Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { PolicyValueTable } from '../../db/tables/policy.tables.ts';

/** The versions in force (not superseded) set by any of these regions. */
export function findCurrentPolicyValues(db: Db | Transaction<Database>, regionCodes: readonly string[]) {
  return db.selectFrom('policyValues').selectAll()
    .where('regionCode', 'in', [...regionCodes]).where('supersededAt', 'is', null)
    .orderBy('regionCode').orderBy('parameter').orderBy('validFrom')
    .execute();
}

export function findCurrentVersionsOf(trx: Transaction<Database>, regionCode: string, parameter: string) {
  return trx.selectFrom('policyValues').selectAll()
    .where('regionCode', '=', regionCode).where('parameter', '=', parameter).where('supersededAt', 'is', null)
    .execute();
}

export function findPolicyVersion(db: Db | Transaction<Database>, id: string) {
  return db.selectFrom('policyValues').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every version a region ever set, newest first (superseded ones included). */
export function findPolicyHistory(db: Db, regionCode: string, parameter: string | undefined) {
  let query = db.selectFrom('policyValues').selectAll().where('regionCode', '=', regionCode);
  if (parameter) query = query.where('parameter', '=', parameter);
  return query.orderBy('recordedAt', 'desc').orderBy('id', 'desc').limit(500).execute();
}

export async function insertPolicyVersion(trx: Transaction<Database>, row: Insertable<PolicyValueTable>): Promise<void> {
  await trx.insertInto('policyValues').values(row).execute();
}

/** Marks a version as replaced or withdrawn; its content stays as it was. */
export async function supersedePolicyVersion(trx: Transaction<Database>, id: string, at: string, byName: string): Promise<void> {
  await trx.updateTable('policyValues').set({ supersededAt: at, supersededByName: byName }).where('id', '=', id).where('supersededAt', 'is', null).execute();
}
