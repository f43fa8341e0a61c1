import type SQLite from 'better-sqlite3';
import { sql, type Transaction } from 'kysely';
import type { DatabaseConfig } from '../../config/config.ts';
import { openDatabase, type DatabaseHandle } from '../../db/database.ts';
import { dropIndex, readIndexDefinitions, withSmallSortRuns } from '../../db/deferred-indexes.ts';
import { reserveSerialKeys } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { ColumnValues } from './import-column-mapping.ts';
import { readStagedRow, type StagedTable, type StagedValue } from './import-staging.ts';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The connection an import writes on. On SQLite a second connection of its own, so that while its
 * one long transaction runs the server's connection still answers reads (WAL lets them proceed);
 * on PostgreSQL the server's pool already gives every transaction its own connection. A worker
 * thread, which has no connection of its own yet, always opens one.
 */
export function openImportWriteConnection(config: DatabaseConfig, main?: DatabaseHandle): DatabaseHandle {
  if (main && main.kind !== 'sqlite') return { ...main, close: () => Promise.resolve() };
  const connection = openDatabase(config);
  // A bounded page cache of 256 MiB (the server's is 64 MiB) for the length of the import: fewer
  // pages spilled and read back while millions of rows go in and their indexes are built.
  connection.sqlite?.pragma('cache_size = -262144');
  return connection;
}

/** Inserts rows of one table that all have the same columns, inside the caller's transaction. */
export interface BulkInserter {
  insert(trx: Transaction<Database>, table: 'households' | 'members', rows: StagedTable): Promise<void>;
}

/** SQLite: prepared statements on the raw connection, whose transaction Kysely has opened. */
function createSqliteInserter(sqlite: SQLite.Database): BulkInserter {
  const statements = new Map<string, SQLite.Statement>();
  return {
    insert(_trx, table, rows) {
      const { columns, count } = rows;
      if (count === 0) return Promise.resolve();
      if (!sqlite.inTransaction) throw new Error('import rows must be written inside a transaction');
      const id = `${table}(${columns.join(',')})`;
      let statement = statements.get(id);
      if (!statement) {
        statement = sqlite.prepare(`insert into ${table} (${columns.map(snake).join(', ')}) values (${columns.map(() => '?').join(', ')})`);
        statements.set(id, statement);
      }
      // better-sqlite3 binds the array's values at once: one array serves every row.
      const row: StagedValue[] = new Array<StagedValue>(columns.length);
      for (let r = 0; r < count; r++) statement.run(readStagedRow(rows, r, row));
      return Promise.resolve();
    },
  };
}

/** Rows per multi-row INSERT on PostgreSQL: well under its 65,535 bind parameters. */
const PG_ROWS_PER_INSERT = 500;

function createPostgresInserter(): BulkInserter {
  return {
    async insert(trx, table, rows) {
      const { columns, count } = rows;
      if (count === 0) return;
      const columnList = sql.join(columns.map((k) => sql.ref(snake(k))));
      for (let i = 0; i < count; i += PG_ROWS_PER_INSERT) {
        const values: ReturnType<typeof sql>[] = [];
        for (let r = i; r < Math.min(count, i + PG_ROWS_PER_INSERT); r++) values.push(sql`(${sql.join(readStagedRow(rows, r, []))})`);
        await sql`insert into ${sql.table(table)} (${columnList}) values ${sql.join(values)}`.execute(trx);
      }
    },
  };
}

export function createBulkInserter(database: DatabaseHandle): BulkInserter {
  return database.sqlite ? createSqliteInserter(database.sqlite) : createPostgresInserter();
}

/** Keys for the households and members a batch creates, reserved in the import's transaction. */
export async function reserveImportKeys(trx: Transaction<Database>, counts: { households: number; members: number }) {
  return { households: await reserveSerialKeys(trx, 'households', counts.households), members: await reserveSerialKeys(trx, 'members', counts.members) };
}

export async function updateMemberColumns(trx: Transaction<Database>, memberId: number, columns: ColumnValues): Promise<void> {
  await trx.updateTable('members').set(columns).where('id', '=', memberId).execute();
}

/** Bumps the version only if it is still the one the check saw; false otherwise. */
export async function updateHouseholdColumns(trx: Transaction<Database>, householdId: number, version: number, columns: ColumnValues): Promise<boolean> {
  const result = await trx.updateTable('households').set({ ...columns, version: version + 1 }).where('id', '=', householdId).where('version', '=', version).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Members carry their household's village code (for region scoping), so a move takes them all along. */
export async function moveHouseholdMembers(trx: Transaction<Database>, householdId: number, villageCode: string): Promise<void> {
  await trx.updateTable('members').set({ villageCode }).where('householdId', '=', householdId).execute();
}

export async function isHouseholdAtVersion(trx: Transaction<Database>, householdId: number, version: number): Promise<boolean> {
  const row = await trx.selectFrom('households').select('version').where('id', '=', householdId).executeTakeFirst();
  return row?.version === version;
}

/** Takes the write lock first, so that the transaction never has to upgrade a stale read. */
export async function claimImportJob(trx: Transaction<Database>, jobId: string, at: string): Promise<void> {
  await trx.updateTable('importJobs').set({ status: 'importing', updatedAt: at }).where('id', '=', jobId).execute();
}

/**
 * SQLite: drops the indexes of these tables (the ones a migration made, not those of primary
 * keys and unique columns) and returns what builds them again. Inside the import's transaction:
 * a rollback brings them back untouched. Building an index once from sorted rows is many times
 * faster than updating it for each of millions of inserted rows in random order.
 */
export function dropIndexesFor(sqlite: SQLite.Database, tables: readonly string[]): () => void {
  if (!sqlite.inTransaction) throw new Error('indexes may only be dropped inside the import\'s transaction');
  const indexes = readIndexDefinitions(sqlite, tables);
  for (const index of indexes) dropIndex(sqlite, index.name);
  return () => withSmallSortRuns(sqlite, () => {
    for (const index of indexes) sqlite.exec(index.sql);
  });
}

export async function countHouseholds(trx: Transaction<Database>): Promise<number> {
  const row = await trx.selectFrom('households').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
