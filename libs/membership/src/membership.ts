import type { Clock, TimerHandle } from '@switchyard/heartbeat';
import { BroadcastQueue } from './broadcasts.js';
import { DEFAULT_MEMBERSHIP, retransmitLimit, suspicionTimeoutMs, type MembershipConfig } from './config.js';
import { AckDeadlines, Awareness } from './probe.js';
import type {
  Address,
  AliveMessage,
  DeadMessage,
  Gossip,
  Member,
  MemberId,
  MemberMeta,
  MemberStatus,
  MembershipTransport,
  Packet,
  PushPull,
  Request,
  StateVerifier,
  SuspectMessage,
} from './types.js';

export interface MembershipOptions {
  id: MemberId;
  address: Address;
  meta: MemberMeta;
  config?: Partial<MembershipConfig>;
  clock: Clock;
  /** Uniform in [0, 1). */
  random: () => number;
  transport: MembershipTransport;
  verifier: StateVerifier;
  /** Called for every change of a member's status (and of an alive member's address or tags). */
  onChange?(member: Member, previous: MemberStatus | undefined): void;
  /** Encoded size of a piece of gossip, for the per-packet budget. Default: a rough estimate. */
  measure?(gossip: Gossip): number;
}

interface PendingProbe {
  onAck(): void;
  onNack(): void;
}

interface Suspicion {
  timer: TimerHandle;
  started: number;
  confirmations: Set<MemberId>;
}

/** The first wait before asking the seeds again when none answered the join; it doubles up to the push-pull interval. */
export const JOIN_RETRY_FIRST_MS = 1000;

/**
 * SWIM with Lifeguard, as a state machine on an injected clock, random source and transport: direct probes,
 * then indirect ones through `indirectChecks` members; suspicion before death, with timeouts that shrink as
 * independent members confirm and grow with the cluster; incarnation numbers to refute; gossip piggybacked
 * on every packet and retransmitted λ·log(n) times; periodic push-pull of the whole view; graceful leave.
 * A member's own statements (address, tags) are accepted only with its proof (`StateVerifier`).
 */
export class Membership {
  readonly config: MembershipConfig;
  private readonly members = new Map<MemberId, Member>();
  /** The latest statement of every member, kept to pass on (push-pull, relays). */
  private readonly statements = new Map<MemberId, AliveMessage>();
  private readonly broadcasts: BroadcastQueue;
  private readonly pending = new Map<number, PendingProbe>();
  private readonly suspicions = new Map<MemberId, Suspicion>();
  private readonly deadlines: AckDeadlines;
  private readonly awareness: Awareness;
  private readonly timers = new Set<TimerHandle>();
  private probeOrder: MemberId[] = [];
  private probeIndex = 0;
  private seq = 0;
  private running = false;
  private leaving = false;
  private seeds: readonly Address[] = [];
  /** Accusers already sent this member's refutation, with the incarnation sent. */
  private readonly answeredAccusers = new Map<MemberId, number>();

  constructor(private readonly options: MembershipOptions) {
    this.config = { ...DEFAULT_MEMBERSHIP, ...options.config };
    this.broadcasts = new BroadcastQueue(() => retransmitLimit(this.config, this.members.size));
    this.deadlines = new AckDeadlines(this.config);
    this.awareness = new Awareness(this.config.awarenessMaxMultiplier);
    const now = options.clock.now();
    this.members.set(options.id, {
      id: options.id,
      address: options.address,
      incarnation: 0,
      status: 'alive',
      meta: options.meta,
      since: now,
    });
    this.restate(0, options.meta);
  }

  get id(): MemberId {
    return this.options.id;
  }

  /** Every member this one knows of, itself included. */
  view(): Member[] {
    return [...this.members.values()].map((member) => ({ ...member }));
  }

  get(id: MemberId): Member | undefined {
    const member = this.members.get(id);
    return member && { ...member };
  }

  /** The local health multiplier (1 when healthy). */
  get healthMultiplier(): number {
    return this.awareness.multiplier;
  }

  /** Starts probing, gossip and push-pull, and asks each seed for its view (the join). */
  start(seeds: readonly Address[] = []): void {
    if (this.running) return;
    this.running = true;
    this.setSeeds(seeds);
    this.after(this.config.probeIntervalMs * this.options.random(), () => this.probeRound());
    this.after(this.config.gossipIntervalMs, () => this.gossipRound());
    if (this.config.pushPullIntervalMs > 0) this.after(this.config.pushPullIntervalMs, () => this.pushPullRound());
    this.join(JOIN_RETRY_FIRST_MS);
  }

