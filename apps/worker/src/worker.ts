import { WorkerLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import type { Readiness, WorkerMetrics } from '@switchyard/metrics';
import {
  MAX_CONTEXT_TOKENS,
  MAX_MODEL_CHARS,
  MAX_PROMPT_CHARS,
  MAX_TOKEN_ID,
  SYNTHETIC_MODEL,
  SyntheticAnswer,
  WorkerService,
  finishReasonValue,
  isSequence,
  isSessionId,
  isTokenId,
  samplingProblem,
  syntheticDecode,
  type Endpoint,
  type worker,
} from '@switchyard/protocol';
import { RpcCode, RpcError, RpcServer, type HandlerContext } from '@switchyard/rpc';
import { serveRpc, type QuicListener, type TlsMaterial } from '@switchyard/transport-quic';
import {
  AddressQuota,
  SERVICE_RPC_LIMITS,
  ThrottledWarning,
  clientAddress,
  type AdmissionVerifier,
} from '@switchyard/service-kit';
import { Presence, type PresenceOptions } from './presence.js';

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

export interface WorkerOptions {
  label: string;
  listen: Endpoint;
  /** What clients dial; defaults to the bound address. */
  advertise?: Endpoint;
  /** Membership: where to listen, what to advertise, whom to join. */
  membership: Pick<PresenceOptions, 'bind' | 'advertise' | 'seeds' | 'config'>;
  tokenIntervalMs: number;
  /** On shutdown, how long streams have to end after GoAway before they are closed. */
  shutdownGraceMs: number;
  /** Generate calls served at once; more are refused with RESOURCE_EXHAUSTED, and a full worker is unavailable. */
  maxSessions: number;
  /**
   * Sessions one client address (an IPv6 client: its /64) may hold at once; more are refused with
   * RESOURCE_EXHAUSTED, and the worker stays available to everyone else.
   */
  maxSessionsPerAddress: number;
  /** Checks the admission a director issued with each assignment: a Generate without a valid one is refused. */
  admissions: AdmissionVerifier;
  /** Undefined: never fail on purpose. */
  failure?: SimulatedFailure;
  /**
   * Test only: on a resumed stream the text runs one token ahead (`skip`) or behind (`repeat`) of its sequence
   * number, an off-by-one in resumption that only a consumer checking the text can find.
   */
  fault?: 'skip' | 'repeat';
  tls: TlsMaterial;
  maxUdpPayloadBytes: number;
  /** Connections one remote address may hold. Default 256. */
  maxConnectionsPerPeer?: number;
  /** Where the worker counts what it does (served on the admin port). */
  metrics?: WorkerMetrics;
  logger: Logger;
}

type Interrupt = 'fail' | 'goaway' | 'replaced';

interface ActiveStream {
  sessionId: string;
  /** The answer it continues, and the most tokens it may have. */
  answer: SyntheticAnswer;
  maxTokens: number;
  /** The client's address as the per-address quota counts it. */
  address: string;
  interrupt?: Interrupt;
  wake?: () => void;
  failTimer?: ReturnType<typeof setTimeout>;
  /** Its slots are given back (when it ended, or when a newer stream of its session replaced it). */
  released?: boolean;
}

type Health = 'healthy' | 'failed' | 'hung' | 'draining';

/**
 * Streams tokens to clients. Healthy, it serves streams and answers pings; failed (simulated) or
 * draining (shutting down), it refuses both, so a client's heartbeat tells the truth. Hung (simulated),
 * it answers pings and accepts streams but produces nothing, which only a progress deadline notices.
 */
export class Worker {
  private health: Health = 'healthy';
  private readonly streams = new Set<ActiveStream>();
  /** The stream of each session: a newer Generate of the session replaces it, so an admission holds one stream. */
  private readonly sessions = new Map<string, ActiveStream>();
  private readonly quota: AddressQuota;
  private readonly refusals: ThrottledWarning;
  private readonly server: RpcServer;
  private listener: QuicListener | undefined;
  private presence: Presence | undefined;
  private recoveryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped: Promise<void> | undefined;

  constructor(private readonly options: WorkerOptions) {
    this.quota = new AddressQuota(options.maxSessionsPerAddress);
    this.refusals = new ThrottledWarning(options.logger, WorkerLog.sessionsRefused);
    const logger = options.logger.child({ component: 'rpc' });
    const onCallEnd = options.metrics?.rpcCallEnded('server');
    this.server = new RpcServer({ ...SERVICE_RPC_LIMITS, onCallEnd, logger }).register(WorkerService, {
      generate: (request, ctx) => this.generate(request, ctx),
      ping: async () => {
        this.assertAvailable();
        return { worker: options.label };
      },
    });
  }

  /** Whether the director may send it clients: healthy (or hung, unknowingly) and not full. */
  get available(): boolean {
    return (this.health === 'healthy' || this.health === 'hung') && this.streams.size < this.options.maxSessions;
  }

  /** Listens, then joins the cluster. Resolves with the endpoint clients are told to dial. */
  async start(): Promise<{ port: number; advertise: Endpoint }> {
    const { listen, tls, maxUdpPayloadBytes, maxConnectionsPerPeer, logger } = this.options;
    this.listener = await serveRpc(this.server, {
      ...listen,
      tls,
      maxUdpPayloadBytes,
      maxConnectionsPerPeer,
      observer: this.options.metrics?.transport,
      logger: logger.child({ component: 'quic' }),
    });
    const advertise = advertisedEndpoint(this.options.advertise, listen, this.listener.port);
    this.presence = new Presence({
      ...this.options.membership,
      tls,
      logger,
      endpoint: advertise,
      state: () => ({ available: this.available, load: this.streams.size }),
      onDatagram: this.options.metrics?.membershipDatagram,
    });
    await this.presence.start().catch(async (error: unknown) => {
      await this.listener?.stop();
      throw error;
    });
    return { port: this.listener.port, advertise };
  }

  /** Ready: a live director sees it (it has joined), and it takes sessions (not failed, full or stopping). */
  readiness(): Readiness {
    const checks = { joined: this.presence?.directorAlive ?? false, accepting: this.available };
    return { ready: checks.joined && checks.accepting, checks };
  }

  /** Sets the gauges that describe the current state (called before every scrape). */
  refreshMetrics(): void {
    this.options.metrics?.sessionsInFlight.set(this.streams.size);
    this.options.metrics?.available.set(this.available ? 1 : 0);
    this.options.metrics?.countCertificateChecks(this.presence?.certificatesChecked ?? 0);
  }

  /**
   * Graceful shutdown: becomes unavailable (published, then a graceful leave), sends every client `GoAway`
   * so it fails over at once, lets the streams finish, then stops.
   */
  shutdown(): Promise<void> {
    this.stopped ??= this.drain();
    return this.stopped;
  }

  private async drain(): Promise<void> {
    this.health = 'draining';
    clearTimeout(this.recoveryTimer);
    this.presence?.push();
    for (const stream of this.streams) this.interrupt(stream, 'goaway');
    // The last heartbeat (unavailable) goes out while the streams end; a client that does not read its
    // GoAway loses its stream after the grace and the close timeout, so this ends within grace + 1 s.
    await Promise.all([this.server.close({ graceMs: this.options.shutdownGraceMs }), this.presence?.leave()]);
    await this.listener?.stop();
  }

  private assertAvailable(): void {
    if (this.health === 'failed' || this.health === 'draining') {
      throw new RpcError(RpcCode.Unavailable, `${this.options.label} is not available`);
    }
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
    // Tokenizing the prompt is the first thing that costs: only an admitted request gets that far.
    const answer = new SyntheticAnswer(request.promptTokenIds.length > 0 ? request.promptTokenIds : request.prompt);
    const maxTokens = Math.min(
      request.sampling?.maxTokens || MAX_CONTEXT_TOKENS,
      MAX_CONTEXT_TOKENS - answer.promptTokenIds.length,
    );
    const stream: ActiveStream = { sessionId, address, answer, maxTokens };
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
    const invalid = (message: string) => new RpcError(RpcCode.InvalidArgument, message);
    const { model, prompt, promptTokenIds, resumeAfter, generatedTokenIds } = request;
    if (model.length > MAX_MODEL_CHARS) throw invalid(`model must be at most ${MAX_MODEL_CHARS} characters`);
    if (model !== '' && model !== SYNTHETIC_MODEL) {
      throw new RpcError(RpcCode.NotFound, `${this.options.label} serves model "${SYNTHETIC_MODEL}", not "${model}"`);
    }
    const problem = samplingProblem(request.sampling);
    if (problem) throw invalid(problem);
    if ((request.sampling?.stop?.length ?? 0) > 0) throw invalid('the synthetic engine has no stop strings');
    if (prompt.length > MAX_PROMPT_CHARS) throw invalid(`prompt must be at most ${MAX_PROMPT_CHARS} characters`);
    if (!isSequence(resumeAfter) || generatedTokenIds.length !== resumeAfter) {
      throw invalid(`generated_token_ids must hold the resume_after ids the client holds`);
    }
    if (!promptTokenIds.every(isTokenId) || !generatedTokenIds.every(isTokenId)) {
      throw invalid(`token ids must be at most ${MAX_TOKEN_ID}`);
    }
    if (promptTokenIds.length + resumeAfter > MAX_CONTEXT_TOKENS) {
      throw invalid(`a session holds at most ${MAX_CONTEXT_TOKENS} token ids, its prompt's and its answer's`);
    }
  }

  /** Gives back the slots `stream` holds, once. */
  private release(stream: ActiveStream): void {
    if (stream.released) return;
    stream.released = true;
    clearTimeout(stream.failTimer);
    this.streams.delete(stream);
    this.quota.release(stream.address);
    if (this.sessions.get(stream.sessionId) === stream) this.sessions.delete(stream.sessionId);
    this.presence?.push();
  }

  private async *generate(
    request: worker.v1.GenerateRequest,
    ctx: HandlerContext,
  ): AsyncGenerator<worker.v1.GenerateEvent.$Properties> {
    const { label, logger, tokenIntervalMs, metrics } = this.options;
    const stream = this.admit(request, ctx);
    const { sessionId, resumeAfter } = request;
    const { answer, maxTokens } = stream;
    this.armFailure(stream);
    this.presence?.push();
    logger.info({ sessionId, resumeAfter, peer: ctx.peer, streams: this.streams.size }, WorkerLog.streamStarted);
    let sequence = resumeAfter;
    let ended = 'cancelled';
    try {
      yield {
        connected: { worker: label, resumeAfter, promptTokenIds: [...answer.promptTokenIds], model: SYNTHETIC_MODEL },
      };
      if (sequence >= maxTokens) {
        // Every token was sent before: only the finish reason was lost on the way.
        ended = 'finished';
        yield { token: { sequence, finishReason: finishReasonValue('length') } };
        return;
      }
      const shift = resumeAfter === 0 ? 0 : { skip: 1, repeat: -1, none: 0 }[this.options.fault ?? 'none'];
      let due = performance.now() + tokenIntervalMs;
      for (;;) {
        const outcome = await this.wait(stream, due - performance.now(), ctx.signal);
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
        // Woken by a hang that began or ended, or early: nothing is due yet.
        if (this.health === 'hung' || performance.now() < due) continue;
        sequence++;
        const tokenId = answer.tokenId(sequence + shift);
        const last = sequence === maxTokens;
        const finishReason = last ? finishReasonValue('length') : undefined;
        yield { token: { sequence, text: syntheticDecode(tokenId, sequence), tokenIds: [tokenId], finishReason } };
        metrics?.tokensSent.inc();
        if (last) {
          ended = 'finished';
          return;
        }
        due = Math.max(due + tokenIntervalMs, performance.now());
      }
    } finally {
      this.release(stream);
      logger.info({ sessionId, lastSequence: sequence, sent: sequence - resumeAfter, ended }, WorkerLog.streamEnded);
    }
  }

  /**
   * Resolves at the next token time (never while hung), or earlier on an interrupt, a cancellation, or the
   * end of a hang.
   */
  private wait(stream: ActiveStream, delayMs: number, signal: AbortSignal): Promise<'tick' | 'cancelled' | Interrupt> {
    if (stream.interrupt) return Promise.resolve(stream.interrupt);
    if (signal.aborted) return Promise.resolve('cancelled');
    return new Promise((resolve) => {
      const finish = (outcome: 'tick' | 'cancelled' | Interrupt) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        stream.wake = undefined;
        resolve(outcome);
      };
      const onAbort = () => finish('cancelled');
      const timer = this.health === 'hung' ? undefined : setTimeout(() => finish('tick'), Math.max(0, delayMs));
      signal.addEventListener('abort', onAbort);
      stream.wake = () => finish(stream.interrupt ?? 'tick');
    });
  }

  private interrupt(stream: ActiveStream, reason: Interrupt): void {
    stream.interrupt ??= reason;
    stream.wake?.();
  }

  private armFailure(stream: ActiveStream): void {
    const failure = this.options.failure;
    if (!failure) return;
    const { min, max } = failure.afterMs;
    const afterMs = Math.round(min + Math.random() * (max - min));
    stream.failTimer = setTimeout(() => this.fail(stream, afterMs), afterMs);
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
    this.presence?.push();
    this.recoveryTimer = setTimeout(() => {
      if (this.health !== state) return;
      this.health = 'healthy';
      this.options.logger.info({ mode, afterMs: recoveryMs }, WorkerLog.recovered);
      for (const stream of this.streams) stream.wake?.();
      this.presence?.push();
    }, recoveryMs);
  }
}

function advertisedEndpoint(advertise: Endpoint | undefined, listen: Endpoint, boundPort: number): Endpoint {
  if (advertise) return advertise;
  // Certificates are verified by name, so loopback and wildcard binds advertise `localhost`.
  const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(listen.host) ? 'localhost' : listen.host;
  return { host, port: boundPort };
}
