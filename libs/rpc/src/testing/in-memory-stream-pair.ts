import type { ByteStream } from '../byte-stream.js';

export interface InMemoryStreamPairOptions {
  /** Chunks each direction buffers before the writer waits. Default 4. */
  highWaterChunks?: number;
  /**
   * Asked for every chunk written (`a-b`: written on the first stream, read on the second): false drops it, as a
   * link that lost its peer would. Default: everything is delivered.
   */
  deliver?(direction: 'a-b' | 'b-a'): boolean;
}

/**
 * Two connected `ByteStream`s in memory, for RPC tests without a network. Writes on one side are
 * read on the other; `cancel` on either side errors both directions for both sides, as a reset
 * transport would. Backpressure is real: each direction holds at most `highWaterChunks` chunks.
 */
export function createInMemoryStreamPair(options: InMemoryStreamPairOptions = {}): [ByteStream, ByteStream] {
  const highWaterMark = options.highWaterChunks ?? 4;
  const controllers: TransformStreamDefaultController<Uint8Array>[] = [];
  const pipe = (direction: 'a-b' | 'b-a') =>
    new TransformStream<Uint8Array, Uint8Array>(
      {
        start: (controller) => void controllers.push(controller),
        transform: (chunk, controller) => {
          if (options.deliver?.(direction) !== false) controller.enqueue(chunk);
        },
      },
      { highWaterMark },
      { highWaterMark },
    );
  const aToB = pipe('a-b');
  const bToA = pipe('b-a');
  const cancel = (reason?: unknown) => {
    for (const controller of controllers) {
      try {
        controller.error(reason ?? new Error('stream cancelled'));
      } catch {
        // already errored or closed
      }
    }
  };
  return [
    { readable: bToA.readable, writable: aToB.writable, cancel, peer: 'memory:b' },
    { readable: aToB.readable, writable: bToA.writable, cancel, peer: 'memory:a' },
  ];
}
