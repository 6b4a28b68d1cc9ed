import { WorkerPool } from '@switchyard/assignment';
import type { Clock, TimerHandle } from '@switchyard/time';
import {
  DirectorService,
  WorkerService,
  finishReasonValue,
  type Endpoint,
  type FinishReason,
  type director,
  type worker,
} from '@switchyard/protocol';
import { RpcCode, RpcError, RpcServer } from '@switchyard/rpc';
import { InMemoryNetwork } from '@switchyard/rpc/testing';

/** One admission a fake director issued. */
export interface IssuedAdmission {
  admission: Uint8Array;
  sessionId: string;
  worker: string;
  expiresAt: number;
}

/**
 * The admissions of an in-process cluster, standing in for the signed ones of the real services: the fake directors
 * issue one with every assignment (opaque bytes the session must pass on unchanged) and the fake workers refuse a
 * Generate without one issued for that session and that worker, unexpired on the cluster's clock, as real workers do.
 */
export class FakeAdmissions {
  /** How long an admission is good for, on the cluster's clock. */
  ttlMs = 10_000;
  readonly issued: IssuedAdmission[] = [];

  constructor(private readonly clock: Clock) {}

  issue(sessionId: string, worker: string): Uint8Array {
    const admission = crypto.getRandomValues(new Uint8Array(16));
    this.issued.push({ admission, sessionId, worker, expiresAt: this.clock.now() + this.ttlMs });
    return admission;
  }

  /** The refusal a worker would answer with, or undefined when `admission` admits `sessionId` on `worker` now. */
  refusal(admission: Uint8Array, sessionId: string, worker: string): RpcError | undefined {
    const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);
    const found = this.issued.find((issued) => same(issued.admission, admission));
    if (!found || found.sessionId !== sessionId) return new RpcError(RpcCode.Unauthenticated, 'no valid admission');
    if (found.worker !== worker) return new RpcError(RpcCode.PermissionDenied, `admission is for ${found.worker}`);
    if (this.clock.now() >= found.expiresAt) return new RpcError(RpcCode.Unauthenticated, 'admission expired');
    return undefined;
  }
}

type Action =
  | { kind: 'token'; sequence: number; tokenIds: number[] }
  | { kind: 'finish'; reason: FinishReason }
  | { kind: 'fail'; message: string; code: Exclude<RpcCode, 0> }
  | { kind: 'goaway' }
  | { kind: 'end' };

/** The token id the fake workers send at `sequence` (their text is `t<sequence>`). */
export const fakeTokenId = (sequence: number): number => sequence % 1000;

/** One Generate call on a fake worker, driven by the test. */
export class FakeStream {
  private readonly actions: Action[] = [];
  private wake: (() => void) | undefined;
  private timer: TimerHandle | undefined;
  private next: number;
  /** Set once the client has gone (cancelled, or the connection broke). */
  closed = false;

  constructor(
    readonly request: worker.v1.GenerateRequest,
    private readonly clock: Clock,
  ) {
    this.next = request.resumeAfter + 1;
  }

  /** Sends the next `count` tokens now, one per chunk. */
  tokens(count = 1): void {
    for (let i = 0; i < count; i++) this.chunk(1);
  }

  /** Sends the next `size` tokens in one chunk. */
  chunk(size: number): void {
    const ids = Array.from({ length: size }, (_, i) => fakeTokenId(this.next + i));
    this.next += size;
    this.push({ kind: 'token', sequence: this.next - 1, tokenIds: ids });
  }

  /** Sends a one-token chunk with this sequence number, whatever comes next. */
  sequence(sequence: number): void {
    this.send(sequence, [fakeTokenId(sequence)]);
  }

  /** Sends a chunk with this sequence number and these ids, whatever comes next. */
  send(sequence: number, tokenIds: number[]): void {
    this.push({ kind: 'token', sequence, tokenIds });
    this.next = sequence + 1;
  }

  /** Ends the answer: a last chunk without tokens, with its finish reason. */
  finish(reason: FinishReason = 'stop'): void {
    this.push({ kind: 'finish', reason });
  }

  /** Sends a token every `intervalMs` of the clock, starting one interval from now, until `pause`. */
  every(intervalMs: number): void {
    this.pause();
    this.timer = this.clock.setTimeout(() => {
      this.tokens();
      this.every(intervalMs);
    }, intervalMs);
  }

