import { Backoff, sleep, type Clock } from '@switchyard/time';
import {
  DirectorService,
  MAX_ADMISSION_BYTES,
  endpointError,
  isSessionId,
  isWorkerLabel,
  validEndpoint,
  type Endpoint,
  type director,
} from '@switchyard/protocol';
import { RpcCode, RpcError, createClient, type Dial, type RpcChannel, type ServiceClient } from '@switchyard/rpc';
import { dialWithin } from './dial.js';
import type { Emit } from './events.js';

export interface AssignerOptions {
  /** The directors to ask, in order of preference; the session moves on when one fails. */
  directors: readonly Endpoint[];
  /**
   * Finds the directors again (a DNS name resolved anew, say) after every one of them failed in a row; an
   * empty answer or a failure keeps the list as it is.
   */
  refreshDirectors?: () => Promise<readonly Endpoint[]>;
  dial: Dial;
  clock: Clock;
  /** Uniform in [0, 1), for backoff jitter. */
  random: () => number;
  connectTimeoutMs: number;
  /** How long one AssignWorker call may take. */
  directorTimeoutMs: number;
  /** First delay after every director failed (then exponential, with jitter). */
  retryMs: number;
  /** First delay after a director had no worker available (then exponential, with jitter). */
  noWorkerRetryMs: number;
  retryMaxMs: number;
  /** An existing session to continue; a new one is minted by the first director otherwise. */
  sessionId?: string;
  emit: Emit;
}

/** A worker a director handed out. */
export interface Assignment {
  sessionId: string;
  worker: string;
  endpoint: Endpoint;
  /**
   * The director's short-lived permission for this session on this worker, passed on unchanged in Generate; empty
   * from a director that predates admissions. Every assignment has its own: it is never reused.
   */
  admission: Uint8Array;
}

/**
 * The session's side of the directors: asks for a worker until one is assigned, keeping one
 * connection to the current director. When a director cannot be reached (or answers nonsense) the
 * next one in the list is tried at once; once all of them failed in a row, it backs off. When a
 * director has no worker available, it backs off on a separate schedule; when it refuses the call
 * because this address calls too often, it waits at least as long as the director says.
 */
export class Assigner {
  private channel: RpcChannel | undefined;
  private current = 0;
  private id: string | undefined;
  private directors: readonly Endpoint[];

  constructor(private readonly options: AssignerOptions) {
    if (options.directors.length === 0) throw new RangeError('at least one director is needed');
    this.directors = options.directors;
    if (options.sessionId !== undefined && !isSessionId(options.sessionId)) {
      throw new RangeError('sessionId must be conn-<uuid> as issued by a director');
    }
    this.id = options.sessionId;
  }

  /** The session id, once a director issued (or confirmed) it. */
  get sessionId(): string | undefined {
    return this.id;
  }

  /** The director asked last. */
  get director(): Endpoint {
    return this.directors[this.current];
  }

  /**
   * A worker other than `excluded` (unless it is the only one available), retrying with backoff until
   * one is assigned. Undefined once `signal` aborts. A director holds the call until a worker is available
   * or the call's deadline is near; when it held the call that long, it is asked again at once.
   */
  async assign(excluded: string | undefined, signal: AbortSignal): Promise<Assignment | undefined> {
    const { clock, random, retryMs, noWorkerRetryMs, retryMaxMs, directorTimeoutMs, emit } = this.options;
    const noWorker = new Backoff({ initialMs: noWorkerRetryMs, maxMs: retryMaxMs, random });
    const unreachable = new Backoff({ initialMs: retryMs, maxMs: retryMaxMs, random });
    const limited = new Backoff({ initialMs: retryMs, maxMs: retryMaxMs, random });
    let failedInARow = 0;
    while (!signal.aborted) {
      const director = this.director;
      let delayMs: number;
      const asked = clock.now();
      try {
        const api = await this.connect(signal);
        const response = await api.assignWorker(
          { sessionId: this.id ?? '', excludedWorker: excluded ?? '' },
          { timeoutMs: this.options.directorTimeoutMs, signal },
        );
        const assignment = checkAssignment(response, this.id);
        this.id = assignment.sessionId;
        emit('assigned', { ...assignment, excluded, director });
        return assignment;
      } catch (error) {
        if (signal.aborted) break;
        const err = RpcError.from(error);
        if (err.remote && err.code === RpcCode.Unavailable) {
          failedInARow = 0;
          // A director that waited for a worker most of the call's time already spared everyone a poll.
          delayMs = clock.now() - asked >= directorTimeoutMs / 2 ? 0 : noWorker.next();
          emit('retry', { sessionId: this.id, cause: 'no-worker', delayMs, director, error: err });
        } else if (err.remote && err.code === RpcCode.ResourceExhausted) {
          // Rate-limited: the director works, and every director counts this address the same way.
          failedInARow = 0;
          const retryAfterMs = Number(err.trailers['retry-after-ms']) || 0;
          delayMs = Math.min(retryMaxMs, Math.max(retryAfterMs, limited.next()));
          emit('retry', { sessionId: this.id, cause: 'rate-limited', delayMs, director, error: err });
        } else {
          this.drop();
          this.current = (this.current + 1) % this.directors.length;
          failedInARow++;
          // The next director is tried at once; only a whole round of failures costs a delay.
          const roundFailed = failedInARow >= this.directors.length;
          delayMs = roundFailed ? unreachable.next() : 0;
          emit('retry', { sessionId: this.id, cause: 'director-unreachable', delayMs, director, error: err });
          if (roundFailed) {
            failedInARow = 0;
            await this.refresh();
          }
        }
      }
      await sleep(clock, delayMs, signal);
    }
    return undefined;
  }

  private async refresh(): Promise<void> {
    const found = await this.options.refreshDirectors?.().catch(() => undefined);
    if (!found || found.length === 0) return;
    this.directors = found;
    this.current = 0;
  }

  /** Closes the connection to the current director. */
  async close(): Promise<void> {
    const channel = this.channel;
    this.channel = undefined;
    await channel?.close();
  }

  private async connect(signal: AbortSignal): Promise<ServiceClient<typeof DirectorService>> {
    if (!this.channel) {
      const { dial, clock, connectTimeoutMs } = this.options;
      const channel = await dialWithin(dial, this.director, {
        clock,
        timeoutMs: connectTimeoutMs,
        signal,
        peer: { role: 'director' },
      });
      this.channel = channel;
      void channel.closed.then(() => {
        if (this.channel === channel) this.channel = undefined;
      });
    }
    return createClient(DirectorService, this.channel.client);
  }

  private drop(): void {
    void this.close();
  }
}

/** The assignment in `response`, or INTERNAL naming what a misbehaving director got wrong. */
function checkAssignment(response: director.v1.AssignWorkerResponse, sessionId: string | undefined): Assignment {
  const invalid = (what: string) => new RpcError(RpcCode.Internal, `the director sent an invalid assignment: ${what}`);
  if (!isSessionId(response.sessionId)) throw invalid('session id is not conn-<uuid>');
  if (sessionId !== undefined && response.sessionId !== sessionId) throw invalid('it changed the session id');
  if (!isWorkerLabel(response.worker)) throw invalid('bad worker label');
  const endpoint = validEndpoint(response.endpoint);
  if (!endpoint) throw invalid(`worker endpoint: ${endpointError(response.endpoint)}`);
  const admission = response.admission ?? new Uint8Array(0);
  if (admission.length > MAX_ADMISSION_BYTES) throw invalid(`admission longer than ${MAX_ADMISSION_BYTES} bytes`);
  return { sessionId: response.sessionId, worker: response.worker, endpoint, admission };
}
