import type { Clock, TimerHandle } from '@switchyard/time';
import type { MembershipConfig } from '../config.js';
import { Membership } from '../membership.js';
import type { Address, Member, MemberId, MemberMeta, MemberStatus, Packet, StateVerifier } from '../types.js';
import { SimClock, seededRandom } from './sim-clock.js';

export interface SimulationOptions {
  members: number;
  config?: Partial<MembershipConfig>;
  seed: number;
  /** Probability that a datagram is lost, on every link. Default 0. */
  loss?: number;
  /** One-way delay of a datagram: uniform in [min, max] ms. Default 1–5 ms. */
  delayMs?: { min: number; max: number };
  /** Verifier of statements; default: every statement is genuine (the simulation has no attacker). */
  verifier?: StateVerifier;
  /** Called for every datagram a member sends (lost or not), at the time it is sent. */
  onSend?(from: MemberId, to: Address, packet: Packet): void;
  /** Every change a member observes, with the member as it holds it (an application fed by membership). */
  onChange?(observer: MemberId, member: Member, previous: MemberStatus | undefined): void;
  /** Every member a member forgets (`MembershipOptions.onForget`). */
  onForget?(observer: MemberId, member: Member): void;
}

/** A status change as one member observed it. */
export interface Observation {
  at: number;
  observer: MemberId;
  subject: MemberId;
  status: MemberStatus;
  previous: MemberStatus | undefined;
}

interface SimTimer {
  event: TimerHandle;
  cancelled: boolean;
}

/** A member forgotten by one member (`MembershipOptions.onForget`). */
export interface Forgetting {
  at: number;
  observer: MemberId;
  subject: MemberId;
  /** Its status when forgotten: `dead` or `left`. */
  status: MemberStatus;
}

const trusting: StateVerifier = { prove: () => new Uint8Array(0), verify: () => true };

/** The wall clock of every simulated member at virtual time 0 (2026-12-01): incarnations are made of it. */
export const SIM_EPOCH_MS = Date.UTC(2026, 11, 1);

/**
 * One simulated process: frozen while paused (timers and datagrams wait), gone once crashed. At resume the
 * timers that fell due run first, then the datagrams that arrived, as in Node's event loop (the timers phase
 * comes before the poll phase reads the socket): a timer that judges a peer runs before the peer's answer
 * that waited with it is read.
 */
class SimProcess implements Clock {
  paused = false;
  crashed = false;
  private readonly dueTimers: (() => void)[] = [];
  private readonly waitingInput: (() => void)[] = [];

  constructor(private readonly clock: SimClock) {}

  now(): number {
    return this.clock.now();
  }

  setTimeout(run: () => void, delayMs: number): TimerHandle {
    const timer: SimTimer = { cancelled: false, event: undefined as unknown as TimerHandle };
    const fire = () => {
      if (!timer.cancelled) run();
    };
    timer.event = this.clock.setTimeout(() => this.run(fire, this.dueTimers), delayMs);
    return timer;
  }

  /** Cancels a timer, also one that fell due while paused and has not run yet (as Node's `clearTimeout` does). */
  clearTimeout(handle: TimerHandle): void {
    const timer = handle as SimTimer;
    timer.cancelled = true;
    this.clock.clearTimeout(timer.event);
  }

  /** Handles a datagram now, or at resume (after the timers that fell due) when paused; never once crashed. */
  deliver(work: () => void): void {
    this.run(work, this.waitingInput);
  }

  resume(): void {
    this.paused = false;
    for (const work of [...this.dueTimers.splice(0), ...this.waitingInput.splice(0)]) {
      if (!this.crashed) work();
    }
  }

  private run(work: () => void, queue: (() => void)[]): void {
    if (this.crashed) return;
    if (this.paused) queue.push(work);
    else work();
  }
}

/**
 * Members on a simulated network: a virtual clock, seeded randomness, per-link loss and delay, partitions,
 * paused and crashed members. It runs the real `Membership` state machine, so what it measures is the code.
 */
export class Simulation {
  readonly clock = new SimClock();
  readonly members: Membership[] = [];
  readonly observations: Observation[] = [];
  readonly forgotten: Forgetting[] = [];
  /** Datagrams sent, per member id. */
  readonly sent = new Map<MemberId, number>();
  private readonly processes = new Map<Membership, SimProcess>();
  private readonly byPort = new Map<number, Membership>();
  private readonly addresses = new Map<MemberId, Address>();
  private readonly random: () => number;
  private readonly cut = new Set<string>();
  private loss: number;
  private readonly delay: { min: number; max: number };

