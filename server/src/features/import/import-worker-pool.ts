import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HouseholdChunk, PreparedChunk } from './import-prepare.ts';

export interface WorkerRequest {
  id: number;
  chunk: HouseholdChunk;
}

export type WorkerReply = { id: number; result: PreparedChunk } | { id: number; error: string };

/** A chunk a worker could not prepare: which rows, and why. Nothing of the import is written. */
export class ImportWorkerError extends Error {}

export interface PreparePool {
  readonly size: number;
  prepare(chunk: HouseholdChunk): Promise<PreparedChunk>;
  close(): Promise<void>;
}

/** One worker per processor the process may use (the main thread reads the file and queries the registry meanwhile). */
export const defaultPoolSize = () => Math.max(1, os.availableParallelism());

/**
 * The sources are TypeScript, run through tsx: a worker registers it before it loads its entry
 * (a worker's own --import does not reach its entry module on every Node version we support).
 */
// The ESM build of tsx's API (the package's require entry resolves, its import entry sits beside it).
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const WORKER_ENTRY = new URL('./import-check.worker.ts', import.meta.url).href;
const WORKER_BOOT = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_ENTRY)}); });`;

const rowsOf = (chunk: HouseholdChunk) => `${chunk.sheet} rows ${chunk.rows[0]?.number ?? '?'}–${chunk.rows.at(-1)?.number ?? '?'}`;

/**
 * Worker threads that prepare chunks of an import (read, check, hash, encrypt), each chunk to
 * the least busy worker. A chunk that fails rejects with an ImportWorkerError naming its rows; a
 * worker that dies rejects everything it held. The workers get the personal-data master key in
 * memory, never through a file or the environment.
 */
export function createPreparePool(masterKey: Buffer, size = defaultPoolSize()): PreparePool {
  interface Pending { resolve(result: PreparedChunk): void; reject(error: Error): void; where: string }
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { masterKey: new Uint8Array(masterKey) } });
    const pending = new Map<number, Pending>();
    const state = { worker, pending, stopped: undefined as Error | undefined };
    worker.on('message', (reply: WorkerReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if ('error' in reply) job.reject(new ImportWorkerError(`the check of ${job.where} failed: ${reply.error}`));
      else job.resolve(reply.result);
    });
    const failAll = (error: Error) => {
      state.stopped ??= error;
      for (const job of pending.values()) job.reject(new ImportWorkerError(`the check of ${job.where} failed: ${error.message}`));
      pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`its worker thread stopped (exit code ${code})`)));
    return state;
  });
  let nextId = 0;
  return {
    size,
    prepare(chunk) {
      const target = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<PreparedChunk>((resolve, reject) => {
        if (target.stopped) {
          reject(new ImportWorkerError(`the check of ${rowsOf(chunk)} failed: ${target.stopped.message}`));
          return;
        }
        target.pending.set(id, { resolve, reject, where: rowsOf(chunk) });
        target.worker.postMessage({ id, chunk } satisfies WorkerRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
