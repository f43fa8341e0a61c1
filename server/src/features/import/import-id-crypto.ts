import fs from 'node:fs';
import type { HouseholdDraft } from '@fupin/core';
import type { Config } from '../../config/config.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { askInOrder, startTypeScriptWorker } from '../../workers/typescript-worker.ts';

/**
 * The keyed hashes and the encrypted values of a batch's ID numbers, by ID number. A member whose
 * ID number has no entry is hashed or encrypted by the check itself. An encrypted value serves one
 * member row: the check stages at most one new row per ID number in the whole file.
 */
export interface BatchIdCrypto {
  hashes: ReadonlyMap<string, string>;
  encrypted: ReadonlyMap<string, string>;
}

/** Computes batch after batch; answers come in the order asked. */
export interface IdCryptoSource {
  compute(idNumbers: readonly string[]): Promise<BatchIdCrypto>;
  close(): Promise<void>;
}

/** The worker's answer to one batch: values in the order of the ID numbers asked. */
export type IdCryptoReply = { hashes: string[]; encrypted: string[] } | { error: string };

/**
 * From this file size on the check hands the ID numbers to a worker thread. Starting one costs
 * about 0.8 s before its first answer (tsx and Kysely loaded on the worker, its own connection
 * for the key check); it takes about 50 µs a household off the calling thread. Measured on
 * 24 November (load 2–4): files of 5,000 households (2 MB of CSV) were checked 0.7–1.1 s sooner
 * on the calling thread alone; at 20,000 (8 MB) the two were about even (medians 5.8 s and
 * 6.2 s). An xlsx file holds more households a byte, so it reaches the worker later.
 */
const WORKER_FROM_BYTES = 8 * 1024 * 1024;

/** The ID numbers of a batch that can be valid (18 characters), each once. */
export function collectIdNumbers(drafts: readonly HouseholdDraft[]): string[] {
  const ids = new Set<string>();
  for (const d of drafts) {
    for (const m of d.members) {
      const id = m.values.idNumber;
      if (typeof id === 'string' && id.length === 18) ids.add(id);
    }
  }
  return [...ids];
}

export function hashAndEncryptIds(cipher: PersonalDataCipher, idNumbers: readonly string[]): { hashes: string[]; encrypted: string[] } {
  return { hashes: idNumbers.map((id) => cipher.hash(id)), encrypted: idNumbers.map((id) => cipher.encrypt(id)) };
}

/** On the calling thread: hashes only; the check encrypts the ID numbers of the rows it stages. */
function createInlineIdCrypto(cipher: PersonalDataCipher): IdCryptoSource {
  return {
    compute: (idNumbers) => Promise.resolve({ hashes: new Map(idNumbers.map((id) => [id, cipher.hash(id)])), encrypted: new Map() }),
    close: () => Promise.resolve(),
  };
}

function toBatchIdCrypto(idNumbers: readonly string[], reply: { hashes: string[]; encrypted: string[] }): BatchIdCrypto {
  const hashes = new Map<string, string>();
  const encrypted = new Map<string, string>();
  idNumbers.forEach((id, i) => {
    const hash = reply.hashes[i];
    const value = reply.encrypted[i];
    if (hash !== undefined) hashes.set(id, hash);
    if (value !== undefined) encrypted.set(id, value);
  });
  return { hashes, encrypted };
}

/** On a worker thread with the same key, found and checked as the calling thread found it. */
export function startIdCryptoWorker(config: Config): IdCryptoSource {
  const worker = startTypeScriptWorker(new URL('./import-id-crypto.worker.ts', import.meta.url), { workerData: config });
  const ask = askInOrder<readonly string[], Exclude<IdCryptoReply, { error: string }>>(worker, 'the ID-number encryption worker');
  return {
    compute: (idNumbers) => ask(idNumbers).then((reply) => toBatchIdCrypto(idNumbers, reply)),
    async close() {
      await worker.terminate();
    },
  };
}

/** A worker for a large file (or when `workerFromBytes` says so), the calling thread otherwise. */
export function openIdCryptoSource(config: Config, cipher: PersonalDataCipher, file: string, workerFromBytes = WORKER_FROM_BYTES): IdCryptoSource {
  // A missing file fails in the reader, as it always did.
  const bytes = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  return bytes >= workerFromBytes ? startIdCryptoWorker(config) : createInlineIdCrypto(cipher);
}
