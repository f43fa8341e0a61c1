import crypto from 'node:crypto';

const POOL_BYTES = 16 * 1024;
const pool = Buffer.alloc(POOL_BYTES);
let used = POOL_BYTES;

/**
 * Cryptographically random bytes from a pool refilled 16 KiB at a time: one call into the
 * system's generator per thousand IVs or row ids instead of one each (millions in an import).
 * The bytes are a view into the pool, valid until the next call: read or copy them at once.
 */
export function takeRandomBytes(count: number): Buffer {
  if (count > POOL_BYTES) return crypto.randomBytes(count);
  if (used + count > POOL_BYTES) {
    crypto.randomFillSync(pool);
    used = 0;
  }
  const bytes = pool.subarray(used, used + count);
  used += count;
  return bytes;
}
