import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';

/** The one place where SQLite and PostgreSQL differ in schema or SQL. */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-incrementing integer primary key that both engines understand. */
export function addSerialKey<T extends string, C extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T, C>, name: string): CreateTableBuilder<T, C> {
  return isPostgres(db)
    ? table.addColumn(name, 'bigserial', (c: ColumnDefinitionBuilder) => c.primaryKey())
    : table.addColumn(name, 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement());
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
export function inValueList<DB>(db: Kysely<DB>, column: string, values: readonly string[]): RawBuilder<SqlBool> {
  const ref = sql.ref(column);
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<SqlBool>`${ref} = any(${[...values]})`
    : sql<SqlBool>`${ref} in (select value from json_each(${JSON.stringify(values)}))`;
}
