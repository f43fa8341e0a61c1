import type { Worker } from 'node:worker_threads';
import {
  SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type CompiledQuery, type DatabaseConnection, type DatabaseIntrospector,
  type Dialect, type Driver, type Kysely, type QueryResult,
} from 'kysely';
import { askInOrder, startTypeScriptWorker } from '../workers/typescript-worker.ts';

export interface ReaderRequest { sql: string; parameters: readonly unknown[] }
export type ReaderAnswer = { rows: unknown[] } | { failed: string };

/**
 * Queries run on a worker thread with its own read-only connection to the SQLite file: reads that
 * go on beside the main connection's work. better-sqlite3 runs a statement on the thread that
 * calls it, so two statements on the main thread take turns however they are awaited; the
 * monitoring scan's feed rules read here while its income rules write their findings there.
 * No transactions: each query reads what was committed when it started.
 */
export class SqliteReaderDialect implements Dialect {
  readonly #file: string;

  constructor(file: string) {
    this.#file = file;
  }

  createAdapter(): SqliteAdapter { return new SqliteAdapter(); }
  createDriver(): Driver { return new SqliteReaderDriver(this.#file); }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector { return new SqliteIntrospector(db); }
  createQueryCompiler(): SqliteQueryCompiler { return new SqliteQueryCompiler(); }
}

interface ReaderWorker { thread: Worker; ask: (request: ReaderRequest) => Promise<ReaderAnswer> }

const noTransactions = (): Promise<never> => Promise.reject(new Error('the SQLite reader runs no transactions'));

/** Starts the worker on the first query (most processes never read through it) and after it stopped. */
class SqliteReaderDriver implements Driver {
  readonly #file: string;
  #worker: ReaderWorker | undefined;
  #pending = 0;

  constructor(file: string) {
    this.#file = file;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return {
      executeQuery: <R>(query: CompiledQuery) => this.#read<R>(query),
      streamQuery: () => { throw new Error('the SQLite reader does not stream'); },
    };
  }

  async #read<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const worker = this.#started();
    // Held open only while it has work: an idle reader never keeps the process alive.
    if (this.#pending++ === 0) worker.thread.ref();
    try {
      const answer = await worker.ask({ sql: query.sql, parameters: query.parameters });
      if ('failed' in answer) throw new Error(`reading query failed: ${answer.failed}`);
      return { rows: answer.rows as R[] };
    } finally {
      if (--this.#pending === 0) worker.thread.unref();
    }
  }

  #started(): ReaderWorker {
    if (this.#worker) return this.#worker;
    const thread = startTypeScriptWorker(new URL('./sqlite-reader.worker.ts', import.meta.url), { workerData: { file: this.#file } });
    const worker: ReaderWorker = { thread, ask: askInOrder<ReaderRequest, ReaderAnswer>(thread, 'SQLite reader') };
    thread.once('exit', () => { if (this.#worker === worker) this.#worker = undefined; });
    thread.unref();
    this.#worker = worker;
    return worker;
  }

  beginTransaction = noTransactions;
  commitTransaction = noTransactions;
  rollbackTransaction = noTransactions;
  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    await this.#worker?.thread.terminate();
    this.#worker = undefined;
  }
}
