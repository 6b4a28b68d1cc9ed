// The load of `npm run bench:scale` spread over several processes (load-agent.ts), as real clients are spread over
// machines: one process's event loop and UDP socket cannot keep a thousand sessions' two thousand connections
// on time. The fleet splits the sessions evenly and merges what the processes saw. Times are epoch milliseconds
// with sub-millisecond precision (`epochNow()`), shared by every process on the machine.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { QuicEngine } from '@switchyard/transport-quic';
import type { DeliveryTotals, LoadOptions, TimedEvent, TokenTimeline } from './load.js';

export type AgentRequest =
  | { op: 'init'; options: LoadOptions; firstId: number; engine: QuicEngine }
  | { op: 'add'; count: number; perSecond: number }
  | { op: 'allStreaming'; tokens: number; timeoutMs: number }
  | { op: 'record' }
  | { op: 'stopRecord' }
  | { op: 'startTimeline'; binMs: number; originEpochMs: number }
  | { op: 'stopTimeline' }
  | { op: 'perWorker' }
  | { op: 'leave'; worker: string }
  | { op: 'displaced' }
  | { op: 'events'; sinceEpochMs: number }
  | { op: 'close' };

export type AgentReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** Now, as epoch milliseconds with sub-millisecond precision. */
export const epochNow = () => performance.timeOrigin + performance.now();

/** Sessions ids of load process `i` start at `i * ID_RANGE + 1`. */
const ID_RANGE = 1_000_000;

class Agent {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly exited: Promise<void>;

  constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: AgentReply) => {
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply.value);
      else waiter?.reject(new Error(`load process ${child.pid}: ${reply.error}`));
    });
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        for (const waiter of this.pending.values()) {
          waiter.reject(new Error(`load process ${child.pid} exited (${signal ?? code})`));
        }
        this.pending.clear();
        resolve();
      }),
    );
  }

  get pid(): number {
    return this.child.pid!;
  }

  request<T>(request: AgentRequest): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ id, request });
    });
  }

  async stop(): Promise<void> {
    if (this.child.connected) this.child.disconnect();
    await this.exited;
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

export interface DisplacedTimes {
  /** Displaced sessions not yet resumed on another worker. */
  pending: number;
  leftAt: number[];
  resumedAt: number[];
}

export interface FleetEvents {
  assigned: TimedEvent[];
  connected: TimedEvent[];
  failovers: Array<TimedEvent & { reason: string }>;
}

export interface FleetTally {
  tally: { violations: number; tokens: number };
  delivery: DeliveryTotals;
  retries: Map<string, number>;
}

/** `processes` load processes running LoadClients; sessions are added to them in turn. */
export class LoadFleet {
  private readonly agents: Agent[];
  private sessions = 0;

  private constructor(agents: Agent[]) {
    this.agents = agents;
  }

  /** `engine`: the QUIC engine the load processes' sessions dial with. */
  static async start(options: LoadOptions, processes: number, engine: QuicEngine): Promise<LoadFleet> {
    const agents = Array.from(
      { length: processes },
      () => new Agent(fork(join(import.meta.dirname, 'load-agent.js'), [], { serialization: 'advanced' })),
    );
    const fleet = new LoadFleet(agents);
    try {
      await fleet.all((agent, i) => agent.request({ op: 'init', options, firstId: i * ID_RANGE + 1, engine }));
    } catch (error) {
      fleet.kill();
      throw error;
    }
    return fleet;
  }

  get pids(): number[] {
    return this.agents.map((a) => a.pid);
  }

  private all<T>(f: (agent: Agent, index: number) => Promise<T>): Promise<T[]> {
    return Promise.all(this.agents.map(f));
  }

  /** Starts `count` more sessions, `perSecond` of them per second in all, spread evenly over the processes. */
  async add(count: number, perSecond: number): Promise<void> {
    const n = this.agents.length;
    // Dealt in turn, continuing from the last call, so the processes stay within one session of each other.
    const shares = this.agents.map(() => Math.floor(count / n));
    for (let k = 0; k < count % n; k++) shares[(this.sessions + k) % n]++;
    this.sessions += count;
    await this.all((agent, i) =>
      shares[i] > 0 ? agent.request({ op: 'add', count: shares[i], perSecond: perSecond / n }) : Promise.resolve(),
    );
  }

  /** Resolves once every session has received at least `tokens` tokens; rejects after `timeoutMs`. */
  async allStreaming(tokens: number, timeoutMs: number): Promise<void> {
    await this.all((agent) => agent.request({ op: 'allStreaming', tokens, timeoutMs }));
  }

  /** Starts recording token delays in every process. */
  async record(): Promise<void> {
    await this.all((agent) => agent.request({ op: 'record' }));
  }

  /** Stops recording: every token delay recorded, and the worst process's event-loop delay p99 (ms). */
  async stopRecord(): Promise<{ delays: number[]; loopP99: number }> {
    const results = await this.all((agent) =>
      agent.request<{ delays: number[]; loopP99: number }>({ op: 'stopRecord' }),
    );
    return { delays: results.flatMap((r) => r.delays), loopP99: Math.max(...results.map((r) => r.loopP99)) };
  }

  /** Starts counting tokens per worker in bins of `binMs` from now; returns the origin (epoch ms). */
  async startTimeline(binMs: number): Promise<number> {
    const originEpochMs = epochNow();
    await this.all((agent) => agent.request({ op: 'startTimeline', binMs, originEpochMs }));
    return originEpochMs;
  }

  /** Stops counting: the processes' counts summed, bins from the origin `startTimeline` returned. */
  async stopTimeline(originEpochMs: number, binMs: number): Promise<TokenTimeline> {
    const parts = await this.all((agent) => agent.request<Map<string, number[]> | undefined>({ op: 'stopTimeline' }));
    const counts = new Map<string, number[]>();
    for (const part of parts) {
      for (const [worker, bins] of part ?? []) {
        const sum = counts.get(worker) ?? [];
        bins.forEach((n, bin) => (sum[bin] = (sum[bin] ?? 0) + n));
        counts.set(worker, sum);
      }
    }
    const bins = Math.max(0, ...[...counts.values()].map((c) => c.length));
    for (const c of counts.values()) for (let bin = 0; bin < bins; bin++) c[bin] ??= 0;
    return { origin: originEpochMs, binMs, counts };
  }

  /** Sessions per worker, by their last token. */
  async perWorker(): Promise<Map<string, number>> {
    const merged = new Map<string, number>();
    for (const part of await this.all((agent) => agent.request<Map<string, number>>({ op: 'perWorker' }))) {
      for (const [worker, n] of part) merged.set(worker, (merged.get(worker) ?? 0) + n);
    }
    return merged;
  }

  /** Marks the sessions on `worker` as leaving it (before it is killed); returns how many there are. */
  async leave(worker: string): Promise<number> {
    const counts = await this.all((agent) => agent.request<number>({ op: 'leave', worker }));
    return counts.reduce((a, b) => a + b, 0);
  }

  /** The leaving sessions' failover and resume times so far (epoch ms). */
  async displaced(): Promise<DisplacedTimes> {
    const parts = await this.all((agent) => agent.request<DisplacedTimes>({ op: 'displaced' }));
    return {
      pending: parts.reduce((sum, p) => sum + p.pending, 0),
      leftAt: parts.flatMap((p) => p.leftAt),
      resumedAt: parts.flatMap((p) => p.resumedAt),
    };
  }

  /** Assignments, new worker connections and failovers seen since `sinceEpochMs`, times in epoch ms. */
  async events(sinceEpochMs: number): Promise<FleetEvents> {
    const parts = await this.all((agent) => agent.request<FleetEvents>({ op: 'events', sinceEpochMs }));
    return {
      assigned: parts.flatMap((p) => p.assigned),
      connected: parts.flatMap((p) => p.connected),
      failovers: parts.flatMap((p) => p.failovers),
    };
  }

  /** Stops every session and every process; the sessions' tallies summed. */
  async close(): Promise<FleetTally> {
    const parts = await this.all((agent) => agent.request<FleetTally>({ op: 'close' }));
    await this.all((agent) => agent.stop());
    const retries = new Map<string, number>();
    for (const p of parts) for (const [key, n] of p.retries) retries.set(key, (retries.get(key) ?? 0) + n);
    return {
      tally: {
        violations: parts.reduce((s, p) => s + p.tally.violations, 0),
        tokens: parts.reduce((s, p) => s + p.tally.tokens, 0),
      },
      delivery: {
        delivered: parts.reduce((s, p) => s + p.delivery.delivered, 0),
        missing: parts.reduce((s, p) => s + p.delivery.missing, 0),
        repeated: parts.reduce((s, p) => s + p.delivery.repeated, 0),
        wrongText: parts.reduce((s, p) => s + p.delivery.wrongText, 0),
      },
      retries,
    };
  }

  /** Ends every process at once (after a failure). */
  kill(): void {
    for (const agent of this.agents) agent.kill();
  }
}
