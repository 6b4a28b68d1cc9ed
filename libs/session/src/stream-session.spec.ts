import { afterEach, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@switchyard/time/testing';
import { MAX_CONTEXT_TOKENS, MAX_TOKEN_ID, type Endpoint } from '@switchyard/protocol';
import { RpcCode, RpcError } from '@switchyard/rpc';
import { settle } from '@switchyard/rpc/testing';
import type { SessionEvents, SessionEventType } from './events.js';
import { StreamSession, type SessionOptions } from './stream-session.js';
import { MIN_STALL_PROBE_MS } from './worker-attempt.js';
import { HEDGE_ANSWER_TIMES, HEDGE_MIN_MS } from './assigner.js';
import { InProcessCluster, fakeTokenId } from './testing/index.js';
import type { Token } from './token-buffer.js';

// The session's failover loop in-process: directors and workers are RPC servers on in-memory streams,
// and every interval, timeout and backoff runs on a manual clock, so each scenario takes milliseconds.

const D1 = { host: 'director-1', port: 61000 };
const D2 = { host: 'director-2', port: 61000 };
const endpointOf = (label: string): Endpoint => ({ host: `${label}.workers`, port: 62000 });

type Recorded = { type: SessionEventType; at: number } & Record<string, unknown>;
const EVENT_TYPES: SessionEventType[] = ['assigned', 'connected', 'stall', 'failover', 'resumed', 'retry'];

let running: { finish(): Promise<void> } | undefined;
afterEach(async () => {
  await running?.finish();
  running = undefined;
});

function start(
  options: Partial<SessionOptions> & {
    workers?: string[];
    directors?: Endpoint[];
    /** Runs before the session starts. */
    setup?: (cluster: InProcessCluster) => void;
  } = {},
) {
  const clock = new ManualClock({ settle: () => settle(10) });
  const cluster = new InProcessCluster(clock);
  const directorEndpoints = options.directors ?? [D1];
  for (const endpoint of directorEndpoints) cluster.addDirector(endpoint);
  for (const label of options.workers ?? ['w1', 'w2', 'w3']) {
    cluster.addWorker(label, endpointOf(label)).onStream = (stream) => stream.every(500);
  }
  options.setup?.(cluster);
  const session = new StreamSession({
    prompt: 'p',
    dial: (endpoint, dialOptions) => cluster.network.dial(endpoint, dialOptions),
    clock,
    random: () => 0.5, // no jitter: delays are exactly the nominal backoff
    ...options,
    directors: directorEndpoints,
  });
  const events: Recorded[] = [];
  for (const type of EVENT_TYPES) {
    session.on(type, (event) => events.push({ type, at: clock.now(), ...event }));
  }
  const received: Token[] = [];
  const stop = new AbortController();
  const consuming = (async () => {
    for await (const token of session.tokens({ signal: stop.signal })) received.push(token);
  })();
  const harness = {
    clock,
    cluster,
    director: cluster.directors[0],
    session,
    events,
    received,
    stop,
    /** Settles once the consumer's iteration has ended. */
    consuming,
    of: <K extends SessionEventType>(type: K) =>
      events.filter((e) => e.type === type) as unknown as (SessionEvents[K] & { at: number })[],
    /** Advances the clock until `predicate` holds (at most `limitMs`). */
    async until(predicate: () => boolean, limitMs = 120_000): Promise<void> {
      for (let waited = 0; !predicate(); waited += 100) {
        if (waited > limitMs) throw new Error(`not reached within ${limitMs} ms of the manual clock`);
        await clock.advance(100);
      }
    },
    tokensUpTo: (sequence: number) => harness.until(() => received.length > 0 && received.at(-1)!.sequence >= sequence),
    serving: () => cluster.worker(received.at(-1)!.worker),
    async finish(): Promise<void> {
      stop.abort();
      await consuming;
      await cluster.close();
    },
  };
  running = harness;
  return harness;
}

/** Every token 1..n exactly once, in order. */
function expectExactly(received: Token[], n: number): void {
  expect(received.map((t) => t.sequence)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
}

describe('StreamSession failover', () => {
  it('streams from the assigned worker and mints one session id', async () => {
    const h = start();
    await h.tokensUpTo(5);
    expectExactly(h.received, 5);
    expect(h.received.every((t) => t.worker === 'w1' && t.text === `t${t.sequence}`)).toBe(true);
    const [assigned] = h.of('assigned');
    expect(assigned).toMatchObject({ worker: 'w1', endpoint: endpointOf('w1'), director: D1, excluded: undefined });
    expect(assigned.sessionId).toMatch(/^conn-/);
    expect(h.of('connected')).toEqual([expect.objectContaining({ worker: 'w1', resumeAfter: 0 })]);
  });

  it('error frame: fails over at once, excludes the worker it left and resumes after the last sequence', async () => {
    const h = start();
    await h.tokensUpTo(4);
    const failedAt = h.clock.now();
    h.serving().stream.fail('w1 failed (simulated failure)');
    await h.tokensUpTo(8);

    const [failover] = h.of('failover');
    expect(failover).toMatchObject({ from: 'w1', reason: 'error-frame', lastSequence: 4, at: failedAt });
    expect(failover.error).toMatchObject({ code: RpcCode.Unavailable, message: expect.stringContaining('simulated') });
    expect(h.director.calls[1]).toEqual({ sessionId: h.of('assigned')[0].sessionId, excludedWorker: 'w1' });
    expect(h.cluster.worker('w2').stream.request.resumeAfter).toBe(4);
    expect(h.of('resumed')).toEqual([expect.objectContaining({ worker: 'w2', afterSequence: 4 })]);
    expectExactly(h.received, 8);
    expect(h.session.summary()).toMatchObject({ failovers: 1, perWorker: { w1: 4, w2: 4 } });
  });

  it('GoAway: fails over with reason goaway', async () => {
    const h = start();
    await h.tokensUpTo(3);
    h.serving().stream.goAway();
    await h.tokensUpTo(5);
    expect(h.of('failover')[0]).toMatchObject({ from: 'w1', reason: 'goaway', lastSequence: 3 });
    expect(h.received.at(-1)!.worker).toBe('w2');
  });

  it('stream closed: a stream that ends without a reason is a failure too', async () => {
    const h = start();
    await h.tokensUpTo(3);
    h.serving().stream.end();
    await h.tokensUpTo(5);
    expect(h.of('failover')[0]).toMatchObject({ from: 'w1', reason: 'stream-closed' });
    expectExactly(h.received, 5);
  });

  it('connection closed: the worker process vanishing is noticed at once', async () => {
    const h = start();
    await h.tokensUpTo(3);
    const goneAt = h.clock.now();
    h.cluster.kill(endpointOf('w1'));
    await h.tokensUpTo(6);
    expect(h.of('failover')[0]).toMatchObject({ from: 'w1', reason: 'stream-closed', at: goneAt });
    expectExactly(h.received, 6);
  });

  it('heartbeat timeout: a frozen worker is left when a ping goes unanswered, without waiting for anything else', async () => {
    // The progress deadline is pushed out of the way: this is about the heartbeat alone.
    const h = start({
      stallProbe: false,
      heartbeatIntervalMs: 5000,
      heartbeatTimeoutMs: 3000,
      progressTimeoutMs: 60_000,
    });
    await h.tokensUpTo(2); // t = 1000, the first ping is due at 5000
    const w1 = h.serving();
    w1.stream.pause();
    w1.pings = 'hang';
    await h.until(() => h.of('failover').length > 0);
    const [failover] = h.of('failover');
    expect(failover).toMatchObject({ from: 'w1', reason: 'heartbeat', lastSequence: 2 });
    expect(failover.at).toBe(8000); // ping at 5000 + 3000 timeout
    expect(failover.detectMs).toBe(7000); // since the last token, at 1000
    await h.tokensUpTo(4);
    expectExactly(h.received, 4);
  });

  it('heartbeat refused: a worker that says it is not available is left at the next ping', async () => {
    const h = start({ stallProbe: false, heartbeatIntervalMs: 1000, heartbeatTimeoutMs: 500 });
    await h.tokensUpTo(1);
    h.serving().pings = 'refuse';
    await h.until(() => h.of('failover').length > 0);
    expect(h.of('failover')[0]).toMatchObject({ from: 'w1', reason: 'heartbeat' });
    expect(h.of('failover')[0].error.message).toContain('not available');
  });

  it('stall: tokens stop, the probe sent at once goes unacknowledged, and the worker is left long before the heartbeat', async () => {
    const h = start({ heartbeatIntervalMs: 5000, heartbeatTimeoutMs: 3000 });
    await h.tokensUpTo(20); // t = 10000: the detector has learned the 500 ms rhythm
    const w1 = h.serving();
    const lastTokenAt = h.clock.now();
    // The worker's process is frozen: nothing comes back from its host, not even an acknowledgement.
    h.cluster.silence(w1.endpoint);
    await h.until(() => h.of('failover').length > 0);
    const [stall] = h.of('stall');
    const [failover] = h.of('failover');
    // Suspected about 620 ms after the last token (phi 2: mean + 2.3 deviations), then the shortest ping wait.
    expect(stall.at - lastTokenAt).toBeGreaterThan(600);
    expect(stall.at - lastTokenAt).toBeLessThan(650);
    expect(failover).toMatchObject({ from: 'w1', reason: 'stall', at: stall.at + MIN_STALL_PROBE_MS });
    expect(failover.at).toBeLessThan(15_000); // the next regular ping
    await h.tokensUpTo(24);
    expectExactly(h.received, 24);
  });

  it('stall on a slow path: the probe sent on a stall waits four of the slowest recent round trips', async () => {
    const h = start({ heartbeatIntervalMs: 1000, heartbeatTimeoutMs: 900 });
    const w1 = h.cluster.worker('w1');
    w1.pingDelayMs = 150; // every ping answered after 150 ms of the clock
    await h.tokensUpTo(20);
    expect(w1.pingCount).toBeGreaterThanOrEqual(5);
    h.cluster.silence(w1.endpoint);
    await h.until(() => h.of('failover').length > 0);
    const [stall] = h.of('stall');
    expect(h.of('failover')[0]).toMatchObject({ reason: 'stall', at: stall.at + 4 * 150 });
  });

  it('stall while this process could not run: an acknowledgement that came meanwhile is read before the verdict', async () => {
    let probes = 0;
    let ack: 'none' | 'unread' | number = 'none';
    let lastTokenAt = 0;
    const h = start({
      dial: async (endpoint, dialOptions) => {
        const connection = await h.cluster.network.dial(endpoint, dialOptions);
        if (endpoint.host !== endpointOf('w1').host) return connection;
        // w1's transport, with its acknowledgement of the stall probe under the test's control.
        return {
          ...connection,
          probe: () => void (probes++, (ack = 'unread')),
          silentForMs: () =>
            ack === 'none' ? connection.silentForMs() : h.clock.now() - (ack === 'unread' ? lastTokenAt : ack),
        };
      },
    });
    await h.tokensUpTo(20);
    lastTokenAt = h.clock.now();
    const w1 = h.serving();
    w1.stream.pause();
    await h.until(() => h.of('stall').length > 0);
    expect(probes).toBe(1);
    // This process stalls for a second: the probe's timer fires late, the acknowledgement sits unread in the socket.
    h.clock.freeze(1000);
    await h.clock.advance(0);
    expect(h.of('failover')).toEqual([]);
    ack = h.clock.now(); // read now, before the verdict that waited for it
    await h.clock.advance(MIN_STALL_PROBE_MS);
    expect(h.of('failover')).toEqual([]);
    w1.stream.tokens(1);
    w1.stream.every(500);
    await h.tokensUpTo(24);
    expect(h.of('failover')).toEqual([]);
    expectExactly(h.received, 24);
  });

  it('stall on a busy worker: its transport acknowledges the probe (no call costs it anything), and the stream goes on', async () => {
    const h = start();
    await h.tokensUpTo(20);
    const w1 = h.serving();
    w1.stream.pause();
    w1.pings = 'hang'; // busy: a new call to it waits, its stream's data does not
    await h.until(() => h.of('stall').length > 0);
    const pings = w1.pingCount;
    await h.clock.advance(MIN_STALL_PROBE_MS);
    expect(w1.pingCount).toBe(pings);
    expect(h.of('failover')).toEqual([]);
    w1.stream.tokens(1);
    w1.stream.every(500);
    await h.clock.advance(MIN_STALL_PROBE_MS);
    w1.pings = 'answer';
    await h.tokensUpTo(30);
    expect(h.of('failover')).toEqual([]);
    expectExactly(h.received, 30);
  });

  it('stall with a live worker: the ping answers, and the stream goes on without a failover', async () => {
    const h = start();
    await h.tokensUpTo(20);
    const w1 = h.serving();
    w1.stream.pause();
    await h.until(() => h.of('stall').length > 0);
    w1.stream.every(500);
    await h.tokensUpTo(25);
    expect(h.of('failover')).toEqual([]);
    expect(w1.pingCount).toBeGreaterThanOrEqual(1);
    expectExactly(h.received, 25);
  });

  it("resumes after the last token received, from the prompt's ids and every id generated so far", async () => {
    const h = start();
    await h.tokensUpTo(6);
    h.serving().stream.fail();
    await h.tokensUpTo(8);
    expect(h.cluster.worker('w1').stream.request).toMatchObject({ prompt: 'p', resumeAfter: 0, model: '' });
    const w2 = h.cluster.worker('w2');
    expect(w2.stream.request).toMatchObject({
      sessionId: h.session.summary().sessionId,
      // The prompt's ids stand for its text; the model the first worker named is asked of every later one.
      prompt: '',
      promptTokenIds: [7, 8, 9],
      model: 'fake',
      resumeAfter: 6,
      generatedTokenIds: [1, 2, 3, 4, 5, 6].map(fakeTokenId),
    });
    expectExactly(h.received, 8);
    expect(h.received.map((t) => t.tokenIds)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((s) => [fakeTokenId(s)]));
  });

  it('chunks of several tokens: the sequence counts engine tokens, and a resume holds every id', async () => {
    const h = start({ setup: (cluster) => (cluster.worker('w1').onStream = (stream) => stream.chunk(3)) });
    await h.tokensUpTo(3);
    const w1 = h.cluster.worker('w1').stream;
    w1.chunk(2);
    await h.tokensUpTo(5);
    w1.fail();
    await h.tokensUpTo(6);
    expect(h.received.map((t) => [t.sequence, t.tokenIds.length])).toEqual([
      [3, 3],
      [5, 2],
      [6, 1],
    ]);
    expect(h.cluster.worker('w2').stream.request.generatedTokenIds).toEqual([1, 2, 3, 4, 5].map(fakeTokenId));
    expect(h.session.summary()).toMatchObject({ tokens: 6, lastSequence: 6, perWorker: { w1: 5, w2: 1 } });
  });

  it.each([
    ['a repeat', 5, 'sent token 5 after 6 with 1 token(s)'],
    ['a skip', 9, 'sent token 9 after 6 with 1 token(s)'],
  ])(
    'protocol violation (%s): not delivered, the resume point stays, another worker continues',
    async (_what, sequence, message) => {
      const h = start();
      await h.tokensUpTo(6);
      const w1 = h.serving();
      w1.stream.pause();
      w1.stream.sequence(sequence);
      await h.tokensUpTo(8);
      expect(h.of('failover')[0]).toMatchObject({ from: 'w1', reason: 'protocol-violation', lastSequence: 6 });
      expect(h.of('failover')[0].error.message).toContain(message);
      expect(h.cluster.worker('w2').stream.request.resumeAfter).toBe(6);
      expectExactly(h.received, 8);
      expect(h.session.summary().violations).toMatchObject({ 'out-of-sequence': 1, 'wrong-resume-point': 0 });
    },
  );

  it('a sequence past 2^53 - 1 does not even decode: nothing of it is delivered, another worker continues', async () => {
    const h = start();
    await h.tokensUpTo(6);
    const w1 = h.serving();
    w1.stream.pause();
    w1.stream.sequence(2 ** 60);
    await h.tokensUpTo(8);
    expect(h.of('failover')[0]).toMatchObject({ from: 'w1', reason: 'stream-closed', lastSequence: 6 });
    expect(h.of('failover')[0].error.message).toContain('outside 0 to 2^53 - 1');
    expectExactly(h.received, 8);
  });

  it('a token past the most a session holds is a violation: nothing of it is delivered', async () => {
    // Three prompt ids (the fake workers') and all but two of the answer's: two more fit, a third does not.
    const last = MAX_CONTEXT_TOKENS - 3;
    const generatedTokenIds = Array.from({ length: last - 2 }, (_, i) => fakeTokenId(i + 1));
    const sessionId = `conn-${crypto.randomUUID()}`;
    const h = start({ resume: { sessionId, model: 'fake', promptTokenIds: [7, 8, 9], generatedTokenIds } });
    h.cluster.worker('w1').onStream = (stream) => {
      stream.tokens(2);
      stream.chunk(2);
    };
    await h.until(() => h.of('failover').length === 1);
    expect(h.received.map((t) => t.sequence)).toEqual([last - 1, last]);
    const [failover] = h.of('failover');
    expect(failover).toMatchObject({ from: 'w1', reason: 'protocol-violation', violation: 'out-of-sequence' });
    expect(failover.error.message).toContain(`sent token ${last + 2} after ${last} with 2 token(s)`);
  });

  it('a token id out of range is a violation: nothing of it is delivered, another worker continues', async () => {
    const h = start();
    await h.tokensUpTo(2);
    const w1 = h.serving();
    w1.stream.pause();
    w1.stream.send(3, [MAX_TOKEN_ID + 1]);
    await h.tokensUpTo(4);
    expect(h.of('failover')[0]).toMatchObject({ from: 'w1', reason: 'protocol-violation', violation: 'invalid-token' });
    expectExactly(h.received, 4);
    expect(h.received.every((t) => t.tokenIds.every((id) => id <= MAX_TOKEN_ID))).toBe(true);
  });

  it('a finished answer ends the iteration after its last token: no failover, no second assignment', async () => {
    const h = start();
    await h.tokensUpTo(3);
    h.serving().stream.pause();
    h.serving().stream.chunk(2);
    h.serving().stream.finish('length');
    await h.consuming;
    expect(h.received.map((t) => t.sequence)).toEqual([1, 2, 3, 5]);
    expect(h.session.summary()).toMatchObject({ finishReason: 'length', tokens: 5, failovers: 0 });
    await h.clock.advance(60_000);
    expect(h.director.calls).toHaveLength(1);
    expect(h.of('failover')).toEqual([]);
  });

  it('a finish reason lost in a failover: the next worker sends it alone, and the answer ends there', async () => {
    const h = start();
    await h.tokensUpTo(4);
    const w1 = h.serving();
    w1.stream.pause();
    w1.stream.fail();
    h.cluster.worker('w2').onStream = (stream) => stream.finish('stop');
    await h.consuming;
    expectExactly(h.received, 4);
    expect(h.session.summary()).toMatchObject({ finishReason: 'stop', failovers: 1 });
  });

  it.each([RpcCode.InvalidArgument, RpcCode.NotFound, RpcCode.FailedPrecondition])(
    'a request the worker refuses itself (code %s) ends the iteration with that error, without a failover',
    async (code) => {
      const h = start({
        model: 'llama',
        sampling: { temperature: 0, seed: 7, maxTokens: 100 },
        setup: (cluster) => {
          const w1 = cluster.worker('w1');
          w1.model = 'llama';
          w1.onStream = (stream) => stream.fail('refused', code);
        },
      });
      let ended: unknown;
      void h.consuming.then(
        () => (ended = 'no error'),
        (error: unknown) => (ended = error),
      );
      await h.until(() => ended !== undefined);
      expect(ended).toMatchObject({
        code,
        remote: true,
        message: expect.stringContaining('refused'),
      });
      expect(h.cluster.worker('w1').stream.request).toMatchObject({
        model: 'llama',
        sampling: { temperature: 0, seed: 7, maxTokens: 100 },
      });
      expect(h.director.calls).toHaveLength(1);
      expect(h.of('failover')).toEqual([]);
      running = undefined;
      await h.cluster.close();
    },
  );

  it('protocol violation (wrong context): a worker continuing other prompt ids or another model is left', async () => {
    const h = start();
    await h.tokensUpTo(4);
    h.cluster.worker('w2').model = 'other';
    h.serving().stream.fail();
    await h.until(() => h.of('failover').length === 2);
    expect(h.of('failover')[1]).toMatchObject({ from: 'w2', reason: 'protocol-violation', violation: 'wrong-context' });
    expect(h.of('failover')[1].error.message).toContain('runs model "other", not "fake"');
    await h.tokensUpTo(6);
    expect(h.serving().label).toBe('w3');
    expectExactly(h.received, 6);
    expect(h.received.filter((t) => t.worker === 'w2')).toEqual([]);
  });

  it("the first worker's context must be one later workers accept: ids in range, a bounded count and model name", async () => {
    const h = start({
      setup: (cluster) => {
        cluster.worker('w1').promptTokenIds = [MAX_TOKEN_ID + 1];
        cluster.worker('w2').model = 'm'.repeat(300);
      },
    });
    await h.tokensUpTo(2);
    expect(h.of('failover').map((f) => [f.from, f.violation])).toEqual([
      ['w1', 'invalid-token'],
      ['w2', 'wrong-context'],
    ]);
    expect(h.serving().label).toBe('w3');
    expect(h.session.resumeState()).toMatchObject({ model: 'fake', promptTokenIds: [7, 8, 9] });
  });

  it('resumeState() continues the answer in another session: same id, same prompt ids, every token once', async () => {
    const first = start();
    await first.tokensUpTo(5);
    first.stop.abort();
    await first.consuming;
    const state = first.session.resumeState()!;
    expect(state).toEqual({
      sessionId: first.session.summary().sessionId,
      model: 'fake',
      promptTokenIds: [7, 8, 9],
      generatedTokenIds: first.received.flatMap((t) => t.tokenIds),
    });
    await first.finish();
    const second = start({ resume: state });
    await second.tokensUpTo(state.generatedTokenIds.length + 2);
    expect(second.cluster.worker('w1').stream.request).toMatchObject({
      sessionId: state.sessionId,
      resumeAfter: state.generatedTokenIds.length,
      generatedTokenIds: state.generatedTokenIds,
      promptTokenIds: [7, 8, 9],
    });
    expect(second.received[0].sequence).toBe(state.generatedTokenIds.length + 1);
    expect(() => start({ resume: { ...state, generatedTokenIds: [-1] } })).toThrow(/token ids must be integers/);
  });

  it('resumeState() of a finished answer says so, and a session resumed from it ends at once, asking nobody', async () => {
    const first = start();
    await first.tokensUpTo(3);
    first.serving().stream.pause();
    first.serving().stream.finish('stop');
    await first.consuming;
    const state = first.session.resumeState()!;
    expect(state).toMatchObject({ finishReason: 'stop', generatedTokenIds: [1, 2, 3].map(fakeTokenId) });
    await first.finish();
    const again = start({ resume: state });
    await again.consuming;
    expect(again.received).toEqual([]);
    expect(again.director.calls).toEqual([]);
    expect(again.session.summary()).toMatchObject({ finishReason: 'stop', tokens: 0 });
  });

  it('protocol violation (wrong resume point): nothing from that worker is delivered, another continues', async () => {
    const h = start();
    h.cluster.worker('w2').resumeSkew = 1;
    await h.tokensUpTo(4);
    h.serving().stream.fail();
    await h.tokensUpTo(8);
    const [, violation] = h.of('failover');
    expect(violation).toMatchObject({ from: 'w2', reason: 'protocol-violation', lastSequence: 4 });
    expect(violation.error.message).toContain('resumes after 5, not 4');
    expect(h.cluster.worker('w3').stream.request.resumeAfter).toBe(4);
    expectExactly(h.received, 8);
    expect(h.session.summary()).toMatchObject({
      violations: { 'out-of-sequence': 0, 'wrong-resume-point': 1 },
      perWorker: { w1: 4, w3: 4 },
    });
  });

  it('no progress, first token: a worker that answers pings but never streams is left at the first-token deadline', async () => {
    const h = start({ firstTokenTimeoutMs: 5000 });
    h.cluster.worker('w1').onStream = undefined; // Connected, then nothing
    await h.tokensUpTo(2);
    const [failover] = h.of('failover');
    expect(failover).toMatchObject({ from: 'w1', reason: 'no-progress', lastSequence: 0, at: 5000 });
    expect(failover.error.message).toContain('no first token within 5000 ms');
    expect(h.received[0].worker).toBe('w2');
  });

  it('no progress, mid-stream: tokens stop while pings are answered; left at the progress deadline', async () => {
    const h = start({ progressTimeoutMs: 2000 });
    await h.tokensUpTo(10);
    const lastTokenAt = h.clock.now();
    h.serving().stream.pause(); // pings still answered: the stall probe clears it, the deadline does not
    await h.until(() => h.of('failover').length > 0);
    expect(h.of('stall')).toHaveLength(1);
    expect(h.of('failover')[0]).toMatchObject({ from: 'w1', reason: 'no-progress', lastSequence: 10 });
    expect(h.of('failover')[0].at - lastTokenAt).toBe(2000); // max(2000, 4 × 500 ms)
    await h.tokensUpTo(12);
    expectExactly(h.received, 12);
  });

  it('no progress follows the rhythm: four observed intervals when that is longer than the floor', async () => {
    const h = start({ progressTimeoutMs: 1000 });
    for (const worker of h.cluster.workers.values()) worker.onStream = (stream) => stream.every(2000);
    await h.tokensUpTo(5);
    const lastTokenAt = h.clock.now();
    h.serving().stream.pause();
    await h.until(() => h.of('failover').length > 0);
    expect(h.of('failover')[0]).toMatchObject({ reason: 'no-progress', at: lastTokenAt + 8000 });
  });

  it('director unreachable: retries with growing delays and recovers when the director is back', async () => {
    const h = start({ directors: [D1], retryMs: 1000, retryMaxMs: 30_000 });
    // Nothing listens at D1 until it is "restarted" below.
    h.cluster.kill(D1);
    await h.until(() => h.of('retry').length >= 3);
    const retries = h.of('retry');
    expect(retries.map((r) => [r.cause, r.delayMs])).toEqual([
      ['director-unreachable', 1000],
      ['director-unreachable', 2000],
      ['director-unreachable', 4000],
    ]);
    expect(retries[0].error).toMatchObject({ code: RpcCode.Unavailable });
    h.cluster.network.listen(D1, h.director.server);
    await h.tokensUpTo(2);
    expectExactly(h.received, 2);
  });

  it('several directors: a failed director is replaced by the next one at once, in the same session', async () => {
    const h = start({ directors: [D1, D2] });
    await h.tokensUpTo(3);
    const sessionId = h.session.summary().sessionId;
    h.cluster.kill(D1);
    h.serving().stream.fail();
    await h.tokensUpTo(6);
    const [retry] = h.of('retry');
    expect(retry).toMatchObject({ cause: 'director-unreachable', delayMs: 0, director: D1 });
    expect(h.of('assigned').at(-1)).toMatchObject({ director: D2, sessionId });
    expect(h.cluster.directors[1].calls).toEqual([{ sessionId, excludedWorker: 'w1' }]);
    expectExactly(h.received, 6);
  });

  it('hedged connect: a first director that never completes a handshake costs the hedge delay, not the timeout', async () => {
    const h = start({ directors: [D1, D2], connectTimeoutMs: 3000, setup: (cluster) => cluster.silence(D1) });
    await h.tokensUpTo(1);
    // D1's dial is still pending when D2 answers: D2 is asked HEDGE_MIN_MS after D1, without waiting for D1.
    expect(h.of('assigned')).toMatchObject([{ director: D2, at: HEDGE_MIN_MS }]);
    expect(h.of('retry')).toEqual([]);
    expect(h.cluster.directors[1].calls).toHaveLength(1);
    expectExactly(h.received, 1);
  });

  it('early abandon: a director that vanished without a word is left once a call goes unacknowledged', async () => {
    const h = start({ directors: [D1, D2], directorTimeoutMs: 3000 });
    await h.tokensUpTo(3);
    const sessionId = h.session.summary().sessionId;
    // The host of D1 is gone: its connection is still open here, but nothing comes back on it any more.
    h.cluster.silence(D1);
    const failedAt = h.clock.now();
    h.serving().stream.fail();
    await h.tokensUpTo(4);
    const [retry] = h.of('retry');
    expect(retry).toMatchObject({
      cause: 'director-unreachable',
      delayMs: 0,
      director: D1,
      at: failedAt + HEDGE_MIN_MS,
    });
    expect(retry.error?.message).toMatch(/nothing heard from the director/);
    expect(h.of('assigned').at(-1)).toMatchObject({ director: D2, sessionId, at: failedAt + HEDGE_MIN_MS });
    // The next failover starts with D2, the director that answered.
    h.serving().stream.fail();
    await h.tokensUpTo(5);
    expect(h.of('assigned').at(-1)).toMatchObject({ director: D2, sessionId });
    expect(h.cluster.directors[1].calls.map((c) => c.sessionId)).toEqual([sessionId, sessionId]);
    expectExactly(h.received, 5);
  });

  it('a lone director that goes silent is waited for until the call times out: there is nowhere else to go', async () => {
    const h = start({ directors: [D1], directorTimeoutMs: 3000, retryMs: 1000 });
    await h.tokensUpTo(2);
    h.cluster.silence(D1);
    const failedAt = h.clock.now();
    h.serving().stream.fail();
    await h.until(() => h.of('retry').length > 0);
    expect(h.of('retry')[0]).toMatchObject({ cause: 'director-unreachable', at: failedAt + 3000, delayMs: 1000 });
  });

  it('hedged call: a director that acknowledges but is slow to answer has the next one asked; the first answer wins', async () => {
    const h = start({ directors: [D1, D2], directorTimeoutMs: 3000 });
    await h.tokensUpTo(2);
    const sessionId = h.session.summary().sessionId;
    const [d1, d2] = h.cluster.directors;
    d1.delayMs = 2000; // alive (its connection acknowledges at once) but slow
    const failedAt = h.clock.now();
    h.serving().stream.fail();
    await h.tokensUpTo(3);
    expect(h.of('assigned').at(-1)).toMatchObject({ director: D2, sessionId, at: failedAt + HEDGE_MIN_MS });
    expect(h.of('retry')).toEqual([]);
    // D1's call was cancelled once D2 answered.
    expect(d1.calls).toHaveLength(2);
    expect(d1.cancelled).toBe(1);
    expect(d2.calls).toEqual([{ sessionId, excludedWorker: 'w1' }]);
    expectExactly(h.received, 3);
  });

  it('a round asks each director on its own connection, whichever answered first last time', async () => {
    const h = start({ directors: [D1, D2], directorTimeoutMs: 3000, noWorkerRetryMs: 2000 });
    await h.tokensUpTo(2);
    const [d1, d2] = h.cluster.directors;
    for (const director of [d1, d2]) for (const label of ['w1', 'w2', 'w3']) director.setAvailable(label, false);
    d1.delayMs = 2000; // slow: D2 is asked as well, and says first that it has no worker
    h.serving().stream.fail();
    await h.until(() => h.of('retry').length >= 1);
    expect(h.of('retry')[0]).toMatchObject({ cause: 'no-worker', director: D2 });
    // The next round starts with D2, over a connection to D2 (the one kept is D1's).
    for (const label of ['w1', 'w2', 'w3']) d2.setAvailable(label, true);
    await h.tokensUpTo(3);
    expect(h.of('assigned').at(-1)).toMatchObject({ director: D2 });
    expect([d1.calls.length, d2.calls.length]).toEqual([2, 2]);
  });

  it('the hedge budget follows the answer times: a director that always takes 80 ms gets 320 ms', async () => {
    const h = start({ directors: [D1, D2], directorTimeoutMs: 3000 });
    const [d1, d2] = h.cluster.directors;
    d1.delayMs = 80;
    await h.tokensUpTo(2);
    expect(h.of('assigned')).toMatchObject([{ director: D1, at: 80 }]);
    expect(d2.calls).toEqual([]);
    d1.delayMs = 2000;
    const failedAt = h.clock.now();
    h.serving().stream.fail();
    await h.tokensUpTo(3);
    expect(h.of('assigned').at(-1)).toMatchObject({ director: D2, at: failedAt + HEDGE_ANSWER_TIMES * 80 });
  });

  it('no worker at the first director, the other one unreachable: backs off on the no-worker schedule', async () => {
    const h = start({ directors: [D1, D2], noWorkerRetryMs: 2000 });
    for (const label of ['w1', 'w2', 'w3']) h.director.setAvailable(label, false);
    h.cluster.kill(D2);
    await h.until(() => h.of('retry').length >= 2);
    expect(h.of('retry').map((r) => [r.cause, r.delayMs, r.director])).toEqual([
      ['no-worker', 2000, D1],
      ['no-worker', 4000, D1],
    ]);
    expect(h.cluster.network.dials.filter((d) => d.startsWith('director-2'))).toEqual([]);
  });

  it('no worker available: backs off on its own schedule until a worker is back', async () => {
    const h = start({ noWorkerRetryMs: 2000 });
    for (const label of ['w1', 'w2', 'w3']) h.director.setAvailable(label, false);
    await h.until(() => h.of('retry').length >= 3);
    expect(h.of('retry').map((r) => [r.cause, r.delayMs, r.at])).toEqual([
      ['no-worker', 2000, 0],
      ['no-worker', 4000, 2000],
      ['no-worker', 8000, 6000],
    ]);
    h.director.setAvailable('w3', true);
    await h.tokensUpTo(1);
    expect(h.received[0].worker).toBe('w3');
  });

  it('a director that held the call for a worker until near its deadline is asked again at once', async () => {
    const h = start({ directorTimeoutMs: 3000, noWorkerRetryMs: 2000 });
    h.director.holdMs = 2900;
    for (const label of ['w1', 'w2', 'w3']) h.director.setAvailable(label, false);
    await h.until(() => h.of('retry').length >= 2);
    expect(h.of('retry').map((r) => [r.cause, r.delayMs, r.at])).toEqual([
      ['no-worker', 0, 2900],
      ['no-worker', 0, 5800],
    ]);
    h.director.setAvailable('w2', true);
    await h.tokensUpTo(1);
    expect(h.received[0].worker).toBe('w2');
  });

  it('wake on availability: a session held for a worker is assigned the moment one becomes available', async () => {
    const h = start({ directorTimeoutMs: 3000, noWorkerRetryMs: 2000 });
    h.director.holdMs = 2900;
    for (const label of ['w1', 'w2', 'w3']) h.director.setAvailable(label, false);
    // Through one whole hold (answered "no worker" at 2900 and asked again at once) and into the next.
    await h.until(() => h.clock.now() >= 4000);
    expect(h.of('retry').map((r) => [r.cause, r.delayMs, r.at])).toEqual([['no-worker', 0, 2900]]);
    const availableAt = h.clock.now();
    h.director.setAvailable('w3', true);
    await h.tokensUpTo(1);
    expect(h.of('assigned')).toMatchObject([{ worker: 'w3', at: availableAt }]);
    expect(h.received[0]).toMatchObject({ worker: 'w3', sequence: 1 });
  });

  it('every director failed: the directors are found again (a DNS name resolved anew) and the new one serves', async () => {
    const h = start({ directors: [D1], retryMs: 1000, refreshDirectors: async () => [D2] });
    h.cluster.kill(D1);
    h.cluster.addDirector(D2);
    await h.tokensUpTo(2);
    expect(h.of('retry').map((r) => [r.cause, r.delayMs, r.director])).toEqual([['director-unreachable', 1000, D1]]);
    expect(h.of('assigned')[0]).toMatchObject({ director: D2, at: 1000 });
    expectExactly(h.received, 2);
  });

  it('every attempt passes on the admission of its assignment; after a failover a fresh one, for the new worker', async () => {
    const h = start();
    await h.tokensUpTo(3);
    h.serving().stream.fail();
    await h.tokensUpTo(6);
    const sessionId = h.session.summary().sessionId!;
    const [first, second] = h.cluster.admissions.issued;
    expect([first, second].map((a) => [a.sessionId, a.worker])).toEqual([
      [sessionId, 'w1'],
      [sessionId, 'w2'],
    ]);
    expect(h.cluster.worker('w1').stream.request.admission).toEqual(first.admission);
    expect(h.cluster.worker('w2').stream.request.admission).toEqual(second.admission);
    expect(h.cluster.worker('w2').stream.request.resumeAfter).toBe(3);
    expectExactly(h.received, 6);
  });

  it('an admission refused by the worker (expired on the way): asks a director again, then resumes', async () => {
    const h = start({ retryMs: 1000 });
    await h.tokensUpTo(3);
    h.cluster.admissions.ttlMs = 0; // the next admission is expired by the time the worker checks it
    h.serving().stream.fail();
    await h.until(() => h.cluster.worker('w2').refused.length === 1);
    h.cluster.admissions.ttlMs = 10_000;
    await h.tokensUpTo(6);
    const [, refused] = h.of('failover');
    expect(refused).toMatchObject({ from: 'w2', reason: 'error-frame', lastSequence: 3 });
    expect(refused.error).toMatchObject({ code: RpcCode.Unauthenticated, message: expect.stringContaining('expired') });
    expect(h.cluster.admissions.issued.map((a) => a.worker)).toEqual(['w1', 'w2', 'w3']);
    expect(h.cluster.worker('w3').stream.request.resumeAfter).toBe(3);
    expectExactly(h.received, 6);
  });

  it('rate-limited by a director: waits as long as the director says, on the same director, then continues', async () => {
    const h = start({ directors: [D1, D2], retryMs: 1000, noWorkerRetryMs: 2000 });
    h.director.rateLimitedCalls = 2;
    h.director.retryAfterMs = 3000;
    await h.tokensUpTo(1);
    expect(h.of('retry').map((r) => [r.cause, r.delayMs, r.at, r.director])).toEqual([
      ['rate-limited', 3000, 0, D1],
      ['rate-limited', 3000, 3000, D1],
    ]);
    expect(h.of('retry')[0].error).toMatchObject({ code: RpcCode.ResourceExhausted });
    expect(h.of('assigned')[0]).toMatchObject({ director: D1, at: 6000 });
    expect(h.cluster.directors[1].calls).toEqual([]);
  });

  it('excludes the worker just left, unless it is the only one available', async () => {
    const h = start({ workers: ['w1'] });
    await h.tokensUpTo(2);
    h.serving().stream.fail();
    await h.tokensUpTo(4);
    expect(h.director.calls.map((c) => c.excludedWorker)).toEqual(['', 'w1']);
    expect(h.received.map((t) => t.worker)).toEqual(['w1', 'w1', 'w1', 'w1']);
  });

  it('connect failure: a worker that cannot be reached costs one retry delay, then another worker serves', async () => {
    const h = start({ retryMs: 1000 });
    h.cluster.kill(endpointOf('w1'));
    await h.tokensUpTo(2);
    expect(h.of('failover')[0]).toMatchObject({ from: 'w1', reason: 'connect-failed', lastSequence: 0 });
    expect(h.of('retry')[0]).toMatchObject({ cause: 'attempt-failed', delayMs: 1000 });
    expect(h.received[0].worker).toBe('w2');
  });

  it('asks the transport for a director at directors and for the assigned worker at workers: an impostor is left', async () => {
    // The transport refuses a server whose certificate names someone else (libs/transport-quic tls.spec.ts); here
    // w1's endpoint is held by a server with w3's certificate, so asking for w1 there fails as that dial would.
    const dials: { host: string; peer: unknown }[] = [];
    const h = start({
      retryMs: 1000,
      dial: (endpoint, { peer }) => {
        dials.push({ host: endpoint.host, peer });
        if (endpoint.host === endpointOf('w1').host && peer?.name !== 'w3') {
          return Promise.reject(
            new RpcError(RpcCode.Unauthenticated, 'server certificate refused: a certificate of another worker'),
          );
        }
        return h.cluster.network.dial(endpoint);
      },
    });
    await h.tokensUpTo(3);
    expect(h.of('failover')[0]).toMatchObject({ from: 'w1', reason: 'connect-failed', lastSequence: 0 });
    expectExactly(h.received, 3);
    expect(h.received.every((t) => t.worker === 'w2')).toBe(true);
    const workerOf = (host: string) => ['w1', 'w2', 'w3'].find((w) => endpointOf(w).host === host);
    for (const { host, peer } of dials) {
      const worker = workerOf(host);
      expect(peer).toEqual(worker ? { role: 'worker', name: worker } : { role: 'director' });
    }
    expect(dials.map((d) => workerOf(d.host)).filter(Boolean)).toEqual(['w1', 'w2']);
  });
});

describe('StreamSession as a library', () => {
  it('aborting the signal ends the iteration without an error; a later run continues the same session', async () => {
    const h = start();
    await h.tokensUpTo(3);
    const summary = h.session.summary();
    h.stop.abort();
    await h.clock.advance(100);
    expect(h.session.status().worker).toBeUndefined();
    const more: Token[] = [];
    const again = new AbortController();
    const consuming = (async () => {
      for await (const token of h.session.tokens({ signal: again.signal })) {
        more.push(token);
        if (token.sequence >= 6) break;
      }
    })();
    while (more.length < 3) await h.clock.advance(100);
    await consuming;
    expect([...h.received, ...more].map((t) => t.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(h.session.summary()).toMatchObject({ sessionId: summary.sessionId, tokens: 6, failovers: 0 });
    expect(h.director.calls.map((c) => c.sessionId)).toEqual(['', summary.sessionId]);
  });

  it('aborting while a director holds the call for a worker ends the iteration at once', async () => {
    const h = start({ directors: [D1, D2] });
    await h.tokensUpTo(2);
    for (const director of h.cluster.directors) {
      director.holdMs = 10_000;
      for (const label of ['w1', 'w2', 'w3']) director.setAvailable(label, false);
    }
    h.serving().stream.fail();
    // Both directors hold the session's call (the second one asked once the first was slow to answer).
    await h.until(() => h.cluster.directors.every((d) => d.calls.length >= 2));
    let ended = false;
    void h.consuming.then(() => (ended = true));
    h.stop.abort();
    await h.clock.advance(10);
    expect(ended).toBe(true);
    expect(h.received.map((t) => t.sequence)).toEqual([1, 2]);
  });

  it('a slow consumer slows the stream down instead of losing or buffering without bound', async () => {
    const clock = new ManualClock({ settle: () => settle(10) });
    const cluster = new InProcessCluster(clock);
    cluster.addDirector(D1);
    const w1 = cluster.addWorker('w1', endpointOf('w1'));
    const session = new StreamSession({
      directors: [D1],
      prompt: 'p',
      dial: (e) => cluster.network.dial(e),
      clock,
      bufferTokens: 4,
    });
    running = { finish: () => cluster.close() };
    const iterator = session.tokens()[Symbol.asyncIterator]();
    const first = iterator.next();
    while (w1.streams.length === 0) await clock.advance(10);
    w1.stream.tokens(50);
    await clock.advance(10);
    expect((await first).value).toMatchObject({ sequence: 1 });
    const rest: number[] = [];
    for (let i = 0; i < 49; i++) rest.push((await iterator.next()).value!.sequence);
    expect(rest).toEqual(Array.from({ length: 49 }, (_, i) => i + 2));
    expect(session.summary()).toMatchObject({ tokens: 50, failovers: 0 });
    await iterator.return(undefined);
  });

  it('refuses a second concurrent iteration and a malformed session id', async () => {
    const h = start();
    await h.tokensUpTo(1);
    await expect(h.session.tokens()[Symbol.asyncIterator]().next()).rejects.toThrow('already being iterated');
    expect(
      () => new StreamSession({ directors: [D1], prompt: 'p', dial: h.cluster.network.dial, sessionId: 'x' }),
    ).toThrow(RangeError);
  });
});
