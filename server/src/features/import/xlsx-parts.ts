import type { ZipEntry } from './xlsx-zip.ts';
import { openZipEntry } from './xlsx-zip.ts';

/** Small helpers for the XML parts of an xlsx workbook, read as text with regular expressions. */

/** An optional namespace prefix (`x:row` as some generators write it). */
export const NS = '(?:[A-Za-z_][\\w.-]*:)?';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: '\'' };

/** XML character and entity references to text. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** The value of an attribute in a start tag's text (any namespace prefix when `prefixed`). */
export function attribute(tag: string, name: string, prefixed = false): string | undefined {
  const match = new RegExp(`\\s${prefixed ? '[A-Za-z_][\\w.-]*:' : ''}${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  if (!match) return undefined;
  return decodeXml(match[1] ?? match[2] ?? '');
}

const TEXT_RUN = new RegExp(`<${NS}t(?:\\s[^>]*)?>([\\s\\S]*?)</${NS}t>`, 'g');
const PHONETIC = new RegExp(`<${NS}rPh\\b[\\s\\S]*?</${NS}rPh>`, 'g');

/** The text of a shared or inline string: its runs joined, phonetic guides (rPh) left out. */
export function stringItemText(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(PHONETIC, '') : xml;
  let text = '';
  for (const match of body.matchAll(TEXT_RUN)) text += match[1] ?? '';
  return decodeXml(text);
}

/** An entry's text, decoded as UTF-8 across chunk boundaries, a chunk at a time. */
export async function* readEntryText(file: string, entry: ZipEntry, signal?: AbortSignal): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of await openZipEntry(file, entry)) {
    if (signal?.aborted) return;
    if (typeof chunk === 'string') yield chunk;
    else yield decoder.decode(chunk, { stream: true });
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

/** A whole (small) part: the workbook, its relationships, the styles. */
export async function readWholeEntry(file: string, entry: ZipEntry | undefined): Promise<string> {
  if (!entry) return '';
  let text = '';
  for await (const chunk of readEntryText(file, entry)) text += chunk;
  return text;
}

/**
 * Cuts a stream of text into complete elements: everything from each `start` match to the
 * matching `end` (or a self-closing start tag). Only the unfinished element is kept between chunks.
 */
export async function* readElements(chunks: AsyncIterable<string>, name: string): AsyncGenerator<string> {
  const start = new RegExp(`<${NS}${name}[\\s/>]`, 'g');
  let pending = '';
  let closing = `</${name}>`;
  for await (const chunk of chunks) {
    pending += chunk;
    let from = 0;
    for (;;) {
      start.lastIndex = from;
      const open = start.exec(pending);
      if (!open) {
        // Keep a possible partial start tag.
        from = Math.max(from, pending.length - name.length - 40);
        break;
      }
      const tagEnd = pending.indexOf('>', open.index);
      if (tagEnd < 0) {
        from = open.index;
        break;
      }
      if (pending[tagEnd - 1] === '/') {
        yield pending.slice(open.index, tagEnd + 1);
        from = tagEnd + 1;
        continue;
      }
      const prefix = open[0].slice(1, open[0].length - name.length - 1);
      closing = `</${prefix}${name}>`;
      const close = pending.indexOf(closing, tagEnd);
      if (close < 0) {
        from = open.index;
        break;
      }
      yield pending.slice(open.index, close + closing.length);
      from = close + closing.length;
    }
    pending = pending.slice(from);
  }
}
