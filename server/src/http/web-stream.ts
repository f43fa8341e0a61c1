import type { PassThrough } from 'node:stream';
import { ReadableStream } from 'node:stream/web';

/**
 * A file being written as a web stream the HTTP layer can send. It pulls from the Node stream only
 * as the client reads (so the writer waits for a slow client), and a client that goes away stops it.
 */
export function toWebStream(out: PassThrough): ReadableStream<Uint8Array> {
  // The failure is logged where it happens; the stream only has to end.
  out.on('error', () => undefined);
  const chunks = out[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value as Buffer);
    },
    async cancel() {
      await chunks.return?.();
      out.destroy();
    },
  });
}
