import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../config/config.ts';
import { openReadingDatabase } from '../../db/database.ts';
import { loadPersonalDataCipher } from '../../security/encryption-key.ts';
import { hashAndEncryptIds, type IdCryptoReply } from './import-id-crypto.ts';

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The worker side of startIdCryptoWorker: answers each batch of ID numbers with their hashes and encrypted values. */
async function serveIdCrypto(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('import-id-crypto.worker.ts runs only as a worker thread');
  const config = workerData as Config;
  // The same key, found and checked the same way as the calling thread's (config or key file), on a
  // connection that only reads: the import's writer may already hold its transaction.
  const database = openReadingDatabase(config.database);
  const cipher = await loadPersonalDataCipher(database.db, { configuredKey: config.encryptionKey, dataDir: config.dataDir }).finally(() => database.close());
  port.on('message', (idNumbers: string[]) => {
    let reply: IdCryptoReply;
    try {
      reply = hashAndEncryptIds(cipher, idNumbers);
    } catch (error) {
      reply = { error: describeError(error) };
    }
    port.postMessage(reply);
  });
}

serveIdCrypto().catch((error: unknown) => {
  parentPort?.postMessage({ error: describeError(error) } satisfies IdCryptoReply);
});
