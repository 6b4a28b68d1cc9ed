import { afterEach, describe, expect, it } from '@jest/globals';
import { WorkerLog } from '@switchyard/log-events';
import { createLogSink } from '@switchyard/logging/testing';
import { SyntheticAnswer, WorkerService, type Endpoint } from '@switchyard/protocol';
import { RpcCode, RpcServer } from '@switchyard/rpc';
import { settle } from '@switchyard/rpc/testing';
import { StreamSession, type SessionOptions, type Token } from '@switchyard/session';
import { InProcessCluster } from '@switchyard/session/testing';
import { ManualClock } from '@switchyard/time/testing';
import { EngineRefusal, type Engine, type EngineChunk, type EngineRequest, type RefusalReason } from './engine.js';
import { GenerationService, type SimulatedFailure } from './generation-service.js';
import { SyntheticEngine } from './synthetic-engine.js';

// Real workers (GenerationService over the synthetic engine) behind a director with the real pool, and a real
// StreamSession, on in-memory streams and one manual clock: what the worker serves, seen by the client library.

const PROMPT = 'tell me about connection replacement';
const answer = new SyntheticAnswer(PROMPT);
const endpointOf = (label: string): Endpoint => ({ host: `${label}.workers`, port: 62000 });

interface WorkerSetup {
  label: string;
  failure?: SimulatedFailure;
  engine?: Engine;
}

let running: { stop(): Promise<void> } | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

function start(workers: WorkerSetup[], options: Partial<SessionOptions> = {}) {
  const clock = new ManualClock({ settle: () => settle(10) });
  const cluster = new InProcessCluster(clock);
  const director = cluster.addDirector({ host: 'director', port: 61000 });
  const logs = createLogSink('worker');
  const services = new Map<string, GenerationService>();
  /** How often each worker reported a change of availability or load. */
  const changes = new Map<string, number>();
  const servers: RpcServer[] = [];
  for (const { label, failure, engine } of workers) {
    const service = new GenerationService({
      label,
      engine: engine ?? new SyntheticEngine({ clock, tokenIntervalMs: 500 }),
      clock,
      random: () => 0.5,
      maxSessions: 10,
      maxSessionsPerAddress: 10,
      admissions: {
        check: (admission, sessionId) => {
          const refusal = cluster.admissions.refusal(admission, sessionId, label);
          return refusal && { reason: 'forged', message: refusal.message };
        },
      },
      failure,
      onChange: () => changes.set(label, (changes.get(label) ?? 0) + 1),
      logger: logs.logger.child({ worker: label }),
    });
    const server = new RpcServer().register(WorkerService, service.handlers);
    cluster.network.listen(endpointOf(label), server);
    director.addWorker(label, endpointOf(label));
    services.set(label, service);
    servers.push(server);
  }
  const session = new StreamSession({
    directors: [{ host: 'director', port: 61000 }],
    prompt: PROMPT,
    dial: (endpoint, dialOptions) => cluster.network.dial(endpoint, dialOptions),
    clock,
    random: () => 0.5,
    ...options,
  });
  const received: (Token & { at: number })[] = [];
  const stop = new AbortController();
  let ended: unknown;
  const consuming = (async () => {
    for await (const token of session.tokens({ signal: stop.signal })) received.push({ ...token, at: clock.now() });
  })().then(
    () => (ended = 'done'),
    (error: unknown) => (ended = error),
  );
  const harness = {
    clock,
    director,
    session,
    services,
    changes,
    logs,
    received,
    ended: () => ended,
    async until(predicate: () => boolean, limitMs = 120_000): Promise<void> {
      for (let waited = 0; !predicate(); waited += 100) {
        if (waited > limitMs) throw new Error(`not reached within ${limitMs} ms of the manual clock`);
        await clock.advance(100);
      }
    },
    async stop(): Promise<void> {
      stop.abort();
      await consuming;
      await Promise.all(servers.map((server) => server.close({ graceMs: 0 })));
      await cluster.close();
    },
  };
  running = harness;
  return harness;
}

