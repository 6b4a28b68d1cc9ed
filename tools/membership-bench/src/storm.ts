import { WorkerPool, type AssignmentStrategy, type PoolWorker } from '@switchyard/assignment';
import type { Member, Membership } from '@switchyard/membership';
import { Simulation, seededRandom } from '@switchyard/membership/testing';

/** What a failover costs, in the simulated storm: the measured figures it is built from (docs/benchmarks.md). */
export interface StormCosts {
  /** The client's detection of a dead worker: uniform in this range (bench:failover, stall probe: p50–p99). */
  detectMs: { min: number; max: number };
  /** A director's CPU per AssignWorker call; directors serve one call at a time. */
  assignCpuMs: number;
  /** A worker's CPU per new connection (handshake and stream); workers serve one at a time. */
  connectCpuMs: number;
  /** A dial to a dead worker fails after the connect timeout, then the retry delay. */
  deadDialMs: number;
  /** From connected to the first token: one token interval. */
  firstTokenMs: number;
  /** One-way network delay. */
  oneWayMs: number;
}

export interface StormOptions {
  sessions: number;
  workers: number;
  directors: number;
  /** Workers killed at once. */
  killed: number;
  seed: number;
  costs: StormCosts;
  /** The directors' assignment strategy; default least-loaded. */
  strategy?: AssignmentStrategy;
  /** Directors probe a worker a client just left before assigning it again (`WorkerPool.left`); default true. */
  probeLeft?: boolean;
}

export interface StormResult {
  /** Sessions that had to move. */
  displaced: number;
  /** Failure → first resumed token, ms. */
  resumeMs: { p50: number; p99: number; max: number };
  /** AssignWorker calls per director, peak over any one second. */
  peakCallsPerSecond: number;
  /** Calls that were sent to a worker that was already dead (not yet suspected), and so retried. */
  deadAssignments: number;
  /** Displaced sessions each surviving worker took: the fewest and the most. */
  takenPerWorker: { min: number; max: number };
}

const labelOf = (member: Member) => member.id.slice(member.id.lastIndexOf('/') + 1);

/**
 * A failover storm on the real membership protocol (the simulator) and the real worker pool of every director:
 * `sessions` spread evenly over `workers`, `killed` of them killed at once. Each displaced session detects the failure
 * (`detectMs`), asks its own director (directors queue calls at `assignCpuMs`), dials the worker assigned (workers
 * queue new connections at `connectCpuMs`; one still alive only in that director's view costs `deadDialMs`, then
 * the session asks again), and resumes one token interval later. Workers republish their load every second, as the
 * real ones do within a second of a change. A director probes the worker a session just left before assigning it
 * again (`WorkerPool.left`), unless `probeLeft` is false.
 */