  /** Stops the tokens `every` sends. */
  pause(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Ends the stream with an error status (an error frame). */
  fail(message = 'simulated failure', code: Exclude<RpcCode, 0> = RpcCode.Unavailable): void {
    this.push({ kind: 'fail', message, code });
  }

  goAway(): void {
    this.push({ kind: 'goaway' });
  }

  /** Ends the stream with OK, which a client never expects. */
  end(): void {
    this.push({ kind: 'end' });
  }

  async *run(signal: AbortSignal): AsyncGenerator<worker.v1.GenerateEvent.$Properties> {
    const onAbort = () => this.wake?.();
    signal.addEventListener('abort', onAbort);
    try {
      for (;;) {
        const action = this.actions.shift();
        if (!action) {
          if (signal.aborted) return;
          await new Promise<void>((resolve) => (this.wake = resolve));
          continue;
        }
        if (action.kind === 'token') {
          const { sequence, tokenIds } = action;
          yield { token: { sequence, text: `t${sequence}`, tokenIds } };
        } else if (action.kind === 'finish') {
          yield { token: { sequence: this.next - 1, finishReason: finishReasonValue(action.reason) } };
          return;
        } else if (action.kind === 'goaway') yield { goAway: { reason: 'shutting down' } };
        else if (action.kind === 'fail') throw new RpcError(action.code, action.message);
        else return;
      }
    } finally {
      this.pause();
      this.closed = true;
      signal.removeEventListener('abort', onAbort);
    }
  }

  private push(action: Action): void {
    this.actions.push(action);
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

/** A worker whose streams and pings the test controls. */
export class FakeWorker {
  readonly server: RpcServer;
  readonly streams: FakeStream[] = [];
  /** How pings are answered. */
  pings: 'answer' | 'hang' | 'refuse' = 'answer';
  /** Time on the clock an answered ping takes. */
  pingDelayMs = 0;
  pingCount = 0;
  /** What every new stream does first, once Connected is sent (tokens every interval, say). */
  onStream: ((stream: FakeStream) => void) | undefined;
  /** Added to the resume point Connected reports: anything but 0 breaks the protocol. */
  resumeSkew = 0;
  /** The model Connected names. */
  model = 'fake';
  /** The prompt ids Connected reports on a new stream (a resumed one reports the ones it was sent). */
  promptTokenIds: number[] = [7, 8, 9];
  /** Generate calls refused for want of a valid admission. */
  readonly refused: RpcError[] = [];

  constructor(
    readonly label: string,
    readonly endpoint: Endpoint,
    private readonly clock: Clock,
    private readonly admissions: FakeAdmissions,
  ) {
    this.server = new RpcServer().register(WorkerService, {
      generate: (request, ctx) => this.generate(request, ctx.signal),
      ping: async (_request, ctx) => {
        this.pingCount++;
        if (this.pings === 'refuse') throw new RpcError(RpcCode.Unavailable, `${label} is not available`);
        if (this.pings === 'hang') await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        if (this.pingDelayMs > 0)
          await new Promise((resolve) => this.clock.setTimeout(() => resolve(undefined), this.pingDelayMs));
        return { worker: label };
      },
    });
  }

  private async *generate(request: worker.v1.GenerateRequest, signal: AbortSignal) {
    const refusal = this.admissions.refusal(request.admission, request.sessionId, this.label);
    if (refusal) {
      this.refused.push(refusal);
      throw refusal;
    }
    const stream = new FakeStream(request, this.clock);
    this.streams.push(stream);
    const promptTokenIds = request.promptTokenIds.length > 0 ? request.promptTokenIds : this.promptTokenIds;
    const resumeAfter = request.resumeAfter + this.resumeSkew;
    yield { connected: { worker: this.label, resumeAfter, promptTokenIds, model: this.model } };
    this.onStream?.(stream);
    yield* stream.run(signal);
  }

  /** The stream opened last. */
  get stream(): FakeStream {
    const stream = this.streams[this.streams.length - 1];
    if (!stream) throw new Error(`${this.label} has no stream`);
    return stream;
  }
}

/**
 * A director with the real `WorkerPool` (round-robin, so tests know who comes next), whose workers' availability
 * the test sets; it holds a call for a worker `holdMs` on the cluster's clock, as real directors do.
 */
export class FakeDirector {
  readonly server: RpcServer;
  readonly pool: WorkerPool;
  readonly calls: { sessionId: string; excludedWorker: string }[] = [];
  /** Calls to refuse with RESOURCE_EXHAUSTED, as a director refuses an address that calls too often. */
  rateLimitedCalls = 0;
  /** The `retry-after-ms` trailer of those refusals. */
  retryAfterMs = 1000;
  /** With no worker available, hold the call this long for one, as real directors do. */
  holdMs = 0;
  /** Every call takes this long on the clock before anything else (a busy director). */
  delayMs = 0;
  /** Calls cancelled by the client before they were answered. */
  cancelled = 0;
  private readonly endpoints = new Map<string, Endpoint>();

  constructor(
    private readonly clock: Clock,
    private readonly admissions: FakeAdmissions,
  ) {
    this.pool = new WorkerPool({ clock, strategy: 'round-robin' });
    this.server = new RpcServer().register(DirectorService, {
      assignWorker: async (request, ctx) => {
        this.calls.push({ sessionId: request.sessionId, excludedWorker: request.excludedWorker });
        let answering = true;
        ctx.signal.addEventListener('abort', () => {
          if (answering) this.cancelled++;
        });
        try {
          return await this.assign(request, ctx.trailers, ctx.signal);
        } finally {
          answering = false;
        }
      },
      // The fake workers name no model.
      listModels: async () => ({ models: [] }),
    });
  }

  /** A worker this director knows, available. */
  addWorker(label: string, endpoint: Endpoint): void {
    this.endpoints.set(label, endpoint);
    this.setAvailable(label, true);
  }

  /** What the worker now says of itself, as membership would report it. */
  setAvailable(label: string, available: boolean): void {
    const endpoint = this.endpoints.get(label);
    this.pool.update({ label, endpoint, available, load: 0, status: 'alive', incarnation: 1, model: '' });
  }

  private async assign(
    request: director.v1.AssignWorkerRequest,
    trailers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<director.v1.AssignWorkerResponse.$Properties> {
    if (this.delayMs > 0) await new Promise((resolve) => this.clock.setTimeout(() => resolve(undefined), this.delayMs));
    if (this.rateLimitedCalls > 0) {
      this.rateLimitedCalls--;
      trailers['retry-after-ms'] = String(this.retryAfterMs);
      throw new RpcError(RpcCode.ResourceExhausted, 'too many AssignWorker calls');
    }
    const sessionId = request.sessionId || `conn-${crypto.randomUUID()}`;
    const picked = await this.pool.assign(request.excludedWorker || undefined, { waitMs: this.holdMs, signal });
    if (!picked?.endpoint) throw new RpcError(RpcCode.Unavailable, 'no worker is available');
    const admission = this.admissions.issue(sessionId, picked.label);
    return { sessionId, worker: picked.label, endpoint: picked.endpoint, admission };
  }
}

/** Directors and workers on an in-memory network, all on one manual clock, sharing their admissions. */
export class InProcessCluster {
  readonly network = new InMemoryNetwork({ now: () => this.clock.now() });
  readonly directors: FakeDirector[] = [];
  readonly workers = new Map<string, FakeWorker>();
  readonly admissions: FakeAdmissions;

  constructor(private readonly clock: Clock) {
    this.admissions = new FakeAdmissions(clock);
  }

  /** A director that knows every worker added so far (and every one added later). */
  addDirector(endpoint: Endpoint): FakeDirector {
    const director = new FakeDirector(this.clock, this.admissions);
    for (const worker of this.workers.values()) director.addWorker(worker.label, worker.endpoint);
    this.directors.push(director);
    this.network.listen(endpoint, director.server);
    return director;
  }

  /** A worker known to every director. */
  addWorker(label: string, endpoint: Endpoint): FakeWorker {
    const worker = new FakeWorker(label, endpoint, this.clock, this.admissions);
    this.workers.set(label, worker);
    this.network.listen(endpoint, worker.server);
    for (const director of this.directors) director.addWorker(label, endpoint);
    return worker;
  }

  worker(label: string): FakeWorker {
    const worker = this.workers.get(label);
    if (!worker) throw new Error(`no worker ${label}`);
    return worker;
  }

  /** The process at `endpoint` is gone: its connections break and new ones are refused. */
  kill(endpoint: Endpoint): void {
    this.network.unlisten(endpoint);
    this.network.reset(endpoint);
  }

  /** The host at `endpoint` vanished without a word: dials to it hang, its connections go silent. */
  silence(endpoint: Endpoint): void {
    this.network.unlisten(endpoint);
    this.network.silence(endpoint);
  }

  async close(): Promise<void> {
    const servers = [...this.directors.map((d) => d.server), ...[...this.workers.values()].map((w) => w.server)];
    await Promise.all(servers.map((server) => server.close({ graceMs: 0 })));
  }
}
