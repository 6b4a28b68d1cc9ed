import { RoundRobinPicker } from './round-robin.js';

/** What a worker reports about itself. */
export interface WorkerReport {
  label: string;
  /** The worker process: a restarted worker has a new one. */
  instance: string;
  available: boolean;
  load: number;
}

/** Where clients dial a worker: a host (DNS name or IP address) and a port. */
export interface WorkerEndpoint {
  host: string;
  port: number;
}

export interface WorkerEntry extends WorkerReport {
  /** Where clients dial it. */
  endpoint: WorkerEndpoint;
  registeredAt: number;
  lastSeen: number;
}

export type RegisterOutcome = { kind: 'new' | 'replaced'; entry: WorkerEntry };
export type HeartbeatOutcome =
  | { kind: 'unknown' }
  | { kind: 'superseded'; entry: WorkerEntry }
  | { kind: 'refreshed'; entry: WorkerEntry; availabilityChanged: boolean };

/**
 * The director's soft-state view of the workers: entries live while heartbeats keep arriving
 * within `ttlMs`, availability follows the latest report, and assignment is round-robin over
 * available entries. Time is passed in (monotonic milliseconds), so the logic is pure.
 */
export class WorkerRegistry {
  private readonly entries = new Map<string, WorkerEntry>();
  private readonly picker = new RoundRobinPicker();

  constructor(readonly ttlMs: number) {
    if (!(ttlMs > 0)) throw new RangeError('ttlMs must be positive');
  }

  get size(): number {
    return this.entries.size;
  }

  get(label: string): WorkerEntry | undefined {
    return this.entries.get(label);
  }

  /** Entries in ring order. */
  list(): WorkerEntry[] {
    return this.picker.members.map((label) => this.entries.get(label)!);
  }

  /** Adds a worker, or replaces the entry of the same label (a restarted worker). */
  register(report: WorkerReport & { endpoint: WorkerEndpoint }, now: number): RegisterOutcome {
    const previous = this.entries.get(report.label);
    const entry: WorkerEntry = { ...report, registeredAt: now, lastSeen: now };
    this.entries.set(report.label, entry);
    this.picker.add(report.label);
    return { kind: previous ? 'replaced' : 'new', entry };
  }

  /**
   * Refreshes a known worker with its latest report; `unknown` asks it to register again. A report from
   * an earlier instance of the worker (`superseded`) changes nothing: a restarted worker's predecessor
   * cannot make it unavailable.
   */
  heartbeat(report: WorkerReport, now: number): HeartbeatOutcome {
    const entry = this.entries.get(report.label);
    if (!entry) return { kind: 'unknown' };
    if (entry.instance !== report.instance) return { kind: 'superseded', entry };
    const availabilityChanged = entry.available !== report.available;
    entry.available = report.available;
    entry.load = report.load;
    entry.lastSeen = now;
    return { kind: 'refreshed', entry, availabilityChanged };
  }

  /** Drops and returns the entries not heard from for longer than the TTL. */
  expire(now: number): WorkerEntry[] {
    const expired: WorkerEntry[] = [];
    for (const entry of this.entries.values()) {
      if (now - entry.lastSeen > this.ttlMs) expired.push(entry);
    }
    for (const entry of expired) {
      this.entries.delete(entry.label);
      this.picker.remove(entry.label);
    }
    return expired;
  }

  /**
   * The next available worker round-robin, not `excluded` unless it is the only available one.
   * Undefined when no worker is available.
   */
  assign(excluded?: string): WorkerEntry | undefined {
    const label = this.picker.pick((member) => this.entries.get(member)!.available, excluded);
    return label === undefined ? undefined : this.entries.get(label);
  }
}
