import { HeartbeatLoop, StallMonitor, Watchdog, type PhiAccrualDetector } from '@switchyard/heartbeat';
import { lateTimerGraceMs, type Clock, type TimerHandle } from '@switchyard/time';
import {
  MAX_CONTEXT_TOKENS,
  MAX_MODEL_CHARS,
  MAX_TOKEN_ID,
  WorkerService,
  finishReasonName,
  isTokenId,
  type FinishReason,
  type worker as wire,
} from '@switchyard/protocol';
import { RpcCode, RpcError, createClient, type Dial, type RpcChannel } from '@switchyard/rpc';
import type { Assignment } from './assigner.js';
import { dialWithin } from './dial.js';
import type { FailoverReason } from './events.js';
import type { AnswerContext, ViolationKind } from './sequence-tracker.js';
import type { Token } from './token-buffer.js';

/** Shortest wait for the ping sent on a stall: a live worker on a busy machine answers well within it. */
export const MIN_STALL_PROBE_MS = 250;
/** The ping sent on a stall waits this many of the slowest recent round trips (or the minimum). */
export const STALL_PROBE_ROUND_TRIPS = 4;
/**
 * Phi level at which silence is suspicious: low, because a suspicion costs one ping, never a failover (that
 * takes an unanswered ping). With steady 500 ms tokens it is reached about 620 ms after the last one.
 */
export const STALL_PHI_THRESHOLD = 2;

/** The slowest of the last round trips to workers: what a ping may reasonably take. */
export class RoundTrips {
  private readonly samples: number[] = [];

  constructor(private readonly size = 16) {}

  record(ms: number): void {
    this.samples.push(ms);
    if (this.samples.length > this.size) this.samples.shift();
  }

  /** The slowest recent round trip; undefined before the first. */
  get max(): number | undefined {
    return this.samples.length === 0 ? undefined : Math.max(...this.samples);
  }
}
/**
 * Refusals of the request itself: the session ends with the error instead of failing over (a bad sampling
 * parameter, a model no worker serves, a prompt too long; FAILED_PRECONDITION: the worker's upstream engine refused
 * its credentials, a deployment's fault that failing over would only repeat).
 */
const REFUSED_REQUEST: ReadonlySet<RpcCode> = new Set([
  RpcCode.InvalidArgument,
  RpcCode.NotFound,
  RpcCode.FailedPrecondition,
]);

/**
 * What is wrong with the answer a worker says it continues, or undefined: a resumed stream must continue the prompt
 * ids it was sent, and a worker that names its model must run the one asked for.
 */
function wrongContext(asked: AnswerRequest, context: AnswerContext): string | undefined {
  // What the first worker says is pinned for the session: it must be something every later worker accepts.
  if (context.model.length > MAX_MODEL_CHARS) return `named a model longer than ${MAX_MODEL_CHARS} characters`;
  if (context.promptTokenIds.length >= MAX_CONTEXT_TOKENS) {
    return `returned ${context.promptTokenIds.length} prompt token ids: a session holds ${MAX_CONTEXT_TOKENS} with its answer`;
  }
  if (asked.model !== '' && context.model !== '' && context.model !== asked.model) {
    return `runs model "${context.model}", not "${asked.model}"`;
  }
  const ids = asked.promptTokenIds;
  if (ids && (ids.length !== context.promptTokenIds.length || ids.some((id, i) => id !== context.promptTokenIds[i]))) {
    return 'continues other prompt token ids than the ones sent';
  }
  return undefined;
}

/** The progress deadline during a stream: this many of the observed token intervals (or its floor). */
export const PROGRESS_INTERVALS = 4;

