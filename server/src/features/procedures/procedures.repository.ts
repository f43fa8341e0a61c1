import { sql, type Insertable, type SqlBool, type Transaction, type Updateable } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { ProcedureObjectionTable, ProcedureStepTable, ProcedureTable } from '../../db/tables/procedures.tables.ts';

type Executor = Db | Transaction<Database>;

/** The columns a procedure list shows: the procedure, its household and its waiting step. */
function selectSummaries(db: Executor) {
  return db.selectFrom('procedures')
    .innerJoin('households', 'households.id', 'procedures.householdId')
    .leftJoin('procedureSteps', 'procedureSteps.id', 'procedures.currentStepId')
    .leftJoin('regions', 'regions.code', 'procedures.villageCode')
    .select([
      'procedures.id', 'procedures.kind', 'procedures.householdId', 'procedures.villageCode', 'procedures.year', 'procedures.status',
      'procedures.currentStep', 'procedures.outcomeReason', 'procedures.openedOn', 'procedures.closedOn', 'procedures.version',
      'procedures.openedByName', 'procedures.currentStepId', 'procedures.previousStatus', 'households.householdNo', 'households.headName', 'regions.name as villageName',
      'procedureSteps.startedOn as stepStartedOn', 'procedureSteps.dueOn as stepDueOn', 'procedureSteps.noticeEndsOn',
      'procedureSteps.noticeStartsOn',
    ]);
}
export type ProcedureSummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['executeTakeFirstOrThrow']>>;

export function findProcedureInScope(db: Executor, actor: Actor, procedureId: string) {
  return selectSummaries(db).where('procedures.id', '=', procedureId).where(inActorRegion(actor, 'procedures')).executeTakeFirst();
}

export interface ProcedureFilter {
  kind?: string | undefined;
  status?: readonly string[] | undefined;
  step?: string | undefined;
  regionCode?: string | undefined;
  householdId?: number | undefined;
}

function filtered(db: Db, actor: Actor, f: ProcedureFilter) {
  let query = selectSummaries(db).where(inActorRegion(actor, 'procedures', f.regionCode));
  if (f.kind) query = query.where('procedures.kind', '=', f.kind);
  if (f.status?.length) query = query.where('procedures.status', 'in', f.status);
  if (f.step) query = query.where('procedures.currentStep', '=', f.step);
  if (f.householdId) query = query.where('procedures.householdId', '=', f.householdId);
  return query;
}

export async function findProcedures(db: Db, actor: Actor, f: ProcedureFilter, limit: number, offset: number) {
  const items = await filtered(db, actor, f).orderBy('procedures.openedAt', 'desc').orderBy('procedures.id').limit(limit).offset(offset).execute();
  const { total } = await filtered(db, actor, f).clearSelect().select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { items, total: Number(total) };
}

/** Procedures in progress whose current step is one of `owned` (kind, step), earliest due first. */
export function findProceduresWaitingAt(db: Db, actor: Actor, owned: readonly { kind: string; step: string }[], regionCode: string | undefined) {
  if (owned.length === 0) return Promise.resolve([]);
  const pairs = owned.map(({ kind, step }) => sql<SqlBool>`(${sql.ref('procedures.kind')} = ${kind} and ${sql.ref('procedures.currentStep')} = ${step})`);
  return selectSummaries(db)
    .where(inActorRegion(actor, 'procedures', regionCode))
    .where('procedures.status', '=', 'inProgress')
    .where(sql<SqlBool>`(${sql.join(pairs, sql` or `)})`)
    .orderBy('procedureSteps.dueOn').orderBy('procedures.id')
    .limit(500)
    .execute();
}

export function findOpenProcedureOfHousehold(db: Executor, householdId: number) {
  return db.selectFrom('procedures').select(['id', 'kind']).where('householdId', '=', householdId).where('status', '=', 'inProgress').executeTakeFirst();
}

export function findSteps(db: Executor, procedureId: string) {
  return db.selectFrom('procedureSteps').selectAll().where('procedureId', '=', procedureId).orderBy('seq').execute();
}

export function findObjections(db: Executor, procedureId: string) {
  return db.selectFrom('procedureObjections').selectAll().where('procedureId', '=', procedureId).orderBy('recordedAt').orderBy('id').execute();
}

export function findObjection(db: Executor, procedureId: string, objectionId: string) {
  return db.selectFrom('procedureObjections').selectAll().where('procedureId', '=', procedureId).where('id', '=', objectionId).executeTakeFirst();
}

export async function countOpenObjections(db: Executor, stepId: string): Promise<number> {
  const row = await db.selectFrom('procedureObjections').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('stepId', '=', stepId).where('status', '=', 'open').executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertProcedure(trx: Transaction<Database>, row: Insertable<ProcedureTable>): Promise<void> {
  await trx.insertInto('procedures').values(row).execute();
}

export async function insertStep(trx: Transaction<Database>, row: Insertable<ProcedureStepTable>): Promise<void> {
  await trx.insertInto('procedureSteps').values(row).execute();
}

export async function updateStep(trx: Transaction<Database>, stepId: string, changes: Updateable<ProcedureStepTable>): Promise<void> {
  await trx.updateTable('procedureSteps').set(changes).where('id', '=', stepId).execute();
}

/** Moves the procedure only if nobody else did since it was read (two users acting at once). */
export async function updateProcedureAtVersion(trx: Transaction<Database>, procedureId: string, version: number, changes: Updateable<ProcedureTable>): Promise<boolean> {
  const result = await trx.updateTable('procedures').set({ ...changes, version: version + 1 })
    .where('id', '=', procedureId).where('version', '=', version).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function insertObjection(trx: Transaction<Database>, row: Insertable<ProcedureObjectionTable>): Promise<void> {
  await trx.insertInto('procedureObjections').values(row).execute();
}

export async function updateObjection(trx: Transaction<Database>, objectionId: string, changes: Updateable<ProcedureObjectionTable>): Promise<void> {
  await trx.updateTable('procedureObjections').set(changes).where('id', '=', objectionId).execute();
}

/** Objections still open on a step the procedure is leaving by an upheld objection: they lapse with it. */
export async function supersedeOpenObjections(trx: Transaction<Database>, stepId: string, on: string): Promise<void> {
  await trx.updateTable('procedureObjections').set({ status: 'superseded', resolvedOn: on })
    .where('stepId', '=', stepId).where('status', '=', 'open').execute();
}

export async function countRegisteredInVillage(db: Executor, villageCode: string, year: number): Promise<{ registered: number; inProgress: number }> {
  const rows = await db.selectFrom('procedures').select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('kind', '=', 'identification').where('villageCode', '=', villageCode).where('year', '=', year)
    .where('status', 'in', ['completed', 'inProgress']).groupBy('status').execute();
  const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { registered: count('completed'), inProgress: count('inProgress') };
}