  /**
   * Asks every seed for its view, and again after `retryMs` (doubling, at most the push-pull interval) until
   * another member is alive: a seed that was not listening yet (members of a cluster start together) is
   * joined as soon as it is, not at the next push-pull.
   */
  private join(retryMs: number): void {
    if (!this.running || this.seeds.length === 0) return;
    if ([...this.members.values()].some((m) => m.id !== this.id && m.status === 'alive')) return;
    for (const seed of this.seeds) this.sendPushPull(seed, true);
    const next = Math.min(retryMs * 2, Math.max(this.config.pushPullIntervalMs, JOIN_RETRY_FIRST_MS));
    this.after(retryMs, () => this.join(next));
  }

  /**
   * Replaces the seeds (re-resolved names, say): used when no other member is alive. This member's own
   * address is left out (a DNS name for every director includes the director reading it).
   */
  setSeeds(seeds: readonly Address[]): void {
    const own = this.members.get(this.id)!.address;
    this.seeds = seeds.filter((seed) => seed.host !== own.host || seed.port !== own.port);
  }

  /** Stops every timer; nothing is sent after this. */
  stop(): void {
    this.running = false;
    for (const timer of this.timers) this.options.clock.clearTimeout(timer);
    this.timers.clear();
    for (const suspicion of this.suspicions.values()) this.options.clock.clearTimeout(suspicion.timer);
    this.suspicions.clear();
    this.pending.clear();
  }

  /** Publishes new tags (a worker's availability, say): a new incarnation of this member's statement. */
  updateMeta(meta: MemberMeta): void {
    const self = this.members.get(this.id)!;
    self.meta = meta;
    this.restate(self.incarnation + 1, meta);
  }

  /** Graceful leave: tells `fanout` members at once that this member left, then stops. */
  leave(fanout = this.config.gossipNodes): void {
    const self = this.members.get(this.id)!;
    this.leaving = true;
    const left: DeadMessage = { type: 'dead', id: this.id, incarnation: self.incarnation, from: this.id, left: true };
    for (const member of this.pick(fanout, (m) => m.status === 'alive' || m.status === 'suspect')) {
      this.send(member.address, { from: this.id, gossip: [left] });
    }
    this.stop();
  }

  /** A packet that the transport authenticated as coming from `sender`, received from `from`. */
  receive(from: Address, sender: MemberId, packet: Packet): void {
    if (!this.running || packet.from !== sender) return;
    for (const gossip of packet.gossip) this.merge(gossip);
    if (packet.request) this.answer(from, packet.request);
  }

  private answer(from: Address, request: Request): void {
    switch (request.type) {
      case 'ping':
        // A ping meant for a previous holder of this address is not answered.
        if (request.target === this.id) this.send(from, this.packet({ type: 'ack', seq: request.seq }));
        return;
      case 'ping-req':
        return this.relay(from, request.seq, request.target, request.targetAddress);
      case 'ack':
        return this.pending.get(request.seq)?.onAck();
      case 'nack':
        return this.pending.get(request.seq)?.onNack();
      case 'push-pull':
        return this.mergeView(from, request);
    }
  }

  // --- probing ---------------------------------------------------------------------------------------

