import { PhiAccrualDetector } from '@switchyard/heartbeat';
import { Backoff, sleep, systemClock, type Clock } from '@switchyard/time';
import {
  MAX_CONTEXT_TOKENS,
  MAX_MODEL_CHARS,
  MAX_PROMPT_CHARS,
  MAX_TOKEN_ID,
  isTokenId,
  samplingProblem,
  type Endpoint,
  type FinishReason,
} from '@switchyard/protocol';
import { RpcCode, RpcError, type Dial } from '@switchyard/rpc';
import { Assigner } from './assigner.js';
import { SessionEmitter, type SessionEventType, type SessionListener } from './events.js';
import { SequenceTracker, type ResumeState, type Tally } from './sequence-tracker.js';
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
  /** The model to run; empty (the default) for the first worker's own, which every later worker must then run. */
  model?: string;
  /** How the engine picks tokens: the same on every worker of the session (default: the engine's). */
  sampling?: Sampling;
  /** Opens connections (to directors and workers). */
  dial: Dial;
  /** Time for every interval, timeout and delay. Default: the monotonic system clock. */
  clock?: Clock;
  /** Uniform in [0, 1), for backoff jitter. Default `Math.random`. */
  random?: () => number;
  /** Continue this session (`conn-<uuid>`) instead of starting a new one. */
  sessionId?: string;
  /** Continue a session from where an earlier run of it stood (`resumeState()` of that run). */
  resume?: ResumeState;
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
  /**
   * Let workers whose engine continues answers from text, not token ids (an upstream that gives no ids), serve the
   * session: after a failover its answer is then a plausible continuation, not the uninterrupted one
   * (`summary().inexact`). Default false: such a worker refuses the session (FAILED_PRECONDITION), which ends it.
   */
  allowInexact?: boolean;
}

/** Sampling parameters (as `GenerateRequest.sampling`): temperature 0 is greedy; `seed` makes sampling repeatable. */
export interface Sampling {
  temperature?: number;
  topP?: number;
  seed?: number;
  /** The most tokens the whole answer may have (finish reason `length`). */
  maxTokens?: number;
  /** The answer ends before the first of these (finish reason `stop`). */
  stop?: string[];
}

export interface Summary extends Tally {
  sessionId: string | undefined;
  /** Why the answer ended; undefined while it goes on (or when it was stopped before its end). */
  finishReason: FinishReason | undefined;
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
 * worker fails, gets another one and continues on a new connection after the last token received, from the
 * prompt's token ids and every id generated so far, so the consumer sees every token once, in order, as one
 * uninterrupted answer. Failover shows only in events and the summary.
 *
 * ```ts
 * const session = new StreamSession({ directors, prompt, dial });
 * session.on('failover', (e) => console.log(e.from, e.reason));
 * for await (const token of session.tokens({ signal })) process.stdout.write(token.text);
 * ```
 */
export class StreamSession {
  private readonly emitter = new SessionEmitter();
  private readonly options: Required<
    Omit<SessionOptions, 'sessionId' | 'resume' | 'refreshDirectors' | 'model' | 'sampling'>
  > &
    Pick<SessionOptions, 'refreshDirectors' | 'model' | 'sampling'>;
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
  /** Why the session ended without its answer: a worker refused the request itself. */
  private refusal: RpcError | undefined;

