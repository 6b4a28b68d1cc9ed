import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { WorkerLog } from '@switchyard/log-events';
import { createLogSink } from '@switchyard/logging/testing';
import {
  MAX_CONTEXT_TOKENS,
  MAX_TOKEN_ID,
  SyntheticAnswer,
  WorkerService,
  type worker as protocol,
} from '@switchyard/protocol';
import { RpcCode, RpcError, createClient, type ServiceClient } from '@switchyard/rpc';
import { connectRpc, createDevTls, type RpcConnection, type TlsMaterial } from '@switchyard/transport-quic';
import { AdmissionSigner, AdmissionVerifier, SessionKey } from '@switchyard/service-kit';
import { SyntheticEngine, type SimulatedFailure } from '@switchyard/serving';
import { systemClock } from '@switchyard/time';
import { Worker } from './worker.js';
import { WorkerMetrics, sampleValue } from '@switchyard/metrics';

// A worker over real QUIC and TLS on 127.0.0.1, alone in its cluster (no seed): that does not stop it
// from serving.
let tls: TlsMaterial;
let worker: Worker;
let connection: RpcConnection;
const logs = createLogSink('worker');
const logger = logs.logger;
const session = () => `conn-${randomUUID()}`;
/** The key directors sign with; the worker under test checks with it. */
const key = SessionKey.generate();
const director = new AdmissionSigner(key, { ttlMs: 10_000 });
/** A request as a client sends it after AssignWorker: a session, its prompt, and the admission for w1. */
const admitted = (fields: Partial<protocol.v1.GenerateRequest.$Properties> = {}) => {
  const sessionId = fields.sessionId ?? session();
  return { sessionId, prompt: 'p', admission: director.sign(sessionId, 'w1'), ...fields };
};

beforeAll(async () => {
  tls = await createDevTls(['localhost'], { identity: { role: 'worker', name: 'w1' } });
});
afterEach(async () => {
  await connection.close();
  await worker.shutdown();
  logs.clear();
});

