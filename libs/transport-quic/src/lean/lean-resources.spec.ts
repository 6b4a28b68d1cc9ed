import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ByteStream } from '@switchyard/rpc';
import { QuicConnection } from '../quic-dialer.js';
import { QuicListener } from '../quic-listener.js';
import { LOOPBACK_MAX_UDP_PAYLOAD_BYTES } from '../quic-options.js';
import { createDevTls, type TlsMaterial } from '../tls.js';

// What the lean engine holds for its peers stays bounded: a peer that never reads gets no more than its flow-control
// window, whichever end it is, and thousands of connections dialled and closed leave nothing behind. Over real
// QUIC on 127.0.0.1, both ends in this process.

let tls: TlsMaterial;
const cleanups: Array<() => Promise<unknown>> = [];
beforeAll(async () => {
  tls = await createDevTls(['localhost', '127.0.0.1']);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await QuicConnection.releaseSocket();
});

const lean = { engine: 'lean' as const, maxUdpPayloadBytes: LOOPBACK_MAX_UDP_PAYLOAD_BYTES };
const WINDOW = 64 * 1024;
const CHUNK = 16 * 1024;

/** Byte `i` of the pattern a writer sends: its offset in the stream, so reordering, loss or repetition show. */
const patterned = (offset: number, length: number) => Uint8Array.from({ length }, (_, i) => (offset + i) % 251);

/**
 * Writes `first`, then patterned chunks until stopped; `accepted` counts the patterned bytes whose write resolved.
 */
function writeUntilStopped(stream: ByteStream, first?: Uint8Array) {
  const writer = stream.writable.getWriter();
  const state = { accepted: 0, pending: false, stopped: false, error: undefined as unknown };
  void (async () => {
    if (first) await writer.write(first);
    while (!state.stopped) {
      state.pending = true;
      await writer.write(patterned(state.accepted, CHUNK));
      state.pending = false;
      state.accepted += CHUNK;
    }
  })().catch((error: unknown) => (state.error = error));
  return state;
}

/** Reads `stream` until `bytes` have come, checking each against the pattern. */
async function readPattern(stream: ByteStream, bytes: number): Promise<number> {
  const reader = stream.readable.getReader();
  let offset = 0;
  while (offset < bytes) {
    const { value, done } = await reader.read();
    if (done) break;
    expect(Buffer.from(value)).toEqual(Buffer.from(patterned(offset, value.byteLength)));
    offset += value.byteLength;
  }
  reader.releaseLock();
  return offset;
}

/**
 * A lean listener whose streams are handled by their first byte: `e` echoes every byte back, `w` writes the pattern
 * to a client that never reads, `r` is never read. The windows it gives its peers are WINDOW per stream and 4 ×
 * WINDOW per connection.
 */
async function listen() {
  const writers: Array<ReturnType<typeof writeUntilStopped>> = [];
  const unread: ByteStream[] = [];
  const listener = new QuicListener({
    ...lean,
    tls,
    streamWindowBytes: WINDOW,
    connectionWindowBytes: 4 * WINDOW,
    onStream: (stream) => {
      const reader = stream.readable.getReader();
      void reader.read().then(async ({ value }) => {
        const kind = String.fromCharCode(value?.[0] ?? 0);
        if (kind === 'w') writers.push(writeUntilStopped(stream));
        if (kind === 'r') {
          reader.releaseLock();
          unread.push(stream);
        }
        if (kind !== 'e') return;
        const writer = stream.writable.getWriter();
        await writer.write(value!.subarray(1));
        for (let next = await reader.read(); !next.done; next = await reader.read()) await writer.write(next.value);
        await writer.close();
      });
    },
  });
  await listener.start({ host: '127.0.0.1', port: 0 });
  cleanups.push(() => listener.stop());
  return { listener, writers, unread };
}

async function dial(port: number) {
  const connection = await QuicConnection.dial({
    ...lean,
    tls: { ca: tls.ca },
    host: '127.0.0.1',
    port,
    streamWindowBytes: WINDOW,
    connectionWindowBytes: 4 * WINDOW,
  });
  cleanups.push(() => connection.close());
  return connection;
}

