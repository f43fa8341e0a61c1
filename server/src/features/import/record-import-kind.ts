import type { ImportProblem, ImportProblemCode, Permission, RecordImportKind, RowValues } from '@fupin/core';
import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import type { Db } from '../../db/database.ts';
import type { Database, HouseholdRow } from '../../db/schema.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { insertRecordChange, type RecordChange } from '../history/record-changes.repository.ts';
import { IMPORT_SOURCE } from './import-write.ts';

/** How each record import (incomes, checks, pairings, measures) checks and writes its rows; the file handling is shared. */

export type Executor = Db | Transaction<Database>;

/** A data row whose household was found in the actor's region. */
export interface RecordRow {
  sheet: string;
  row: number;
  values: RowValues;
  texts: Record<string, string>;
  problems: ImportProblem[];
  household: HouseholdRow;
  /** The column's header as the file has it. */
  label(key: string): string;
  /** Whether the sheet has the column at all (a missing column leaves an existing record's value as it is). */
  has(key: string): boolean;
}

export interface PlanEnv {
  db: Executor;
  actor: Actor;
  cipher: PersonalDataCipher;
  today: string;
  /** Time stamp of the writes. */
  at: string;
}

/** What a valid row does: add a record, change one, or nothing; `apply` writes it inside the import's transaction. */
export interface RowPlan {
  outcome: 'new' | 'changed' | 'unchanged';
  apply?: (trx: Transaction<Database>) => Promise<void>;
}

/**
 * Plans rows batch by batch. A planner lives for one pass over the file and remembers what earlier
 * rows planned, so rules across rows (a key twice, overlapping periods, a cadre's load) see them
 * the same way in the check (nothing written) and in the import (earlier rows already written).
 */
export interface RecordPlanner {
  plan(env: PlanEnv, rows: readonly RecordRow[]): Promise<(RowPlan | undefined)[]>;
}

export interface RecordImportHandler {
  kind: RecordImportKind;
  /** What writing this kind needs beside registry:import. */
  permission: Permission;
  /** The audit's entity for the records. */
  entityType: string;
  title: { zh: string; en: string };
  /** The first line of the template's instructions. */
  intro: { zh: string; en: string };
  createPlanner(): RecordPlanner;
}

export function addProblem(row: RecordRow, key: string, code: ImportProblemCode, message: string): void {
  row.problems.push({ sheet: row.sheet, row: row.row, column: row.label(key), value: row.texts[key] ?? '', code, message });
}

/** The value of a column as text, or null (blank or missing). */
export const textOf = (row: RecordRow, key: string): string | null => {
  const v = row.values[key];
  return typeof v === 'string' && v !== '' ? v : null;
};

export const numberOf = (row: RecordRow, key: string): number | null => {
  const v = row.values[key];
  return typeof v === 'number' ? v : null;
};

/** A before/after image in the household's history, with the import as its source. */
export function recordImportChange(trx: Transaction<Database>, env: PlanEnv, household: Pick<HouseholdRow, 'id' | 'villageCode'>,
  change: Pick<RecordChange, 'entityType' | 'entityId' | 'action' | 'before' | 'after'>) {
  return insertRecordChange(trx, {
    ...change, householdId: household.id, villageCode: household.villageCode, changedAt: env.at,
    actorId: env.actor.userId, actorName: env.actor.username, source: IMPORT_SOURCE,
  });
}

/** Remembers keys already planned in this pass; true when the key was seen before. */
export function createKeySet() {
  const seen = new Set<string>();
  return (key: string): boolean => {
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  };
}
