import type { ImportProblem } from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import type { DatabaseConfig } from '../../config/config.ts';
import { startTypeScriptWorker } from '../../workers/typescript-worker.ts';
import type { ImportJobUpdate } from './import.repository.ts';
import { ImportStale, type WriteJob, type WriteOptions } from './import-write.ts';

/*
 * The one-pass import (the command line's): the check runs on the calling thread and a worker
 * thread writes each batch of valid households as soon as it is checked, in one transaction
 * that commits only once the whole file is checked, and rolls back if the check fails or is
 * cancelled. Nothing is visible to anyone before the whole file has been checked; the two
 * halves of the work just run side by side on two cores.
 */

export interface OnePassInput {
  database: DatabaseConfig;
  actor: Actor;
  job: WriteJob;
  at: string;
  options: Pick<WriteOptions, 'failAfterHouseholds' | 'rebuildIndexesFrom'>;
}

export type OnePassRequest =
  | { type: 'batch'; frame: Uint8Array }
  | { type: 'problems'; problems: readonly ImportProblem[] }
  | { type: 'finish'; job: ImportJobUpdate }
  | { type: 'abort' };

export type OnePassReply =
  | { type: 'written'; rowsWritten: number; batches: number }
  | { type: 'committed'; rowsWritten: number }
  | { type: 'rolledBack'; error: string | null; isStale: boolean };

/** Batches sent ahead of the writer at most: the check waits rather than queue the file in memory. */
const BATCHES_AHEAD = 4;

export interface OnePassWriter {
  /** Hands a staged batch (a staging frame) to the writer; waits while it is far behind. */
  stage(frame: Buffer): Promise<void>;
  report(problems: readonly ImportProblem[]): void;
  /** The check is over: the job's final counts go in and everything commits. */
  finish(job: ImportJobUpdate): Promise<{ rowsWritten: number }>;
  /** Rolls everything back (a failed or cancelled check); safe to call after a failure. */
  abort(): Promise<void>;
}

export function startOnePassWriter(input: OnePassInput, onProgress: (rowsWritten: number) => void): OnePassWriter {
  const worker = startTypeScriptWorker(new URL('./import-one-pass.worker.ts', import.meta.url), { workerData: input });
  let sent = 0;
  let written = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let settle: ((reply: OnePassReply) => void) | undefined;
  const ended = new Promise<OnePassReply>((resolve) => {
    settle = resolve;
  });
  const fail = (error: Error) => {
    failure ??= error;
    wake?.();
  };
  worker.on('message', (reply: OnePassReply) => {
    if (reply.type === 'written') {
      written = reply.batches;
      onProgress(reply.rowsWritten);
      wake?.();
      return;
    }
    if (reply.type === 'rolledBack' && reply.error !== null) fail(reply.isStale ? new ImportStale(reply.error) : new Error(reply.error));
    settle?.(reply);
  });
  worker.on('error', (error) => {
    fail(error);
    settle?.({ type: 'rolledBack', error: error.message, isStale: false });
  });
  worker.on('exit', (code) => settle?.({ type: 'rolledBack', error: `the import writer stopped (exit code ${code})`, isStale: false }));
  const post = (request: OnePassRequest) => worker.postMessage(request);

  async function end(request: OnePassRequest): Promise<OnePassReply> {
    post(request);
    const reply = await ended;
    await worker.terminate();
    return reply;
  }

  return {
    async stage(frame) {
      while (!failure && sent - written >= BATCHES_AHEAD) await new Promise<void>((resolve) => { wake = resolve; });
      if (failure) throw failure;
      sent += 1;
      // Copied, not transferred: the staging file's stream may still hold the same bytes.
      post({ type: 'batch', frame });
    },
    report(problems) {
      if (problems.length > 0) post({ type: 'problems', problems });
    },
    async finish(job) {
      const reply = await end({ type: 'finish', job });
      if (reply.type === 'committed') return { rowsWritten: reply.rowsWritten };
      throw failure ?? new Error('the import writer stopped before it committed');
    },
    async abort() {
      await end({ type: 'abort' });
    },
  };
}
