import { OPEN_CASE_STATES } from '@fupin/core';
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { MonitoringCaseStepTable, MonitoringCaseTable } from '../../db/tables/monitoring-cases.tables.ts';

type Executor = Db | Transaction<Database>;

/** Measures that count as taken: in progress or completed, started on or after the case was discovered. */
export const TAKEN_MEASURE_STATUSES = ['inProgress', 'completed'] as const;

/** A case with its household, village and the counts its state and flags depend on. */
function selectCases(db: Executor) {
  return db.selectFrom('monitoringCases as c')
    .innerJoin('households as h', 'h.id', 'c.householdId')
    .leftJoin('regions as v', 'v.code', 'c.villageCode')
    .selectAll('c')
    .select(['h.householdNo', 'h.headName', 'v.name as villageName'])
    .select((eb) => [
      eb.selectFrom('assistanceMeasures as m').select(sql<number>`count(*)`.as('n'))
        .whereRef('m.householdId', '=', 'c.householdId').whereRef('m.startDate', '>=', 'c.discoveredOn')
        .where('m.status', 'in', TAKEN_MEASURE_STATUSES).as('measureCount'),
      eb.selectFrom('monitoringAlerts as a').select(sql<number>`count(*)`.as('n')).whereRef('a.caseId', '=', 'c.id').as('alertCount'),
    ]);
}
export type CaseRow = Awaited<ReturnType<ReturnType<typeof selectCases>['executeTakeFirstOrThrow']>>;

export function findCaseInScope(db: Executor, actor: Actor, caseId: string): Promise<CaseRow | undefined> {
  return selectCases(db).where('c.id', '=', caseId).where(inActorRegion(actor, 'c')).executeTakeFirst();
}

export interface CaseFilter {
  region?: string | undefined;
  states?: readonly string[] | undefined;
  type?: string | undefined;
  riskType?: string | undefined;
  channel?: string | undefined;
  householdId?: number | undefined;
  currentSteps?: readonly string[] | undefined;
}

function filtered(db: Db, actor: Actor, f: CaseFilter) {
  let q = selectCases(db).where(inActorRegion(actor, 'c', f.region));
  if (f.states) q = q.where('c.state', 'in', f.states.length ? f.states : ['']);
  if (f.type) q = q.where('c.type', '=', f.type);
  // Risks are a short JSON array of codes; a quoted code cannot match inside another code.
  if (f.riskType) q = q.where('c.risks', 'like', `%"${f.riskType}"%`);
  if (f.channel) q = q.where('c.channel', '=', f.channel);
  if (f.householdId) q = q.where('c.householdId', '=', f.householdId);
  if (f.currentSteps) q = q.where('c.currentStep', 'in', f.currentSteps.length ? f.currentSteps : ['']);
  return q;
}

export async function findCases(db: Db, actor: Actor, f: CaseFilter, limit: number, offset: number): Promise<{ total: number; items: CaseRow[] }> {
  const [count, items] = await Promise.all([
    filtered(db, actor, f).clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirst(),
    filtered(db, actor, f).orderBy('c.discoveredOn', 'desc').orderBy('c.id', 'desc').limit(limit).offset(offset).execute(),
  ]);
  return { total: Number(count?.n ?? 0), items };
}

/** Every case matching the filter (open cases of a region: a few thousand at most), for flags and counts. */
export function findAllCases(db: Db, actor: Actor, f: CaseFilter): Promise<CaseRow[]> {
  return filtered(db, actor, f).orderBy('c.discoveredOn', 'desc').orderBy('c.id', 'desc').execute();
}

/** Open cases, and cases included or closed in [from, to], for the counts. */
export function findCasesForCounts(db: Db, actor: Actor, region: string | undefined, from: string, to: string): Promise<CaseRow[]> {
  return selectCases(db).where(inActorRegion(actor, 'c', region)).where((eb) => eb.or([
    eb('c.state', 'in', OPEN_CASE_STATES),
    eb.and([eb('c.includedOn', '>=', from), eb('c.includedOn', '<=', to)]),
    eb.and([eb('c.closedOn', '>=', from), eb('c.closedOn', '<=', to)]),
  ])).execute();
}

export function findOpenCaseOf(db: Executor, householdId: number) {
  return db.selectFrom('monitoringCases').select(['id', 'state']).where('householdId', '=', householdId).where('state', 'in', OPEN_CASE_STATES).executeTakeFirst();
}

/** The household's last case (for the sequence and the link from a new case to the one before). */
export function findLastCaseOf(db: Executor, householdId: number) {
  return db.selectFrom('monitoringCases').select(['id', 'sequence']).where('householdId', '=', householdId).orderBy('sequence', 'desc').limit(1).executeTakeFirst();
}

export async function insertCase(trx: Transaction<Database>, row: Insertable<MonitoringCaseTable>): Promise<void> {
  await trx.insertInto('monitoringCases').values(row).execute();
}

/** Updates a case only at the version the caller read (0 rows means someone else changed it first). */
export async function updateCaseAtVersion(trx: Transaction<Database>, id: string, version: number, changes: Updateable<MonitoringCaseTable>): Promise<boolean> {
  const result = await trx.updateTable('monitoringCases').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertCaseStep(trx: Transaction<Database>, row: Insertable<MonitoringCaseStepTable>): Promise<void> {
  await trx.insertInto('monitoringCaseSteps').values(row).execute();
}

export async function decideCaseStepRow(trx: Transaction<Database>, caseId: string, step: string, changes: Updateable<MonitoringCaseStepTable>): Promise<void> {
  await trx.updateTable('monitoringCaseSteps').set(changes).where('caseId', '=', caseId).where('step', '=', step).where('decision', 'is', null).execute();
}

export function findCaseSteps(db: Executor, caseId: string) {
  return db.selectFrom('monitoringCaseSteps').selectAll().where('caseId', '=', caseId).orderBy('startedOn').orderBy('id').execute();
}

/** The household's measures since the case was discovered (all statuses, for the case page). */
export function findCaseMeasures(db: Executor, householdId: number, since: string) {
  return db.selectFrom('assistanceMeasures').select(['id', 'measureType', 'startDate', 'endDate', 'amount', 'status', 'createdAt', 'createdBy'])
    .where('householdId', '=', householdId).where('startDate', '>=', since).orderBy('startDate').orderBy('id').execute();
}

/** The open cases of these households (already scoped by the caller), for "my households". */
export function findOpenCasesOf(db: Db, householdIds: readonly number[]): Promise<CaseRow[]> {
  return selectCases(db).where('c.householdId', 'in', householdIds.length ? householdIds : [0]).where('c.state', 'in', OPEN_CASE_STATES).execute();
}

export async function countOpenAlertsOf(db: Db, householdIds: readonly number[]): Promise<Map<number, number>> {
  const rows = await db.selectFrom('monitoringAlerts').select(['householdId', sql<number>`count(*)`.as('n')])
    .where('householdId', 'in', householdIds.length ? householdIds : [0]).where('status', '=', 'open').groupBy('householdId').execute();
  return new Map(rows.map((r) => [r.householdId, Number(r.n)]));
}
