import { PostgresDialect, PostgresIntrospector, sql, type DatabaseIntrospector, type Kysely, type TableMetadata } from 'kysely';

interface ColumnRow {
  table: string;
  tableKind: string;
  column: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
}

/**
 * Kysely's own introspector reads the tables of every schema and calls pg_get_serial_sequence on
 * each of their columns; when another schema's table is dropped meanwhile (one test dropping its
 * schema while another migrates its own), that call fails with "relation … does not exist". The
 * migrator only asks whether its bookkeeping tables exist, so tables are read from the connection's
 * current schema alone, without functions that look the relation up again.
 */
class CurrentSchemaIntrospector extends PostgresIntrospector {
  readonly #db: Kysely<unknown>;

  constructor(db: Kysely<unknown>) {
    super(db);
    this.#db = db;
  }

  override async getTables(): Promise<TableMetadata[]> {
    const { rows } = await sql<ColumnRow & { schema: string }>`
      select c.relname as "table", c.relkind as "tableKind", ns.nspname as "schema", a.attname as "column",
             t.typname as "type", a.attnotnull as "notNull", a.atthasdef as "hasDefault"
      from pg_catalog.pg_class c
      join pg_catalog.pg_namespace ns on ns.oid = c.relnamespace
      join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      join pg_catalog.pg_type t on t.oid = a.atttypid
      where ns.nspname = current_schema() and c.relkind in ('r', 'v', 'p')
      order by c.relname, a.attnum`.execute(this.#db);
    const tables = new Map<string, TableMetadata & { columns: TableMetadata['columns'][number][] }>();
    for (const row of rows) {
      let table = tables.get(row.table);
      if (!table) {
        table = { name: row.table, schema: row.schema, isView: row.tableKind === 'v', columns: [] };
        tables.set(row.table, table);
      }
      table.columns.push({
        name: row.column, dataType: row.type, isNullable: !row.notNull, hasDefaultValue: row.hasDefault, isAutoIncrementing: false,
      });
    }
    return [...tables.values()];
  }
}

/** PostgreSQL whose introspection sees only the connection's current schema (see above). */
export class PostgresSchemaDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new CurrentSchemaIntrospector(db);
  }
}
