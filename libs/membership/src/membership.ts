import type { Clock } from '@switchyard/time';
import { DEFAULT_MEMBERSHIP, type MembershipConfig } from './config.js';
import { Awareness } from './awareness.js';
import { nextIncarnation } from './incarnation.js';
import { Prober } from './probing.js';
import { JOIN_RETRY_FIRST_MS, PushPullExchange } from './push-pull.js';
import { Runtime } from './runtime.js';
import type {
  Address,
  DeadMessage,
  Delivery,
  Gossip,
  Member,
  MemberId,
  MemberMeta,
  MemberStatus,
  MembershipTransport,
  Packet,
  Request,
  StateVerifier,
} from './types.js';
import { View } from './view.js';

export interface MembershipOptions {
  id: MemberId;
  address: Address;
  meta: MemberMeta;
  config?: Partial<MembershipConfig>;
  clock: Clock;
  /** Uniform in [0, 1). */
  random: () => number;
  /**
   * Uniform in [0, 1), for probe sequence numbers, which must be unpredictable (a CSPRNG in production); `random`
   * when unset. The simulator gives each member a stream of its own, so that its runs stay what they were.
   */
  sequenceRandom?: () => number;
  /** Wall-clock milliseconds since the epoch, which incarnations are made of (`incarnation.ts`); `Date.now` when unset. */
  wallClock?: () => number;
  transport: MembershipTransport;
  verifier: StateVerifier;
  /** Called for every change of a member's status (and of an alive member's address or tags). */
  onChange?(member: Member, previous: MemberStatus | undefined): void;
  /**
   * Called when a dead or left member is forgotten, `deadRetentionMs` after it was found so: it is gone from
   * `view()`, and whatever the application kept about it can go too. A later statement of the same identity
   * makes it a member again (`onChange` with `previous` undefined).
   */
  onForget?(member: Member): void;
  /** Encoded size of a piece of gossip, for the per-packet budget. Default: a rough estimate. */
  measure?(gossip: Gossip): number;
}

/**
 * SWIM with Lifeguard, as a state machine on an injected clock, random source and transport: direct probes,
 * then indirect ones through `indirectChecks` members; suspicion before death, with timeouts that shrink as
 * independent members confirm and grow with the cluster; incarnation numbers to refute; gossip piggybacked
 * on every packet and retransmitted λ·log(n) times; periodic push-pull of the whole view; graceful leave.
 * A member's own statements (address, tags) are accepted only with its proof (`StateVerifier`).
 *
 * This class wires the parts and runs the gossip round: `View` (statuses, statements, merging news, with
 * `Suspicions`), `Prober` (direct and indirect probes, relays, verdicts, with Lifeguard's `Awareness`),
 * `PushPullExchange` (whole views, joining).
 */
export class Membership {
  readonly config: MembershipConfig;
  private readonly runtime: Runtime;
  private readonly awareness: Awareness;
  private readonly state: View;
  private readonly prober: Prober;
  private readonly exchange: PushPullExchange;

  constructor(private readonly options: MembershipOptions) {
    this.config = { ...DEFAULT_MEMBERSHIP, ...options.config };
    this.runtime = new Runtime({ ...options, config: this.config, members: () => this.state.members.size });
    this.awareness = new Awareness(this.config.awarenessMaxMultiplier);
    this.state = new View({
      runtime: this.runtime,
      address: options.address,
      meta: options.meta,
      verifier: options.verifier,
      awareness: this.awareness,
      onChange: options.onChange,
      onForget: options.onForget,
      onNew: (id) => this.prober.add(id),
      onGone: (id) => this.prober.forget(id),
    });
    this.prober = new Prober(this.runtime, this.state, this.awareness);
    this.exchange = new PushPullExchange(this.runtime, this.state);
  }

  get id(): MemberId {
    return this.options.id;
  }

  /** Every member this one knows of, itself included. */
  view(): Member[] {
    return [...this.state.members.values()].map((member) => ({ ...member }));
  }

  get(id: MemberId): Member | undefined {
    const member = this.state.members.get(id);
    return member && { ...member };
  }

  /** The local health multiplier (1 when healthy). */
  get healthMultiplier(): number {
    return this.awareness.multiplier;
  }

  /**
   * Probes member `id` at once, out of its turn, as a probe round would: for news from outside the protocol that it
   * failed (a client that lost its worker). A member nobody reaches is suspected as after any probe. `onVerdict` is
   * called once, `true` as soon as it acks, `false` once nobody reached it; returns false (and never calls back) when
   * no probe was started: `id` is not another live member, is being probed out of turn already, answered such a probe
   * within the last probe interval, or `MAX_PROBES_OUT_OF_TURN` are in flight. Each member is so probed out of turn
   * about once per probe interval at most, however often it is asked for.
   */
  probe(id: MemberId, onVerdict: (answered: boolean) => void): boolean {
    return this.prober.probeNow(id, onVerdict);
  }

