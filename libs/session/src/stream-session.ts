import { PhiAccrualDetector } from '@switchyard/heartbeat';
import { Backoff, sleep, systemClock, type Clock } from '@switchyard/time';
import { MAX_SEQUENCE, type Endpoint } from '@switchyard/protocol';
import type { Dial } from '@switchyard/rpc';
import { Assigner } from './assigner.js';
import { SessionEmitter, type SessionEventType, type SessionListener } from './events.js';
import { SequenceTracker, type Tally } from './sequence-tracker.js';
import { TokenBuffer, type Token } from './token-buffer.js';
import { RoundTrips, STALL_PHI_THRESHOLD, runWorkerAttempt } from './worker-attempt.js';

/** Defaults of the timing options (README "Configuration" names the matching variables). */
export const SESSION_DEFAULTS = {
  heartbeatIntervalMs: 5000,
  heartbeatTimeoutMs: 3000,
  connectTimeoutMs: 3000,
  directorTimeoutMs: 3000,
  firstTokenTimeoutMs: 5000,
  progressTimeoutMs: 2000,
  stallProbe: true,
  retryMs: 1000,
  noWorkerRetryMs: 2000,
  retryMaxMs: 30_000,
  bufferTokens: 256,
} as const;

export interface SessionOptions {
  /** The directors' client endpoints, in order of preference. */
  directors: readonly Endpoint[];
  /** Finds the directors again once every one failed in a row (a DNS name resolved anew, say). */
  refreshDirectors?: () => Promise<readonly Endpoint[]>;
  prompt: string;
  /** Opens connections (to directors and workers). */
  dial: Dial;
  /** Time for every interval, timeout and delay. Default: the monotonic system clock. */
  clock?: Clock;
  /** Uniform in [0, 1), for backoff jitter. Default `Math.random`. */
  random?: () => number;
  /** Continue this session (`conn-<uuid>`) instead of starting a new one. */
  sessionId?: string;
  /** The last sequence already received in an earlier run of this session (below 2^53 - 1). Default 0. */
  resumeAfter?: number;
  /** Ping interval to the worker. Default 5000. */
  heartbeatIntervalMs?: number;
  /** Ping timeout; also caps the ping sent on a stall. Default 3000. */
  heartbeatTimeoutMs?: number;
  /** Connect timeout, for directors and workers. Default 3000. */
  connectTimeoutMs?: number;
  /** Timeout of one AssignWorker call. Default 3000. */
  directorTimeoutMs?: number;
  /** A worker must send its first token within this long, or it is left (`no-progress`). Default 5000. */
  firstTokenTimeoutMs?: number;
  /**
   * Floor of the deadline between two tokens (`no-progress`); the deadline is four observed token intervals
   * when that is longer. Default 2000.
   */
  progressTimeoutMs?: number;
  /**
   * Probe the worker's transport as soon as tokens stall (phi-accrual over their arrival times): a QUIC PING when the
   * connection offers `probe`, a ping call otherwise. Default true.
   */
  stallProbe?: boolean;
  /** First delay after an attempt that produced no token, or after every director failed. Default 1000. */
  retryMs?: number;
  /** First delay when no worker is available. Default 2000. */
  noWorkerRetryMs?: number;
  /** Longest retry delay. Default 30000. */
  retryMaxMs?: number;
  /** Tokens received ahead of the consumer before the stream is slowed down. Default 256. */
  bufferTokens?: number;
}

export interface Summary extends Tally {
  sessionId: string | undefined;
  failovers: number;
  /** Longest time between the last token from a failed worker and the first from its replacement. */
  maxFailoverMs: number;
  /** Time spent streaming (in `tokens()`), over all runs. */
  elapsedMs: number;
}

export interface Status {
  sessionId: string | undefined;
  /** The worker streaming now, if any. */
  worker: string | undefined;
  tokens: number;
  failovers: number;
}

/**
 * One logical session: streams its tokens from whichever worker a director assigns and, when that
 * worker fails, gets another one and continues on a new connection after the last sequence received,
 * so the consumer sees every token once, in order. Failover shows only in events and the summary.
 *
 * ```ts
 * const session = new StreamSession({ directors, prompt, dial });
 * session.on('failover', (e) => console.log(e.from, e.reason));
 * for await (const token of session.tokens({ signal })) process.stdout.write(token.text);
 * ```
 */
export class StreamSession {
  private readonly emitter = new SessionEmitter();
  private readonly options: Required<Omit<SessionOptions, 'sessionId' | 'resumeAfter' | 'refreshDirectors'>> &
    Pick<SessionOptions, 'refreshDirectors'>;
  private readonly assigner: Assigner;
  private readonly tracker: SequenceTracker;
  private readonly detector = new PhiAccrualDetector({ threshold: STALL_PHI_THRESHOLD });
  private readonly roundTrips = new RoundTrips();
  private readonly buffer: TokenBuffer;
  private worker: string | undefined;
  private failovers = 0;
  private maxFailoverMs = 0;
  private lastTokenAt: number | undefined;
  /** Set from a failover to the first new token: when the last token before the failure arrived. */
  private silentSince: number | undefined;
  private elapsedMs = 0;
  private streaming = false;