  private probeRound(): void {
    const interval = this.config.probeIntervalMs * this.awareness.multiplier;
    this.after(interval, () => this.probeRound());
    const target = this.nextTarget();
    if (!target) return;
    const seq = ++this.seq;
    const started = this.options.clock.now();
    let acked = false;
    let indirect = false;
    let nacks = 0;
    let expectedNacks = 0;
    this.pending.set(seq, {
      onAck: () => {
        if (acked) return;
        acked = true;
        if (!indirect) this.deadlines.record(target.id, this.options.clock.now() - started);
        this.awareness.apply(-1);
      },
      onNack: () => {
        nacks++;
        // Every helper failed to reach it too: no need to wait any longer.
        if (this.config.earlyVerdict && indirect && nacks >= expectedNacks) verdict();
      },
    });
    this.send(target.address, this.packet({ type: 'ping', seq, target: target.id }));
    const deadline = this.deadlines.deadline(target.id) * this.awareness.multiplier;
    let decided = false;
    const verdict = () => {
      if (decided) return;
      decided = true;
      this.pending.delete(seq);
      if (acked) return;
      // Nobody vouched for the network either: this member is probably the slow one.
      this.awareness.apply(expectedNacks > 0 ? Math.max(0, expectedNacks - nacks) : 1);
      const current = this.members.get(target.id);
      if (current?.status === 'alive' && current.incarnation === target.incarnation) {
        this.merge({ type: 'suspect', id: target.id, incarnation: target.incarnation, from: this.id });
      }
    };
    this.after(deadline, () => {
      if (acked) return;
      indirect = true;
      const helpers = this.pick(this.config.indirectChecks, (m) => m.status === 'alive' && m.id !== target.id);
      expectedNacks = helpers.length;
      for (const helper of helpers) {
        this.send(
          helper.address,
          this.packet({ type: 'ping-req', seq, target: target.id, targetAddress: target.address }),
        );
      }
      if (this.config.retryDirect) this.send(target.address, this.packet({ type: 'ping', seq, target: target.id }));
      if (this.config.earlyVerdict) this.after(Math.min(2 * deadline, interval - deadline), verdict);
    });
    this.after(interval, verdict);
  }

  /** Probes `target` for a member that could not reach it; acks or nacks on its behalf. */
  private relay(requester: Address, requestSeq: number, target: MemberId, targetAddress: Address): void {
    const seq = ++this.seq;
    let answered = false;
    this.pending.set(seq, {
      onAck: () => {
        if (answered) return;
        answered = true;
        this.pending.delete(seq);
        this.send(requester, this.packet({ type: 'ack', seq: requestSeq }));
      },
      onNack: () => undefined,
    });
    this.send(targetAddress, this.packet({ type: 'ping', seq, target }));
    this.after(this.deadlines.deadline(target), () => {
      this.pending.delete(seq);
      if (!answered) this.send(requester, this.packet({ type: 'nack', seq: requestSeq }));
    });
  }

  /** Round-robin over a shuffled list of the other live members, reshuffled each lap (SWIM). */
  private nextTarget(): Member | undefined {
    for (let tries = 0; tries < 2; tries++) {
      while (this.probeIndex < this.probeOrder.length) {
        const member = this.members.get(this.probeOrder[this.probeIndex++]);
        if (member && (member.status === 'alive' || member.status === 'suspect')) return { ...member };
      }
      this.probeOrder = this.shuffle([...this.members.keys()].filter((id) => id !== this.id));
      this.probeIndex = 0;
    }
    return undefined;
  }

  // --- gossip --------------------------------------------------------------------------------------------

  private gossipRound(): void {
    this.after(this.config.gossipIntervalMs, () => this.gossipRound());
    this.reapDead();
    if (this.broadcasts.size === 0) return;
    const recentlyDead = (m: Member) =>
      m.status !== 'alive' && m.status !== 'suspect' && this.now() - m.since < this.config.gossipIntervalMs * 10;
    for (const member of this.pick(
      this.config.gossipNodes,
      (m) => m.status === 'alive' || m.status === 'suspect' || recentlyDead(m),
    )) {
      const gossip = this.takeGossip();
      if (gossip.length === 0) return;
      this.send(member.address, { from: this.id, gossip });
    }
  }

  /**
   * Exchanges views with a random live member; also with a random dead one, so that the two sides of a
   * healed partition find each other again; and with a seed when no other member is alive.
   */
  private pushPullRound(): void {
    this.after(this.config.pushPullIntervalMs, () => this.pushPullRound());
    const [peer] = this.pick(1, (m) => m.status === 'alive' || m.status === 'suspect');
    if (peer) this.sendPushPull(peer.address, true);
    const [gone] = this.pick(1, (m) => m.status === 'dead');
    if (gone) this.sendPushPull(gone.address, true);
    if (!peer && this.seeds.length > 0) {
      this.sendPushPull(this.seeds[Math.floor(this.options.random() * this.seeds.length)], true);
    }
  }

