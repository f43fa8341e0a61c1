import { v7 as uuidv7 } from 'uuid';
import { takeRandomBytes } from '../security/random-pool.ts';

/**
 * UUIDv7 row identifiers for bulk work (feed records, the scan's alerts, the demo county's checks;
 * households and members have integer keys, see `reserveSerialKeys`): the same
 * format as `uuid`'s v7 (time first, then a counter that keeps ids of one millisecond in order,
 * then random bits), with the random part taken from a pool: one call into the system's
 * generator per id would cost seconds at millions of rows.
 */
export function createRowIdFactory(now: () => number = Date.now): () => string {
  let msecs = -Infinity;
  let seq = 0;
  return () => {
    const random = takeRandomBytes(16);
    const t = now();
    if (t > msecs) {
      msecs = t;
      // 30 random bits leave room to count up within the millisecond.
      seq = random.readUInt32BE(6) & 0x3fffffff;
    } else {
      seq = (seq + 1) | 0;
    }
    return uuidv7({ msecs, seq, random });
  };
}

/** The process's shared row-id sequence. */
export const newRowId = createRowIdFactory();
