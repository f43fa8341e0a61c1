import fs from 'node:fs';

/** A row as read: its number as a spreadsheet would show it (1-based) and its cells as text. */
export interface CsvRow {
  number: number;
  cells: string[];
}

const SNIFF_BYTES = 64 * 1024;

/**
 * UTF-8 when the file says so (a byte-order mark) or when its first 64 KiB decode as UTF-8;
 * otherwise GBK, what Excel writes for "CSV" on a Chinese Windows.
 */
export async function detectCsvEncoding(file: string): Promise<'utf-8' | 'gbk'> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
    // A multi-byte character may be cut at the end of the sample: drop up to three trailing bytes.
    for (let cut = 0; cut <= Math.min(3, head.length); cut++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
        return 'utf-8';
      } catch {
        if (bytesRead < SNIFF_BYTES) break;
      }
    }
    return 'gbk';
  } finally {
    await handle.close();
  }
}

/** Splits one complete CSV record (quotes balanced) into its fields. */
function splitQuotedRecord(record: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i];
    if (quoted) {
      if (ch === '"') {
        if (record[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

const countQuotes = (line: string) => {
  let n = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) n++;
  return n;
};

/**
 * Streams a CSV file record by record (RFC 4180: quoted fields may hold commas, quotes and line
 * breaks), decoding UTF-8 or GBK. A line without quotes (almost all of them) is split at its commas
 * in one native call; only a line with a quote goes through the full parser, joined with the lines
 * that follow it until its quotes are balanced. Memory holds one chunk.
 */
export async function* readCsvRows(file: string, signal?: AbortSignal): AsyncGenerator<CsvRow> {
  const encoding = await detectCsvEncoding(file);
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  let rest = '';
  let pending = '';
  let pendingQuotes = 0;
  let number = 0;
  /** A line that has a quote, or continues a quoted field: the record it completes, if any. */
  function takeQuoted(text: string): CsvRow | undefined {
    pending = pending === '' ? text : `${pending}\n${text}`;
    pendingQuotes += countQuotes(text);
    if (pendingQuotes % 2 === 1) return undefined;
    number++;
    const record = pending;
    pending = '';
    pendingQuotes = 0;
    return { number, cells: splitQuotedRecord(record) };
  }
  const take = (line: string): CsvRow | undefined => {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (pending === '' && !text.includes('"')) {
      number++;
      return { number, cells: text.split(',') };
    }
    return takeQuoted(text);
  };
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    if (signal?.aborted) return;
    const text = rest + decoder.decode(chunk as Buffer, { stream: true });
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const row = take(line);
      if (row) yield row;
    }
  }
  rest += decoder.decode();
  if (rest !== '') {
    const row = take(rest);
    if (row) yield row;
  }
  if (pending !== '') {
    number++;
    yield { number, cells: splitQuotedRecord(pending) };
  }
}
