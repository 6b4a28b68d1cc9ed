import { lateTimerGraceMs, type Clock, type TimerHandle } from '@switchyard/time';
import { BroadcastQueue } from './broadcasts.js';
import { retransmitLimit, type MembershipConfig } from './config.js';
import type { Address, Gossip, MemberId, MembershipTransport, Packet, Request, SendOptions } from './types.js';

/** What a member's parts share; every field is the `MembershipOptions` field of the same name. */
export interface RuntimeOptions {
  id: MemberId;
  config: MembershipConfig;
  clock: Clock;
  random: () => number;
  /** Uniform in [0, 1), for probe sequence numbers; `random` when unset. */
  sequenceRandom?: () => number;
  /** Wall-clock milliseconds since the epoch; `Date.now` when unset. */
  wallClock?: () => number;
  transport: MembershipTransport;
  measure?(gossip: Gossip): number;
  /** How many members the view holds, this one included: gossip is retransmitted λ·log of it. */
  members(): number;
}

/**
 * What every part of one member shares: its clock and timers (all cancelled by `stop`), its random source, and
 * the transport, with the gossip waiting in `broadcasts` piggybacked on every packet it sends.
 */
export class Runtime {
  /** Gossip waiting to be piggybacked, λ·log(n) times each. */
  readonly broadcasts: BroadcastQueue;
  /** Between `start` and `stop`: timers run and packets are received. */
  running = false;
  /** Set by a graceful leave: its last packets go out after `stop`, and accusations are no longer refuted. */
  leaving = false;
  private readonly timers = new Set<TimerHandle>();

  constructor(private readonly options: RuntimeOptions) {
    this.broadcasts = new BroadcastQueue(() => retransmitLimit(options.config, options.members()));
  }

  get id(): MemberId {
    return this.options.id;
  }

  get config(): MembershipConfig {
    return this.options.config;
  }

  /** Milliseconds on the injected monotonic clock. */
  now(): number {
    return this.options.clock.now();
  }

  /** Uniform in [0, 1), from the injected source. */
  random(): number {
    return this.options.random();
  }

  /** Wall-clock milliseconds since the epoch: incarnations are made of it (`incarnation.ts`). */
  epochNow(): number {
    return (this.options.wallClock ?? Date.now)();
  }

  /** A random 32-bit sequence number other than 0 and than every one in `taken`: nobody can guess the next. */
  sequence(taken: { has(seq: number): boolean }): number {
    const random = this.options.sequenceRandom ?? this.options.random;
    for (;;) {
      const seq = Math.floor(random() * 2 ** 32) >>> 0;
      if (seq !== 0 && !taken.has(seq)) return seq;
    }
  }

  /**
   * Runs `run` in `ms` unless the member stops first; nothing is scheduled while it is not running. Returns the
   * cancel function.
   */
  after(ms: number, run: () => void): () => void {
    if (!this.running) return () => undefined;
    const { clock } = this.options;
    const timer = clock.setTimeout(() => {
      this.timers.delete(timer);
      if (this.running) run();
    }, ms);
    this.timers.add(timer);
    return () => {
      clock.clearTimeout(timer);
      this.timers.delete(timer);
    };
  }

  /**
   * `after`, for a timer whose expiry judges another member (an ack deadline, a probe's verdict, a suspicion's
   * end): only time this process could listen counts against that member. Fired late because this process could
   * not run (a GC pause, a busy event loop, SIGSTOP), it waits once more, as long as it was late and at most
   * `limitMs`: what the other member sent meanwhile is waiting in the socket, and Node runs due timers before it
   * reads the socket. Returns the cancel function.
   */
  afterListening(ms: number, run: () => void, limitMs = ms): () => void {
    const due = this.now() + ms;
    let cancel = this.after(ms, () => {
      const graceMs = lateTimerGraceMs(this.now() - due, limitMs);
      if (graceMs > 0) cancel = this.after(graceMs, run);
      else run();
    });
    return () => cancel();
  }

  /** Stops every timer; nothing is sent after this, except a leaving member's last words. */
  stop(): void {
    this.running = false;
    for (const timer of this.timers) this.options.clock.clearTimeout(timer);
    this.timers.clear();
  }

  /** Sends `packet` to `to` while running (or leaving); drops it otherwise. */
  send(to: Address, packet: Packet, options?: SendOptions): void {
    if (this.running || this.leaving) this.options.transport.send(to, packet, options);
  }

  /**
   * A packet carrying `request` and as much waiting gossip as the budget allows: `gossipBudgetBytes`, or less for
   * an answer (`maxGossipBytes`, what keeps it no larger than its request; with none left, no gossip at all).
   */
  packet(request: Request, maxGossipBytes = Infinity): Packet {
    return { from: this.id, request, gossip: this.takeGossip(maxGossipBytes) };
  }

  /** Waiting gossip for one packet, within `gossipBudgetBytes` (and `maxBytes`); each piece counts as sent once more. */
  takeGossip(maxBytes = Infinity): Gossip[] {
    const budget = Math.min(this.config.gossipBudgetBytes, maxBytes);
    const measure = this.options.measure ?? estimateSize;
    if (budget <= 0) return [];
    return this.broadcasts.take(budget, measure, maxBytes === Infinity);
  }

  /** Shuffles `items` in place (Fisher–Yates) and returns them. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.options.random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/** A rough encoded size: a statement carries a signature and its key's fingerprint, an accusation two ids. */
function estimateSize(gossip: Gossip): number {
  return gossip.type === 'alive' ? 200 + JSON.stringify(gossip.meta).length : 100;
}
