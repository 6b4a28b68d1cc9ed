import { LeastLoadedPicker, RoundRobinPicker, type AssignmentStrategy, type Picker } from '@switchyard/assignment';
import type { Member, MemberStatus } from '@switchyard/membership';
import { parseEndpoint, type Endpoint } from '@switchyard/protocol';
import { parseIdentityUri } from '@switchyard/transport-quic';

/** A worker as the director sees it through membership. */
export interface PoolWorker {
  label: string;
  endpoint: Endpoint | undefined;
  /** Alive and says it is available. */
  available: boolean;
  load: number;
  status: MemberStatus;
  incarnation: number;
}

/** Callers waiting for a worker, at most: past it a call is refused at once. */
export const MAX_WAITERS = 10_000;

interface Waiter {
  excluded: string | undefined;
  resolve(worker: PoolWorker | undefined): void;
}

/**
 * The workers of the cluster as this director's membership sees them, and assignment over the available ones
 * (alive, `available=true`, with an endpoint): the least loaded by default (the load each publishes, plus the
 * sessions assigned here since, ties round-robin), or round-robin; skipping the worker a client just left unless it
 * is the only one. A worker members suspect or found dead is not assigned. When none is available, `assign` waits
 * (first come, first served) until one is, or until the caller gives up.
 */
export class WorkerPool {
  private readonly workers = new Map<string, PoolWorker>();
  private readonly picker: Picker;
  private readonly waiters: Waiter[] = [];

  constructor(strategy: AssignmentStrategy = 'least-loaded') {
    this.picker = strategy === 'round-robin' ? new RoundRobinPicker() : new LeastLoadedPicker();
  }

  /**
   * Applies a change seen by membership: the worker, whether its availability changed, and whether clients are
   * now told to dial it elsewhere (a restarted worker at a new address, say).
   */
  update(member: Member): { worker: PoolWorker; availabilityChanged: boolean; moved: boolean } | undefined {
    const identity = parseIdentityUri(member.id);
    if (identity?.role !== 'worker' || member.meta.role !== 'worker') return undefined;
    const tags = member.meta.tags;
    const endpoint = tags.endpoint ? parseEndpoint(tags.endpoint) : undefined;
    const worker: PoolWorker = {
      label: identity.name,
      endpoint,
      available: member.status === 'alive' && tags.available === 'true' && endpoint !== undefined,
      load: Number(tags.load ?? 0) || 0,
      status: member.status,
      incarnation: member.incarnation,
    };
    const previous = this.workers.get(worker.label);
    this.workers.set(worker.label, worker);
    this.picker.add(worker.label);
    // A new statement of the worker's (or a new figure) replaces the estimate made of its load here.
    if (previous?.incarnation !== worker.incarnation || previous.load !== worker.load) {
      this.picker.observeLoad(worker.label, worker.load);
    }
    if (worker.available) this.wake();
    const moved =
      previous?.endpoint !== undefined &&
      endpoint !== undefined &&
      (previous.endpoint.host !== endpoint.host || previous.endpoint.port !== endpoint.port);
    return { worker, availabilityChanged: (previous?.available ?? false) !== worker.available, moved };
  }

  /**
   * Forgets a worker membership no longer knows (dead or gone for longer than its retention). A worker of that
   * name seen alive again since (a restart under the same identity) is kept.
   */
  forget(member: Member): void {
    const identity = parseIdentityUri(member.id);
    if (identity?.role !== 'worker') return;
    const current = this.workers.get(identity.name);
    if (!current || current.status === 'alive' || current.status === 'suspect') return;
    this.workers.delete(identity.name);
    this.picker.remove(identity.name);
  }

  list(): PoolWorker[] {
    return this.picker.members.map((label) => ({ ...this.workers.get(label)! }));
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** An available worker now, or undefined. */
  pick(excluded?: string): PoolWorker | undefined {
    const label = this.picker.pick((member) => this.workers.get(member)?.available === true, excluded);
    return label === undefined ? undefined : { ...this.workers.get(label)! };
  }

  /** An available worker, waiting for one until `signal` aborts (then undefined). */
  assign(excluded: string | undefined, signal: AbortSignal): Promise<PoolWorker | undefined> {
    const now = this.waiters.length === 0 ? this.pick(excluded) : undefined;
    if (now || signal.aborted || this.waiters.length >= MAX_WAITERS) return Promise.resolve(now);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        excluded,
        resolve: (worker) => {
          signal.removeEventListener('abort', onAbort);
          resolve(worker);
        },
      };
      const onAbort = () => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        waiter.resolve(undefined);
      };
      signal.addEventListener('abort', onAbort);
      this.waiters.push(waiter);
    });
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
