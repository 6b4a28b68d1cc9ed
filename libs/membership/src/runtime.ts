import { lateTimerGraceMs, type Clock, type TimerHandle } from '@switchyard/time';
import { BroadcastQueue } from './broadcasts.js';
import { retransmitLimit, type MembershipConfig } from './config.js';
import type { Address, Gossip, MemberId, MembershipTransport, Packet, Request } from './types.js';

/** What a member's parts share; every field is the `MembershipOptions` field of the same name. */
export interface RuntimeOptions {
  id: MemberId;
  config: MembershipConfig;
  clock: Clock;
  random: () => number;
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
  send(to: Address, packet: Packet): void {
    if (this.running || this.leaving) this.options.transport.send(to, packet);
  }

  /** A packet carrying `request` and as much waiting gossip as the budget allows. */
  packet(request: Request): Packet {
    return { from: this.id, request, gossip: this.takeGossip() };
  }

  /** Waiting gossip for one packet, within `gossipBudgetBytes`; each piece counts as sent once more. */
  takeGossip(): Gossip[] {
    return this.broadcasts.take(this.config.gossipBudgetBytes, this.options.measure ?? estimateSize);
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
