import { parentPort, workerData } from 'node:worker_threads';
import { openReadingDatabase } from '../../db/database.ts';
import { loadPersonalDataCipher } from '../../security/encryption-key.ts';
import { createInlineBatchSource, type DemoWorkerInput, type DemoWorkerReply } from './demo-batches.ts';

/** The worker side of createWorkerBatchSource: answers each 'next' with the next batch. */
async function serveBatches(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('demo.worker.ts runs only as a worker thread');
  const { plan, config } = workerData as DemoWorkerInput;
  // The same key, found and checked the same way as the main thread's (config or key file), on a
  // connection that only reads: the load may already be writing.
  const database = openReadingDatabase(config.database);
  const cipher = await loadPersonalDataCipher(database.db, { configuredKey: config.encryptionKey, dataDir: config.dataDir }).finally(() => database.close());
  const source = createInlineBatchSource(plan, cipher);
  port.on('message', () => {
    source.next().then(
      (batch) => port.postMessage({ json: batch ? JSON.stringify(batch) : null } satisfies DemoWorkerReply),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies DemoWorkerReply),
    );
  });
}

serveBatches().catch((error: unknown) => {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies DemoWorkerReply);
});
