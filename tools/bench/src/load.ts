// The load client of `npm run bench:scale`: many independent sessions in one process, each a `StreamSession`
// with its own QUIC connections (to the director and to its worker), as separate clients would have.
import { setMaxListeners } from 'node:events';
import type { Endpoint } from '@switchyard/protocol';
import { DeliveryCheck } from '@switchyard/service-harness';
import { StreamSession } from '@switchyard/session';
import { connectRpc, type DialTls } from '@switchyard/transport-quic';

export interface LoadOptions {
  directors: Endpoint[];
  tls: DialTls;
  maxUdpPayloadBytes: number;
  /** The workers' token interval, to turn arrival gaps into delays. */
  tokenIntervalMs: number;
}

/** One session of the load and what was seen of it. */
export interface LoadSession {
  readonly id: number;
  readonly session: StreamSession;
  /** The worker its last token came from. */
  worker: string | undefined;
  tokens: number;
  /** When its last token arrived (performance.now()). */
  lastTokenAt: number | undefined;
  /** When its first token from a worker other than `leaving` arrived, once `leaving` is set. */
  resumedAt: number | undefined;
  /** The worker this session is known to be leaving (set by the benchmark when it kills that worker). */
  leaving: string | undefined;
  /** When it failed over from `leaving` (the session's `failover` event), once `leaving` is set. */
  leftAt: number | undefined;
  /** The consumer's own check of what it delivered: sequence and text of every token. */
  readonly delivery: DeliveryCheck;
  readonly done: Promise<void>;
}

/** What the consumers delivered, checked token by token (independently of the sessions' own tallies). */
export interface DeliveryTotals {
  delivered: number;
  missing: number;
  repeated: number;
  wrongText: number;
}

export interface TimedEvent {
  at: number;
  worker?: string;
}

/** Tokens received per worker in fixed bins of time from `origin` (performance.now()), for charts. */
export interface TokenTimeline {
  origin: number;
  binMs: number;
  /** Tokens per bin, by the worker they came from. */
  counts: Map<string, number[]>;
}

/** Longest timeline kept, in bins (a chart needs no more; it bounds the memory of a forgotten timeline). */
const MAX_TIMELINE_BINS = 20_000;

/**
 * Runs sessions and records token delays: how much later than one token interval after the previous token from
 * the same worker connection each token arrived (0 when on time), while `recording` is set.
 */
export class LoadClient {
  readonly sessions: LoadSession[] = [];
  /** Token delays in ms recorded while `recording`. */
  readonly delays: number[] = [];
  recording = false;
  readonly assigned: TimedEvent[] = [];
  readonly connected: TimedEvent[] = [];
  readonly failovers: Array<TimedEvent & { reason: string }> = [];
  /** Retries by cause and error, for diagnosis. */
  readonly retries = new Map<string, number>();
  private readonly stop = new AbortController();
  private timeline: TokenTimeline | undefined;

  constructor(
    private readonly options: LoadOptions,
    /** The first session's id (ids name the sessions' prompts; several load processes use disjoint ranges). */
    private readonly firstId = 1,
  ) {
    // Every session listens on this one signal.
    setMaxListeners(0, this.stop.signal);
  }

  /** Starts `count` more sessions, `perSecond` of them per second. */
  async add(count: number, perSecond: number): Promise<void> {
    const gapMs = 1000 / perSecond;
    const start = performance.now();
    for (let i = 0; i < count; i++) {
      const due = start + i * gapMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.sessions.push(this.startSession(this.firstId + this.sessions.length));
    }
  }