  /** This member's whole view, in pages. */
  private sendPushPull(to: Address, reply: boolean): void {
    const states = [...this.statements.values()].filter((s) => {
      const member = this.members.get(s.id);
      return member && (member.status === 'alive' || member.status === 'suspect');
    });
    const failures = [...this.members.values()]
      .filter((m) => m.status !== 'alive')
      .map((m): SuspectMessage | DeadMessage =>
        m.status === 'suspect'
          ? { type: 'suspect', id: m.id, incarnation: m.incarnation, from: this.id }
          : m.status === 'left'
            ? { type: 'dead', id: m.id, incarnation: m.incarnation, from: m.id, left: true }
            : { type: 'dead', id: m.id, incarnation: m.incarnation, from: this.id, left: false },
      );
    const size = this.config.pushPullPageSize;
    const pages = Math.max(1, Math.ceil(states.length / size), Math.ceil(failures.length / size));
    for (let page = 0; page < pages; page++) {
      const request: PushPull = {
        type: 'push-pull',
        states: states.slice(page * size, (page + 1) * size),
        failures: failures.slice(page * size, (page + 1) * size),
        // Only the first page asks for an answer: one view back, not one per page.
        reply: reply && page === 0,
      };
      this.send(to, { from: this.id, request, gossip: [] });
    }
  }

  private mergeView(from: Address, view: PushPull): void {
    for (const state of view.states) this.merge(state, false);
    for (const failure of view.failures) this.merge(failure, false);
    if (view.reply) this.sendPushPull(from, false);
  }

  // --- merging news --------------------------------------------------------------------------------------

  /** Applies one piece of news; `relay` queues it for further gossip when it changed something. */
  private merge(gossip: Gossip, relay = true): void {
    if (gossip.id === this.id) return this.aboutSelf(gossip);
    const member = this.members.get(gossip.id);
    switch (gossip.type) {
      case 'alive': {
        if (member && gossip.incarnation <= member.incarnation) return;
        if (!this.options.verifier.verify(gossip)) return;
        const previous = member?.status;
        this.statements.set(gossip.id, gossip);
        this.cancelSuspicion(gossip.id);
        const updated: Member = {
          id: gossip.id,
          address: gossip.address,
          incarnation: gossip.incarnation,
          status: 'alive',
          meta: gossip.meta,
          since: previous === 'alive' && member ? member.since : this.now(),
        };
        this.members.set(gossip.id, updated);
        if (!member)
          this.probeOrder.splice(Math.floor(this.options.random() * (this.probeOrder.length + 1)), 0, gossip.id);
        if (relay) this.broadcasts.push(gossip);
        this.options.onChange?.({ ...updated }, previous);
        return;
      }
      case 'suspect': {
        if (!member || gossip.incarnation < member.incarnation) return;
        if (member.status === 'dead' || member.status === 'left') return;
        if (member.status === 'suspect' && gossip.incarnation === member.incarnation) {
          const suspicion = this.suspicions.get(gossip.id);
          if (suspicion && gossip.from !== this.id && !suspicion.confirmations.has(gossip.from)) {
            suspicion.confirmations.add(gossip.from);
            this.armSuspicion(gossip.id, suspicion);
            if (relay) this.broadcasts.push(gossip);
          }
          return;
        }
        this.setStatus(member, 'suspect', gossip.incarnation);
        const suspicion: Suspicion = {
          timer: undefined as unknown as TimerHandle,
          started: this.now(),
          confirmations: new Set(),
        };
        this.suspicions.set(gossip.id, suspicion);
        this.armSuspicion(gossip.id, suspicion);
        if (relay) this.broadcasts.push(gossip);
        return;
      }
      case 'dead': {
        if (!member || gossip.incarnation < member.incarnation) return;
        if (member.status === 'dead' || member.status === 'left') return;
        // Only a member itself can say it left; from anyone else it is an accusation of death.
        const left = gossip.left && gossip.from === gossip.id;
        this.cancelSuspicion(gossip.id);
        this.setStatus(member, left ? 'left' : 'dead', gossip.incarnation);
        this.deadlines.forget(gossip.id);
        if (relay) this.broadcasts.push({ ...gossip, left });
        return;
      }
    }
  }

