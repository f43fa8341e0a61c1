import type SQLite from 'better-sqlite3';
import { regionCodeRange } from '@fupin/core';
import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db, DatabaseHandle } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { DemoRows } from './demo-rows.ts';

export function findRegionByCode(db: Db, code: string) {
  return db.selectFrom('regions').select(['code', 'name', 'level']).where('code', '=', code).executeTakeFirst();
}

/** The townships and villages of a county, in code order. */
export function findCountyRegions(db: Db, countyCode: string) {
  const { from, to } = regionCodeRange(countyCode);
  return db.selectFrom('regions').select(['code', 'name', 'level', 'parentCode'])
    .where('code', '>=', from).where('code', '<', to)
    .where('level', 'in', ['township', 'village'])
    .orderBy('code').execute();
}

/** Whether the actor's region (narrowed to `regionCode`, '' for all) holds any household. */
export async function hasHouseholds(db: Db, actor: Actor, regionCode: string): Promise<boolean> {
  const row = await db.selectFrom('households').select('id').where(inActorRegion(actor, 'households', regionCode)).limit(1).executeTakeFirst();
  return row !== undefined;
}

const TABLES = ['households', 'members', 'incomes', 'basic_needs_checks'] as const;
type TableName = (typeof TABLES)[number];

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Writes demo rows inside the caller's transaction. */
export interface DemoRowWriter {
  write(trx: Transaction<Database>, batch: readonly DemoRows[]): Promise<void>;
}

/**
 * On SQLite: prepared statements on the raw connection, which Kysely's transaction has already
 * opened (one connection, so the rows land in that transaction). One statement per table, bound
 * positionally in the column order of the first row.
 */
function createSqliteWriter(sqlite: SQLite.Database): DemoRowWriter {
  const statements = new Map<TableName, { columns: string[]; statement: SQLite.Statement }>();
  const insertAll = (table: TableName, rows: readonly object[]) => {
    const first = rows[0];
    if (!first) return;
    let prepared = statements.get(table);
    if (!prepared) {
      const columns = Object.keys(first);
      const sql = `insert into ${table} (${columns.map(snake).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
      prepared = { columns, statement: sqlite.prepare(sql) };
      statements.set(table, prepared);
    }
    const { columns, statement } = prepared;
    for (const row of rows) {
      const record = row as Record<string, unknown>;
      statement.run(columns.map((c) => record[c]));
    }
  };
  return {
    write(_trx, batch) {
      if (!sqlite.inTransaction) throw new Error('demo rows must be written inside a transaction');
      insertAll('households', batch.map((b) => b.household));
      insertAll('members', batch.flatMap((b) => b.members));
      insertAll('incomes', batch.flatMap((b) => b.incomes));
      insertAll('basic_needs_checks', batch.flatMap((b) => b.checks));
      return Promise.resolve();
    },
  };
}

/** Rows per multi-row INSERT on PostgreSQL: well under its 65,535 bind parameters at ~36 columns. */
const PG_ROWS_PER_INSERT = 500;

async function insertInChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += PG_ROWS_PER_INSERT) await insert(rows.slice(i, i + PG_ROWS_PER_INSERT));
}

/** On PostgreSQL: multi-row INSERTs of a few hundred rows each. */
function createPostgresWriter(): DemoRowWriter {
  return {
    async write(trx, batch) {
      await insertInChunks(batch.map((b) => b.household), (rows) => trx.insertInto('households').values(rows).execute());
      await insertInChunks(batch.flatMap((b) => b.members), (rows) => trx.insertInto('members').values(rows).execute());
      await insertInChunks(batch.flatMap((b) => b.incomes), (rows) => trx.insertInto('incomes').values(rows).execute());
      await insertInChunks(batch.flatMap((b) => b.checks), (rows) => trx.insertInto('basicNeedsChecks').values(rows).execute());
    },
  };
}

export function createDemoRowWriter(database: DatabaseHandle): DemoRowWriter {
  return database.sqlite ? createSqliteWriter(database.sqlite) : createPostgresWriter();
}