  private startSession(id: number): LoadSession {
    const { directors, tls, maxUdpPayloadBytes, tokenIntervalMs } = this.options;
    const prompt = `load session ${id}`;
    const session = new StreamSession({
      directors,
      prompt,
      dial: (endpoint, { timeoutMs, signal, peer }) =>
        connectRpc({ ...endpoint, signal, peer, tls, maxUdpPayloadBytes, connectTimeoutMs: timeoutMs }),
    });
    const tracked = {
      id,
      session,
      worker: undefined as string | undefined,
      tokens: 0,
      lastTokenAt: undefined as number | undefined,
      resumedAt: undefined as number | undefined,
      leaving: undefined as string | undefined,
      leftAt: undefined as number | undefined,
      delivery: new DeliveryCheck(prompt),
      done: Promise.resolve(),
    };
    session.on('assigned', (e) => this.assigned.push({ at: performance.now(), worker: e.worker }));
    session.on('connected', (e) => {
      this.connected.push({ at: performance.now(), worker: e.worker });
      // The first token on a new connection has no predecessor to be late against.
      tracked.lastTokenAt = undefined;
    });
    session.on('failover', (e) => {
      const at = performance.now();
      this.failovers.push({ at, worker: e.from, reason: e.reason });
      if (tracked.leaving === e.from && tracked.leftAt === undefined) tracked.leftAt = at;
    });
    session.on('retry', (e) => {
      const key = `${e.cause}: ${e.error?.message ?? ''}`.slice(0, 120);
      this.retries.set(key, (this.retries.get(key) ?? 0) + 1);
    });
    tracked.done = (async () => {
      for await (const token of session.tokens({ signal: this.stop.signal })) {
        const now = performance.now();
        if (tracked.lastTokenAt !== undefined && tracked.worker === token.worker && this.recording) {
          this.delays.push(Math.max(0, now - tracked.lastTokenAt - tokenIntervalMs));
        }
        if (tracked.leaving && tracked.resumedAt === undefined && token.worker !== tracked.leaving) {
          tracked.resumedAt = now;
        }
        tracked.delivery.add(token);
        tracked.worker = token.worker;
        tracked.lastTokenAt = now;
        tracked.tokens++;
        if (this.timeline) this.count(this.timeline, token.worker, now);
      }
    })();
    return tracked;
  }

  /** Starts counting every session's tokens per worker in bins of `binMs`, from `origin` (performance.now()). */
  startTimeline(binMs: number, origin = performance.now()): void {
    this.timeline = { origin, binMs, counts: new Map() };
  }

  /** Stops counting; the counts so far (every worker's array padded to the same length). */
  stopTimeline(): TokenTimeline | undefined {
    const timeline = this.timeline;
    this.timeline = undefined;
    if (!timeline) return undefined;
    const bins = Math.max(0, ...[...timeline.counts.values()].map((c) => c.length));
    for (const counts of timeline.counts.values()) while (counts.length < bins) counts.push(0);
    return timeline;
  }

  private count(timeline: TokenTimeline, worker: string, now: number): void {
    const bin = Math.floor((now - timeline.origin) / timeline.binMs);
    if (bin < 0 || bin >= MAX_TIMELINE_BINS) return;
    let counts = timeline.counts.get(worker);
    if (!counts) timeline.counts.set(worker, (counts = []));
    while (counts.length <= bin) counts.push(0);
    counts[bin]++;
  }

  /** Resolves once every session has received at least `tokens` tokens; rejects after `timeoutMs`. */
  async allStreaming(tokens: number, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const behind = this.sessions.filter((s) => s.tokens < tokens).length;
      if (behind === 0) return;
      if (performance.now() > deadline) {
        const retries = [...this.retries].map(([key, n]) => `  ${n} × ${key}`).join('\n');
        throw new Error(`${behind} of ${this.sessions.length} sessions not streaming; retries:\n${retries}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Sessions per worker, by their last token. */
  perWorker(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of this.sessions) if (s.worker) counts.set(s.worker, (counts.get(s.worker) ?? 0) + 1);
    return counts;
  }

  /** Every consumer's check so far, summed. */
  delivery(): DeliveryTotals {
    const totals = { delivered: 0, missing: 0, repeated: 0, wrongText: 0 };
    for (const { delivery } of this.sessions) {
      const report = delivery.finish();
      totals.delivered += report.delivered;
      totals.missing += report.missing;
      totals.repeated += report.repeated;
      totals.wrongText += report.wrongText;
    }
    return totals;
  }

  /** Stops every session; resolves with the tokens delivered and the protocol violations the sessions refused. */
  async close(): Promise<{ violations: number; tokens: number }> {
    this.stop.abort();
    await Promise.all(this.sessions.map((s) => s.done));
    let violations = 0;
    let tokens = 0;
    for (const { session } of this.sessions) {
      const summary = session.summary();
      violations += Object.values(summary.violations).reduce((a, b) => a + b, 0);
      tokens += summary.tokens;
    }
    return { violations, tokens };
  }
}
