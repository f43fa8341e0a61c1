import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../../db/database.ts';
import { inValueList, selectJsonRows } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { FeedRecordTable } from '../../db/tables/monitoring.tables.ts';

type Db = Kysely<Database>;

/** A matched row as it should be stored: `id` is used only if its key is new. */
export type FeedRecordWrite = Omit<FeedRecordTable, 'kind' | 'batchId' | 'createdAt' | 'updatedAt'>;

export interface FeedBatchStamp { kind: string; batchId: string; at: string }

export interface FeedApplyCounts { inserted: number; updated: number; unchanged: number }

/**
 * Writes a batch's matched rows inside the caller's transaction: a new key is inserted, a key sent
 * before with other content takes the new content and the batch (its id and first arrival stay),
 * a key sent before with the same content is left alone.
 */
export type FeedRecordWriter = (trx: Db, batch: FeedBatchStamp, rows: readonly FeedRecordWrite[]) => Promise<FeedApplyCounts>;

const COLUMNS = [
  'id', 'rowKey', 'memberId', 'householdId', 'villageCode', 'eventDate', 'amount', 'amount2', 'code', 'detail', 'contentHash',
] as const satisfies readonly (keyof FeedRecordWrite & keyof FeedRecordTable)[];

/** Keys per lookup: one JSON parameter each. */
const SQLITE_LOOKUP_CHUNK = 10_000;

/**
 * SQLite: the stored content hashes of the batch's keys are read by one statement per 10,000 keys
 * (SQLite sorts the list and walks the key index in order), then plain prepared inserts and updates
 * run on the raw connection, whose transaction Kysely has opened. (An upsert per row costs about
 * 2.5 times a plain insert here: the conflict target is searched before every insert.)
 */
function createSqliteWriter(sqlite: SQLite.Database): FeedRecordWriter {
  const statements = lazyStatements(sqlite);
  return (_trx, batch, rows) => {
    if (!sqlite.inTransaction) throw new Error('feed records must be written inside a transaction');
    const { lookup, insert, update } = statements();
    const stored = new Map<string, string>();
    for (let i = 0; i < rows.length; i += SQLITE_LOOKUP_CHUNK) {
      const keys = JSON.stringify(rows.slice(i, i + SQLITE_LOOKUP_CHUNK).map((r) => r.rowKey));
      for (const r of lookup.iterate(batch.kind, keys)) stored.set(r.rowKey, r.contentHash);
    }
    const counts: FeedApplyCounts = { inserted: 0, updated: 0, unchanged: 0 };
    for (const r of rows) {
      const before = stored.get(r.rowKey);
      if (before === r.contentHash) {
        counts.unchanged += 1;
      } else if (before === undefined) {
        insert.run(r.id, batch.kind, r.rowKey, batch.batchId, r.memberId, r.householdId, r.villageCode,
          r.eventDate, r.amount, r.amount2, r.code, r.detail, r.contentHash, batch.at, batch.at);
        counts.inserted += 1;
      } else {
        update.run(batch.batchId, r.memberId, r.householdId, r.villageCode, r.eventDate, r.amount, r.amount2,
          r.code, r.detail, r.contentHash, batch.at, batch.kind, r.rowKey);
        counts.updated += 1;
      }
    }
    return Promise.resolve(counts);
  };
}

function lazyStatements(sqlite: SQLite.Database) {
  let prepared: ReturnType<typeof prepareStatements> | undefined;
  return () => (prepared ??= prepareStatements(sqlite));
}

function prepareStatements(sqlite: SQLite.Database) {
  return {
    lookup: sqlite.prepare<[string, string], { rowKey: string; contentHash: string }>(
      'select row_key as rowKey, content_hash as contentHash from feed_records where kind = ? and row_key in (select value from json_each(?))'),
    insert: sqlite.prepare(`insert into feed_records (id, kind, row_key, batch_id, member_id, household_id, village_code,
      event_date, amount, amount2, code, detail, content_hash, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    update: sqlite.prepare(`update feed_records set batch_id = ?, member_id = ?, household_id = ?, village_code = ?, event_date = ?,
      amount = ?, amount2 = ?, code = ?, detail = ?, content_hash = ?, updated_at = ? where kind = ? and row_key = ?`),
  };
}

/** Rows per lookup and per write statement on PostgreSQL: a few MB of JSON in one parameter. */
const PG_CHUNK = 5000;

/**
 * PostgreSQL: the stored content hashes of the keys are read first (one array parameter per
 * chunk), then the new and changed rows go in as one JSON parameter per chunk.
 */
function createPostgresWriter(): FeedRecordWriter {
  return async (trx, batch, rows) => {
    const counts: FeedApplyCounts = { inserted: 0, updated: 0, unchanged: 0 };
    const constants = { kind: batch.kind, batchId: batch.batchId, createdAt: batch.at, updatedAt: batch.at };
    const columns = [...COLUMNS, ...Object.keys(constants)] as (keyof FeedRecordTable)[];
    for (let i = 0; i < rows.length; i += PG_CHUNK) {
      const part = rows.slice(i, i + PG_CHUNK);
      const stored = new Map((await trx.selectFrom('feedRecords').select(['rowKey', 'contentHash'])
        .where('kind', '=', batch.kind).where(inValueList(trx, 'feedRecords.rowKey', part.map((r) => r.rowKey))).execute())
        .map((r) => [r.rowKey, r.contentHash]));
      const writes = part.filter((r) => {
        const before = stored.get(r.rowKey);
        if (before === r.contentHash) counts.unchanged += 1;
        else if (before === undefined) counts.inserted += 1;
        else counts.updated += 1;
        return before !== r.contentHash;
      });
      if (writes.length === 0) continue;
      await trx.insertInto('feedRecords').columns(columns)
        .expression(selectJsonRows(trx, 'feedRecords', COLUMNS, writes, constants))
        .onConflict((oc) => oc.columns(['kind', 'rowKey']).doUpdateSet((eb) => ({
          batchId: eb.ref('excluded.batchId'), memberId: eb.ref('excluded.memberId'), householdId: eb.ref('excluded.householdId'),
          villageCode: eb.ref('excluded.villageCode'), eventDate: eb.ref('excluded.eventDate'), amount: eb.ref('excluded.amount'),
          amount2: eb.ref('excluded.amount2'), code: eb.ref('excluded.code'), detail: eb.ref('excluded.detail'),
          contentHash: eb.ref('excluded.contentHash'), updatedAt: eb.ref('excluded.updatedAt'),
        })))
        .execute();
    }
    return counts;
  };
}

const writers = new WeakMap<DatabaseHandle, FeedRecordWriter>();

/** The writer for this database (its prepared statement is kept with the connection). */
export function feedRecordWriterFor(database: DatabaseHandle): FeedRecordWriter {
  let writer = writers.get(database);
  if (!writer) {
    writer = database.sqlite ? createSqliteWriter(database.sqlite) : createPostgresWriter();
    writers.set(database, writer);
  }
  return writer;
}