async function start(
  failure?: SimulatedFailure,
  maxSessions = 100,
  metrics?: WorkerMetrics,
  limits: { maxSessionsPerAddress?: number; previousKey?: SessionKey } = {},
) {
  worker = new Worker({
    metrics,
    maxSessions,
    maxSessionsPerAddress: limits.maxSessionsPerAddress ?? maxSessions,
    admissions: new AdmissionVerifier({ current: key, previous: limits.previousKey }, 'w1'),
    shutdownGraceMs: 2000,
    label: 'w1',
    listen: { host: '127.0.0.1', port: 0 },
    // Alone in its cluster: no seed to join.
    membership: { bind: { host: '127.0.0.1', port: 0 }, advertise: { host: '127.0.0.1', port: 0 }, seeds: [] },
    engine: new SyntheticEngine({ clock: systemClock, tokenIntervalMs: 20 }),
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

/** The first event of a Generate call, or the code and message it was refused with; the call stays open. */
async function first(api: ServiceClient<typeof WorkerService>, request: protocol.v1.GenerateRequest.$Properties) {
  const events = api.generate(request)[Symbol.asyncIterator]();
  try {
    const next = await events.next();
    return { event: next.value as protocol.v1.GenerateEvent | undefined, events };
  } catch (error) {
    const { code, rawMessage } = RpcError.from(error);
    return { refused: { code, message: rawMessage }, events };
  }
}

/** A decoded token's fields, defaults included (a decoded message holds only what was on the wire). */
const fields = (token: protocol.v1.IToken | null | undefined) =>
  token
    ? { sequence: token.sequence, text: token.text, tokenIds: token.tokenIds, finishReason: token.finishReason }
    : undefined;

async function take(events: AsyncIterable<protocol.v1.GenerateEvent>, n: number): Promise<protocol.v1.GenerateEvent[]> {
  const taken: protocol.v1.GenerateEvent[] = [];
  for await (const event of events) {
    taken.push(event);
    if (taken.length === n) break;
  }
  return taken;
}

describe('Worker', () => {
  it("streams Connected with the prompt's token ids, then the answer's tokens: ids, and text decoded in place", async () => {
    const api = await start();
    const answer = new SyntheticAnswer('p q');
    const [connected, ...tokens] = await take(api.generate(admitted({ prompt: 'p q' })), 4);
    const { worker: label, resumeAfter, promptTokenIds, model } = connected.connected!;
    expect({ label, resumeAfter, promptTokenIds, model }).toEqual({
      label: 'w1',
      resumeAfter: 0,
      promptTokenIds: [...answer.promptTokenIds],
      model: 'synthetic',
    });
    expect(tokens.map((e) => fields(e.token))).toEqual(
      [1, 2, 3].map((sequence) => ({
        sequence,
        text: answer.text(sequence),
        tokenIds: [answer.tokenId(sequence)],
        finishReason: 0,
      })),
    );
    expect(tokens[0].token?.text?.startsWith(' ')).toBe(false);
    await expect(api.ping({})).resolves.toEqual({ worker: 'w1' });
  });

  it('resumes from the prompt ids and the generated ids it is sent, not from the prompt text', async () => {
    const api = await start();
    const answer = new SyntheticAnswer('p q');
    const generatedTokenIds = Array.from({ length: 41 }, (_, i) => answer.tokenId(i + 1));
    const request = admitted({
      prompt: '',
      promptTokenIds: [...answer.promptTokenIds],
      resumeAfter: 41,
      generatedTokenIds,
    });
    const [connected, ...tokens] = await take(api.generate(request), 3);
    expect(connected.connected).toMatchObject({ resumeAfter: 41, promptTokenIds: [...answer.promptTokenIds] });
    // The 42nd token of the answer, decoded after 41 others: with its leading space.
    expect(tokens.map((e) => fields(e.token))).toEqual(
      [42, 43].map((sequence) => ({
        sequence,
        text: answer.text(sequence),
        tokenIds: [answer.tokenId(sequence)],
        finishReason: 0,
      })),
    );
  });

  it('ends the answer at max_tokens with finish reason LENGTH, and at once when a resume holds them all', async () => {
    const api = await start();
    const answer = new SyntheticAnswer('p');
    const events = await take(api.generate(admitted({ sampling: { maxTokens: 3 } })), 10);
    expect(events.map((e) => [e.token?.sequence, e.token?.finishReason])).toEqual([
      [undefined, undefined],
      [1, 0],
      [2, 0],
      [3, 2],
    ]);
    expect(logs.find(WorkerLog.streamEnded, { ended: 'finished', lastSequence: 3 })).toHaveLength(1);
    const generatedTokenIds = [1, 2, 3].map((sequence) => answer.tokenId(sequence));
    const again = await take(
      api.generate(admitted({ sampling: { maxTokens: 3 }, resumeAfter: 3, generatedTokenIds })),
      10,
    );
    expect(again.map((e) => fields(e.token))).toEqual([
      undefined,
      { sequence: 3, text: '', tokenIds: [], finishReason: 2 },
    ]);
  });

  it('refuses what the synthetic engine cannot serve: INVALID_ARGUMENT, or NOT_FOUND for another model', async () => {
    const api = await start();
    const refusal = async (fields: Partial<protocol.v1.GenerateRequest.$Properties>) =>
      (await first(api, admitted(fields))).refused;
    expect(await refusal({ model: 'llama-3' })).toEqual({
      code: RpcCode.NotFound,
      message: 'w1 serves model "synthetic", not "llama-3"',
    });
    expect(await refusal({ model: 'synthetic' })).toBeUndefined();
    for (const [fields, message] of [
      [{ sampling: { temperature: 3 } }, 'temperature must be from 0 to 2'],
      [{ sampling: { topP: 0 } }, 'top_p must be above 0 and at most 1'],
      [
        { sampling: { maxTokens: MAX_CONTEXT_TOKENS + 1 } },
        `max_tokens must be an integer from 0 to ${MAX_CONTEXT_TOKENS}`,
      ],
      [{ sampling: { stop: 'abcde'.split('') } }, 'at most 4 stop strings'],
      [{ sampling: { stop: ['end'] } }, 'the synthetic engine has no stop strings'],
      [
        { resumeAfter: 2, generatedTokenIds: [1] },
        'generated_token_ids must hold the resume_after ids the client holds',
      ],
      [{ promptTokenIds: [MAX_TOKEN_ID + 1] }, `token ids must be at most ${MAX_TOKEN_ID}`],
      [
        { promptTokenIds: Array(MAX_CONTEXT_TOKENS).fill(1), resumeAfter: 1, generatedTokenIds: [1] },
        `a session holds at most ${MAX_CONTEXT_TOKENS} token ids, its prompt's and its answer's`,
      ],
    ] as [Partial<protocol.v1.GenerateRequest.$Properties>, string][]) {
      expect(await refusal(fields)).toEqual({ code: RpcCode.InvalidArgument, message });
    }
    expect((await take(api.generate(admitted()), 2))[1].token?.sequence).toBe(1);
  });

  it('rejects malformed requests with INVALID_ARGUMENT and keeps serving', async () => {
    const api = await start();
    await expect(take(api.generate(admitted({ sessionId: '' })), 1)).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    await expect(take(api.generate(admitted({ sessionId: 'conn-not-a-uuid' })), 1)).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    await expect(take(api.generate(admitted({ prompt: 'p'.repeat(70_000) })), 1)).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    expect((await take(api.generate(admitted()), 2))[1].token?.sequence).toBe(1);
  });

  it('simulated failure: the stream gets an error frame, streams and pings are refused, then it recovers', async () => {
    const api = await start({ mode: 'simulated', afterMs: { min: 100, max: 100 }, recoveryMs: 300 });
    const received: protocol.v1.GenerateEvent[] = [];
    const error = await (async () => {
      for await (const event of api.generate(admitted())) received.push(event);
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
    await expect(take(api.generate(admitted()), 1)).rejects.toMatchObject({
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
      for await (const event of api.generate(admitted())) {
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
    const open = [0, 1].map(() => api.generate(admitted())[Symbol.asyncIterator]());
    for (const stream of open) expect((await stream.next()).value?.connected).toBeDefined();
    expect(worker.available).toBe(false);
    await expect(take(api.generate(admitted()), 1)).rejects.toMatchObject({
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
    const stream = api.generate(admitted())[Symbol.asyncIterator]();
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

describe('Worker admission and per-address quota', () => {
  it('a peer without an admission takes no slot: made-up session ids are refused before anything is reserved', async () => {
    const metrics = new WorkerMetrics('test', false);
    const api = await start(undefined, 2, metrics);
    // What the security review did: Generate with well-formed session ids of its own making, far past the maximum.
    const attack = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        first(api, { sessionId: session(), prompt: 'p', admission: i % 2 ? randomBytes(48) : new Uint8Array(0) }),
      ),
    );
    expect(attack.map((a) => a.refused?.code)).toEqual(Array(20).fill(RpcCode.Unauthenticated));
    expect(attack[0].refused?.message).toMatch(/^Generate needs an admission: ask a director \(AssignWorker\)/);
    expect(attack[1].refused?.message).toMatch(/^admission (is malformed|version \d+ is not supported)/);
    expect(worker.available).toBe(true);
    worker.refreshMetrics();
    expect(await sampleValue(metrics.registry, 'switchyard_sessions_in_flight')).toBe(0);
    expect(await sampleValue(metrics.registry, 'switchyard_sessions_total', { result: 'unadmitted' })).toBe(20);
    // Logged, but not 20 times: the first of each reason.
    expect(logs.find(WorkerLog.sessionsRefused).map((l) => [l.reason, l.count])).toEqual([
      ['missing', 1],
      ['malformed', 1],
    ]);
    const real = await first(api, admitted());
    expect(real.event?.connected?.worker).toBe('w1');
    await real.events.return?.();
  });

  it('refuses an admission for another session, another worker, expired, or from an unknown key', async () => {
    const previous = SessionKey.generate();
    const api = await start(undefined, 100, undefined, { previousKey: previous });
    const id = session();
    const cases: [protocol.v1.GenerateRequest.$Properties, number, RegExp][] = [
      [
        admitted({ sessionId: session(), admission: director.sign(id, 'w1') }),
        RpcCode.Unauthenticated,
        /does not verify/,
      ],
      [
        admitted({ sessionId: id, admission: director.sign(id, 'w2') }),
        RpcCode.PermissionDenied,
        /for worker w2, not w1/,
      ],
      [
        admitted({
          sessionId: id,
          admission: new AdmissionSigner(key, { ttlMs: 1000, now: () => Date.now() - 60_000 }).sign(id, 'w1'),
        }),
        RpcCode.Unauthenticated,
        /^admission expired \d+ ms ago/,
      ],
      [
        admitted({
          sessionId: id,
          admission: new AdmissionSigner(SessionKey.generate(), { ttlMs: 10_000 }).sign(id, 'w1'),
        }),
        RpcCode.Unauthenticated,
        /signed with a key this worker does not hold/,
      ],
    ];
    for (const [request, code, message] of cases) {
      const { refused } = await first(api, request);
      expect(refused).toEqual({ code, message: expect.stringMatching(message) });
    }
    // During a key rotation, admissions signed with the previous key are still good.
    const rotated = await first(
      api,
      admitted({ sessionId: id, admission: new AdmissionSigner(previous, { ttlMs: 10_000 }).sign(id, 'w1') }),
    );
    expect(rotated.event?.connected).toBeDefined();
    await rotated.events.return?.();
  });

  it('holds at most maxSessionsPerAddress sessions from one address, whatever their admissions', async () => {
    const metrics = new WorkerMetrics('test', false);
    const api = await start(undefined, 100, metrics, { maxSessionsPerAddress: 2 });
    const held = [await first(api, admitted()), await first(api, admitted())];
    expect(held.map((h) => h.event?.connected?.worker)).toEqual(['w1', 'w1']);
    const third = await first(api, admitted());
    expect(third.refused).toEqual({
      code: RpcCode.ResourceExhausted,
      message: 'too many sessions from 127.0.0.1 on w1 (at most 2 from one address)',
    });
    expect(worker.available).toBe(true);
    expect(await sampleValue(metrics.registry, 'switchyard_sessions_total', { result: 'over_quota' })).toBe(1);
    await held[0].events.return?.();
    await logs.next(WorkerLog.streamEnded);
    const again = await first(api, admitted());
    expect(again.event?.connected).toBeDefined();
    await Promise.all([held[1], again].map((h) => h.events.return?.()));
  });

  it('one admission holds one stream: a newer Generate of the session ends the older one with ABORTED', async () => {
    const api = await start(undefined, 100, undefined, { maxSessionsPerAddress: 2 });
    const request = admitted();
    const streams = [];
    for (let i = 0; i < 5; i++) streams.push(await first(api, request));
    expect(streams.map((s) => s.event?.connected?.worker)).toEqual(Array(5).fill('w1'));
    for (const older of streams.slice(0, -1)) {
      const ended = await (async () => {
        for (let next = await older.events.next(); !next.done; next = await older.events.next());
      })().catch((error: unknown) => error);
      expect(ended).toMatchObject({ code: RpcCode.Aborted, rawMessage: 'the session continued on a newer stream' });
    }
    expect(logs.find(WorkerLog.streamEnded, { ended: 'replaced' })).toHaveLength(4);
    await streams[4].events.return?.();
  });
});

describe('Worker sequence numbers', () => {
  it('ends every answer with finish reason LENGTH when the session holds all it may', async () => {
    const api = await start();
    const answer = new SyntheticAnswer('p');
    const resumeAfter = MAX_CONTEXT_TOKENS - answer.promptTokenIds.length - 1;
    const generatedTokenIds = Array.from({ length: resumeAfter }, (_, i) => answer.tokenId(i + 1));
    const events = await take(api.generate(admitted({ resumeAfter, generatedTokenIds })), 10);
    expect(events.map((e) => [e.connected?.resumeAfter ?? e.token?.sequence, e.token?.finishReason])).toEqual([
      [resumeAfter, undefined],
      [resumeAfter + 1, 2],
    ]);
    expect(logs.find(WorkerLog.streamEnded, { ended: 'finished', lastSequence: resumeAfter + 1 })).toHaveLength(1);
  });

  it('refuses a resume point past the most a session holds, with INVALID_ARGUMENT', async () => {
    const api = await start();
    // 2^53 + 2 on the wire (a number a client could never have received): refused as it is decoded.
    await expect(take(api.generate(admitted({ resumeAfter: 2 ** 53 + 2 })), 1)).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    await expect(take(api.generate(admitted({ resumeAfter: MAX_CONTEXT_TOKENS + 1 })), 1)).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
      rawMessage: 'generated_token_ids must hold the resume_after ids the client holds',
    });
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
    expect(worker.readiness()).toEqual({ ready: false, checks: { joined: false, engine: true, accepting: true } });
    const stream = api.generate(admitted())[Symbol.asyncIterator]();
    for (let i = 0; i < 4; i++) await stream.next(); // connected and three tokens
    expect(await value('switchyard_sessions_in_flight')).toBe(1);
    expect(await value('switchyard_worker_available')).toBe(0);
    expect(worker.readiness().checks.accepting).toBe(false);
    await expect(take(api.generate(admitted()), 1)).rejects.toMatchObject({
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
