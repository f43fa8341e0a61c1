import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config/config.ts';
import { PostgresSchemaDialect } from './postgres-schema-dialect.ts';
import { SqliteReaderDialect } from './sqlite-reader.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

// bigint (int8) and numeric counts come back as strings by default; fen amounts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseConfig['kind'];
  /** The raw SQLite connection, for bulk loads and online backup; undefined on PostgreSQL. */
  sqlite: SQLite.Database | undefined;
  /**
   * For reads that should go on beside the main connection's work: on SQLite a worker thread with
   * its own read-only connection (sqlite-reader.ts), on PostgreSQL the pool itself.
   */
  reader: Db;
  close(): Promise<void>;
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('cache_size = -65536');
    // Keep planner statistics fresh (a bounded ANALYZE where needed): without them, searches on a
    // registry filled through the API fall back to scanning the county.
    sqlite.pragma('analysis_limit = 400');
    sqlite.pragma('optimize = 0x10002');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
    const reader = new Kysely<Database>({ dialect: new SqliteReaderDialect(config.file), plugins: [new CamelCasePlugin()] });
    return { db, kind: 'sqlite', sqlite, reader, close: async () => { await reader.destroy(); await db.destroy(); } };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresSchemaDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return { db, kind: 'postgres', sqlite: undefined, reader: db, close: () => db.destroy() };
}

/**
 * SQLite: a connection that only reads, opened without the pragmas that may write (WAL is already
 * the file's own mode; statistics are the read-write connections' business), so that it opens
 * at once even while another connection holds a long write transaction (an import's). On
 * PostgreSQL an ordinary pool.
 */
export function openReadingDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.kind !== 'sqlite') return openDatabase(config);
  const sqlite = new SQLite(config.file, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
  return { db, kind: 'sqlite', sqlite, reader: db, close: () => db.destroy() };
}
