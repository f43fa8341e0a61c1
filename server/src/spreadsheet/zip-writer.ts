import type { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { waitForDrain } from './wait-for-drain.ts';

/**
 * A zip archive written front to back onto a stream (PKWARE APPNOTE 6.3): each entry deflated as
 * it comes, its CRC and sizes in a data descriptor after the data, the central directory at the end.
 * Nothing is held back but the compressor's window, so an archive of any length streams in flat memory.
 */
export interface ZipWriter {
  /** A small entry whose whole content is at hand. */
  addFile(name: string, content: string): Promise<void>;
  /** A streamed entry: write chunks, wait for room, close it before the next entry. */
  openEntry(name: string): ZipEntryWriter;
  /** Writes the central directory; the caller ends the stream. */
  finish(): Promise<void>;
}

export interface ZipEntryWriter {
  write(chunk: Buffer): void;
  /** Resolves when the compressor and the output have taken what was written; false when the output went away. */
  whenReady(): Promise<boolean>;
  close(): Promise<void>;
}

interface CentralRecord { name: Buffer; flags: number; crc: number; compressedSize: number; size: number; offset: number }

const UTF8_NAMES = 0x0800;
const DATA_DESCRIPTOR = 0x0008;
const DEFLATE = 8;
const VERSION = 20;
/** Sizes and offsets above this need ZIP64, which these exports never reach (a sheet holds at most 1,000,000 rows). */
const MAX_32 = 0xffff_ffff;

/** MS-DOS date and time of the archive's entries (the format's only timestamp), in UTC. */
function dosDateTime(at: Date): { time: number; date: number } {
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1);
  const date = ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  return { time, date };
}

function assertFits(value: number, what: string): void {
  if (value > MAX_32) throw new Error(`zip ${what} ${value} needs ZIP64`);
}

export function createZipWriter(out: Writable, options: { level?: number; modifiedAt?: Date } = {}): ZipWriter {
  const level = options.level ?? 6;
  const { time, date } = dosDateTime(options.modifiedAt ?? new Date());
  const records: CentralRecord[] = [];
  let offset = 0;
  let isEntryOpen = false;

  const emit = (chunk: Buffer) => {
    offset += chunk.length;
    out.write(chunk);
  };

  function localHeader(name: Buffer, flags: number, crc: number, compressedSize: number, size: number): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    return Buffer.concat([header, name]);
  }

  function beginEntry(name: string): Buffer {
    if (isEntryOpen) throw new Error('a zip entry is still open');
    assertFits(offset, 'offset');
    return Buffer.from(name, 'utf8');
  }

  return {
    async addFile(name, content) {
      const nameBytes = beginEntry(name);
      const data = Buffer.from(content, 'utf8');
      const compressed = zlib.deflateRawSync(data, { level });
      const record = { name: nameBytes, flags: UTF8_NAMES, crc: zlib.crc32(data), compressedSize: compressed.length, size: data.length, offset };
      emit(localHeader(nameBytes, record.flags, record.crc, record.compressedSize, record.size));
      emit(compressed);
      records.push(record);
      await waitForDrain(out, out);
    },

    openEntry(name) {
      const nameBytes = beginEntry(name);
      isEntryOpen = true;
      const record: CentralRecord = { name: nameBytes, flags: UTF8_NAMES | DATA_DESCRIPTOR, crc: 0, compressedSize: 0, size: 0, offset };
      emit(localHeader(nameBytes, record.flags, 0, 0, 0));
      const deflate = zlib.createDeflateRaw({ level });
      deflate.on('data', (chunk: Buffer) => {
        record.compressedSize += chunk.length;
        offset += chunk.length;
      });
      // pipe() pauses the compressor while the output is full; the writer then waits on the compressor.
      deflate.pipe(out, { end: false });
      // A client that goes away leaves the compressor paused for good: free it.
      const onOutClose = () => deflate.destroy();
      out.once('close', onOutClose);
      return {
        write(chunk) {
          record.crc = zlib.crc32(chunk, record.crc);
          record.size += chunk.length;
          deflate.write(chunk);
        },
        whenReady: () => waitForDrain(deflate, out),
        async close() {
          if (out.destroyed) throw new Error('the output closed before the zip entry was complete');
          const ended = new Promise<void>((resolve, reject) => {
            deflate.once('end', resolve);
            deflate.once('error', reject);
            // After 'end' this no longer matters; before it, the output went away.
            deflate.once('close', () => reject(new Error('the output closed before the zip entry was complete')));
          });
          deflate.end();
          await ended;
          out.off('close', onOutClose);
          deflate.unpipe(out);
          assertFits(record.size, 'entry size');
          assertFits(record.compressedSize, 'compressed size');
          const descriptor = Buffer.alloc(16);
          descriptor.writeUInt32LE(0x08074b50, 0);
          descriptor.writeUInt32LE(record.crc, 4);
          descriptor.writeUInt32LE(record.compressedSize, 8);
          descriptor.writeUInt32LE(record.size, 12);
          emit(descriptor);
          records.push(record);
          isEntryOpen = false;
        },
      };
    },

    async finish() {
      const start = offset;
      for (const r of records) {
        const header = Buffer.alloc(46);
        header.writeUInt32LE(0x02014b50, 0);
        header.writeUInt16LE(VERSION, 4);
        header.writeUInt16LE(VERSION, 6);
        header.writeUInt16LE(r.flags, 8);
        header.writeUInt16LE(DEFLATE, 10);
        header.writeUInt16LE(time, 12);
        header.writeUInt16LE(date, 14);
        header.writeUInt32LE(r.crc, 16);
        header.writeUInt32LE(r.compressedSize, 20);
        header.writeUInt32LE(r.size, 24);
        header.writeUInt16LE(r.name.length, 28);
        header.writeUInt32LE(r.offset, 42);
        emit(Buffer.concat([header, r.name]));
      }
      assertFits(offset, 'central directory offset');
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(records.length, 8);
      end.writeUInt16LE(records.length, 10);
      end.writeUInt32LE(offset - start, 12);
      end.writeUInt32LE(start, 16);
      emit(end);
      await waitForDrain(out, out);
    },
  };
}
