// A worker thread of the import's check: reads and checks chunks of rows, hashes and encrypts
// their ID numbers (see import-prepare.ts). Started by import-worker-pool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { createPersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { prepareHouseholdChunk, type HouseholdChunk } from './import-prepare.ts';
import type { WorkerReply, WorkerRequest } from './import-worker-pool.ts';

const { masterKey } = workerData as { masterKey: Uint8Array };
const cipher = createPersonalDataCipher(Buffer.from(masterKey));

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: request.id, result: prepareHouseholdChunk(request.chunk satisfies HouseholdChunk, cipher) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