/** The delivered chunks are exactly the synthetic answer's tokens 1…n, ids and text. */
function expectAnswer(received: Token[], n: number): void {
  const ids = received.flatMap((t) => t.tokenIds);
  expect(ids).toEqual(Array.from({ length: n }, (_, i) => answer.tokenId(i + 1)));
  expect(received.map((t) => t.text).join('')).toBe(Array.from({ length: n }, (_, i) => answer.text(i + 1)).join(''));
  expect(received.at(-1)?.sequence).toBe(n);
}

/** An engine a test drives: each `generate` is a queue of chunks the test pushes (or an error, or the end). */
class ScriptedEngine implements Engine {
  readonly model = 'scripted';
  readonly vocabularySize = 1000;
  constructor(readonly contextTokens = 1000) {}
  readonly requests: EngineRequest[] = [];
  private readonly queue: (EngineChunk | Error | 'end')[] = [];
  private wake: (() => void) | undefined;

  ready = true;
  /** Continues from text: chunks without ids, no tokenizer. */
  inexact = false;
  private readyListener: (() => void) | undefined;

  samplingProblem(): string | undefined {
    return undefined;
  }

  onReadyChange(listener: () => void): void {
    this.readyListener = listener;
  }

  setReady(ready: boolean): void {
    this.ready = ready;
    this.readyListener?.();
  }

  async tokenize(prompt: string): Promise<readonly number[]> {
    return this.inexact ? [] : [...prompt].map((c) => c.charCodeAt(0));
  }

  push(...items: (EngineChunk | Error | 'end')[]): void {
    this.queue.push(...items);
    this.wake?.();
  }

  async *generate(request: EngineRequest): AsyncGenerator<EngineChunk> {
    this.requests.push(request);
    for (;;) {
      const item = this.queue.shift();
      if (item === undefined) {
        if (request.signal.aborted) return;
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          request.signal.addEventListener('abort', () => resolve(), { once: true });
        });
        continue;
      }
      if (item === 'end') return;
      if (item instanceof Error) throw item;
      yield item;
    }
  }
}

describe('GenerationService with the synthetic engine, under a real session', () => {
  it('streams the answer one token per interval on the clock, and ends it at max_tokens', async () => {
    const h = start([{ label: 'w1' }], { sampling: { maxTokens: 12 } });
    await h.until(() => h.ended() !== undefined);
    expect(h.ended()).toBe('done');
    expectAnswer(h.received, 12);
    expect(h.session.summary()).toMatchObject({ finishReason: 'length', tokens: 12, failovers: 0 });
    const gaps = h.received.slice(1).map((t, i) => t.at - h.received[i].at);
    expect(new Set(gaps)).toEqual(new Set([500]));
    expect(h.logs.find(WorkerLog.streamEnded, { ended: 'finished', lastSequence: 12, sent: 12 })).toHaveLength(1);
    expect(h.services.get('w1')!.load).toBe(0);
  });

  it('a simulated failure: the session continues on the other worker from the ids it holds, exactly', async () => {
    const failure: SimulatedFailure = { mode: 'simulated', afterMs: { min: 2600, max: 2600 }, recoveryMs: 60_000 };
    const h = start([{ label: 'w1', failure }, { label: 'w2' }], { sampling: { maxTokens: 15 } });
    await h.until(() => h.ended() !== undefined);
    expectAnswer(h.received, 15);
    const summary = h.session.summary();
    expect(summary).toMatchObject({ finishReason: 'length', failovers: 1, perWorker: { w1: 5, w2: 10 } });
    expect(h.services.get('w1')!.available).toBe(false);
    expect(h.logs.find(WorkerLog.streamEnded, { worker: 'w1', ended: 'failed', lastSequence: 5 })).toHaveLength(1);
    expect(h.logs.find(WorkerLog.streamStarted, { worker: 'w2', resumeAfter: 5 })).toHaveLength(1);
  });

  it('a hang: pings are answered but nothing comes; the session leaves at the progress deadline, exactly', async () => {
    const failure: SimulatedFailure = { mode: 'hang', afterMs: { min: 2600, max: 2600 }, recoveryMs: 60_000 };
    const h = start([{ label: 'w1', failure }, { label: 'w2' }], { sampling: { maxTokens: 15 } });
    await h.until(() => h.ended() !== undefined);
    expectAnswer(h.received, 15);
    expect(h.session.summary()).toMatchObject({ failovers: 1, perWorker: { w1: 5, w2: 10 } });
    expect(h.services.get('w1')!.available).toBe(true);
  });

  it('a hang that ends before the deadline: the tokens held back come, none lost, none twice', async () => {
    const failure: SimulatedFailure = { mode: 'hang', afterMs: { min: 2600, max: 2600 }, recoveryMs: 1000 };
    const h = start([{ label: 'w1', failure }], { sampling: { maxTokens: 12 }, stallProbe: false });
    await h.until(() => h.ended() !== undefined);
    expectAnswer(h.received, 12);
    expect(h.session.summary()).toMatchObject({ failovers: 0 });
    expect(h.logs.find(WorkerLog.recovered)).toHaveLength(1);
  });

  it('draining: GoAway to the session, which continues on the other worker, exactly', async () => {
    const h = start([{ label: 'w1' }, { label: 'w2' }], { sampling: { maxTokens: 10 } });
    await h.until(() => h.received.length === 4);
    h.services.get(h.received[0].worker)!.drain();
    await h.until(() => h.ended() !== undefined);
    expectAnswer(h.received, 10);
    const [first] = h.received;
    expect(h.session.summary()).toMatchObject({ failovers: 1, perWorker: { [first.worker]: 4 } });
    expect(h.logs.find(WorkerLog.streamEnded, { worker: first.worker, ended: 'goaway' })).toHaveLength(1);
  });
});

