import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { WorkerLog } from '@switchyard/log-events';
import { createLogSink } from '@switchyard/logging/testing';
import { WorkerService, type worker as protocol } from '@switchyard/protocol';
import { RpcCode, RpcError, createClient } from '@switchyard/rpc';
import { connectRpc, createDevTls, type RpcConnection, type TlsMaterial } from '@switchyard/transport-quic';
import { promptHash, syntheticTokenText } from '@switchyard/protocol';
import { Worker, type SimulatedFailure } from './worker.js';
import { WorkerMetrics, sampleValue } from '@switchyard/metrics';

// A worker over real QUIC and TLS on 127.0.0.1, alone in its cluster (no seed): that does not stop it
// from serving.
let tls: TlsMaterial;
let worker: Worker;
let connection: RpcConnection;
const logs = createLogSink('worker');
const logger = logs.logger;
const session = () => `conn-${randomUUID()}`;

beforeAll(async () => {
  tls = await createDevTls(['localhost'], { identity: { role: 'worker', name: 'w1' } });
});
afterEach(async () => {
  await connection.close();
  await worker.shutdown();
  logs.clear();
});

async function start(failure?: SimulatedFailure, maxSessions = 100, metrics?: WorkerMetrics) {
  worker = new Worker({
    metrics,
    maxSessions,
    shutdownGraceMs: 2000,
    label: 'w1',
    listen: { host: '127.0.0.1', port: 0 },
    // Alone in its cluster: no seed to join.
    membership: { bind: { host: '127.0.0.1', port: 0 }, advertise: { host: '127.0.0.1', port: 0 }, seeds: [] },
    tokenIntervalMs: 20,
    failure,
    tls,
    maxUdpPayloadBytes: 65000,
    logger,
  });
  const { port, advertise } = await worker.start();
  expect(advertise).toEqual({ host: 'localhost', port });
  connection = await connectRpc({ host: '127.0.0.1', port, serverName: 'localhost', tls, maxUdpPayloadBytes: 65000 });
  return createClient(WorkerService, connection.client);
}

async function take(events: AsyncIterable<protocol.v1.GenerateEvent>, n: number): Promise<protocol.v1.GenerateEvent[]> {
  const taken: protocol.v1.GenerateEvent[] = [];
  for await (const event of events) {
    taken.push(event);
    if (taken.length === n) break;
  }
  return taken;
}

