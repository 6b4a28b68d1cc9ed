import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { FrameType, encodeFrames, rpc } from '@switchyard/protocol';
import { EchoService } from '@switchyard/protocol/testing';
import { RpcCode, RpcServer, createClient } from '@switchyard/rpc';
import { payload } from '@switchyard/rpc/testing';
import { QuicConnection } from './quic-dialer.js';
import type { QuicListener } from './quic-listener.js';
import { LOOPBACK_MAX_UDP_PAYLOAD_BYTES, type TransportObserver } from './quic-options.js';
import { connectRpc, serveRpc } from './rpc-over-quic.js';
import { createDevTls, type TlsMaterial } from './tls.js';

// Peers without any certificate, behaving badly over real QUIC: calling without reading, and holding
// many connections. The server loses their streams or refuses their connections; others are served.

let tls: TlsMaterial;
let server: RpcServer;
let listener: QuicListener;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  tls = await createDevTls(['localhost', '127.0.0.1']);
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close()));
  await server.close({ graceMs: 0 });
  await listener.stop();
});

async function serve(
  options: { maxConnectionsPerPeer?: number; maxConnections?: number; observer?: TransportObserver } = {},
) {
  server = new RpcServer({ maxQueuedBytesPerStream: 32 * 1024, closeTimeoutMs: 200 }).register(EchoService, {
    unary: async (request) => ({ payload: request.payload }),
    serverStream: async function* () {},
    clientStream: async () => ({ messages: 0, bytes: 0 }),
    bidi: async function* () {},
  });
  listener = await serveRpc(server, {
    tls,
    host: '127.0.0.1',
    port: 0,
    maxUdpPayloadBytes: LOOPBACK_MAX_UDP_PAYLOAD_BYTES,
    ...options,
  });
}

const dial = () =>
  QuicConnection.dial({ tls: { ca: tls.ca }, host: '127.0.0.1', port: listener.port, connectTimeoutMs: 2000 });

async function served(): Promise<boolean> {
  const connection = await connectRpc({ tls: { ca: tls.ca }, host: '127.0.0.1', port: listener.port });
  opened.push(connection);
  const response = await createClient(EchoService, connection.client).unary({ payload: payload(8, 3) });
  return response.payload.length === 8;
}

/**
 * The first connection opened still serves a call; once it is closed, a new connection is admitted in its place:
 * dialled again until the server has seen the close (a refusal comes back at once; at most 5 s of attempts).
 */
async function firstServesThenFreesItsPlace(): Promise<boolean> {
  const first = opened[0] as Awaited<ReturnType<typeof connectRpc>>;
  const echoed = await createClient(EchoService, first.client).unary({ payload: payload(1) });
  if (echoed.payload.length !== 1) return false;
  await first.close();
  const until = performance.now() + 5000;
  while (performance.now() < until) if (await served().catch(() => false)) return true;
  return false;
}

describe('abusive peers over QUIC', () => {
  it('a peer that calls unknown methods and never reads loses its stream with RESOURCE_EXHAUSTED', async () => {
    await serve();
    const connection = await dial();
    opened.push(connection);
    const stream = connection.openStream();
    const writer = stream.writable.getWriter();
    const header = (callId: number) =>
      encodeFrames([
        {
          type: FrameType.Header,
          callId,
          payload: rpc.v1.RequestHeader.encode({ method: `/x.v1.Nothing/Unknown${'x'.repeat(200)}` }).finish(),
        },
      ]);
    let error: unknown;
    // 64 calls per write, never reading: the refusals back up at the server until the stream is reset.
    for (let call = 1; call <= 200_000 && error === undefined; call += 64) {
      const batch = Array.from({ length: 64 }, (_, i) => header(call + i));
      await writer.write(Buffer.concat(batch)).catch((e: unknown) => (error = e));
    }
    const reset = error ?? (await stream.readable.getReader().closed.catch((e: unknown) => e));
    expect(stream.toRpcError!(reset)).toMatchObject({ code: RpcCode.ResourceExhausted });
    expect(await served()).toBe(true);
    expect(server.activeCalls).toBe(0);
  });

  it('a peer past its connection limit is refused; its earlier connections are not', async () => {
    const accepted: string[] = [];
    await serve({ maxConnectionsPerPeer: 3, observer: { accepted: (result) => accepted.push(result) } });
    // Three connections that each completed a call: the server has counted all of them.
    expect([await served(), await served(), await served()]).toEqual([true, true, true]);
    expect(listener.connectionsFrom('127.0.0.1')).toBe(3);
    const refused = await served().catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: RpcCode.ResourceExhausted });
    expect(String((refused as Error).message)).toContain('more than 3 connections from 127.0.0.1');
    expect(listener.connectionsFrom('127.0.0.1')).toBe(3);
    expect(accepted).toEqual(['ok', 'ok', 'ok', 'refused']);
    // The earlier connections still work; closing one frees its place once the server has seen it go.
    expect(await firstServesThenFreesItsPlace()).toBe(true);
  });

  it('a listener holding its connection limit refuses any more, whatever their address; its connections work on', async () => {
    const accepted: string[] = [];
    await serve({
      maxConnections: 2,
      maxConnectionsPerPeer: 100,
      observer: { accepted: (result) => accepted.push(result) },
    });
    expect([await served(), await served()]).toEqual([true, true]);
    expect(listener.connections).toBe(2);
    const refused = await served().catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: RpcCode.ResourceExhausted });
    expect(String((refused as Error).message)).toContain('limit of 2 connections');
    expect(accepted).toEqual(['ok', 'ok', 'refused']);
    expect(listener.connections).toBe(2);
    expect(await firstServesThenFreesItsPlace()).toBe(true);
    expect(listener.connections).toBe(2);
  });

  it('reports dials to the observer: established with their duration, or failed', async () => {
    await serve();
    const dialled: Array<{ ok: boolean; seconds: number }> = [];
    const observer: TransportObserver = { dialled: (ok, seconds) => dialled.push({ ok, seconds }) };
    const connection = await connectRpc({ tls: { ca: tls.ca }, host: '127.0.0.1', port: listener.port, observer });
    opened.push(connection);
    // A server whose certificate does not name the host dialled: the handshake fails.
    const refused = await connectRpc({
      tls: { ca: tls.ca },
      host: '127.0.0.1',
      port: listener.port,
      serverName: 'elsewhere.example',
      observer,
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: RpcCode.Unauthenticated });
    expect(dialled.map(({ ok }) => ok)).toEqual([true, false]);
    expect(dialled[0].seconds).toBeGreaterThan(0);
  });

  it('releases the dialling socket once every connection has finished closing, and dials again after', async () => {
    await serve();
    const connection = await dial();
    const released = QuicConnection.releaseSocket();
    let done = false;
    void released.then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false); // a connection is still open
    await connection.close();
    await released;
    expect(await served()).toBe(true);
  });
});
