import { WorkerLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import type { WorkerMetrics } from '@switchyard/metrics';
import {
  MAX_CONTEXT_TOKENS,
  MAX_MODEL_CHARS,
  MAX_PROMPT_CHARS,
  MAX_TOKEN_ID,
  finishReasonValue,
  isSequence,
  isSessionId,
  isTokenId,
  samplingProblem,
  type worker,
} from '@switchyard/protocol';
import { RpcCode, RpcError, type HandlerContext } from '@switchyard/rpc';
import { AddressQuota, ThrottledWarning, clientAddress, type AdmissionRefusal } from '@switchyard/service-kit';
import type { Clock, TimerHandle } from '@switchyard/time';
import { EngineRefusal, type Engine, type EngineChunk, type RefusalReason } from './engine.js';

export interface SimulatedFailure {
  /**
   * `simulated`: every stream gets an error frame and the worker is unavailable while it recovers.
   * `hang`: the worker stops producing tokens but keeps answering pings and stays available, as a stuck
   * process would, until it recovers.
   */
  mode: 'simulated' | 'hang';
  /** A stream triggers the failure after a uniformly random time in this range. */
  afterMs: { min: number; max: number };
  /** How long the failure lasts. */
  recoveryMs: number;
}

/** Checks the admission a director issued with each assignment (`AdmissionVerifier`). */
export interface Admissions {
  check(admission: Uint8Array, sessionId: string): AdmissionRefusal | undefined;
}

export interface GenerationServiceOptions {
  label: string;
  engine: Engine;
  /** Time for the simulated failures. */
  clock: Clock;
  /** Uniform in [0, 1), for when a simulated failure strikes. Default `Math.random`. */
  random?: () => number;
  /** Generate calls served at once; more are refused with RESOURCE_EXHAUSTED, and a full worker is unavailable. */
  maxSessions: number;
  /**
   * Sessions one client address (an IPv6 client: its /64) may hold at once; more are refused with
   * RESOURCE_EXHAUSTED, and the worker stays available to everyone else.
   */
  maxSessionsPerAddress: number;
  admissions: Admissions;
  /** Undefined: never fail on purpose. */
  failure?: SimulatedFailure;
  /** Called whenever availability or load changed (the worker publishes them). */
  onChange?: () => void;
  metrics?: Pick<WorkerMetrics, 'sessions' | 'tokensSent'>;
  logger: Logger;
}

type Interrupt = 'fail' | 'goaway' | 'replaced';

/** How long a stream's slot waits for its engine to stop once the stream has ended. */
const ENGINE_STOP_MS = 10_000;

/**
 * The status an engine's refusal reaches the client with: each ends the session with the error (another worker
 * would refuse it the same way), see `REFUSED_REQUEST` in the session.
 */
const REFUSAL_CODES: Record<RefusalReason, Exclude<RpcCode, 0>> = {
  invalid: RpcCode.InvalidArgument,
  'not-found': RpcCode.NotFound,
  unauthorized: RpcCode.FailedPrecondition,
};

interface ActiveStream {
  sessionId: string;
  /** The client's address as the per-address quota counts it. */
  address: string;
  interrupt?: Interrupt;
  wake?: () => void;
  failTimer?: TimerHandle;
  /** Its slots are given back (when it ended, or when a newer stream of its session replaced it). */
  released?: boolean;
}

type Health = 'healthy' | 'failed' | 'hung' | 'draining';

/**
 * A worker's Generate and Ping, over an engine and an injected clock: admission and quotas, the stream's protocol
 * (Connected, chunks of tokens, the finish reason), and the worker's health. Healthy, it serves streams and answers
 * pings; failed (simulated) or draining (shutting down), it refuses both, so a client's heartbeat tells the truth.
 * Hung (simulated), it answers pings and accepts streams but passes nothing on, which only a progress deadline
 * notices. The transport and the membership are the worker app's.
 */
export class GenerationService {
  private health: Health = 'healthy';
  private readonly streams = new Set<ActiveStream>();
  /** The stream of each session: a newer Generate of the session replaces it, so an admission holds one stream. */
  private readonly sessions = new Map<string, ActiveStream>();
  private readonly quota: AddressQuota;
  private readonly refusals: ThrottledWarning;
  private recoveryTimer: TimerHandle | undefined;

  constructor(private readonly options: GenerationServiceOptions) {
    this.quota = new AddressQuota(options.maxSessionsPerAddress);
    this.refusals = new ThrottledWarning(options.logger, WorkerLog.sessionsRefused);
    // The engine logs why (`engine readiness`); the worker publishes the change.
    options.engine.onReadyChange?.(() => options.onChange?.());
  }

  /** The `WorkerService` implementation to register on an RPC server. */
  readonly handlers = {
    generate: (request: worker.v1.GenerateRequest, ctx: HandlerContext) => this.generate(request, ctx),
    ping: async (): Promise<worker.v1.PingResponse.$Properties> => {
      this.assertAvailable();
      return { worker: this.options.label };
    },
  };

  /** Whether the director may send it clients: healthy (or hung, unknowingly), its engine ready, and not full. */
  get available(): boolean {
    return (
      (this.health === 'healthy' || this.health === 'hung') &&
      this.engineReady &&
      this.streams.size < this.options.maxSessions
    );
  }

  /** Whether its engine can serve (an upstream engine may be down or loading). */
  get engineReady(): boolean {
    return this.options.engine.ready !== false;
  }

  /** Streams served now. */
  get load(): number {
    return this.streams.size;
  }

  /** Shutting down: unavailable from now on, and every client is told to go elsewhere (`GoAway`). */
  drain(): void {
    this.health = 'draining';
    if (this.recoveryTimer !== undefined) this.options.clock.clearTimeout(this.recoveryTimer);
    this.options.onChange?.();
    for (const stream of this.streams) this.interrupt(stream, 'goaway');
  }

  private assertAvailable(): void {
    if (this.health === 'failed' || this.health === 'draining') {
      throw new RpcError(RpcCode.Unavailable, `${this.options.label} is not available`);
    }
    if (!this.engineReady) throw new RpcError(RpcCode.Unavailable, `${this.options.label}'s engine is not ready`);
  }

  /**
   * Checks a Generate call and reserves its slots, or throws the refusal: everything that costs nothing (the
   * request's fields, the admission's HMAC, the quotas) comes before anything is reserved.
   */
  private admit(request: worker.v1.GenerateRequest, ctx: HandlerContext): ActiveStream {
    const { label, maxSessions, admissions, metrics } = this.options;
    const refuse = (result: 'refused' | 'unadmitted' | 'over_quota', error: RpcError) => {
      metrics?.sessions.inc({ result });
      return error;
    };
    try {
      this.assertAvailable();
    } catch (error) {
      throw refuse('refused', error as RpcError);
    }
    const { sessionId } = request;
    if (!isSessionId(sessionId)) throw new RpcError(RpcCode.InvalidArgument, 'session id must be conn-<uuid>');
    this.checkRequest(request);
    const address = clientAddress(ctx.peer);
    const refusal = admissions.check(request.admission, sessionId);
    if (refusal) {
      this.refusals.record(refusal.reason, { reason: refusal.reason, peer: ctx.peer, sessionId });
      const code = refusal.reason === 'other-worker' ? RpcCode.PermissionDenied : RpcCode.Unauthenticated;
      throw refuse('unadmitted', new RpcError(code, refusal.message));
    }
    // A stream this one replaces gives its slots back: the client has moved on from it.
    const replaced = this.sessions.get(sessionId);
    if (this.streams.size - (replaced ? 1 : 0) >= maxSessions) {
      throw refuse('refused', new RpcError(RpcCode.ResourceExhausted, `${label} is full (${maxSessions} sessions)`));
    }
    const perAddress = this.quota.perAddress;
    if (this.quota.holding(address) - (replaced?.address === address ? 1 : 0) >= perAddress) {
      this.refusals.record('address-quota', { reason: 'address-quota', peer: ctx.peer, sessionId });
      const message = `too many sessions from ${address} on ${label} (at most ${perAddress} from one address)`;
      throw refuse('over_quota', new RpcError(RpcCode.ResourceExhausted, message));
    }
    if (replaced) {
      this.release(replaced);
      this.interrupt(replaced, 'replaced');
    }
    const stream: ActiveStream = { sessionId, address };
    this.quota.acquire(address);
    this.streams.add(stream);
    this.sessions.set(sessionId, stream);
    metrics?.sessions.inc({ result: 'started' });
    return stream;
  }

  /**
   * Refuses, with INVALID_ARGUMENT or NOT_FOUND, a request the engine cannot serve: the model, the sampling
   * parameters, the prompt (its text, or on resume its token ids) and the ids the client already holds.
   */
  private checkRequest(request: worker.v1.GenerateRequest): void {
    const { engine, label } = this.options;
    const invalid = (message: string) => new RpcError(RpcCode.InvalidArgument, message);
    const { model, prompt, promptTokenIds, resumeAfter, generatedTokenIds, generatedText } = request;
    if (model.length > MAX_MODEL_CHARS) throw invalid(`model must be at most ${MAX_MODEL_CHARS} characters`);
    if (model !== '' && model !== engine.model) {
      throw new RpcError(RpcCode.NotFound, `${label} serves model "${engine.model}", not "${model}"`);
    }
    const problem = samplingProblem(request.sampling) ?? engine.samplingProblem(request.sampling);
    if (problem) throw invalid(problem);
    if (engine.inexact && !request.allowInexact) {
      throw new RpcError(
        RpcCode.FailedPrecondition,
        `${label}'s engine continues answers from text, not token ids: a resumed answer would not be the ` +
          'uninterrupted one (allow inexact answers to use it)',
      );
    }
    if (prompt.length + generatedText.length > MAX_PROMPT_CHARS) {
      throw invalid(`prompt and generated_text must be at most ${MAX_PROMPT_CHARS} characters together`);
    }
    // An inexact engine's answer is resumed from its text: its ids are unknown.
    const fromText = engine.inexact === true && generatedTokenIds.length === 0;
    if (engine.inexact && resumeAfter > 0 && generatedText === '') {
      throw invalid(`${label}'s engine continues answers from text: a resumed stream must send generated_text`);
    }
    if (!isSequence(resumeAfter) || (generatedTokenIds.length !== resumeAfter && !fromText)) {
      throw invalid(`generated_token_ids must hold the resume_after ids the client holds`);
    }
    if (!promptTokenIds.every(isTokenId) || !generatedTokenIds.every(isTokenId)) {
      throw invalid(`token ids must be at most ${MAX_TOKEN_ID}`);
    }
    const outside = (id: number) => id >= engine.vocabularySize;
    if (promptTokenIds.some(outside) || generatedTokenIds.some(outside)) {
      throw invalid(`token ids must be below ${engine.vocabularySize}, the size of ${engine.model}'s vocabulary`);
    }
    if (promptTokenIds.length + resumeAfter > MAX_CONTEXT_TOKENS) {
      throw invalid(`a session holds at most ${MAX_CONTEXT_TOKENS} token ids, its prompt's and its answer's`);
    }
  }

  /** Gives back the slots `stream` holds, once. */
  private release(stream: ActiveStream): void {
    if (stream.released) return;
    stream.released = true;
    if (stream.failTimer !== undefined) this.options.clock.clearTimeout(stream.failTimer);
    this.streams.delete(stream);
    this.quota.release(stream.address);
    if (this.sessions.get(stream.sessionId) === stream) this.sessions.delete(stream.sessionId);
    this.options.onChange?.();
  }

  private async *generate(
    request: worker.v1.GenerateRequest,
    ctx: HandlerContext,
  ): AsyncGenerator<worker.v1.GenerateEvent.$Properties> {
    const { label, logger, metrics, engine } = this.options;
    const stream = this.admit(request, ctx);
    const { sessionId, resumeAfter } = request;
    this.armFailure(stream);
    this.options.onChange?.();
    logger.info({ sessionId, resumeAfter, peer: ctx.peer, streams: this.streams.size }, WorkerLog.streamStarted);
    let sequence = resumeAfter;
    let ended = 'cancelled';
    const stop = new AbortController();
    let chunks: AsyncIterator<EngineChunk> | undefined;
    try {
      // Tokenizing the prompt is the first thing that costs: only an admitted request gets that far.
      const promptTokenIds =
        request.promptTokenIds.length > 0 ? request.promptTokenIds : await engine.tokenize(request.prompt, ctx.signal);
      if (ctx.signal.aborted) return;
      const capacity = Math.min(MAX_CONTEXT_TOKENS, engine.contextTokens);
      if (promptTokenIds.length >= capacity) {
        ended = 'refused';
        const message = `the prompt is ${promptTokenIds.length} tokens: ${engine.model} holds ${capacity} with its answer`;
        throw new RpcError(RpcCode.InvalidArgument, message);
      }
      const maxTokens = Math.min(request.sampling?.maxTokens || capacity, capacity - promptTokenIds.length);
      const inexact = engine.inexact === true;
      yield {
        connected: { worker: label, resumeAfter, promptTokenIds: [...promptTokenIds], model: engine.model, inexact },
      };
      if (sequence >= maxTokens) {
        // Every token was sent before: only the finish reason was lost on the way.
        ended = 'finished';
        yield { token: { sequence, finishReason: finishReasonValue('length') } };
        return;
      }
      const answer = engine.generate({
        prompt: request.prompt,
        promptTokenIds,
        generatedTokenIds: request.generatedTokenIds,
        generatedText: request.generatedText,
        resumeAfter,
        maxTokens,
        sampling: request.sampling,
        signal: stop.signal,
      });
      chunks = answer[Symbol.asyncIterator]();
      let pending: Promise<IteratorResult<EngineChunk>> | undefined;
      for (;;) {
        const outcome = await this.next(stream, () => (pending ??= chunks!.next()), ctx.signal);
        if (outcome === 'cancelled') return;
        if (outcome === 'fail') {
          ended = 'failed';
          throw new RpcError(RpcCode.Unavailable, `${label} failed (simulated failure)`);
        }
        if (outcome === 'goaway') {
          ended = 'goaway';
          yield { goAway: { reason: `${label} is shutting down` } };
          return;
        }
        if (outcome === 'replaced') {
          ended = 'replaced';
          throw new RpcError(RpcCode.Aborted, 'the session continued on a newer stream');
        }
        pending = undefined;
        if (outcome.done) {
          ended = 'failed';
          throw new RpcError(RpcCode.Unavailable, `${label}'s engine ended the answer without a finish reason`);
        }
        const { tokenIds, text, finishReason } = outcome.value;
        // Text without ids (an inexact engine's) counts as one token, as the client counts it.
        const pieces = tokenIds.length > 0 ? tokenIds.length : text === '' ? 0 : 1;
        if (pieces === 0 && !finishReason) continue;
        sequence += pieces;
        const finish = finishReason && finishReasonValue(finishReason);
        yield { token: { sequence, text, tokenIds, finishReason: finish } };
        metrics?.tokensSent.inc(pieces);
        if (finish) {
          ended = 'finished';
          return;
        }
      }
    } catch (error) {
      if (error instanceof RpcError) throw error;
      if (error instanceof EngineRefusal) {
        ended = 'refused';
        throw new RpcError(REFUSAL_CODES[error.reason], `${label}'s engine refused the request: ${error.message}`);
      }
      // The engine failed: the client continues elsewhere.
      ended = 'failed';
      const message = error instanceof Error ? error.message : String(error);
      logger.warn({ sessionId, err: message }, WorkerLog.engineFailed);
      throw new RpcError(RpcCode.Unavailable, `${label}'s engine failed: ${message}`);
    } finally {
      stop.abort();
      // The slot stays taken until the engine has stopped (a prefill cannot be cut short), so `maxSessions` bounds
      // what engines work on, cancelled streams included; an engine that does not stop within ENGINE_STOP_MS is
      // left to finish on its own.
      if (chunks?.return) await this.settled(chunks.return(), stream.sessionId);
      this.release(stream);
      logger.info({ sessionId, lastSequence: sequence, sent: sequence - resumeAfter, ended }, WorkerLog.streamEnded);
    }
  }

  /** Waits for `stopping` (an engine winding down), at most ENGINE_STOP_MS; a failure there is only logged. */
  private async settled(stopping: Promise<unknown>, sessionId: string): Promise<void> {
    const { clock, logger } = this.options;
    let timer: TimerHandle | undefined;
    const late = new Promise<'late'>((resolve) => (timer = clock.setTimeout(() => resolve('late'), ENGINE_STOP_MS)));
    const outcome = await Promise.race([stopping.then(() => 'stopped' as const), late]).catch((error: unknown) => {
      logger.warn({ sessionId, err: error instanceof Error ? error.message : String(error) }, WorkerLog.engineFailed);
      return 'failed' as const;
    });
    if (timer !== undefined) clock.clearTimeout(timer);
    if (outcome === 'late')
      logger.warn(
        { sessionId, err: `still running ${ENGINE_STOP_MS} ms after its stream ended` },
        WorkerLog.engineFailed,
      );
  }

  /**
   * The engine's next chunk, held back while the worker is hung, or an interrupt or a cancellation, whichever
   * comes first. `pull` asks the engine (once per chunk: a call while one is pending returns the same promise).
   */
  private async next(
    stream: ActiveStream,
    pull: () => Promise<IteratorResult<EngineChunk>>,
    signal: AbortSignal,
  ): Promise<IteratorResult<EngineChunk> | 'cancelled' | Interrupt> {
    let result: IteratorResult<EngineChunk> | undefined;
    for (;;) {
      if (stream.interrupt) return stream.interrupt;
      if (signal.aborted) return 'cancelled';
      if (result) return result;
      const wake = this.wakeUp(stream, signal);
      try {
        if (this.health === 'hung') await wake.promise;
        else {
          const arrived = await Promise.race([pull().then((value) => ({ value })), wake.promise]);
          if (arrived) result = arrived.value;
        }
      } finally {
        wake.cancel();
      }
    }
  }

  /**
   * Resolves (undefined) on the stream's next wake-up: an interrupt, the start or end of a hang, a cancellation;
   * `cancel` stops listening.
   */
  private wakeUp(stream: ActiveStream, signal: AbortSignal): { promise: Promise<undefined>; cancel(): void } {
    let finish = () => {};
    const promise = new Promise<undefined>((resolve) => (finish = () => resolve(undefined)));
    const cancel = () => {
      signal.removeEventListener('abort', wake);
      if (stream.wake === wake) stream.wake = undefined;
    };
    const wake = () => {
      cancel();
      finish();
    };
    stream.wake = wake;
    signal.addEventListener('abort', wake);
    return { promise, cancel };
  }

  private interrupt(stream: ActiveStream, reason: Interrupt): void {
    stream.interrupt ??= reason;
    stream.wake?.();
  }

  private armFailure(stream: ActiveStream): void {
    const { failure, clock, random = Math.random } = this.options;
    if (!failure) return;
    const { min, max } = failure.afterMs;
    const afterMs = Math.round(min + random() * (max - min));
    stream.failTimer = clock.setTimeout(() => this.fail(stream, afterMs), afterMs);
  }

  /**
   * Simulated failure, worker-wide: `simulated` gives every stream an error and makes the worker
   * unavailable; `hang` stops every stream's tokens and nothing else. Both end after the recovery time.
   */
  private fail(trigger: ActiveStream, afterMs: number): void {
    if (this.health !== 'healthy') return;
    const { mode, recoveryMs } = this.options.failure!;
    const state = mode === 'hang' ? 'hung' : 'failed';
    this.health = state;
    this.options.logger.warn(
      { sessionId: trigger.sessionId, mode, afterMs, streams: this.streams.size, recoveryMs },
      WorkerLog.simulatedFailure,
    );
    for (const stream of this.streams) {
      if (state === 'failed') this.interrupt(stream, 'fail');
      else stream.wake?.();
    }
    this.options.onChange?.();
    this.recoveryTimer = this.options.clock.setTimeout(() => {
      if (this.health !== state) return;
      this.health = 'healthy';
      this.options.logger.info({ mode, afterMs: recoveryMs }, WorkerLog.recovered);
      for (const stream of this.streams) stream.wake?.();
      this.options.onChange?.();
    }, recoveryMs);
  }
}