describe('Worker', () => {
  it('streams Connected, then tokens after the resume point with text from (prompt, sequence)', async () => {
    const api = await start();
    const [connected, ...tokens] = await take(api.generate({ sessionId: session(), prompt: 'p', resumeAfter: 41 }), 4);
    expect(connected.connected).toEqual({ worker: 'w1', resumeAfter: 41 });
    expect(tokens.map((e) => e.token)).toEqual(
      [42, 43, 44].map((sequence) => ({ sequence, text: syntheticTokenText(promptHash('p'), sequence) })),
    );
    await expect(api.ping({})).resolves.toEqual({ worker: 'w1' });
  });

  it('rejects malformed requests with INVALID_ARGUMENT and keeps serving', async () => {
    const api = await start();
    await expect(take(api.generate({ sessionId: '', prompt: 'p' }), 1)).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    await expect(take(api.generate({ sessionId: 'conn-not-a-uuid', prompt: 'p' }), 1)).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    await expect(take(api.generate({ sessionId: session(), prompt: 'p'.repeat(70_000) }), 1)).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    expect((await take(api.generate({ sessionId: session(), prompt: 'p' }), 2))[1].token?.sequence).toBe(1);
  });

  it('simulated failure: the stream gets an error frame, streams and pings are refused, then it recovers', async () => {
    const api = await start({ mode: 'simulated', afterMs: { min: 100, max: 100 }, recoveryMs: 300 });
    const received: protocol.v1.GenerateEvent[] = [];
    const error = await (async () => {
      for await (const event of api.generate({ sessionId: session(), prompt: 'p' })) received.push(event);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({
      code: RpcCode.Unavailable,
      remote: true,
      rawMessage: 'w1 failed (simulated failure)',
    });
    expect(received.length).toBeGreaterThan(1);
    expect(worker.available).toBe(false);
    await expect(api.ping({})).rejects.toMatchObject({ code: RpcCode.Unavailable, rawMessage: 'w1 is not available' });
    await expect(take(api.generate({ sessionId: session(), prompt: 'p' }), 1)).rejects.toMatchObject({
      code: RpcCode.Unavailable,
      rawMessage: 'w1 is not available',
    });
    await logs.next(WorkerLog.recovered);
    await expect(api.ping({})).resolves.toEqual({ worker: 'w1' });
  });

  it('hang: tokens stop while pings are answered and the worker stays available, then resume', async () => {
    const metrics = new WorkerMetrics('test', false);
    const api = await start({ mode: 'hang', afterMs: { min: 100, max: 100 }, recoveryMs: 400 }, 100, metrics);
    const sent = () => sampleValue(metrics.registry, 'switchyard_tokens_sent_total');
    const sequences: number[] = [];
    let wanted = Infinity;
    const reading = (async () => {
      for await (const event of api.generate({ sessionId: session(), prompt: 'p' })) {
        if (!event.token) continue;
        sequences.push(event.token.sequence ?? 0);
        if (sequences.length >= wanted) return;
      }
    })();
    await logs.next(WorkerLog.simulatedFailure, { mode: 'hang' });
    // The log line is written as the hang begins: what was sent by then is all there is until it ends.
    const sentAtHang = await sent();
    await expect(api.ping({})).resolves.toEqual({ worker: 'w1' });
    expect(worker.available).toBe(true);
    await logs.next(WorkerLog.recovered);
    // Nothing while hung; the recovery wakes the stream, whose next token is due at once and may be out already.
    expect(await sent()).toBeLessThanOrEqual(sentAtHang + 1);
    wanted = sequences.length + 3;
    await reading;
    expect(sequences).toEqual(sequences.map((_, i) => i + 1));
    expect(sequences.length).toBeGreaterThanOrEqual(sentAtHang + 3);
  });

  it('refuses sessions past its maximum with RESOURCE_EXHAUSTED and reports itself unavailable while full', async () => {
    const api = await start(undefined, 2);
    const open = [0, 1].map(() => api.generate({ sessionId: session(), prompt: 'p' })[Symbol.asyncIterator]());
    for (const stream of open) expect((await stream.next()).value?.connected).toBeDefined();
    expect(worker.available).toBe(false);
    await expect(take(api.generate({ sessionId: session(), prompt: 'p' }), 1)).rejects.toMatchObject({
      code: RpcCode.ResourceExhausted,
      rawMessage: 'w1 is full (2 sessions)',
    });
    await open[0].return?.(undefined);
    await logs.next(WorkerLog.streamEnded);
    expect(worker.available).toBe(true);
    await open[1].return?.(undefined);
  });

  it('shutdown sends GoAway on open streams and ends them', async () => {
    const api = await start();
    const stream = api.generate({ sessionId: session(), prompt: 'p' })[Symbol.asyncIterator]();
    expect((await stream.next()).value?.connected).toBeDefined();
    expect((await stream.next()).value?.token?.sequence).toBe(1);
    const rest = (async () => {
      const seen: protocol.v1.GenerateEvent[] = [];
      for (let next = await stream.next(); !next.done; next = await stream.next()) seen.push(next.value);
      return seen;
    })();
    await worker.shutdown();
    const seen = await rest;
    expect(seen[seen.length - 1].goAway).toEqual({ reason: 'w1 is shutting down' });
  });
});

describe('Worker readiness and metrics', () => {
  it('counts sessions started and refused, tokens sent and sessions in flight; not ready while alone or full', async () => {
    const metrics = new WorkerMetrics('test', false);
    const api = await start(undefined, 1, metrics);
    const value = (name: string, labels: Record<string, string> = {}) => {
      worker.refreshMetrics();
      return sampleValue(metrics.registry, name, labels);
    };
    // Alone in its cluster: no director sees it.
    expect(worker.readiness()).toEqual({ ready: false, checks: { joined: false, accepting: true } });
    const stream = api.generate({ sessionId: session(), prompt: 'p' })[Symbol.asyncIterator]();
    for (let i = 0; i < 4; i++) await stream.next(); // connected and three tokens
    expect(await value('switchyard_sessions_in_flight')).toBe(1);
    expect(await value('switchyard_worker_available')).toBe(0);
    expect(worker.readiness().checks.accepting).toBe(false);
    await expect(take(api.generate({ sessionId: session(), prompt: 'p' }), 1)).rejects.toMatchObject({
      code: RpcCode.ResourceExhausted,
    });
    await stream.return?.();
    await logs.next(WorkerLog.streamEnded);
    expect(await value('switchyard_sessions_total', { result: 'started' })).toBe(1);
    expect(await value('switchyard_sessions_total', { result: 'refused' })).toBe(1);
    expect(await value('switchyard_tokens_sent_total')).toBeGreaterThanOrEqual(3);
    expect(await value('switchyard_sessions_in_flight')).toBe(0);
    expect(await value('switchyard_worker_available')).toBe(1);
    expect(await value('switchyard_quic_handshakes_total', { side: 'server', result: 'ok' })).toBe(1);
    expect(
      await value('switchyard_rpc_calls_total', {
        method: WorkerService.methods.generate.path,
        code: 'RESOURCE_EXHAUSTED',
      }),
    ).toBe(1);
  });
});
