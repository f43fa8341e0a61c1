import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, type QueryExecutorProvider, type RawBuilder, type SqlBool, type Transaction } from 'kysely';

/** Anything that runs queries (a Kysely instance or a transaction), to tell the engine by. */
type EngineOf = { getExecutor(): { adapter: unknown } };

/** The one place where SQLite and PostgreSQL differ in schema or SQL. */
export function isPostgres(db: EngineOf): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

const onPostgres = isPostgres;

/** An auto-incrementing integer primary key that both engines understand. */
export function addSerialKey<T extends string, C extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T, C>, name: string): CreateTableBuilder<T, C> {
  return isPostgres(db)
    ? table.addColumn(name, 'bigserial', (c: ColumnDefinitionBuilder) => c.primaryKey())
    : table.addColumn(name, 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement());
}

/** An index under a new name: renamed on PostgreSQL; dropped and made again on SQLite, which cannot rename one. */
export async function renameIndex(db: Kysely<unknown>, from: string, to: string, on: { table: string; columns: readonly string[]; isUnique?: boolean }): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter index ${sql.id(from)} rename to ${sql.id(to)}`.execute(db);
    return;
  }
  await db.schema.dropIndex(from).execute();
  const index = db.schema.createIndex(to).on(on.table).columns([...on.columns]);
  await (on.isUnique ? index.unique() : index).execute();
}

/** A table constraint under a new name; SQLite's constraints made by the schema builder have no names to change. */
export async function renameConstraint(db: Kysely<unknown>, table: string, from: string, to: string): Promise<void> {
  if (isPostgres(db)) await sql`alter table ${sql.table(table)} rename constraint ${sql.id(from)} to ${sql.id(to)}`.execute(db);
}

/**
 * `count` new keys for a table with a serial `id` (households, members), reserved inside the
 * caller's write transaction so that bulk writers can link rows before inserting them: from the
 * table's sequence on PostgreSQL, after the largest key on SQLite (one writer at a time).
 */
export async function reserveSerialKeys(db: QueryExecutorProvider, table: 'households' | 'members', count: number): Promise<number[]> {
  if (count <= 0) return [];
  if (isPostgres(db)) {
    const { rows } = await sql<{ id: number }>`select nextval(pg_get_serial_sequence(${table}, 'id')) as id from generate_series(1, ${count})`.execute(db);
    return rows.map((r) => Number(r.id));
  }
  const { rows } = await sql<{ last: number | null }>`select max(id) as last from ${sql.table(table)}`.execute(db);
  const last = Number(rows[0]?.last ?? 0);
  return Array.from({ length: count }, (_, i) => last + 1 + i);
}

/** Money in fen and large counts: bigint on PostgreSQL (parsed back to number), integer on SQLite. */
export const MONEY = 'bigint' as const;

/** Case-sensitive prefix match that can use a plain B-tree index on both engines. */
export function prefixRange(prefix: string): { from: string; to: string } {
  return { from: prefix, to: prefix + '\uffff' };
}

/** Cast of a text expression to the engine's integer type. */
export function castInteger(expression: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`cast(${expression} as integer)`;
}

/**
 * `column in (values)` with the whole list bound as one parameter (a JSON array on SQLite, an array
 * on PostgreSQL), so that a lookup of thousands of keys is one short statement.
 */
export function inValueList<DB>(db: Kysely<DB>, column: string, values: readonly (string | number)[]): RawBuilder<SqlBool> {
  const ref = sql.ref(column);
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<SqlBool>`${ref} = any(${[...values]})`
    : sql<SqlBool>`${ref} in (select value from json_each(${JSON.stringify(values)}))`;
}

const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);

/**
 * Many rows as one JSON parameter, read back as `select <columns> … where true`: the source of an
 * insert (or upsert) of thousands of rows in one short statement, without a bound value per cell.
 * `columns` are the camelCase names as in the schema (`table` gives their types on PostgreSQL);
 * `constants` are the same in every row, written once as literals after them (trusted values only).
 * (`where true` lets SQLite tell an upsert's ON CONFLICT from a join's ON.)
 */
export function selectJsonRows<DB, R extends object>(
  db: Kysely<DB>, table: string, columns: readonly (keyof R & string)[], rows: readonly R[],
  constants: Readonly<Record<string, string | number | null>> = {},
): RawBuilder<unknown> {
  const fixed = Object.entries(constants).map(([c, v]) => sql`${v === null ? sql`null` : sql.lit(v)} as ${sql.ref(c)}`);
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const json = JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [snakeCase(c), row[c] ?? null]))));
    const selected = [...columns.map((c) => sql.ref(c)), ...fixed];
    return sql`select ${sql.join(selected)} from json_populate_recordset(null::${sql.table(table)}, ${json}::json) where true`;
  }
  // Arrays, not objects: SQLite extracts each cell by position from a shorter text.
  const json = JSON.stringify(rows.map((row) => columns.map((c) => row[c] ?? null)));
  const selected = [...columns.map((c, i) => sql`value ->> ${sql.lit(i)} as ${sql.ref(c)}`), ...fixed];
  return sql`select ${sql.join(selected)} from json_each(${json}) where true`;
}

/**
 * `table as alias`, read through `index` on SQLite: its planner judges from sampled statistics
 * (`analysis_limit`) and can take a narrower index that makes a full-region pass many times slower.
 * PostgreSQL chooses by itself.
 */
export function tableUsingIndex(db: EngineOf, table: string, alias: string, index: string): RawBuilder<unknown> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql`${sql.table(table)} as ${sql.table(alias)}`
    : sql`${sql.table(table)} as ${sql.table(alias)} indexed by ${sql.id(index)}`;
}

/** A JSON array built in SQL (json_array on SQLite, json_build_array on PostgreSQL). */
export function jsonArrayOf(db: EngineOf, values: readonly RawBuilder<unknown>[]): RawBuilder<unknown> {
  return onPostgres(db) ? sql`json_build_array(${sql.join(values)})` : sql`json_array(${sql.join(values)})`;
}

/** The JSON array of an aggregate's values in the given order, as text. */
export function jsonArrayAggText(db: EngineOf, value: RawBuilder<unknown>, orderBy: RawBuilder<unknown>): RawBuilder<string> {
  return onPostgres(db)
    ? sql<string>`coalesce(json_agg(${value} order by ${orderBy})::text, '[]')`
    : sql<string>`json_group_array(${value} order by ${orderBy})`;
}

/** The JSON array, as text, of an aggregate's values on the rows where `where` holds, in the given order ('[]' for none). */
export function jsonArrayAggWhereText(db: EngineOf, value: RawBuilder<unknown>, where: RawBuilder<unknown>, orderBy: RawBuilder<unknown>): RawBuilder<string> {
  return onPostgres(db)
    ? sql<string>`coalesce((json_agg(${value} order by ${orderBy}) filter (where ${where}))::text, '[]')`
    : sql<string>`json_group_array(${value} order by ${orderBy}) filter (where ${where})`;
}

/** A non-negative integer as `width` lower-case hex digits. */
export function hexDigits(db: EngineOf, value: RawBuilder<unknown>, width: number): RawBuilder<string> {
  return onPostgres(db)
    ? sql<string>`lpad(to_hex(${value}), ${sql.lit(width)}, '0')`
    : sql<string>`printf(${sql.lit(`%0${width}x`)}, ${value})`;
}

/**
 * A number for each row of `alias` (a table read whole), unique within the statement: SQLite's
 * rowid, free; PostgreSQL's tables have none, so the row's number in the scan (on SQLite such a
 * window function first copied every row of the statement into a temporary table).
 */
export function rowNumberOf(db: EngineOf, alias: string): RawBuilder<number> {
  return onPostgres(db) ? sql<number>`row_number() over ()` : sql<number>`${sql.ref(`${alias}.rowid`)}`;
}

/**
 * A transaction whose writes skip SQLite's foreign-key look-ups: for bulk writes of rows derived
 * only from rows that already hold those references (a scan's alerts come from incomes and feed
 * records, each a checked reference to its household; households are never deleted). Each look-up
 * reads the parent's table page, so 195,980 new alerts read most of a 1,000,000-household table:
 * about 0.4 s of a 3 s scan. SQLite can switch the checks only outside a transaction, so the
 * connection is held for the whole of it and the checks are on again before anything else runs on
 * it. PostgreSQL keeps its checks (switching them off there needs a superuser).
 */
export async function transactionWithoutForeignKeyChecks<DB, T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (isPostgres(db)) return db.transaction().execute(work);
  return db.connection().execute(async (connection) => {
    await sql`pragma foreign_keys = off`.execute(connection);
    try {
      return await connection.transaction().execute(work);
    } finally {
      await sql`pragma foreign_keys = on`.execute(connection);
    }
  });
}
