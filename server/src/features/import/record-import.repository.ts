import type { Insertable, Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inRegionSubtree } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { BasicNeedsCheckTable, Database, IncomeTable } from '../../db/schema.ts';
import type { AssistanceMeasureTable, PairingTable } from '../../db/tables/assistance.tables.ts';

/** The queries of the record imports (incomes, basic-needs checks, pairings, measures). */

type Executor = Db | Transaction<Database>;

export function findIncomesOf(db: Executor, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('incomes').selectAll().where('householdId', 'in', [...householdIds]).execute();
}

export async function insertIncome(trx: Transaction<Database>, row: Insertable<IncomeTable>): Promise<void> {
  await trx.insertInto('incomes').values(row).execute();
}

export async function updateIncome(trx: Transaction<Database>, row: Insertable<IncomeTable>): Promise<void> {
  const { householdId, year, ...changes } = row;
  await trx.updateTable('incomes').set(changes).where('householdId', '=', householdId).where('year', '=', year).execute();
}

/** Checks of these households, the latest entered first (several on one day: the latest counts). */
export function findBasicNeedsChecksOf(db: Executor, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('basicNeedsChecks').selectAll().where('householdId', 'in', [...householdIds]).orderBy('createdAt', 'desc').execute();
}

export async function insertBasicNeedsCheckRow(trx: Transaction<Database>, row: Insertable<BasicNeedsCheckTable>): Promise<void> {
  await trx.insertInto('basicNeedsChecks').values(row).execute();
}

export async function updateBasicNeedsCheckRow(trx: Transaction<Database>, id: string, changes: Partial<Omit<BasicNeedsCheckTable, 'id'>>): Promise<void> {
  await trx.updateTable('basicNeedsChecks').set(changes).where('id', '=', id).execute();
}

/** Cadres serving inside the actor's region with one of these names. */
export function findCadresNamed(db: Executor, actor: Actor, names: readonly string[]) {
  if (names.length === 0) return Promise.resolve([]);
  return db.selectFrom('cadres').select(['id', 'name', 'unit', 'phone', 'regionCode'])
    .where('name', 'in', [...names]).where(inRegionSubtree('cadres.regionCode', actor.regionCode)).execute();
}

/** Every pairing of these cadres or these households (for overlaps and loads). */
export function findPairingsOfCadresOrHouseholds(db: Executor, cadreIds: readonly string[], householdIds: readonly number[]) {
  if (cadreIds.length === 0 && householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('pairings').selectAll().where((eb) => eb.or([
    ...(cadreIds.length ? [eb('cadreId', 'in', [...cadreIds])] : []),
    ...(householdIds.length ? [eb('householdId', 'in', [...householdIds])] : []),
  ])).execute();
}

export async function insertPairingRow(trx: Transaction<Database>, row: PairingTable): Promise<void> {
  await trx.insertInto('pairings').values(row).execute();
}

export async function updatePairingEnd(trx: Transaction<Database>, id: string, endDate: string | null): Promise<void> {
  await trx.updateTable('pairings').set({ endDate }).where('id', '=', id).execute();
}

export function findMeasuresOfHouseholds(db: Executor, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('assistanceMeasures').leftJoin('members', 'members.id', 'assistanceMeasures.memberId')
    .selectAll('assistanceMeasures').select('members.name as memberName')
    .where('assistanceMeasures.householdId', 'in', [...householdIds]).orderBy('assistanceMeasures.createdAt').execute();
}

export async function insertMeasureRow(trx: Transaction<Database>, row: AssistanceMeasureTable): Promise<void> {
  await trx.insertInto('assistanceMeasures').values(row).execute();
}

export async function updateMeasureRow(trx: Transaction<Database>, id: string, changes: Partial<Omit<AssistanceMeasureTable, 'id'>>): Promise<void> {
  await trx.updateTable('assistanceMeasures').set(changes).where('id', '=', id).execute();
}

/** Living current members of these households (a measure is given to one of them). */
export function findLivingMembersOf(db: Executor, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('members').select(['id', 'householdId', 'name', 'idHash']).where('householdId', 'in', [...householdIds])
    .where('movedOutOn', 'is', null).where('isDeceased', '=', 0).execute();
}