  /** News about this member: a suspicion or death to refute, or an old statement to outdo. */
  private aboutSelf(gossip: Gossip): void {
    const self = this.members.get(this.id)!;
    if (this.leaving) return;
    // An alive statement of this incarnation that is not this process's own (another address or other tags) is
    // a predecessor's: a process restarted under the same identity outdoes it at once, rather than staying
    // invisible to members that still hold it until they find the old address dead.
    const ownStatement =
      gossip.type === 'alive' &&
      gossip.incarnation === self.incarnation &&
      gossip.address.host === self.address.host &&
      gossip.address.port === self.address.port &&
      sameMeta(gossip.meta, self.meta);
    if (gossip.incarnation >= self.incarnation && !ownStatement) {
      if (gossip.type === 'suspect') this.awareness.apply(1);
      this.restate(gossip.incarnation + 1, self.meta);
    }
    // The refutation goes straight to the accuser too, not only by gossip: an accuser whose suspicion runs
    // out before the gossip reaches it would declare a live member dead.
    if (gossip.type !== 'alive' && gossip.from !== this.id && gossip.incarnation < self.incarnation) {
      const accuser = this.members.get(gossip.from);
      if (accuser && this.answeredAccusers.get(gossip.from) !== self.incarnation) {
        this.answeredAccusers.set(gossip.from, self.incarnation);
        this.send(accuser.address, { from: this.id, gossip: [this.statements.get(this.id)!] });
      }
    }
  }

  private restate(incarnation: number, meta: MemberMeta): void {
    const self = this.members.get(this.id)!;
    self.incarnation = incarnation;
    const statement = { type: 'alive' as const, id: this.id, incarnation, address: this.options.address, meta };
    const alive: AliveMessage = { ...statement, proof: this.options.verifier.prove(statement) };
    this.statements.set(this.id, alive);
    this.broadcasts.push(alive);
  }

  private armSuspicion(id: MemberId, suspicion: Suspicion): void {
    const { clock } = this.options;
    if (suspicion.timer !== undefined) clock.clearTimeout(suspicion.timer);
    const timeout = suspicionTimeoutMs(this.config, this.members.size, suspicion.confirmations.size);
    suspicion.timer = clock.setTimeout(
      () => {
        this.suspicions.delete(id);
        const member = this.members.get(id);
        if (member?.status !== 'suspect') return;
        this.merge({ type: 'dead', id, incarnation: member.incarnation, from: this.id, left: false });
      },
      Math.max(0, suspicion.started + timeout - clock.now()),
    );
  }

  private cancelSuspicion(id: MemberId): void {
    const suspicion = this.suspicions.get(id);
    if (!suspicion) return;
    this.options.clock.clearTimeout(suspicion.timer);
    this.suspicions.delete(id);
  }

  private setStatus(member: Member, status: MemberStatus, incarnation: number): void {
    const previous = member.status;
    member.status = status;
    member.incarnation = incarnation;
    member.since = this.now();
    this.options.onChange?.({ ...member }, previous);
  }

  private reapDead(): void {
    const now = this.now();
    for (const member of this.members.values()) {
      if ((member.status === 'dead' || member.status === 'left') && now - member.since > this.config.deadRetentionMs) {
        this.members.delete(member.id);
        this.statements.delete(member.id);
      }
    }
  }

  // --- helpers -----------------------------------------------------------------------------------------------

  private packet(request: Request): Packet {
    return { from: this.id, request, gossip: this.takeGossip() };
  }

  private takeGossip(): Gossip[] {
    return this.broadcasts.take(this.config.gossipBudgetBytes, this.options.measure ?? estimateSize);
  }

  private send(to: Address, packet: Packet): void {
    if (this.running || this.leaving) this.options.transport.send(to, packet);
  }

  /** Up to `count` random other members satisfying `filter`. */
  private pick(count: number, filter: (member: Member) => boolean): Member[] {
    const candidates = [...this.members.values()].filter((m) => m.id !== this.id && filter(m));
    return this.shuffle(candidates).slice(0, count);
  }

  private shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.options.random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  private after(ms: number, run: () => void): void {
    if (!this.running) return;
    const timer = this.options.clock.setTimeout(() => {
      this.timers.delete(timer);
      if (this.running) run();
    }, ms);
    this.timers.add(timer);
  }

  private now(): number {
    return this.options.clock.now();
  }
}

function sameMeta(a: MemberMeta, b: MemberMeta): boolean {
  const keys = Object.keys(a.tags);
  return (
    a.role === b.role && keys.length === Object.keys(b.tags).length && keys.every((key) => a.tags[key] === b.tags[key])
  );
}

/** A rough encoded size: a statement carries a signature and its key's fingerprint, an accusation two ids. */
function estimateSize(gossip: Gossip): number {
  return gossip.type === 'alive' ? 200 + JSON.stringify(gossip.meta).length : 100;
}
