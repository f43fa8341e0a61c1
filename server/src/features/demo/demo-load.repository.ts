import type SQLite from 'better-sqlite3';
import { regionCodeRange } from '@fupin/core';
import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db, DatabaseHandle } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { reserveSerialKeys } from '../../db/dialect.ts';
import { assignDemoKeys, DEMO_TABLES, type DemoBatch, type DemoTable } from './demo-batch.ts';

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

/** Whether no household at all is registered, in any region. */
export async function isRegistryEmpty(db: Db): Promise<boolean> {
  return (await db.selectFrom('households').select('id').limit(1).executeTakeFirst()) === undefined;
}

/** Writes a batch of demo rows inside the caller's transaction. */
export interface DemoRowWriter {
  write(trx: Transaction<Database>, batch: DemoBatch): Promise<void>;
}

/**
 * On SQLite: prepared statements on the raw connection, which Kysely's transaction has already
 * opened (one connection, so the rows land in that transaction), bound with the packed arrays.
 */
function createSqliteWriter(sqlite: SQLite.Database): DemoRowWriter {
  const statements = new Map<string, SQLite.Statement>();
  const statementFor = (table: DemoTable, columns: readonly string[]) => {
    const key = `${table}(${columns.join(',')})`;
    let statement = statements.get(key);
    if (!statement) {
      statement = sqlite.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
      statements.set(key, statement);
    }
    return statement;
  };
  return {
    write(_trx, batch) {
      if (!sqlite.inTransaction) throw new Error('demo rows must be written inside a transaction');
      for (const table of DEMO_TABLES) {
        const { columns, rows } = batch[table];
        if (rows.length === 0) continue;
        const statement = statementFor(table, columns);
        for (const row of rows) statement.run(row);
      }
      return Promise.resolve();
    },
  };
}

/** Rows per multi-row INSERT on PostgreSQL: well under its 65,535 bind parameters at ~36 columns. */
const PG_ROWS_PER_INSERT = 500;

/** On PostgreSQL: multi-row INSERTs of a few hundred rows each. */
function createPostgresWriter(): DemoRowWriter {
  return {
    async write(trx, batch) {
      for (const table of DEMO_TABLES) {
        const { columns, rows } = batch[table];
        const columnList = sql.join(columns.map((c) => sql.ref(c)));
        for (let i = 0; i < rows.length; i += PG_ROWS_PER_INSERT) {
          const values = rows.slice(i, i + PG_ROWS_PER_INSERT).map((row) => sql`(${sql.join(row)})`);
          await sql`insert into ${sql.table(table)} (${columnList}) values ${sql.join(values)}`.execute(trx);
        }
      }
    },
  };
}

/**
 * Gives the query planner statistics for the freshly filled tables. Without them SQLite cannot
 * tell that a name prefix is far more selective than a county-wide region range, and scans the
 * whole county for every search.
 */
export async function analyzeRegistryTables(database: DatabaseHandle): Promise<void> {
  if (database.kind === 'postgres') {
    await sql`analyze households, members, incomes, basic_needs_checks`.execute(database.db);
    return;
  }
  for (const table of DEMO_TABLES) await sql`analyze ${sql.table(table)}`.execute(database.db);
}

export function createDemoRowWriter(database: DatabaseHandle): DemoRowWriter {
  const writer = database.sqlite ? createSqliteWriter(database.sqlite) : createPostgresWriter();
  return {
    async write(trx, batch) {
      assignDemoKeys(batch, {
        households: await reserveSerialKeys(trx, 'households', batch.households.rows.length),
        members: await reserveSerialKeys(trx, 'members', batch.members.rows.length),
      });
      await writer.write(trx, batch);
    },
  };
}
