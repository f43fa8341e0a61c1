import type ExcelJS from 'exceljs';

type Method = (...args: unknown[]) => unknown;

function wrapMethod(target: object, name: string, wrap: (original: Method) => Method): void {
  const original: unknown = Reflect.get(target, name);
  if (typeof original !== 'function') throw new Error(`ExcelJS's workbook reader has no ${name}; check the ExcelJS version`);
  const bound = (...args: unknown[]): unknown => Reflect.apply(original, target, args);
  Reflect.set(target, name, wrap(bound));
}

async function* decodeUtf8(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') yield chunk;
    else if (chunk instanceof Uint8Array) yield decoder.decode(chunk, { stream: true });
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/**
 * ExcelJS's streaming reader decodes every chunk of the zipped XML on its own, so a Chinese
 * character (three bytes in UTF-8) that straddles two chunks turns into '��'. This hands the
 * reader text decoded across chunk boundaries instead: the shared strings as a stream with its
 * encoding set, each worksheet through a streaming decoder.
 */
export function decodeAcrossChunks(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  wrapMethod(reader, '_parseSharedStrings', (original) => (entry) => {
    if (typeof entry === 'object' && entry !== null && 'setEncoding' in entry && typeof entry.setEncoding === 'function') entry.setEncoding('utf8');
    return original(entry);
  });
  wrapMethod(reader, '_parseWorksheet', (original) => (iterator, sheetNo) => original(isAsyncIterable(iterator) ? decodeUtf8(iterator) : iterator, sheetNo));
}
