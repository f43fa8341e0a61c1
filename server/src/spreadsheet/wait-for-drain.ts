import type { Writable } from 'node:stream';

/**
 * Resolves once `stream` has room again (true), or false when `output` (the stream the bytes end up
 * in, by default the same one) closed first: the reader went away.
 */
export function waitForDrain(stream: Writable, output: Writable = stream): Promise<boolean> {
  if (output.destroyed) return Promise.resolve(false);
  if (!stream.writableNeedDrain) return Promise.resolve(true);
  return new Promise((resolve) => {
    const settle = (hasRoom: boolean) => () => {
      stream.off('drain', onDrain);
      output.off('close', onClose);
      resolve(hasRoom);
    };
    const onDrain = settle(true);
    const onClose = settle(false);
    stream.on('drain', onDrain);
    output.on('close', onClose);
  });
}
