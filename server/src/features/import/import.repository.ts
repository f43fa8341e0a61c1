import { regionCodeRange } from '@fupin/core';
import type { Transaction, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { ImportJobTable } from '../../db/tables/imports.tables.ts';
import type { ImportProblem } from '@fupin/core';

type Executor = Db | Transaction<Database>;

/** Whether the registry holds any household at all (an index probe, not a count). */
export async function hasAnyHousehold(db: Executor): Promise<boolean> {
  return (await db.selectFrom('households').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Households by number, wherever they are: numbers are unique nationally; the caller checks the region. */
export function findHouseholdsByNo(db: Executor, numbers: readonly string[]) {
  if (numbers.length === 0) return Promise.resolve([]);
  return db.selectFrom('households').selectAll().where('householdNo', 'in', [...numbers]).execute();
}

/** The current members (not moved out) of these households. */
export function findCurrentMembersOf(db: Executor, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('members').selectAll().where('householdId', 'in', [...householdIds]).where('movedOutOn', 'is', null).execute();
}

/** Villages in a region subtree with this exact name ('' = everywhere). */
export function findVillagesNamed(db: Executor, name: string, root: string) {
  let query = db.selectFrom('regions').select(['code', 'name']).where('level', '=', 'village').where('name', '=', name);
  if (root !== '') {
    const { from, to } = regionCodeRange(root);
    query = query.where('code', '>=', from).where('code', '<', to);
  }
  return query.limit(20).execute();
}

export function findRegionByCode(db: Executor, code: string) {
  return db.selectFrom('regions').select(['code', 'name', 'level']).where('code', '=', code).executeTakeFirst();
}

export async function insertImportJob(db: Executor, job: Omit<ImportJobTable, 'rowsRead' | 'rowsValid' | 'rowsInvalid' | 'rowsWritten' | 'householdsNew' | 'householdsChanged' | 'householdsUnchanged' | 'householdsInvalid' | 'problemCount' | 'ignoredColumns'>): Promise<void> {
  await db.insertInto('importJobs').values(job).execute();
}

export type ImportJobUpdate = Omit<Updateable<ImportJobTable>, 'id' | 'regionCode' | 'actorId' | 'actorName' | 'createdAt'>;

export async function updateImportJob(db: Executor, id: string, changes: ImportJobUpdate): Promise<void> {
  await db.updateTable('importJobs').set(changes).where('id', '=', id).execute();
}

export function findImportJob(db: Executor, id: string) {
  return db.selectFrom('importJobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The actor's jobs in a region subtree, newest first. */
export function findImportJobs(db: Executor, actorRegion: string, limit: number) {
  let query = db.selectFrom('importJobs').selectAll().orderBy('createdAt', 'desc').limit(limit);
  if (actorRegion !== '') {
    const { from, to } = regionCodeRange(actorRegion);
    query = query.where((eb) => eb.or([eb('regionCode', '=', actorRegion), eb.and([eb('regionCode', '>=', from), eb('regionCode', '<', to)])]));
  }
  return query.execute();
}

export async function insertImportProblems(db: Executor, jobId: string, problems: readonly ImportProblem[]): Promise<void> {
  const rows = problems.map((p) => ({ jobId, sheet: p.sheet, rowNumber: p.row, columnLabel: p.column, value: p.value.slice(0, 500), code: p.code, message: p.message }));
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('importProblems').values(rows.slice(i, i + 500)).execute();
}

export async function deleteImportProblems(db: Executor, jobId: string): Promise<void> {
  await db.deleteFrom('importProblems').where('jobId', '=', jobId).execute();
}

export function findImportProblems(db: Executor, jobId: string, afterSeq: number, limit: number) {
  return db.selectFrom('importProblems').selectAll().where('jobId', '=', jobId).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}
