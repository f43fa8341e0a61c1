import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import type { ReaderAnswer, ReaderRequest } from './sqlite-reader.ts';

/**
 * The worker side of the SQLite reader: its own read-only connection to the file, on which it runs
 * each statement it is sent, in the order sent, and answers with the rows or with why it failed
 * (a failed statement fails that request alone).
 */
function serveReads(): void {
  const port = parentPort;
  if (!port) throw new Error('sqlite-reader.worker.ts runs only as a worker thread');
  const { file } = workerData as { file: string };
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  port.on('message', ({ sql, parameters }: ReaderRequest) => {
    try {
      const statement = sqlite.prepare(sql);
      if (!statement.reader) throw new Error('the reader runs only statements that return rows');
      port.postMessage({ rows: statement.all(...parameters) } satisfies ReaderAnswer);
    } catch (error) {
      port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies ReaderAnswer);
    }
  });
}

serveReads();