  constructor(private readonly options: SimulationOptions) {
    this.random = seededRandom(options.seed);
    this.loss = options.loss ?? 0;
    this.delay = options.delayMs ?? { min: 1, max: 5 };
    for (let i = 0; i < options.members; i++) this.add(`spiffe://switchyard/worker/m${i}`);
  }

  /** Starts every member, each joining through the first one (the seed). */
  start(): void {
    const seed = this.members[0];
    for (const member of this.members) member.start(member === seed ? [] : [this.address(seed)]);
  }

  /** A new member (a restart under the same identity, say); started at once, joining through `seed`. */
  add(id: MemberId, seedIndex?: number, meta: MemberMeta = { role: 'worker', tags: {} }): Membership {
    const member = this.spawn(id, 10_000 + this.byPort.size, meta);
    if (seedIndex !== undefined) member.start([this.address(this.members[seedIndex])]);
    return member;
  }

  /**
   * A crashed member's process started again (kill -9, then the same command): the same identity at the same
   * address, with none of its old state, started at once and joining through `seeds` (none: it waits to be found).
   */
  restart(crashed: Membership, seeds: readonly Membership[] = []): Membership {
    const address = this.address(crashed);
    const member = this.spawn(crashed.id, address.port, crashed.get(crashed.id)!.meta);
    member.start(seeds.map((seed) => this.address(seed)));
    return member;
  }

  private spawn(id: MemberId, port: number, meta: MemberMeta): Membership {
    const process = new SimProcess(this.clock);
    const member = new Membership({
      id,
      address: { host: 'sim', port },
      meta,
      config: this.options.config,
      clock: process,
      random: this.random,
      // Sequence numbers from a stream of each member's own, so that drawing them changes nothing else in a run.
      sequenceRandom: seededRandom(this.options.seed * 7919 + port),
      wallClock: () => SIM_EPOCH_MS + this.clock.now(),
      verifier: this.options.verifier ?? trusting,
      transport: { send: (to, packet) => this.transmit(id, to, packet) },
      onChange: (subject, previous) => {
        this.observations.push({
          at: this.clock.now(),
          observer: id,
          subject: subject.id,
          status: subject.status,
          previous,
        });
        this.options.onChange?.(id, subject, previous);
      },
      onForget: (subject) => {
        this.forgotten.push({ at: this.clock.now(), observer: id, subject: subject.id, status: subject.status });
        this.options.onForget?.(id, subject);
      },
    });
    this.processes.set(member, process);
    this.byPort.set(port, member);
    this.addresses.set(id, { host: 'sim', port });
    this.members.push(member);
    return member;
  }

  address(member: Membership): Address {
    return member.get(member.id)!.address;
  }

  run(ms: number): void {
    this.clock.run(ms);
  }

  setLoss(loss: number): void {
    this.loss = loss;
  }

  /** The member stops at once: no more timers, no datagrams in or out. */
  crash(member: Membership): void {
    this.processes.get(member)!.crashed = true;
    member.stop();
  }

  /** Freezes the member for `ms` (a GC pause, SIGSTOP): its timers and incoming datagrams wait. */
  pause(member: Membership, ms: number): void {
    const process = this.processes.get(member)!;
    process.paused = true;
    this.clock.setTimeout(() => process.resume(), ms);
  }

  /** Cuts (or heals) every link between `member` and the others. */
  partition(member: Membership, cut = true): void {
    for (const other of this.members) {
      if (other === member) continue;
      for (const key of [`${member.id}>${other.id}`, `${other.id}>${member.id}`]) {
        if (cut) this.cut.add(key);
        else this.cut.delete(key);
      }
    }
  }

  /** The status `observer` holds for `subject`. */
  statusOf(observer: Membership, subject: Membership): MemberStatus | undefined {
    return observer.get(subject.id)?.status;
  }

  /** Members still running (neither crashed nor stopped). */
  live(): Membership[] {
    return this.members.filter((m) => !this.processes.get(m)!.crashed);
  }

  view(observer: Membership): Member[] {
    return observer.view();
  }

  private transmit(from: MemberId, to: Address, packet: Packet): void {
    this.sent.set(from, (this.sent.get(from) ?? 0) + 1);
    this.options.onSend?.(from, to, packet);
    const target = this.byPort.get(to.port);
    if (!target || this.cut.has(`${from}>${target.id}`) || this.random() < this.loss) return;
    const delay = this.delay.min + this.random() * (this.delay.max - this.delay.min);
    const fromAddress = this.addresses.get(from)!;
    this.clock.setTimeout(() => {
      this.processes.get(target)!.deliver(() => target.receive(fromAddress, from, packet));
    }, delay);
  }
}
