import type SQLite from 'better-sqlite3';
import { sql, type Transaction } from 'kysely';
import type { Config } from '../../config/config.ts';
import { openDatabase, type DatabaseHandle } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { ColumnValues } from './import-column-mapping.ts';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The connection an import writes on. On SQLite a second connection of its own, so that while its
 * one long transaction runs the server's connection still answers reads (WAL lets them proceed);
 * on PostgreSQL the pool already gives every transaction its own connection.
 */
export function openImportWriteConnection(config: Config, main: DatabaseHandle): DatabaseHandle {
  if (main.kind !== 'sqlite') return { ...main, close: () => Promise.resolve() };
  return openDatabase(config.database);
}

/** Inserts rows that all have the same keys, inside the caller's transaction. */
export interface BulkInserter {
  insert(trx: Transaction<Database>, table: 'households' | 'members', rows: readonly ColumnValues[]): Promise<void>;
}

/** SQLite: prepared statements on the raw connection, whose transaction Kysely has opened. */
function createSqliteInserter(sqlite: SQLite.Database): BulkInserter {
  const statements = new Map<string, SQLite.Statement>();
  return {
    insert(_trx, table, rows) {
      const first = rows[0];
      if (!first) return Promise.resolve();
      if (!sqlite.inTransaction) throw new Error('import rows must be written inside a transaction');
      const keys = Object.keys(first);
      const id = `${table}(${keys.join(',')})`;
      let statement = statements.get(id);
      if (!statement) {
        statement = sqlite.prepare(`insert into ${table} (${keys.map(snake).join(', ')}) values (${keys.map(() => '?').join(', ')})`);
        statements.set(id, statement);
      }
      for (const row of rows) statement.run(keys.map((k) => row[k] ?? null));
      return Promise.resolve();
    },
  };
}

/** Rows per multi-row INSERT on PostgreSQL: well under its 65,535 bind parameters. */
const PG_ROWS_PER_INSERT = 500;

function createPostgresInserter(): BulkInserter {
  return {
    async insert(trx, table, rows) {
      const first = rows[0];
      if (!first) return;
      const keys = Object.keys(first);
      const columnList = sql.join(keys.map((k) => sql.ref(snake(k))));
      for (let i = 0; i < rows.length; i += PG_ROWS_PER_INSERT) {
        const values = rows.slice(i, i + PG_ROWS_PER_INSERT).map((row) => sql`(${sql.join(keys.map((k) => row[k] ?? null))})`);
        await sql`insert into ${sql.table(table)} (${columnList}) values ${sql.join(values)}`.execute(trx);
      }
    },
  };
}

export function createBulkInserter(database: DatabaseHandle): BulkInserter {
  return database.sqlite ? createSqliteInserter(database.sqlite) : createPostgresInserter();
}

export async function updateMemberColumns(trx: Transaction<Database>, memberId: string, columns: ColumnValues): Promise<void> {
  await trx.updateTable('members').set(columns).where('id', '=', memberId).execute();
}

/** Bumps the version only if it is still the one the check saw; false otherwise. */
export async function updateHouseholdColumns(trx: Transaction<Database>, householdId: string, version: number, columns: ColumnValues): Promise<boolean> {
  const result = await trx.updateTable('households').set({ ...columns, version: version + 1 }).where('id', '=', householdId).where('version', '=', version).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Members carry their household's village code (for region scoping), so a move takes them all along. */
export async function moveHouseholdMembers(trx: Transaction<Database>, householdId: string, villageCode: string): Promise<void> {
  await trx.updateTable('members').set({ villageCode }).where('householdId', '=', householdId).execute();
}

export async function isHouseholdAtVersion(trx: Transaction<Database>, householdId: string, version: number): Promise<boolean> {
  const row = await trx.selectFrom('households').select('version').where('id', '=', householdId).executeTakeFirst();
  return row?.version === version;
}

/** Takes the write lock first, so that the transaction never has to upgrade a stale read. */
export async function claimImportJob(trx: Transaction<Database>, jobId: string, at: string): Promise<void> {
  await trx.updateTable('importJobs').set({ status: 'importing', updatedAt: at }).where('id', '=', jobId).execute();
}
