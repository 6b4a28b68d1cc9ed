import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { FrameType, encodeFrames, rpc, type Frame } from '@switchyard/protocol';
import { EchoService, echo } from '@switchyard/protocol/testing';
import { RpcCode, RpcServer, createClient, type QueueBudget, type RpcServerOptions } from '@switchyard/rpc';
import { QuicConnection } from './quic-dialer.js';
import type { QuicListener } from './quic-listener.js';
import { LOOPBACK_MAX_UDP_PAYLOAD_BYTES, quicConfig } from './quic-options.js';
import { connectRpc, serveRpc } from './rpc-over-quic.js';
import { createDevTls, type TlsMaterial } from './tls.js';

// Peers without any certificate that call and never read, over many connections from one address, over real
// QUIC: what the server holds for them stays within the per-address bound, a queue nobody reads is given back
// after the write-progress timeout, and a client from the same address that reads is served all along.

let tls: TlsMaterial;
let server: RpcServer;
let listener: QuicListener;
const opened: { close(): Promise<void> }[] = [];
const seen = new Map<number, () => void>();

beforeAll(async () => {
  tls = await createDevTls(['localhost', '127.0.0.1']);
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close()));
  await server.close({ graceMs: 0 });
  await listener.stop();
  seen.clear();
});

async function serve(options: RpcServerOptions): Promise<void> {
  server = new RpcServer({ closeTimeoutMs: 200, ...options }).register(EchoService, {
    unary: async (request) => {
      seen.get(request.payload[0])?.();
      return { payload: request.payload };
    },
    serverStream: async function* () {},
    clientStream: async () => ({ messages: 0, bytes: 0 }),
    bidi: async function* () {},
  });
  listener = await serveRpc(server, {
    tls,
    host: '127.0.0.1',
    port: 0,
    maxUdpPayloadBytes: LOOPBACK_MAX_UDP_PAYLOAD_BYTES,
    maxConnectionsPerPeer: 64,
  });
}

const frame = (type: FrameType, callId: number, payload: Uint8Array): Frame => ({ type, callId, payload });

/**
 * A peer on a connection of its own that makes `calls` calls to an unknown method, then one echo call carrying
 * `marker`, and never reads; its receive window is 4 KiB (it reads one chunk: 8 KiB in all), so the server's
 * answers soon wait in the server.
 * `settled` resolves once the server has handled the echo call (so every call before it) or reset the stream
 * (with the reason); `reset` once the server has reset the stream.
 */
async function holdQueue(
  marker: number,
  calls: number,
): Promise<{ settled: Promise<unknown>; reset: Promise<unknown> }> {
  const connection = await QuicConnection.dial({
    tls: { ca: tls.ca },
    host: '127.0.0.1',
    port: listener.port,
    maxUdpPayloadBytes: LOOPBACK_MAX_UDP_PAYLOAD_BYTES,
    streamWindowBytes: 4096,
    connectionWindowBytes: 4096,
  });
  opened.push(connection);
  const stream = connection.openStream();
  // Each refusal names the method: about 150 bytes.
  const unknown = rpc.v1.RequestHeader.encode({ method: `/nowhere.v1.Nothing/${'M'.repeat(100)}` }).finish();
  const frames = Array.from({ length: calls }, (_, i) => frame(FrameType.Header, i + 1, unknown));
  frames.push(
    frame(
      FrameType.Header,
      calls + 1,
      rpc.v1.RequestHeader.encode({ method: EchoService.methods.unary.path }).finish(),
    ),
    frame(FrameType.Message, calls + 1, echo.v1.EchoRequest.encode({ payload: new Uint8Array([marker]) }).finish()),
  );
  const handled = new Promise<void>((resolve) => seen.set(marker, resolve));
  const reset = stream.readable.getReader().closed.then(
    () => new Error('the server ended the stream cleanly'),
    (error: unknown) => stream.toRpcError!(error),
  );
  void stream.writable
    .getWriter()
    .write(encodeFrames(frames))
    .catch(() => undefined);
  return { reset, settled: Promise.race([handled, reset]) };
}

/** The values of the first `count` of `promises` to resolve. */
function firstSettled<T>(promises: Promise<T>[], count: number): Promise<T[]> {
  const values: T[] = [];
  return new Promise((resolve) => {
    for (const promise of promises) {
      void promise.then((value) => {
        values.push(value);
        if (values.length === count) resolve(values);
      });
    }
  });
}

async function served(): Promise<boolean> {
  const connection = await connectRpc({ tls: { ca: tls.ca }, host: '127.0.0.1', port: listener.port });
  opened.push(connection);
  const response = await createClient(EchoService, connection.client).unary({ payload: new Uint8Array([200]) });
  return response.payload[0] === 200;
}

describe('peers that never read, over many connections from one address', () => {
  it('hold no more than the per-address bound; the largest queues go, a client that reads is served', async () => {
    const budget: QueueBudget = { maxBytes: 4 * 1024 * 1024, queuedBytes: 0 };
    await serve({
      maxQueuedBytesPerStream: 128 * 1024,
      maxQueuedBytesPerConnection: 128 * 1024,
      // Out of the way: only the per-address bound may end these streams.
      writeProgressTimeoutMs: 0,
      maxQueuedBytesPerPeer: 96 * 1024,
      queueBudget: budget,
    });
    // Twelve connections each made to hold at least 21 KiB for good (30 KiB of refusals, 8 KiB of which the peer
    // takes; 87 KiB while the server handles the calls), within their own bounds: 260 KiB from one address. At
    // most four such queues fit in 96 KiB, so at least eight streams are reset.
    const resets: Promise<unknown>[] = [];
    for (let marker = 1; marker <= 12; marker++) {
      const { settled, reset } = await holdQueue(marker, 200);
      await settled;
      resets.push(reset);
    }
    expect(server.queuedBytes).toBeGreaterThan(0);
    expect(server.queuedBytes).toBeLessThanOrEqual(96 * 1024);
    expect(budget.queuedBytes).toBe(server.queuedBytes);
    const reset = await firstSettled(resets, 8);
    for (const outcome of reset) expect(outcome).toMatchObject({ code: RpcCode.ResourceExhausted });
    expect(await served()).toBe(true);
  });

  it('give back what they hold after the write-progress timeout, while holding less than any bound', async () => {
    await serve({ writeProgressTimeoutMs: 200 });
    const peers = await Promise.all([1, 2, 3].map((marker) => holdQueue(marker, 200)));
    for (const { settled } of peers) expect(await settled).toBeUndefined();
    expect(server.queuedBytes).toBeGreaterThan(0);
    // Only the code crosses the wire in a stream reset.
    for (const { reset } of peers) expect(await reset).toMatchObject({ code: RpcCode.ResourceExhausted });
    expect(server.queuedBytes).toBe(0);
    expect(await served()).toBe(true);
  });
});

describe('quicConfig', () => {
  it('turns 0-RTT early data off, which the library turns on', () => {
    expect(quicConfig({ tls: { ca: tls.ca } })).toMatchObject({ enableEarlyData: false });
  });
});
