import fs from 'node:fs';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { AppError } from '../../errors/app-error.ts';

/** One file inside a zip archive (an xlsx workbook is one), as its central directory lists it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const notAWorkbook = (why: string) => new AppError('VALIDATION_FAILED', `the file is not a readable xlsx workbook (${why})`, { field: 'file' });

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

async function readAt(handle: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The entries of a zip file, read from its central directory at the end (the rows are not read). */
export async function readZipEntries(file: string): Promise<Map<string, ZipEntry>> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { size } = await handle.stat();
    // The end record is 22 bytes plus a comment of up to 64 KiB.
    const tailStart = Math.max(0, size - 22 - 0xffff);
    const tail = await readAt(handle, tailStart, size - tailStart);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        end = i;
        break;
      }
    }
    if (end < 0) throw notAWorkbook('no zip directory');
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff) throw notAWorkbook('zip64 archives are not supported');
    const directory = await readAt(handle, directoryOffset, directorySize);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw notAWorkbook('damaged zip directory');
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      entries.set(name, {
        name, method: directory.readUInt16LE(at + 10), compressedSize: directory.readUInt32LE(at + 20), localHeaderOffset: directory.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** The bytes of one entry, inflated, as a stream: nothing of it is held but the chunk in hand. */
export async function openZipEntry(file: string, entry: ZipEntry): Promise<NodeJS.ReadableStream> {
  const handle = await fs.promises.open(file, 'r');
  let header: Buffer;
  try {
    header = await readAt(handle, entry.localHeaderOffset, 30);
  } finally {
    await handle.close();
  }
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw notAWorkbook(`damaged entry ${entry.name}`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = fs.createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw notAWorkbook(`entry ${entry.name} is compressed with method ${entry.method}`);
  const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  raw.on('error', (error) => inflate.destroy(error));
  inflate.on('error', () => raw.destroy());
  return raw.pipe(inflate);
}