/** What a stream asks its worker for, besides the session and the admission. */
export interface AnswerRequest {
  prompt: string;
  /** Empty: the worker's own. */
  model: string;
  sampling: wire.v1.ISampling | undefined;
  /** On resume: the prompt's ids as the first worker returned them; the worker must continue from them. */
  promptTokenIds: readonly number[] | undefined;
  /** On resume: the ids generated so far, when the session holds them all. */
  generatedTokenIds: readonly number[] | undefined;
  /** Whether a worker whose engine continues from text (inexact) may serve the session. */
  allowInexact: boolean;
  /** On resume after chunks of text without ids (an inexact engine's): the answer's text so far. */
  generatedText: string;
}

export interface WorkerAttemptOptions {
  assignment: Assignment;
  answer: AnswerRequest;
  /** The last sequence received: the worker continues after it. */
  resumeAfter: number;
  dial: Dial;
  clock: Clock;
  connectTimeoutMs: number;
  heartbeatIntervalMs: number;
  heartbeatTimeoutMs: number;
  /** The worker must send its first token within this long of the stream's start. */
  firstTokenTimeoutMs: number;
  /** Floor of the progress deadline: the longest silence between tokens, whatever their rhythm. */
  progressTimeoutMs: number;
  /**
   * Learns the token rhythm (kept across attempts) and, when tokens stop for longer than it explains,
   * has the worker pinged at once. Undefined: only the periodic heartbeat watches the worker.
   */
  stallDetector: PhiAccrualDetector | undefined;
  /** Round trips to workers, kept across attempts: they size the ping sent on a stall. */
  roundTrips: RoundTrips;
  /** The attempt ends (outcome `stopped`) when this aborts. */
  signal: AbortSignal;
  onConnected(resumeAfter: number, context: AnswerContext): void;
  /**
   * Called for every token. A promise means "no room now": the attempt stops reading (and stops
   * timing the token rhythm) until it resolves.
   */
  onToken(token: Token): Promise<void> | undefined;
  /** The answer is finished: its last chunk said why (the attempt then ends, outcome `finished`). */
  onFinish(reason: FinishReason): void;
  onStall(silentMs: number): void;
}

export type AttemptOutcome =
  | { kind: 'stopped'; tokens: number }
  | { kind: 'finished'; tokens: number }
  /** The worker refused the request itself (INVALID_ARGUMENT, NOT_FOUND): no other worker would take it either. */
  | { kind: 'refused'; error: RpcError; tokens: number }
  | {
      kind: 'failed';
      reason: FailoverReason;
      /** What the worker broke, when `reason` is `protocol-violation`. */
      violation?: ViolationKind;
      error: RpcError;
      detectMs: number;
      tokens: number;
    };

/**
 * One worker, one new connection: streams tokens after `resumeAfter` until the worker fails or the
 * signal aborts, watching it four ways at once: the stream itself, a periodic ping, a ping as soon as
 * tokens stall, and a progress deadline (a worker that answers pings but sends nothing is no better than
 * a dead one). A token that is not the next in sequence is a protocol violation: it is not delivered. The
 * first failure ends the attempt at once, whatever else is pending.
 */