  constructor(options: SessionOptions) {
    this.options = { ...SESSION_DEFAULTS, clock: systemClock, random: Math.random, ...options } as typeof this.options;
    const problem = requestProblem(options);
    if (problem) throw new RangeError(problem);
    this.tracker = new SequenceTracker(options.resume);
    this.buffer = new TokenBuffer(this.options.bufferTokens);
    const sessionId = options.resume?.sessionId ?? options.sessionId;
    this.assigner = new Assigner({ ...this.options, sessionId, emit: this.emitter.emit });
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

  /**
   * Where the session stands as its consumer has it (tokens received but not yet taken are not in it), to continue
   * in another process (`SessionOptions.resume`): undefined before a worker started the answer, or when a worker
   * sent text without token ids (the answer cannot be continued exactly).
   */
  resumeState(): ResumeState | undefined {
    const { sessionId } = this.assigner;
    const context = this.tracker.context;
    const generatedTokenIds = this.tracker.deliveredTokenIds;
    if (!sessionId || !context || !generatedTokenIds) return undefined;
    const state: ResumeState = { sessionId, ...context, generatedTokenIds: [...generatedTokenIds] };
    // Finished only once the consumer has taken the last token.
    const { finishReason } = this.tracker;
    if (finishReason && this.buffer.size === 0) state.finishReason = finishReason;
    return state;
  }

  summary(): Summary {
    return {
      sessionId: this.assigner.sessionId,
      finishReason: this.tracker.finishReason,
      ...this.tracker.snapshot(),
      failovers: this.failovers,
      maxFailoverMs: this.maxFailoverMs,
      elapsedMs: Math.round(this.elapsedMs),
    };
  }

  /**
   * The session's tokens, in sequence order, each once, across any number of failovers. It ends on its own once
   * the answer is finished (`summary().finishReason` says why), or with the worker's error when a worker refused
   * the request itself (INVALID_ARGUMENT, NOT_FOUND: another would too); stop it with `break` or by aborting
   * `signal` (the iteration then ends without an error). Tokens received but not yet taken are kept; a later call
   * continues with them.
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
    // A finished (or refused) session ends the iteration once the consumer has taken what is buffered.
    const running = this.run(stop.signal).then(() => stop.abort());
    try {
      for (;;) {
        const token = this.buffer.shift();
        if (token) {
          this.tracker.deliver(token);
          yield token;
        } else if (stop.signal.aborted) break;
        else await this.buffer.available(stop.signal);
      }
      if (this.refusal && !signal?.aborted) throw this.refusal;
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

  /** Assignment, attempt, failover, and again, until `stop` aborts or the answer is finished (or refused). */
  private async run(stop: AbortSignal): Promise<void> {
    const { clock, random, retryMs, retryMaxMs } = this.options;
    const emit = this.emitter.emit;
    const retry = new Backoff({ initialMs: retryMs, maxMs: retryMaxMs, random });
    let excluded: string | undefined;
    while (!stop.aborted && !this.tracker.finishReason && !this.refusal) {
      const generatedText = this.tracker.generatedTokenIds ? '' : this.tracker.text;
      if (this.options.prompt.length + generatedText.length > MAX_PROMPT_CHARS) {
        // Resumed from its text, prompt and answer must fit one request: this answer cannot go on.
        const message = `the answer is too long to resume from its text (the prompt and the answer at most ${MAX_PROMPT_CHARS} characters)`;
        this.refusal = new RpcError(RpcCode.FailedPrecondition, message);
        return;
      }
      const assignment = await this.assigner.assign(excluded, stop);
      if (!assignment) return;
      const { sessionId, worker } = assignment;
      this.worker = worker;
      const context = this.tracker.context;
      const outcome = await runWorkerAttempt({
        ...this.options,
        assignment,
        answer: {
          prompt: this.options.prompt,
          model: context?.model || (this.options.model ?? ''),
          sampling: this.options.sampling,
          promptTokenIds: context?.promptTokenIds,
          generatedTokenIds: this.tracker.generatedTokenIds,
          allowInexact: this.options.allowInexact === true,
          generatedText,
        },
        resumeAfter: this.tracker.received,
        stallDetector: this.options.stallProbe ? this.detector : undefined,
        roundTrips: this.roundTrips,
        signal: stop,
        onConnected: (resumeAfter, answer) => {
          this.tracker.started(answer);
          emit('connected', { sessionId, worker, resumeAfter });
        },
        onToken: (token) => this.receive(token),
        onFinish: (reason) => this.tracker.finished(reason),
        onStall: (silentMs) => emit('stall', { sessionId, worker, silentMs }),
      });
      this.worker = undefined;
      if (outcome.kind === 'refused') this.refusal = outcome.error;
      if (outcome.kind !== 'failed') return;
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

  private receive(token: Token): Promise<void> | undefined {
    const afterSequence = this.tracker.received;
    this.tracker.receive(token);
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

/** What is wrong with a session's request (its model, sampling and resume state), or undefined. */
function requestProblem({ model, sampling, resume }: SessionOptions): string | undefined {
  if (model !== undefined && model.length > MAX_MODEL_CHARS)
    return `model must be at most ${MAX_MODEL_CHARS} characters`;
  const problem = samplingProblem(sampling);
  if (problem) return problem;
  if (sampling?.seed !== undefined && !(Number.isSafeInteger(sampling.seed) && sampling.seed >= 0)) {
    return 'seed must be a non-negative integer';
  }
  if (resume) {
    const ids = [...resume.promptTokenIds, ...resume.generatedTokenIds];
    if (ids.length > MAX_CONTEXT_TOKENS) return `a session holds at most ${MAX_CONTEXT_TOKENS} token ids`;
    if (!ids.every(isTokenId)) return `token ids must be integers from 0 to ${MAX_TOKEN_ID}`;
  }
  return undefined;
}
