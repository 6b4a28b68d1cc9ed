import { parseHostPort, type HostPort } from '@switchyard/config';
import { Backoff, HeartbeatLoop, PhiAccrualDetector, StallMonitor, systemClock } from '@switchyard/heartbeat';
import type { Logger } from '@switchyard/logging';
import { DirectorService, WorkerService, type director } from '@switchyard/protocol';
import { RpcCode, RpcError, createClient } from '@switchyard/rpc';
import { connectRpc, type RpcConnection, type TlsMaterial } from '@switchyard/transport-quic';
import { SequenceTracker, type Tally } from './sequence-tracker.js';

export interface StreamClientOptions {
  director: HostPort;
  /** Name to verify every server's certificate against instead of the host dialled. */
  serverName?: string;
  /** Stop after this many tokens; 0 = until aborted. */
  tokens: number;
  prompt: string;
  heartbeatIntervalMs: number;
  heartbeatTimeoutMs: number;
  /** Probe the worker as soon as tokens stall; off leaves detection to the periodic heartbeat. */
  stallProbe: boolean;
  retryMs: number;
  noWorkerRetryMs: number;
  retryMaxMs: number;
  tls: TlsMaterial;
  maxUdpPayloadBytes: number;
  logger: Logger;
}

/** Why the client left a worker (the `reason` of the `failover` log line). */
export type FailoverReason = 'error-frame' | 'stream-closed' | 'heartbeat' | 'stall' | 'goaway';

export interface Summary extends Tally {
  sessionId: string | undefined;
  failovers: number;
  /** Longest time between the last token from a failed worker and the first from its replacement. */
  maxFailoverMs: number;
  elapsedMs: number;
}

export interface Status {
  sessionId: string | undefined;
  worker: string | undefined;
  tokens: number;
  failovers: number;
}

type Assignment = director.v1.AssignWorkerResponse;
type Attempt =
  { kind: 'done' } | { kind: 'failed'; reason: FailoverReason; error: unknown; detectMs: number; tokens: number };

/** Shortest probe after a stall: a live worker on a busy machine still answers within it. */
const MIN_STALL_PROBE_MS = 500;

/**
 * Streams one session's tokens from whichever worker the director assigns, replacing the worker
 * (and its QUIC connection) whenever it fails, and resuming after the last sequence received.
 */
export class StreamClient {
  private sessionId: string | undefined;
  private worker: string | undefined;
  private failovers = 0;
  private maxFailoverMs = 0;
  private lastTokenAt: number | undefined;
  /** When set, the time of the last token before a failure: the next token is the resumption. */
  private resumeFrom: number | undefined;
  private directorConnection: RpcConnection | undefined;
  private readonly tracker = new SequenceTracker();
  private readonly detector = new PhiAccrualDetector();

  constructor(private readonly options: StreamClientOptions) {}

  status(): Status {
    return { sessionId: this.sessionId, worker: this.worker, tokens: this.tracker.tokens, failovers: this.failovers };
  }

  /** Runs until `tokens` tokens have arrived or `signal` aborts; never gives up on its own. */
  async run(signal: AbortSignal): Promise<Summary> {
    const started = Date.now();
    const { logger } = this.options;
    const retry = new Backoff({ initialMs: this.options.retryMs, maxMs: this.options.retryMaxMs });
    let excluded: string | undefined;
    try {
      while (!signal.aborted && !this.done()) {
        const assignment = await this.assign(excluded, signal);
        if (!assignment) break;
        const attempt = await this.streamFrom(assignment, signal);
        this.worker = undefined;
        if (attempt.kind === 'done' || signal.aborted) break;
        this.failovers++;
        excluded = assignment.worker;
        this.resumeFrom ??= this.lastTokenAt;
        const err = RpcError.from(attempt.error).message;
        logger.warn(
          {
            sessionId: this.sessionId,
            from: assignment.worker,
            reason: attempt.reason,
            detectMs: attempt.detectMs,
            lastSequence: this.tracker.lastSequence,
            err,
          },
          'failover',
        );
        if (attempt.tokens > 0) {
          retry.reset();
        } else {
          // Nothing came through: do not hammer the director and the workers.
          const retryInMs = retry.next();
          logger.info({ sessionId: this.sessionId, retryInMs }, 'retrying after a failed attempt');
          await sleep(retryInMs, signal);
        }
      }
    } finally {
      await this.directorConnection?.close();
    }
    return {
      sessionId: this.sessionId,
      ...this.tracker.snapshot(),
      failovers: this.failovers,
      maxFailoverMs: this.maxFailoverMs,
      elapsedMs: Date.now() - started,
    };
  }

  private done(): boolean {
    return this.options.tokens > 0 && this.tracker.lastSequence >= this.options.tokens;
  }

  /** Asks the director for a worker until it gets one (backoff with jitter) or `signal` aborts. */
  private async assign(excluded: string | undefined, signal: AbortSignal): Promise<Assignment | undefined> {
    const { logger, retryMs, noWorkerRetryMs, retryMaxMs, heartbeatTimeoutMs } = this.options;
    const noWorker = new Backoff({ initialMs: noWorkerRetryMs, maxMs: retryMaxMs });
    const unreachable = new Backoff({ initialMs: retryMs, maxMs: retryMaxMs });
    while (!signal.aborted) {
      try {
        const directorClient = await this.directorClient();
        const assignment = await directorClient.assignWorker(
          { sessionId: this.sessionId ?? '', excludedWorker: excluded ?? '' },
          { timeoutMs: heartbeatTimeoutMs, signal },
        );
        this.sessionId = assignment.sessionId;
        logger.info(
          { sessionId: this.sessionId, worker: assignment.worker, addr: assignment.addr, excluded },
          'worker assigned',
        );
        return assignment;
      } catch (error) {
        if (signal.aborted) break;
        const err = RpcError.from(error);
        let retryInMs: number;
        if (err.remote && err.code === RpcCode.Unavailable) {
          retryInMs = noWorker.next();
          logger.info({ sessionId: this.sessionId, retryInMs }, 'no worker available');
        } else {
          retryInMs = unreachable.next();
          logger.warn({ sessionId: this.sessionId, err: err.message, retryInMs }, 'director unreachable');
          void this.directorConnection?.close();
          this.directorConnection = undefined;
        }
        await sleep(retryInMs, signal);
      }
    }
    return undefined;
  }