export async function runWorkerAttempt(options: WorkerAttemptOptions): Promise<AttemptOutcome> {
  const { assignment, clock, signal } = options;
  const controller = new AbortController();
  let lastAlive = clock.now();
  let tokens = 0;
  let detection: { reason: FailoverReason; violation?: ViolationKind; error: RpcError; at: number } | undefined;
  let finished = false;
  const detect = (reason: FailoverReason, error: unknown, violation?: ViolationKind) => {
    if (detection || signal.aborted) return;
    detection = { reason, violation, error: RpcError.from(error, RpcCode.Unavailable), at: clock.now() };
    controller.abort(detection.error);
  };
  const outcome = (): AttemptOutcome => {
    if (finished) return { kind: 'finished', tokens };
    if (signal.aborted || !detection) return { kind: 'stopped', tokens };
    if (detection.reason === 'error-frame' && REFUSED_REQUEST.has(detection.error.code)) {
      return { kind: 'refused', error: detection.error, tokens };
    }
    return { kind: 'failed', ...detection, detectMs: detection.at - lastAlive, tokens };
  };

  let channel: RpcChannel;
  try {
    const timeoutMs = options.connectTimeoutMs;
    const dialedAt = clock.now();
    // The worker's certificate must name the worker assigned, not merely be valid for the endpoint's host.
    channel = await dialWithin(options.dial, assignment.endpoint, {
      clock,
      timeoutMs,
      signal,
      peer: { role: 'worker', name: assignment.worker },
    });
    // A handshake takes a round trip or two: an upper bound until pings measure it.
    if (options.roundTrips.max === undefined) options.roundTrips.record(clock.now() - dialedAt);
  } catch (error) {
    detect('connect-failed', error);
    return outcome();
  }
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort);
  const worker = createClient(WorkerService, channel.client);
  const heartbeat = new HeartbeatLoop({
    clock,
    intervalMs: options.heartbeatIntervalMs,
    timeoutMs: options.heartbeatTimeoutMs,
    probe: async (probeSignal) => void (await worker.ping({}, { signal: probeSignal })),
    onFailure: (reason, error) => detect(reason === 'stall' ? 'stall' : 'heartbeat', error),
    onAnswer: (rttMs) => options.roundTrips.record(rttMs),
  });
  const detector = options.stallDetector;
  const stall =
    detector &&
    new StallMonitor({
      clock,
      detector,
      onStall: (silentMs) => {
        options.onStall(silentMs);
        const probeMs = Math.max(MIN_STALL_PROBE_MS, STALL_PROBE_ROUND_TRIPS * (options.roundTrips.max ?? 0));
        const waitMs = Math.min(options.heartbeatTimeoutMs, probeMs);
        if (channel.probe && channel.silentForMs) probeTransport(waitMs);
        else void heartbeat.probeNow('stall', waitMs);
      },
    });
  // On a stall the worker's transport is asked to acknowledge (a QUIC PING), which costs the worker next to nothing;
  // a worker whose process answers but whose work is stuck is left by the progress deadline or the periodic ping.
  let transportProbe: TimerHandle | undefined;
  const probeTransport = (waitMs: number) => {
    if (transportProbe !== undefined) return;
    const sentAt = clock.now();
    channel.probe!();
    const verdict = (graced: boolean) => {
      transportProbe = undefined;
      if (channel.silentForMs!() <= clock.now() - sentAt) return;
      // Fired late (this process could not run): the acknowledgement may be waiting unread; read it first.
      const graceMs = graced ? 0 : lateTimerGraceMs(clock.now() - sentAt - waitMs, waitMs);
      if (graceMs > 0) transportProbe = clock.setTimeout(() => verdict(true), graceMs);
      else
        detect(
          'stall',
          new RpcError(RpcCode.Unavailable, `nothing heard from the worker within ${waitMs} ms of a probe`),
        );
    };
    transportProbe = clock.setTimeout(() => verdict(false), waitMs);
  };
  void channel.closed.then((error) =>
    detect('stream-closed', error ?? new RpcError(RpcCode.Unavailable, 'connection closed')),
  );
  const progress = new Watchdog(clock, () => {
    const what = tokens === 0 ? `no first token within ${options.firstTokenTimeoutMs} ms` : 'tokens stopped';
    detect('no-progress', new RpcError(RpcCode.DeadlineExceeded, `${what} while the worker answers pings`));
  });
  const progressDeadline = () =>
    Math.max(options.progressTimeoutMs, PROGRESS_INTERVALS * (detector?.meanIntervalMs ?? 0));
  const violation = (kind: ViolationKind, what: string) =>
    detect(
      'protocol-violation',
      new RpcError(RpcCode.Internal, `${assignment.worker} broke the protocol: ${what}`),
      kind,
    );
  let received = options.resumeAfter;
  /** The prompt's ids count against the most a session holds, with the answer's. */
  let promptLength = options.answer.promptTokenIds?.length ?? 0;
  heartbeat.start();
  progress.arm(options.firstTokenTimeoutMs);
  try {
    const { answer } = options;
    const request: wire.v1.IGenerateRequest = {
      sessionId: assignment.sessionId,
      // A worker continues from the prompt's ids when it is given them: the text is then not needed.
      prompt: answer.promptTokenIds?.length ? '' : answer.prompt,
      resumeAfter: options.resumeAfter,
      admission: assignment.admission,
      model: answer.model,
      sampling: answer.sampling,
      promptTokenIds: answer.promptTokenIds ? [...answer.promptTokenIds] : [],
      generatedTokenIds: answer.generatedTokenIds ? [...answer.generatedTokenIds] : [],
      allowInexact: answer.allowInexact,
      // Without every id, the answer is continued from its text (only an inexact engine does that).
      generatedText: answer.generatedTokenIds ? '' : answer.generatedText,
    };
    for await (const event of worker.generate(request, { signal: controller.signal })) {
      lastAlive = clock.now();
      stall?.arrival();
      heartbeat.heard();
      if (event.token) {
        const sequence = event.token.sequence ?? 0;
        const text = event.token.text ?? '';
        const tokenIds = event.token.tokenIds ?? [];
        // A chunk of text without ids (an older worker's) is one token; a chunk with neither only finishes.
        const pieces = tokenIds.length > 0 ? tokenIds.length : text === '' ? 0 : 1;
        if (sequence !== received + pieces || promptLength + sequence > MAX_CONTEXT_TOKENS) {
          violation('out-of-sequence', `sent token ${sequence} after ${received} with ${pieces} token(s)`);
          break;
        }
        if (!tokenIds.every(isTokenId)) {
          violation('invalid-token', `sent a token id above ${MAX_TOKEN_ID}`);
          break;
        }
        if (pieces > 0) {
          received = sequence;
          tokens++;
          progress.arm(progressDeadline());
          const noRoom = options.onToken({ sequence, text, tokenIds, worker: assignment.worker });
          if (noRoom) {
            // The consumer is behind: a pause here is not the worker's, so it must not look like a stall.
            stall?.restart();
            await noRoom;
            progress.arm(progressDeadline());
          }
        }
        const finish = finishReasonName(event.token.finishReason);
        if (finish) {
          finished = true;
          options.onFinish(finish);
          break;
        }
      } else if (event.goAway) {
        const reason = event.goAway.reason || 'worker going away';
        detect('goaway', new RpcError(RpcCode.Unavailable, reason, { remote: true }));
        break;
      } else if (event.connected) {
        const resumeAfter = event.connected.resumeAfter ?? 0;
        if (resumeAfter !== options.resumeAfter) {
          violation('wrong-resume-point', `resumes after ${resumeAfter}, not ${options.resumeAfter}`);
          break;
        }
        const context = {
          model: event.connected.model ?? '',
          promptTokenIds: event.connected.promptTokenIds ?? [],
          inexact: event.connected.inexact === true,
        };
        if (!context.promptTokenIds.every(isTokenId)) {
          violation('invalid-token', `returned a prompt token id above ${MAX_TOKEN_ID}`);
          break;
        }
        const wrong = wrongContext(answer, context);
        if (wrong) {
          violation('wrong-context', wrong);
          break;
        }
        promptLength = context.promptTokenIds.length;
        options.onConnected(resumeAfter, context);
      }
    }
    if (!finished) detect('stream-closed', new RpcError(RpcCode.Unavailable, 'stream ended'));
  } catch (error) {
    detect(error instanceof RpcError && error.remote ? 'error-frame' : 'stream-closed', error);
  } finally {
    heartbeat.stop();
    progress.stop();
    if (transportProbe !== undefined) clock.clearTimeout(transportProbe);
    // The learned rhythm stays for the next worker; the silence of this failure does not count.
    stall?.restart();
    signal.removeEventListener('abort', onAbort);
    // Not awaited: closing a connection to a frozen peer must not hold up the failover.
    void channel.close();
  }
  return outcome();
}