/** One round trip on a fresh echo stream of `connection`: everything sent before it has reached the peer. */
async function roundTrip(connection: QuicConnection): Promise<void> {
  const stream = connection.openStream();
  const writer = stream.writable.getWriter();
  await writer.write(Buffer.from('eping', 'latin1'));
  await writer.close();
  const reader = stream.readable.getReader();
  let echoed = '';
  for (let next = await reader.read(); !next.done; next = await reader.read())
    echoed += Buffer.from(next.value).toString('latin1');
  expect(echoed).toBe('ping');
}

describe('lean engine: a peer that never reads', () => {
  it('a client that never reads holds the server to its stream window; all of it arrives once it reads', async () => {
    const { listener, writers } = await listen();
    const connection = await dial(listener.port);
    const stream = connection.openStream();
    await stream.writable.getWriter().write(Uint8Array.of('w'.charCodeAt(0)));
    // Round trips on other streams of the connection: the server has had every chance to send more, many times.
    for (let i = 0; i < 20; i++) await roundTrip(connection);
    expect(writers).toHaveLength(1);
    const state = writers[0];
    expect(state.pending).toBe(true);
    expect(state.error).toBeUndefined();
    // What the server's writes handed to QUIC is what the client's window allows (and one chunk partly taken).
    expect(state.accepted).toBeGreaterThanOrEqual(WINDOW - CHUNK);
    expect(state.accepted).toBeLessThanOrEqual(WINDOW + CHUNK);
    // The client reads: everything the server wrote arrives in order, and the server writes on.
    const held = state.accepted;
    expect(await readPattern(stream, held + 4 * WINDOW)).toBeGreaterThanOrEqual(held + 4 * WINDOW);
    expect(state.accepted).toBeGreaterThan(held + 3 * WINDOW);
    state.stopped = true;
  });

  it('a server that never reads holds the client to its stream window, on that stream only', async () => {
    const { listener, unread } = await listen();
    const connection = await dial(listener.port);
    const stream = connection.openStream();
    const writing = writeUntilStopped(stream, Uint8Array.of('r'.charCodeAt(0)));
    for (let i = 0; i < 20 && !(unread.length === 1 && writing.pending); i++) await roundTrip(connection);
    expect(unread).toHaveLength(1);
    expect(writing.pending).toBe(true);
    expect(writing.accepted).toBeLessThanOrEqual(WINDOW + CHUNK);
    // Other streams of the connection still carry calls.
    await roundTrip(connection);
    writing.stopped = true;
  });
});

/** Whether `condition` holds within `ms`, looked at every few milliseconds. */
async function eventually(condition: () => boolean, ms: number): Promise<boolean> {
  const until = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}

/** The process's live heap once the collector has run (gc exposed for this file). */
function liveHeapBytes(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

describe('lean engine: connection churn', () => {
  it('thousands of connections dialled and closed, 16 at a time, leave no connection and no heap behind', async () => {
    const { listener } = await listen();
    const cycles = async (count: number) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next++ < count) {
            const connection = await QuicConnection.dial({
              ...lean,
              tls: { ca: tls.ca },
              host: '127.0.0.1',
              port: listener.port,
            });
            await roundTrip(connection);
            await connection.close();
          }
        }),
      );
    };
    await cycles(500);
    await QuicConnection.releaseSocket();
    const before = liveHeapBytes();
    await cycles(2500);
    // Every connection has ended at both ends: the dialling socket (which closes only once all its connections have)
    // is released, and the server, whose side of a closed connection drains at most 500 ms, counts none.
    await QuicConnection.releaseSocket();
    expect(await eventually(() => listener.connections === 0, 2000)).toBe(true);
    expect(listener.connectionsFrom('127.0.0.1')).toBe(0);
    const grown = liveHeapBytes() - before;
    // A connection that stayed reachable would hold kilobytes: 2500 of them, megabytes.
    // (The listener remembers each used retry token for the token's lifetime: some 100 bytes a connection here.)
    expect(grown).toBeLessThan(1.5 * 1024 * 1024);
  }, 60_000);
});
