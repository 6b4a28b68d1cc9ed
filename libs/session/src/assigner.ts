import { Backoff, sleep, type Clock, type TimerHandle } from '@switchyard/time';
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
import { RpcCode, RpcError, createClient, type Dial, type RpcChannel } from '@switchyard/rpc';
import { dialWithin } from './dial.js';
import type { Emit } from './events.js';
import { RoundTrips } from './worker-attempt.js';

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
 * A director gets at least this long to connect, or to answer a call, before the next one is asked as well: the
 * floor RFC 8305 (happy eyeballs) sets for a delay derived from measured round trips. Above it the budget follows
 * the answer times, so a slow machine or network widens it by itself.
 */
export const HEDGE_MIN_MS = 100;
/** ... and at most this long, however slow recent answers were (a call held for a worker answers late). */
export const HEDGE_MAX_MS = 1000;
/** Between the two, the wait is this many of the slowest recent connects and answers. */
export const HEDGE_ANSWER_TIMES = 4;

/** Slow directors widen a round to at most this many calls at once (failed ones are replaced regardless). */
export const HEDGE_MAX_CALLS = 2;

/** How one director's part of a round ended, when it assigned nothing. */
interface Refusal {
  kind: 'no-worker' | 'rate-limited' | 'unreachable';
  error: RpcError;
  director: Endpoint;
  index: number;
  /** From the call's start to its answer. */
  tookMs: number;
}

/** A director's assignment, with the connection it came on. */
interface Won {
  assignment: Assignment;
  channel: RpcChannel;
  index: number;
  director: Endpoint;
}

/**
 * The session's side of the directors: asks for a worker until one is assigned, keeping one connection to the
 * director that answered last. A round asks that director first; the next one in the list is asked as well, without
 * cancelling the first, when the first has not connected or answered within a budget drawn from recent answer
 * times (`HEDGE_*`), and instead of it at once when it cannot be reached, or when it has not even acknowledged
 * the call (the transport heard nothing from it since) within that budget. The first assignment wins and the other
 * calls are cancelled; every director is asked for the same session id. When no director answered, it backs off:
 * on one schedule when a director had no worker available (unless it held the call for most of its time), on
 * another, at least as long as the director says, when it refused this address for calling too often, and on a
 * third after every director failed.
 */
export class Assigner {
  /** The connection kept between rounds, and the index of the director it is to. */
  private channel: RpcChannel | undefined;
  private channelIndex = -1;
  private current = 0;
  private id: string | undefined;
  private directors: readonly Endpoint[];
  private readonly answerTimes = new RoundTrips();

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

