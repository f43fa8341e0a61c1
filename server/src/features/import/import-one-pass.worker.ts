import { parentPort, workerData } from 'node:worker_threads';
import { insertImportProblems, updateImportJob } from './import.repository.ts';
import { ImportCancelled } from './import-check.ts';
import type { OnePassInput, OnePassReply, OnePassRequest } from './import-one-pass.ts';
import { decodeStagedBatch, type StagedBatch } from './import-staging.ts';
import { ImportStale, writeStagedBatches } from './import-write.ts';
import { claimImportJob, openImportWriteConnection } from './import-write.repository.ts';

/** The worker side of startOnePassWriter: one transaction over every batch the check sends. */
async function writeOnePass(port: NonNullable<typeof parentPort>, input: OnePassInput): Promise<OnePassReply> {
  const queue: OnePassRequest[] = [];
  let arrived: (() => void) | undefined;
  port.on('message', (request: OnePassRequest) => {
    queue.push(request);
    arrived?.();
  });
  const nextRequest = async (): Promise<OnePassRequest> => {
    for (;;) {
      const request = queue.shift();
      if (request) return request;
      await new Promise<void>((resolve) => { arrived = resolve; });
    }
  };

  const connection = openImportWriteConnection(input.database);
  let batches = 0;
  try {
    const rowsWritten = await connection.db.transaction().execute(async (trx) => {
      await claimImportJob(trx, input.job.id, input.at);
      let finish: Extract<OnePassRequest, { type: 'finish' }> | undefined;
      // The check's batches in order; its problems go in between, into the same transaction.
      async function* receive(): AsyncGenerator<StagedBatch> {
        for (;;) {
          const request = await nextRequest();
          if (request.type === 'abort') throw new ImportCancelled();
          if (request.type === 'finish') {
            finish = request;
            return;
          }
          if (request.type === 'problems') await insertImportProblems(trx, input.job.id, request.problems);
          else yield decodeStagedBatch(Buffer.from(request.frame.buffer, request.frame.byteOffset + 4, request.frame.byteLength - 4));
        }
      }
      const target = { connection, actor: input.actor, job: input.job, at: input.at };
      const result = await writeStagedBatches(trx, target, receive(), {
        ...input.options,
        onProgress: (written) => port.postMessage({ type: 'written', rowsWritten: written, batches: ++batches } satisfies OnePassReply),
      });
      if (!finish) throw new Error('the check ended without its counts');
      await updateImportJob(trx, input.job.id, { ...finish.job, status: 'imported', rowsWritten: result.rowsWritten });
      return result.rowsWritten;
    });
    return { type: 'committed', rowsWritten };
  } catch (error) {
    if (error instanceof ImportCancelled) return { type: 'rolledBack', error: null, isStale: false };
    return { type: 'rolledBack', error: error instanceof Error ? error.message : String(error), isStale: error instanceof ImportStale };
  } finally {
    await connection.close();
  }
}

const port = parentPort;
if (!port) throw new Error('import-one-pass.worker.ts runs only as a worker thread');
port.postMessage(await writeOnePass(port, workerData as OnePassInput));