describe('GenerationService over an engine', () => {
  it('sends chunks of several ids as one token each with its sequence, and the finish reason last', async () => {
    const engine = new ScriptedEngine();
    const h = start([{ label: 'w1', engine }]);
    await h.until(() => engine.requests.length === 1);
    engine.push({ tokenIds: [1, 2, 3], text: 'abc' }, { tokenIds: [4], text: 'd', finishReason: 'stop' });
    await h.until(() => h.ended() !== undefined);
    expect(h.received.map((t) => [t.sequence, t.tokenIds, t.text])).toEqual([
      [3, [1, 2, 3], 'abc'],
      [4, [4], 'd'],
    ]);
    expect(h.session.summary()).toMatchObject({ finishReason: 'stop', tokens: 4 });
    expect(h.session.resumeState()).toMatchObject({
      model: 'scripted',
      promptTokenIds: [...PROMPT].map((c) => c.charCodeAt(0)),
      generatedTokenIds: [1, 2, 3, 4],
    });
  });

  it('an engine that fails, or ends without a finish reason, fails the stream: the session continues elsewhere', async () => {
    const broken = new ScriptedEngine();
    const cut = new ScriptedEngine();
    const h = start([
      { label: 'w1', engine: broken },
      { label: 'w2', engine: cut },
      { label: 'w3', engine: new ScriptedEngine() },
    ]);
    await h.until(() => broken.requests.length === 1);
    broken.push({ tokenIds: [1], text: 'a' }, new Error('out of memory'));
    await h.until(() => cut.requests.length === 1);
    expect(cut.requests[0].generatedTokenIds).toEqual([1]);
    cut.push({ tokenIds: [2], text: 'b' }, 'end');
    await h.until(() => h.session.summary().failovers === 2);
    const [engineFailed, noFinish] = h.logs.find(WorkerLog.streamEnded);
    expect([engineFailed, noFinish]).toMatchObject([
      { worker: 'w1', ended: 'failed', lastSequence: 1 },
      { worker: 'w2', ended: 'failed', lastSequence: 2 },
    ]);
    expect(h.logs.find(WorkerLog.engineFailed, { worker: 'w1', err: 'out of memory' })).toHaveLength(1);
    expect(h.received.map((t) => t.tokenIds)).toEqual([[1], [2]]);
  });

  it('a client that leaves aborts the engine: it stops generating', async () => {
    const engine = new ScriptedEngine();
    const h = start([{ label: 'w1', engine }]);
    await h.until(() => engine.requests.length === 1);
    engine.push({ tokenIds: [1], text: 'a' });
    await h.until(() => h.received.length === 1);
    await h.stop();
    running = undefined;
    expect(engine.requests[0].signal.aborted).toBe(true);
    expect(h.logs.find(WorkerLog.streamEnded, { ended: 'cancelled', lastSequence: 1 })).toHaveLength(1);
  });

  it('refuses a prompt that leaves the model no room for an answer with INVALID_ARGUMENT', async () => {
    const engine = new ScriptedEngine(PROMPT.length);
    const h = start([{ label: 'w1', engine }]);
    await h.until(() => h.ended() !== undefined);
    expect(h.ended()).toMatchObject({
      code: RpcCode.InvalidArgument,
      message: expect.stringContaining(`the prompt is ${PROMPT.length} tokens: scripted holds ${PROMPT.length}`),
    });
    expect(engine.requests).toEqual([]);
    expect(h.logs.find(WorkerLog.streamEnded, { ended: 'refused' })).toHaveLength(1);
  });

  it("refuses ids outside the engine's vocabulary with INVALID_ARGUMENT (a resume meant for another model)", async () => {
    const engine = new ScriptedEngine();
    const resume = {
      sessionId: `conn-${crypto.randomUUID()}`,
      model: '',
      promptTokenIds: [1],
      generatedTokenIds: [5000],
    };
    const h = start([{ label: 'w1', engine }], { resume });
    await h.until(() => h.ended() !== undefined);
    expect(h.ended()).toMatchObject({
      code: RpcCode.InvalidArgument,
      message: expect.stringContaining("token ids must be below 1000, the size of scripted's vocabulary"),
    });
    expect(engine.requests).toEqual([]);
  });

  it.each([
    ['invalid', RpcCode.InvalidArgument],
    ['not-found', RpcCode.NotFound],
    ['unauthorized', RpcCode.FailedPrecondition],
  ] as [RefusalReason, RpcCode][])(
    "an engine's refusal (%s) ends the session with its reason (code %d), and no other worker is asked",
    async (reason, code) => {
      const refusing = new ScriptedEngine();
      const other = new ScriptedEngine();
      const h = start([
        { label: 'w1', engine: refusing },
        { label: 'w2', engine: other },
      ]);
      await h.until(() => refusing.requests.length + other.requests.length === 1);
      const [asked, spare] = refusing.requests.length === 1 ? [refusing, other] : [other, refusing];
      asked.push({ tokenIds: [1], text: 'a' }, new EngineRefusal(reason, '400 context too long'));
      await h.until(() => h.ended() !== undefined);
      expect(h.ended()).toMatchObject({
        code,
        message: expect.stringContaining('engine refused the request: 400 context too long'),
      });
      expect(h.received.map((t) => t.tokenIds)).toEqual([[1]]);
      expect(spare.requests).toEqual([]);
      expect(h.session.summary().failovers).toBe(0);
      expect(h.logs.find(WorkerLog.streamEnded, { ended: 'refused' })).toHaveLength(1);
    },
  );

  it('a worker whose engine is not ready is unavailable and refuses streams, which continue elsewhere', async () => {
    const loading = new ScriptedEngine();
    loading.setReady(false);
    const h = start([{ label: 'w1', engine: loading }, { label: 'w2' }]);
    const w1 = h.services.get('w1')!;
    expect(w1.available).toBe(false);
    expect(w1.engineReady).toBe(false);
    await expect(w1.handlers.ping()).rejects.toMatchObject({ code: RpcCode.Unavailable });
    await expect(w1.handlers.ping()).rejects.toThrow("w1's engine is not ready");
    await h.until(() => h.received.length === 3);
    expect(loading.requests).toEqual([]);
    expectAnswer(h.received, 3);
    expect(h.changes.get('w1')).toBeUndefined();

    // Ready again: the worker says so (it publishes its availability on each change), and takes streams.
    loading.setReady(true);
    expect(h.changes.get('w1')).toBe(1);
    expect(w1.available).toBe(true);
  });

  it('an engine that continues from text refuses a session that does not allow it (FAILED_PRECONDITION)', async () => {
    const engine = new ScriptedEngine();
    engine.inexact = true;
    const h = start([{ label: 'w1', engine }]);
    await h.until(() => h.ended() !== undefined);
    expect(h.ended()).toMatchObject({ code: RpcCode.FailedPrecondition });
    expect(String(h.ended())).toContain("w1's engine continues answers from text, not token ids");
    expect(engine.requests).toEqual([]);
  });

  it('an inexact engine: text chunks count a token each, and the next worker continues from the text', async () => {
    const engines = [new ScriptedEngine(), new ScriptedEngine()];
    for (const engine of engines) engine.inexact = true;
    const h = start(
      [
        { label: 'w1', engine: engines[0] },
        { label: 'w2', engine: engines[1] },
      ],
      { allowInexact: true },
    );
    await h.until(() => engines.some((engine) => engine.requests.length === 1));
    const [first, second] = engines[0].requests.length === 1 ? engines : [engines[1], engines[0]];
    expect(first.requests[0]).toMatchObject({ prompt: PROMPT, promptTokenIds: [], generatedText: '', resumeAfter: 0 });
    first.push({ tokenIds: [], text: 'Hello' }, { tokenIds: [], text: ' world' }, new Error('upstream gone'));
    await h.until(() => second.requests.length === 1);
    expect(second.requests[0]).toMatchObject({
      prompt: PROMPT,
      promptTokenIds: [],
      generatedTokenIds: [],
      generatedText: 'Hello world',
      resumeAfter: 2,
    });
    second.push({ tokenIds: [], text: '!', finishReason: 'stop' });
    await h.until(() => h.ended() !== undefined);
    expect(h.ended()).toBe('done');
    expect(h.received.map((t) => [t.sequence, t.text])).toEqual([
      [1, 'Hello'],
      [2, ' world'],
      [3, '!'],
    ]);
    expect(h.session.summary()).toMatchObject({ finishReason: 'stop', failovers: 1, inexact: true, tokens: 3 });
    expect(h.session.resumeState()).toBeUndefined();
  });

  it('an inexact engine refuses to resume an answer from ids (one begun on an exact engine): it needs the text', async () => {
    const engine = new ScriptedEngine();
    engine.inexact = true;
    const resume = { sessionId: `conn-${crypto.randomUUID()}`, model: '', promptTokenIds: [1], generatedTokenIds: [7] };
    const h = start([{ label: 'w1', engine }], { resume, allowInexact: true });
    await h.until(() => h.ended() !== undefined);
    expect(h.ended()).toMatchObject({ code: RpcCode.InvalidArgument });
    expect(String(h.ended())).toContain('a resumed stream must send generated_text');
    expect(engine.requests).toEqual([]);
  });

  it('refuses a model it does not serve with NOT_FOUND, which ends the session with it', async () => {
    const h = start([{ label: 'w1' }], { model: 'llama-3' });
    await h.until(() => h.ended() !== undefined);
    expect(h.ended()).toMatchObject({
      code: RpcCode.NotFound,
      message: expect.stringContaining('serves model "synthetic"'),
    });
    expect(h.received).toEqual([]);
  });
});

describe('SyntheticEngine', () => {
  it('continues after the ids it is given, one token per interval, and stops when the signal aborts', async () => {
    const clock = new ManualClock();
    const engine = new SyntheticEngine({ clock, tokenIntervalMs: 20 });
    const stop = new AbortController();
    const chunks = engine.generate({
      prompt: PROMPT,
      promptTokenIds: answer.promptTokenIds,
      generatedTokenIds: [answer.tokenId(1), answer.tokenId(2)],
      generatedText: '',
      resumeAfter: 2,
      maxTokens: 100,
      sampling: undefined,
      signal: stop.signal,
    });
    const iterator = chunks[Symbol.asyncIterator]();
    const next = iterator.next();
    await clock.advance(20);
    expect((await next).value).toEqual({ tokenIds: [answer.tokenId(3)], text: answer.text(3) });
    const after = iterator.next();
    stop.abort();
    expect(await after).toEqual({ done: true, value: undefined });
  });
});