  private async directorClient() {
    if (!this.directorConnection) {
      const { director, serverName, tls, maxUdpPayloadBytes, heartbeatTimeoutMs, logger } = this.options;
      const connection = await connectRpc({
        ...director,
        serverName,
        tls,
        maxUdpPayloadBytes,
        connectTimeoutMs: heartbeatTimeoutMs,
        logger: logger.child({ component: 'quic' }),
      });
      this.directorConnection = connection;
      void connection.closed.then(() => {
        if (this.directorConnection === connection) this.directorConnection = undefined;
      });
    }
    return createClient(DirectorService, this.directorConnection.client);
  }

  /** One worker: a new QUIC connection, a stream resumed after the last sequence, liveness checks. */
  private async streamFrom(assignment: Assignment, outer: AbortSignal): Promise<Attempt> {
    const { logger, tls, maxUdpPayloadBytes, heartbeatIntervalMs, heartbeatTimeoutMs } = this.options;
    const sessionId = this.sessionId!;
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort(outer.reason);
    outer.addEventListener('abort', onOuterAbort);
    let lastAlive = Date.now();
    let tokens = 0;
    let detection: { reason: FailoverReason; error: unknown; at: number } | undefined;
    const detect = (reason: FailoverReason, error: unknown) => {
      if (detection) return;
      detection = { reason, error, at: Date.now() };
      controller.abort(error);
    };
    const failed = (): Attempt => ({
      kind: 'failed',
      reason: detection!.reason,
      error: detection!.error,
      detectMs: detection!.at - lastAlive,
      tokens,
    });

    let connection: RpcConnection;
    try {
      connection = await connectRpc({
        ...parseAddr(assignment.addr),
        serverName: this.options.serverName,
        tls,
        maxUdpPayloadBytes,
        connectTimeoutMs: heartbeatTimeoutMs,
        logger: logger.child({ component: 'quic' }),
      });
    } catch (error) {
      outer.removeEventListener('abort', onOuterAbort);
      detect('stream-closed', error);
      return failed();
    }
    this.worker = assignment.worker;
    const worker = createClient(WorkerService, connection.client);
    const heartbeat = new HeartbeatLoop({
      clock: systemClock,
      intervalMs: heartbeatIntervalMs,
      timeoutMs: heartbeatTimeoutMs,
      probe: async (signal) => void (await worker.ping({}, { signal })),
      onFailure: (reason, error) => detect(reason as FailoverReason, error),
    });
    const stall = new StallMonitor({
      clock: systemClock,
      detector: this.detector,
      onStall: (silentMs) => {
        logger.debug({ sessionId, worker: assignment.worker, silentMs }, 'tokens stalled: probing the worker');
        void heartbeat.probeNow(
          'stall',
          Math.min(heartbeatTimeoutMs, Math.max(MIN_STALL_PROBE_MS, this.detector.meanIntervalMs ?? 0)),
        );
      },
    });
    void connection.closed.then((error) =>
      detect('stream-closed', error ?? new RpcError(RpcCode.Unavailable, 'connection closed')),
    );
    heartbeat.start();
    try {
      const events = worker.generate(
        { sessionId, prompt: this.options.prompt, resumeAfter: this.tracker.lastSequence },
        { signal: controller.signal },
      );
      for await (const event of events) {
        const now = Date.now();
        lastAlive = now;
        if (this.options.stallProbe) stall.arrival();
        if (event.token) {
          const sequence = event.token.sequence ?? 0;
          if (!this.tracker.accept(sequence, assignment.worker)) continue;
          tokens++;
          if (this.resumeFrom !== undefined) {
            const failoverMs = now - this.resumeFrom;
            this.maxFailoverMs = Math.max(this.maxFailoverMs, failoverMs);
            this.resumeFrom = undefined;
            logger.info({ sessionId, worker: assignment.worker, afterSequence: sequence - 1, failoverMs }, 'resumed');
          }
          this.lastTokenAt = now;
          logger.debug({ sessionId, sequence, text: event.token.text }, 'token');
          if (this.done()) return { kind: 'done' };
        } else if (event.goAway) {
          detect(
            'goaway',
            new RpcError(RpcCode.Unavailable, event.goAway.reason || 'worker going away', { remote: true }),
          );
          break;
        } else if (event.connected) {
          logger.debug(
            { sessionId, worker: event.connected.worker, resumeAfter: event.connected.resumeAfter },
            'stream connected',
          );
        }
      }
      detect('stream-closed', new RpcError(RpcCode.Unavailable, 'stream ended'));
    } catch (error) {
      detect(error instanceof RpcError && error.remote ? 'error-frame' : 'stream-closed', error);
    } finally {
      heartbeat.stop();
      stall.restart();
      outer.removeEventListener('abort', onOuterAbort);
      // Not awaited: closing a connection to a frozen peer must not hold up the failover.
      void connection.close();
    }
    return failed();
  }
}

function parseAddr(addr: string): HostPort {
  const parsed = parseHostPort(addr);
  if (!parsed) throw new RpcError(RpcCode.Internal, `director sent an invalid worker address: ${addr}`);
  return parsed;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}
