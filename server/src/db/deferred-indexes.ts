import type SQLite from 'better-sqlite3';

interface IndexDefinition {
  name: string;
  sql: string;
}

/**
 * The indexes of these tables that a migration made (not those of primary keys and unique columns,
 * which have no SQL of their own), with the statements that make them.
 */
export function readIndexDefinitions(sqlite: SQLite.Database, tables: readonly string[]): IndexDefinition[] {
  return sqlite.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${tables.map(() => '?').join(', ')}) order by name`)
    .all(...tables) as IndexDefinition[];
}

export function dropIndex(sqlite: SQLite.Database, name: string): void {
  sqlite.exec(`drop index "${name.replaceAll('"', '""')}"`);
}

/**
 * SQLite, before a bulk load that spans many transactions (the demo county): drops the indexes of
 * these tables and keeps their definitions in `deferred_indexes` until `buildDeferredIndexes` makes
 * them again. Building an index once from all its rows is many times faster than updating it for
 * each of millions of rows inserted in random order, and leaves its pages full where updating
 * leaves them about a tenth empty. Kept in a table, in the same transaction as the drop, so that a
 * load killed half-way gets its indexes back at the next start.
 */
export function deferIndexes(sqlite: SQLite.Database, tables: readonly string[]): void {
  sqlite.transaction(() => {
    const keep = sqlite.prepare('insert into deferred_indexes (name, sql) values (?, ?)');
    for (const index of readIndexDefinitions(sqlite, tables)) {
      keep.run(index.name, index.sql);
      dropIndex(sqlite, index.name);
    }
  })();
}

/**
 * Runs `work` (index builds over millions of rows) with SQLite's sorter cutting its input into runs
 * of 4 MiB, each sorted on a helper thread (up to two) while the connection's own thread reads on:
 * the sorter makes its runs as large as the page cache, so the cache is small for the builds and
 * set back after (its dirty pages go to the WAL first, as they would at commit). The eight registry indexes
 * over 1,000,000 households and 3,500,000 members: 8.2–8.5 s, against 12.3–14.5 s in one run of the
 * 256 MiB cache on one thread.
 */
export function withSmallSortRuns<T>(sqlite: SQLite.Database, work: () => T): T {
  const cacheSize = Number(sqlite.pragma('cache_size', { simple: true }));
  const threads = Number(sqlite.pragma('threads', { simple: true }));
  sqlite.pragma('cache_size = -4096');
  sqlite.pragma('threads = 2');
  try {
    return work();
  } finally {
    sqlite.pragma(`threads = ${threads}`);
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
}

/** Makes every deferred index again, each in its own transaction with the removal of its definition; returns their number. */
export function buildDeferredIndexes(sqlite: SQLite.Database): number {
  const deferred = sqlite.prepare('select name, sql from deferred_indexes order by name').all() as IndexDefinition[];
  const forget = sqlite.prepare('delete from deferred_indexes where name = ?');
  withSmallSortRuns(sqlite, () => {
    for (const index of deferred) {
      sqlite.transaction(() => {
        sqlite.exec(index.sql);
        forget.run(index.name);
      })();
    }
  });
  return deferred.length;
}