  /** The director asked first in the next round: the one that answered last. */
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
    while (!signal.aborted) {
      const outcome = await this.round(excluded, signal);
      if (signal.aborted) break;
      if ('assignment' in outcome) {
        const { assignment, director } = outcome;
        emit('assigned', { ...assignment, excluded, director });
        return assignment;
      }
      const sessionId = this.id;
      const { kind, error, director } = outcome;
      let delayMs: number;
      if (kind === 'no-worker') {
        // A director that waited for a worker most of the call's time already spared everyone a poll.
        delayMs = outcome.tookMs >= directorTimeoutMs / 2 ? 0 : noWorker.next();
        emit('retry', { sessionId, cause: 'no-worker', delayMs, director, error });
      } else if (kind === 'rate-limited') {
        // The director works, and every director counts this address the same way.
        const retryAfterMs = Number(error.trailers['retry-after-ms']) || 0;
        delayMs = Math.min(retryMaxMs, Math.max(retryAfterMs, limited.next()));
        emit('retry', { sessionId, cause: 'rate-limited', delayMs, director, error });
      } else {
        // Every director failed: only a whole round of failures costs a delay.
        delayMs = unreachable.next();
        emit('retry', { sessionId, cause: 'director-unreachable', delayMs, director, error });
        await this.refresh();
      }
      await sleep(clock, delayMs, signal);
    }
    return undefined;
  }

  /**
   * One round over the directors, starting with the current one: the first assignment, or the refusal that decides
   * what happens next (no worker before rate-limited before unreachable; unreachable only when every director was).
   */
  private round(excluded: string | undefined, signal: AbortSignal): Promise<Won | Refusal> {
    const { emit } = this.options;
    const n = this.directors.length;
    const first = this.current;
    const stop = new AbortController();
    let started = 0;
    let pending = 0;
    let answered: Refusal | undefined;
    let last: Refusal | undefined;
    return new Promise<Won | Refusal>((resolve) => {
      const finish = (outcome: Won | Refusal) => {
        signal.removeEventListener('abort', onAbort);
        stop.abort();
        resolve(outcome);
      };
      // Stopped: the calls in flight are cancelled and the round ends now (their outcomes no longer count).
      const onAbort = () =>
        finish({
          kind: 'unreachable',
          error: new RpcError(RpcCode.Cancelled, 'the session was stopped'),
          director: this.directors[first],
          index: first,
          tookMs: 0,
        });
      signal.addEventListener('abort', onAbort);
      /** Asks the next director not asked yet in this round; false when every one was. */
      const askNext = (): boolean => {
        if (started >= n || stop.signal.aborted) return false;
        const index = (first + started) % n;
        started++;
        pending++;
        // A slow director has the next one asked (once); it may be abandoned once another one was asked.
        let hedged = false;
        const slow = (): boolean => {
          if (!hedged && pending < HEDGE_MAX_CALLS) {
            hedged = true;
            askNext();
          }
          return started > 1;
        };
        this.ask(index, excluded, stop.signal, slow).then(
          (won) => {
            pending--;
            if (stop.signal.aborted) {
              if (won.channel !== this.channel) void won.channel.close();
              return;
            }
            this.adopt(won);
            finish(won);
          },
          (refusal: Refusal) => {
            pending--;
            if (stop.signal.aborted) return;
            last = refusal;
            if (refusal.kind !== 'unreachable') {
              // The first director to answer is where the next round starts.
              if (!answered) this.current = refusal.index;
              if (!answered || rank(refusal) < rank(answered)) answered = refusal;
            } else if ((answered === undefined && askNext()) || pending > 0) {
              // The round goes on without it: it costs no delay.
              emit('retry', {
                sessionId: this.id,
                cause: 'director-unreachable',
                delayMs: 0,
                director: refusal.director,
                error: refusal.error,
              });
            }
            if (pending > 0) return;
            if (answered === undefined) this.current = (first + started) % n;
            finish(answered ?? last);
          },
        );
        return true;
      };
      askNext();
    });
  }

  /**
   * Asks the director at `index` for a worker, on the current connection when it is that director's, on a new one
   * otherwise. `slow` is called when the director has not connected, or not answered, within the hedge budget: it
   * has the next director asked (once) and says whether any other director was asked in this round; a director
   * that has not even acknowledged the call by then is abandoned when one was.
   */
  private async ask(
    index: number,
    excluded: string | undefined,
    signal: AbortSignal,
    slow: () => boolean,
  ): Promise<Won> {
    const { clock, dial, connectTimeoutMs, directorTimeoutMs } = this.options;
    const director = this.directors[index];
    const call = new AbortController();
    const onAbort = () => call.abort();
    signal.addEventListener('abort', onAbort);
    let channel = index === this.channelIndex ? this.channel : undefined;
    let abandoned: RpcError | undefined;
    const abandon = (why: RpcError) => {
      abandoned ??= why;
      call.abort();
    };
    let timer: TimerHandle | undefined;
    let deadline: TimerHandle | undefined;
    let sentAt = clock.now();
    try {
      if (!channel) {
        timer = clock.setTimeout(() => void slow(), this.hedgeMs());
        channel = await dialWithin(dial, director, {
          clock,
          timeoutMs: connectTimeoutMs,
          signal: call.signal,
          peer: { role: 'director' },
        });
        clock.clearTimeout(timer);
        this.answerTimes.record(clock.now() - sentAt);
      }
      const api = createClient(DirectorService, channel.client);
      const on = channel;
      sentAt = clock.now();
      timer = clock.setTimeout(() => {
        const silentMs = on.silentForMs?.();
        const unheard = silentMs !== undefined && silentMs > clock.now() - sentAt;
        if (slow() && unheard) {
          const ms = Math.round(clock.now() - sentAt);
          abandon(new RpcError(RpcCode.Unavailable, `nothing heard from the director ${ms} ms after the call`));
        }
      }, this.hedgeMs());
      deadline = clock.setTimeout(
        () => abandon(new RpcError(RpcCode.DeadlineExceeded, `no answer within ${directorTimeoutMs} ms`)),
        directorTimeoutMs,
      );
      // The director learns the deadline (it holds the call for a worker until near it); the clock enforces it.
      const response = await api.assignWorker(
        { sessionId: this.id ?? '', excludedWorker: excluded ?? '' },
        { timeoutMs: directorTimeoutMs, signal: call.signal },
      );
      this.answerTimes.record(clock.now() - sentAt);
      const assignment = checkAssignment(response, this.id);
      this.id = assignment.sessionId;
      return { assignment, channel, index, director };
    } catch (caught) {
      const error = abandoned ?? RpcError.from(caught);
      const tookMs = clock.now() - sentAt;
      let kind: Refusal['kind'] = 'unreachable';
      if (error.remote && error.code === RpcCode.Unavailable) kind = 'no-worker';
      else if (error.remote && error.code === RpcCode.ResourceExhausted) kind = 'rate-limited';
      if (error.remote) this.answerTimes.record(tookMs);
      if (channel && (kind === 'unreachable' || channel !== this.channel)) {
        if (channel === this.channel) this.channel = undefined;
        void channel.close();
      }
      throw { kind, error, director, index, tookMs } satisfies Refusal;
    } finally {
      if (timer !== undefined) clock.clearTimeout(timer);
      if (deadline !== undefined) clock.clearTimeout(deadline);
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** The winner's connection becomes the one kept, and its director the first asked next time. */
  private adopt(won: Won): void {
    this.current = won.index;
    if (won.channel === this.channel) return;
    const previous = this.channel;
    const channel = won.channel;
    this.channel = channel;
    this.channelIndex = won.index;
    void channel.closed.then(() => {
      if (this.channel === channel) this.channel = undefined;
    });
    void previous?.close();
  }

  /** How long a director may take to connect or answer before the next one is asked too. */
  private hedgeMs(): number {
    const slowest = this.answerTimes.max ?? 0;
    return Math.min(HEDGE_MAX_MS, Math.max(HEDGE_MIN_MS, HEDGE_ANSWER_TIMES * slowest));
  }

  private async refresh(): Promise<void> {
    const found = await this.options.refreshDirectors?.().catch(() => undefined);
    if (!found || found.length === 0) return;
    void this.close();
    this.directors = found;
    this.current = 0;
  }

  /** Closes the connection kept for the next round. */
  async close(): Promise<void> {
    const channel = this.channel;
    this.channel = undefined;
    await channel?.close();
  }
}

/** Which refusal decides a round: a director without a worker says most, then one that limits this address. */
function rank(refusal: Refusal): number {
  return refusal.kind === 'no-worker' ? 0 : refusal.kind === 'rate-limited' ? 1 : 2;
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