export function storm(options: StormOptions): StormResult {
  const { costs } = options;
  const random = seededRandom(options.seed + 1);
  const pools = new Map<string, WorkerPool>();
  const sim = new Simulation({
    members: 0,
    seed: options.seed,
    onChange: (observer, member) => {
      const pool = pools.get(observer);
      if (!pool || member.meta.role !== 'worker') return;
      pool.update(poolWorkerOf(member));
    },
  });
  const directors: Membership[] = [];
  for (let d = 0; d < options.directors; d++) {
    const id = `spiffe://switchyard/director/d${d}`;
    const director = sim.add(id, d === 0 ? undefined : 0, { role: 'director', tags: {} });
    const probe = (label: string, onVerdict: (answered: boolean) => void) =>
      director.probe(`spiffe://switchyard/worker/${label}`, onVerdict);
    pools.set(
      id,
      new WorkerPool({
        clock: sim.clock,
        strategy: options.strategy,
        probe: options.probeLeft === false ? undefined : probe,
      }),
    );
    directors.push(director);
  }
  directors[0].start();
  const load = new Map<string, number>();
  const workers: Membership[] = [];
  const labels = new Map<Membership, string>();
  const perWorker = Math.floor(options.sessions / options.workers);
  for (let w = 0; w < options.workers; w++) {
    load.set(`w${w}`, perWorker);
    const member = sim.add(`spiffe://switchyard/worker/w${w}`, 0, workerMeta(`w${w}`, perWorker));
    workers.push(member);
    labels.set(member, `w${w}`);
  }
  sim.run(10_000);
  // Every worker republishes its load each second (the real ones: within a second of a change).
  const alive = new Set(workers);
  const publish = () => {
    for (const member of alive) member.updateMeta(workerMeta(labels.get(member)!, load.get(labels.get(member)!)!));
    sim.clock.setTimeout(publish, 1000);
  };
  publish();
  sim.run(3000);

  const failedAt = sim.clock.now();
  const killed = workers.slice(0, options.killed);
  for (const member of killed) {
    sim.crash(member);
    alive.delete(member);
  }
  const dead = new Set(killed.map((member) => labels.get(member)!));
  const busyUntil = new Map<string, number>();
  /** Runs `work` on `server` after `cpuMs` of its single thread, queued behind what it is doing. */
  const serve = (server: string, arrivesAt: number, cpuMs: number) => {
    const start = Math.max(arrivesAt, busyUntil.get(server) ?? 0);
    busyUntil.set(server, start + cpuMs);
    return start + cpuMs;
  };
  const calls = new Map<string, number[]>();
  const resumed: number[] = [];
  const taken = new Map<string, number>();
  let deadAssignments = 0;
  const ask = (director: Membership, excluded: string) => {
    const answeredAt = serve(director.id, sim.clock.now() + costs.oneWayMs, costs.assignCpuMs);
    calls.set(director.id, [...(calls.get(director.id) ?? []), answeredAt]);
    sim.clock.setTimeout(
      () => {
        const pool = pools.get(director.id)!;
        pool.left(excluded);
        const worker = pool.pick(excluded);
        // None available (not expected with most workers alive): the director holds the call; asked again.
        if (!worker) return void sim.clock.setTimeout(() => ask(director, excluded), 100);
        if (dead.has(worker.label)) {
          deadAssignments++;
          return void sim.clock.setTimeout(() => ask(director, worker.label), costs.oneWayMs + costs.deadDialMs);
        }
        load.set(worker.label, load.get(worker.label)! + 1);
        taken.set(worker.label, (taken.get(worker.label) ?? 0) + 1);
        const connectedAt = serve(worker.label, sim.clock.now() + 2 * costs.oneWayMs, costs.connectCpuMs);
        resumed.push(connectedAt + costs.oneWayMs + costs.firstTokenMs - failedAt);
      },
      answeredAt + costs.oneWayMs - sim.clock.now(),
    );
  };
  let displaced = 0;
  for (const member of killed) {
    const label = labels.get(member)!;
    for (let s = 0; s < load.get(label)!; s++) {
      const director = directors[displaced++ % directors.length];
      const detectMs = costs.detectMs.min + random() * (costs.detectMs.max - costs.detectMs.min);
      sim.clock.setTimeout(() => ask(director, label), detectMs);
    }
    load.set(label, 0);
  }
  sim.run(60_000);

  const sorted = [...resumed].sort((a, b) => a - b);
  const q = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]);
  let peak = 0;
  for (const times of calls.values()) {
    times.sort((a, b) => a - b);
    for (let i = 0, j = 0; i < times.length; i++) {
      while (times[i] - times[j] >= 1000) j++;
      peak = Math.max(peak, i - j + 1);
    }
  }
  const survivors = [...alive].map((member) => taken.get(labels.get(member)!) ?? 0);
  return {
    displaced,
    resumeMs: { p50: q(0.5), p99: q(0.99), max: Math.round(sorted[sorted.length - 1]) },
    peakCallsPerSecond: peak,
    deadAssignments,
    takenPerWorker: { min: Math.min(...survivors), max: Math.max(...survivors) },
  };
}

function workerMeta(label: string, load: number) {
  return { role: 'worker', tags: { available: 'true', load: String(load), endpoint: `${label}.sim:62001` } };
}

function poolWorkerOf(member: Member): PoolWorker {
  const tags = member.meta.tags;
  return {
    label: labelOf(member),
    endpoint: { host: `${labelOf(member)}.sim`, port: 62001 },
    available: member.status === 'alive' && tags.available === 'true',
    load: Number(tags.load ?? 0) || 0,
    status: member.status,
    incarnation: member.incarnation,
    model: '',
  };
}
