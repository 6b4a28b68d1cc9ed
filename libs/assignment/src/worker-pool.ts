import type { MemberStatus } from '@switchyard/membership';
import type { Clock } from '@switchyard/time';
import { LeastLoadedPicker } from './least-loaded.js';
import type { AssignmentStrategy, Picker } from './picker.js';
import { RoundRobinPicker } from './round-robin.js';

/** Where clients reach a worker. */
export interface WorkerEndpoint {
  host: string;
  port: number;
}

/** A worker as a director knows it from the cluster: what it last stated, and how the members see it. */
export interface PoolWorker {
  label: string;
  endpoint: WorkerEndpoint | undefined;
  /** Alive, says it is available, and has an endpoint: it may be assigned. */
  available: boolean;
  /** The sessions it said it serves. */
  load: number;
  status: MemberStatus;
  /** The incarnation of its statement: a new one replaces the estimate of its load made here. */
  incarnation: number;
  /** The model it runs, as it states it; empty when it names none. */
  model: string;
}

/** Calls waiting for a worker, at most, by default: past it a call is refused at once. */
export const MAX_WAITERS = 10_000;

export interface WorkerPoolOptions {
  /** Time for the holds. */
  clock: Clock;
  /** Default `least-loaded`. */
  strategy?: AssignmentStrategy;
  /** Default `MAX_WAITERS`. */
  maxWaiters?: number;
  /**
   * Has the cluster probe a worker a client just left (the director: `Membership.probe`); calls `onVerdict` once,
   * true as soon as the worker answers; returns false when no probe was started. Unset: no probe.
   */
  probe?(label: string, onVerdict: (answered: boolean) => void): boolean;
}

interface Waiter {
  excluded: string | undefined;
  resolve(worker: PoolWorker | undefined): void;
}

/**
 * The workers a director knows, and assignment over the available ones: the least loaded by default (the load each
 * published, plus the sessions assigned here since, ties round-robin), or round-robin; skipping the worker a client
 * just left unless it is the only one. When none is available, `assign` holds the call (first come, first served)
 * and answers it the moment one becomes available, or with nothing once its wait is over.
 *
 * A worker a client just left may be dead while the cluster has not found out yet (its turn to be probed may be tens
 * of seconds away): when `probe` is given, that worker is probed at once and assigned to nobody until it answers, so
 * that the other sessions displaced by the same failure are not sent to it. Unanswered, it is suspected by the
 * membership protocol and unavailable from then on.
 */
export class WorkerPool {
  private readonly workers = new Map<string, PoolWorker>();
  private readonly picker: Picker;
  private readonly waiters: Waiter[] = [];
  private readonly clock: Clock;
  private readonly maxWaiters: number;
  /** Workers a client just left, being probed: assigned to nobody until they answer. */
  private readonly inDoubt = new Set<string>();

  constructor(private readonly options: WorkerPoolOptions) {
    this.clock = options.clock;
    this.maxWaiters = options.maxWaiters ?? MAX_WAITERS;
    this.picker = options.strategy === 'round-robin' ? new RoundRobinPicker() : new LeastLoadedPicker();
  }

  /**
   * Takes what is now known of a worker; says whether its availability changed, and whether clients are now told to
   * dial it elsewhere (a restarted worker at a new address, say). Held calls are answered at once when it is
   * available.
   */
  update(worker: PoolWorker): { availabilityChanged: boolean; moved: boolean } {
    const previous = this.workers.get(worker.label);
    const stored = { ...worker, available: worker.available && worker.endpoint !== undefined };
    this.workers.set(worker.label, stored);
    this.picker.add(worker.label);
    // A new statement of the worker's (or a new figure) replaces the estimate made of its load here.
    if (previous?.incarnation !== worker.incarnation || previous.load !== worker.load) {
      this.picker.observeLoad(worker.label, worker.load);
    }
    if (stored.available) this.wake();
    const { endpoint } = stored;
    const moved =
      previous?.endpoint !== undefined &&
      endpoint !== undefined &&
      (previous.endpoint.host !== endpoint.host || previous.endpoint.port !== endpoint.port);
    return { availabilityChanged: (previous?.available ?? false) !== stored.available, moved };
  }

  /**
   * Forgets a worker the cluster no longer knows (dead or gone for longer than its retention). One seen alive again
   * since under that name (a restart under the same identity) is kept.
   */
  forget(label: string): void {
    const current = this.workers.get(label);
    if (!current || current.status === 'alive' || current.status === 'suspect') return;
    this.workers.delete(label);
    this.inDoubt.delete(label);
    this.picker.remove(label);
  }

  /** Every worker known, in the order they were first seen. */
  list(): PoolWorker[] {
    return this.picker.members.map((label) => ({ ...this.workers.get(label)! }));
  }

  /** Calls held now. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** An available worker now, or undefined. */
  pick(excluded?: string): PoolWorker | undefined {
    const assignable = (member: string) => this.workers.get(member)?.available === true && !this.inDoubt.has(member);
    const label = this.picker.pick(assignable, excluded);
    return label === undefined ? undefined : { ...this.workers.get(label)! };
  }

  /**
   * An available worker, waiting for one at most `waitMs` on the clock, and not after `signal` aborts: then
   * undefined. Calls that arrive while others wait queue behind them; past `maxWaiters` a call is answered at once.
   */
  assign(
    excluded: string | undefined,
    options: { waitMs: number; signal: AbortSignal },
  ): Promise<PoolWorker | undefined> {
    const { waitMs, signal } = options;
    if (excluded !== undefined) this.left(excluded);
    const now = this.waiters.length === 0 ? this.pick(excluded) : undefined;
    if (now || signal.aborted || waitMs <= 0 || this.waiters.length >= this.maxWaiters) return Promise.resolve(now);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        excluded,
        resolve: (worker) => {
          this.clock.clearTimeout(timer);
          signal.removeEventListener('abort', leave);
          resolve(worker);
        },
      };
      const leave = () => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        waiter.resolve(undefined);
      };
      const timer = this.clock.setTimeout(leave, waitMs);
      signal.addEventListener('abort', leave);
      this.waiters.push(waiter);
    });
  }

  /**
   * A client just left `label` (its session failed over; `assign` calls this for the worker it excludes): when
   * `probe` is set and the worker is available, it is probed and assigned to nobody until it answers (`WorkerPool`
   * says why).
   */
  left(label: string): void {
    const probe = this.options.probe;
    if (!probe || this.inDoubt.has(label) || this.workers.get(label)?.available !== true) return;
    let decided = false;
    const started = probe(label, () => {
      decided = true;
      if (this.inDoubt.delete(label)) this.wake();
    });
    if (started && !decided) this.inDoubt.add(label);
  }

  /** Serves waiters in order while workers are available. */
  private wake(): void {
    while (this.waiters.length > 0) {
      const worker = this.pick(this.waiters[0].excluded);
      if (!worker) return;
      this.waiters.shift()!.resolve(worker);
    }
  }
}
