import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { MicroloanInstalmentTable, MicroloanRepaymentTable, MicroloanTable } from '../../db/tables/programmes.tables.ts';

type Executor = Db | Transaction<Database>;

function selectLoans(db: Executor, actor: Actor, region?: string) {
  return db.selectFrom('microloans')
    .innerJoin('members', 'members.id', 'microloans.memberId')
    .innerJoin('households', 'households.id', 'microloans.householdId')
    .selectAll('microloans').select(['members.name as memberName', 'members.idMasked', 'households.householdNo'])
    .where(inActorRegion(actor, 'microloans', region));
}

export type LoanRow = NonNullable<Awaited<ReturnType<typeof findLoanInScope>>>;

export function findLoanInScope(db: Executor, actor: Actor, id: string) {
  return selectLoans(db, actor).where('microloans.id', '=', id).executeTakeFirst();
}

export function findLoans(db: Executor, actor: Actor, filter: { region?: string; status?: string; householdId?: number }) {
  let q = selectLoans(db, actor, filter.region);
  if (filter.status) q = q.where('microloans.status', '=', filter.status);
  if (filter.householdId) q = q.where('microloans.householdId', '=', filter.householdId);
  return q.orderBy('microloans.villageCode').orderBy('microloans.appliedOn', 'desc').limit(5000).execute();
}

/** The household's loans that are still live: applied, approved or disbursed and not settled. */
export function findLiveLoansOfHousehold(db: Executor, householdId: number) {
  return db.selectFrom('microloans').select(['id', 'principal', 'status']).where('householdId', '=', householdId)
    .where('status', 'in', ['applied', 'approved', 'disbursed']).execute();
}

export function insertLoan(trx: Transaction<Database>, row: Insertable<MicroloanTable>) {
  return trx.insertInto('microloans').values(row).execute();
}

/** Changes a loan only from the version read, so two officers cannot both approve it. */
export async function updateLoan(trx: Transaction<Database>, id: string, version: number, changes: Updateable<MicroloanTable>): Promise<boolean> {
  const result = await trx.updateTable('microloans').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function insertInstalments(trx: Transaction<Database>, rows: readonly Insertable<MicroloanInstalmentTable>[]) {
  return trx.insertInto('microloanInstalments').values([...rows]).execute();
}

export function insertRepayment(trx: Transaction<Database>, row: Insertable<MicroloanRepaymentTable>) {
  return trx.insertInto('microloanRepayments').values(row).execute();
}

export async function findSchedules(db: Executor, loanIds: readonly string[]) {
  if (loanIds.length === 0) return { instalments: [], repayments: [] };
  const ids = [...loanIds];
  const instalments = await db.selectFrom('microloanInstalments').selectAll().where('loanId', 'in', ids).orderBy('loanId').orderBy('seq').execute();
  const repayments = await db.selectFrom('microloanRepayments').selectAll().where('loanId', 'in', ids).orderBy('loanId').orderBy('paidOn').orderBy('id').execute();
  return { instalments, repayments };
}

export async function findRegionNames(db: Executor, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', [...new Set(codes)]).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