  constructor(options: SessionOptions) {
    this.options = { ...SESSION_DEFAULTS, clock: systemClock, random: Math.random, ...options } as typeof this.options;
    const resumeAfter = options.resumeAfter ?? 0;
    if (!Number.isSafeInteger(resumeAfter) || resumeAfter < 0 || resumeAfter >= MAX_SEQUENCE) {
      throw new RangeError(`resumeAfter must be from 0 to ${MAX_SEQUENCE - 1}`);
    }
    this.tracker = new SequenceTracker(resumeAfter);
    this.buffer = new TokenBuffer(this.options.bufferTokens);
    this.assigner = new Assigner({ ...this.options, sessionId: options.sessionId, emit: this.emitter.emit });
  }

  /** Adds a listener; returns the function that removes it. */
  on<K extends SessionEventType>(type: K, listener: SessionListener<K>): () => void {
    return this.emitter.on(type, listener);
  }

  status(): Status {
    return {
      sessionId: this.assigner.sessionId,
      worker: this.worker,
      tokens: this.tracker.delivered,
      failovers: this.failovers,
    };
  }

  summary(): Summary {
    return {
      sessionId: this.assigner.sessionId,
      ...this.tracker.snapshot(),
      failovers: this.failovers,
      maxFailoverMs: this.maxFailoverMs,
      elapsedMs: Math.round(this.elapsedMs),
    };
  }

  /**
   * The session's tokens, in sequence order, each once, across any number of failovers. It ends on its
   * own only once the session is complete (its last possible sequence number, 2^53 - 1, delivered): stop
   * it with `break` or by aborting `signal` (the iteration then ends without an error). Tokens received
   * but not yet taken are kept; a later call continues with them.
   */
  async *tokens(options: { signal?: AbortSignal } = {}): AsyncGenerator<Token, void, undefined> {
    if (this.streaming) throw new Error('tokens() is already being iterated');
    this.streaming = true;
    const { signal } = options;
    const stop = new AbortController();
    const onAbort = () => stop.abort(signal?.reason);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort);
    const startedAt = this.options.clock.now();
    // A complete session ends the iteration once the consumer has taken what is buffered.
    const running = this.run(stop.signal).then(() => stop.abort());
    try {
      for (;;) {
        const token = this.buffer.shift();
        if (token) {
          this.tracker.deliver(token.sequence, token.worker);
          yield token;
        } else if (stop.signal.aborted) return;
        else await this.buffer.available(stop.signal);
      }
    } finally {
      stop.abort();
      signal?.removeEventListener('abort', onAbort);
      this.buffer.release();
      await running;
      await this.assigner.close();
      this.elapsedMs += this.options.clock.now() - startedAt;
      this.streaming = false;
    }
  }

  /** Assignment, attempt, failover, and again, until `stop` aborts or the session is complete. */
  private async run(stop: AbortSignal): Promise<void> {
    const { clock, random, retryMs, retryMaxMs } = this.options;
    const emit = this.emitter.emit;
    const retry = new Backoff({ initialMs: retryMs, maxMs: retryMaxMs, random });
    let excluded: string | undefined;
    while (!stop.aborted && !this.complete) {
      const assignment = await this.assigner.assign(excluded, stop);
      if (!assignment) return;
      const { sessionId, worker } = assignment;
      this.worker = worker;
      const outcome = await runWorkerAttempt({
        ...this.options,
        assignment,
        resumeAfter: this.tracker.received,
        stallDetector: this.options.stallProbe ? this.detector : undefined,
        roundTrips: this.roundTrips,
        signal: stop,
        onConnected: (resumeAfter) => emit('connected', { sessionId, worker, resumeAfter }),
        onToken: (token) => this.receive(token),
        onStall: (silentMs) => emit('stall', { sessionId, worker, silentMs }),
      });
      this.worker = undefined;
      // After the last sequence number the stream can only end: that is no failure.
      if (outcome.kind === 'stopped' || this.complete) return;
      if (outcome.violation) this.tracker.refused(outcome.violation);
      this.failovers++;
      excluded = worker;
      this.silentSince ??= this.lastTokenAt;
      const { reason, violation, error } = outcome;
      const detectMs = Math.round(outcome.detectMs);
      const lastSequence = this.tracker.received;
      emit('failover', { sessionId, from: worker, reason, violation, detectMs, lastSequence, error });
      if (outcome.tokens > 0) {
        retry.reset();
      } else {
        // Nothing came through: do not hammer the directors and the workers.
        const delayMs = retry.next();
        emit('retry', { sessionId, cause: 'attempt-failed', delayMs, director: undefined, error });
        await sleep(clock, delayMs, stop);
      }
    }
  }

  /** Every sequence number has been received: nothing can follow 2^53 - 1 (`n + 1 === n` past it). */
  private get complete(): boolean {
    return this.tracker.received >= MAX_SEQUENCE;
  }

  private receive(token: Token): Promise<void> | undefined {
    const afterSequence = this.tracker.received;
    this.tracker.receive(token.sequence);
    const now = this.options.clock.now();
    if (this.silentSince !== undefined) {
      const failoverMs = Math.round(now - this.silentSince);
      this.maxFailoverMs = Math.max(this.maxFailoverMs, failoverMs);
      this.silentSince = undefined;
      const sessionId = this.assigner.sessionId!;
      this.emitter.emit('resumed', { sessionId, worker: token.worker, afterSequence, failoverMs });
    }
    this.lastTokenAt = now;
    return this.buffer.push(token);
  }
}