  /** Starts probing, gossip and push-pull, and asks each seed for its view (the join). */
  start(seeds: readonly Address[] = []): void {
    const { runtime, config } = this;
    if (runtime.running) return;
    runtime.running = true;
    this.setSeeds(seeds);
    runtime.after(config.probeIntervalMs * runtime.random(), () => this.prober.round());
    runtime.after(config.gossipIntervalMs, () => this.gossipRound());
    if (config.pushPullIntervalMs > 0) runtime.after(config.pushPullIntervalMs, () => this.exchange.round());
    this.exchange.join(JOIN_RETRY_FIRST_MS);
    runtime.after(JOIN_RETRY_FIRST_MS, () => this.exchange.watchSeeds());
  }

  /**
   * Replaces the seeds (re-resolved names, say): used when no other member is alive. This member's own
   * address is left out (a DNS name for every director includes the director reading it).
   */
  setSeeds(seeds: readonly Address[]): void {
    this.exchange.setSeeds(seeds);
  }

  /** Stops every timer; nothing is sent after this. */
  stop(): void {
    this.runtime.stop();
    this.state.stop();
    this.prober.stop();
  }

  /** Publishes new tags (a worker's availability, say): a new incarnation of this member's statement. */
  updateMeta(meta: MemberMeta): void {
    const self = this.state.self;
    self.meta = meta;
    this.state.restate(nextIncarnation(self.incarnation, this.runtime.epochNow()), meta);
  }

  /**
   * Graceful leave: tells `fanout` members at once (every live one by default) that this member left, then stops.
   * Each must hear it from this member itself: relayed by another, "left" counts as an accusation of death.
   */
  leave(fanout = Infinity): void {
    const self = this.state.self;
    this.runtime.leaving = true;
    const left: DeadMessage = { type: 'dead', id: this.id, incarnation: self.incarnation, from: this.id, left: true };
    for (const member of this.state.pick(fanout, (m) => m.status === 'alive' || m.status === 'suspect')) {
      this.runtime.send(member.address, { from: this.id, gossip: [left] }, { recipient: member.id });
    }
    this.stop();
  }

  /**
   * A packet that the transport authenticated as coming from `sender` (the member whose key signed it), received
   * from `from`; `delivery` bounds the answer.
   */
  receive(from: Address, sender: MemberId, packet: Packet, delivery: Delivery = {}): void {
    if (!this.runtime.running || packet.from !== sender) return;
    for (const gossip of packet.gossip) this.state.merge(gossip, true, sender);
    if (packet.request) this.answer(from, sender, packet.request, delivery);
    // Not for an ack or a nack: the request for a view must be no larger than what it follows (PushPullExchange.heard).
    const kind = packet.request?.type;
    if (kind !== 'ack' && kind !== 'nack') this.exchange.heard(sender, from, delivery);
  }

  private answer(from: Address, sender: MemberId, request: Request, delivery: Delivery): void {
    switch (request.type) {
      case 'ping':
        // A ping meant for a previous holder of this address is not answered.
        if (request.target !== this.id) return;
        this.runtime.send(from, this.runtime.packet({ type: 'ack', seq: request.seq }, delivery.answerGossipBytes), {
          recipient: sender,
          answering: delivery,
        });
        return;
      case 'ping-req':
        return this.prober.relay({ address: from, id: sender, delivery }, request.seq, request.target);
      case 'ack':
        return this.prober.ack(request.seq, sender);
      case 'nack':
        return this.prober.nack(request.seq, sender);
      case 'push-pull':
        return this.exchange.receive(sender, request, from);
    }
  }

  /** Sends waiting gossip to `gossipNodes` random members (and the recently dead), and forgets the long dead. */
  private gossipRound(): void {
    const { runtime, config } = this;
    runtime.after(config.gossipIntervalMs, () => this.gossipRound());
    this.state.reapDead();
    if (runtime.broadcasts.size === 0) return;
    const recentlyDead = (m: Member) =>
      m.status !== 'alive' && m.status !== 'suspect' && runtime.now() - m.since < config.gossipIntervalMs * 10;
    for (const member of this.state.pick(
      config.gossipNodes,
      (m) => m.status === 'alive' || m.status === 'suspect' || recentlyDead(m),
    )) {
      const gossip = runtime.takeGossip();
      if (gossip.length === 0) return;
      runtime.send(member.address, { from: this.id, gossip }, { recipient: member.id });
    }
  }
}
