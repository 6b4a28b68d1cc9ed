import type { Awareness } from './awareness.js';
import {
  acceptableIncarnation,
  firstIncarnation,
  incarnationBound,
  nextIncarnation,
  refutableBound,
} from './incarnation.js';
import type { Runtime } from './runtime.js';
import { Suspicions } from './suspicion.js';
import type {
  Address,
  AliveMessage,
  Gossip,
  Member,
  MemberId,
  MemberMeta,
  MemberStatus,
  StateVerifier,
} from './types.js';

/** What the view needs from the rest of the member, and tells it. */
export interface ViewOptions {
  runtime: Runtime;
  address: Address;
  meta: MemberMeta;
  verifier: StateVerifier;
  awareness: Awareness;
  /** `MembershipOptions.onChange`. */
  onChange?(member: Member, previous: MemberStatus | undefined): void;
  /** `MembershipOptions.onForget`. */
  onForget?(member: Member): void;
  /** A member heard of for the first time (the prober adds it to its round). */
  onNew(id: MemberId): void;
  /** A member found dead or gone (its ack round trips are no longer worth keeping). */
  onGone(id: MemberId): void;
}

/**
 * One member's view of the cluster (memberlist `state.go`, its merging half): every member's status and
 * incarnation, the latest statement of each, and the rules by which news changes them. A statement needs its
 * subject's proof and a higher incarnation; an accusation (suspect, dead) counts only at the incarnation held for
 * its subject, and stands until the subject outdoes it; suspicions become deaths through `Suspicions`; news about
 * this member itself is refuted, past the accused incarnation. No incarnation beyond `incarnationBound` is taken
 * from anyone (`incarnation.ts`).
 */
export class View {
  /** Every member known, this one included, by identity; the dead and gone until they are forgotten. */
  readonly members = new Map<MemberId, Member>();
  /** The latest statement of every member, kept to pass on (push-pull, relays). */
  readonly statements = new Map<MemberId, AliveMessage>();
  private readonly suspicions: Suspicions;
  /** Accusers already sent this member's refutation, with the incarnation sent. */
  private readonly answeredAccusers = new Map<MemberId, number>();

  constructor(private readonly options: ViewOptions) {
    const { runtime } = options;
    this.suspicions = new Suspicions(runtime, {
      members: () => this.members.size,
      onExpire: (id) => {
        const member = this.members.get(id);
        if (member?.status !== 'suspect') return;
        this.merge({ type: 'dead', id, incarnation: member.incarnation, from: runtime.id, left: false });
      },
    });
    const incarnation = firstIncarnation(runtime.epochNow());
    this.members.set(runtime.id, {
      id: runtime.id,
      address: options.address,
      incarnation,
      status: 'alive',
      meta: options.meta,
      since: runtime.now(),
    });
    this.restate(incarnation, options.meta);
  }

  /** This member's own entry. */
  get self(): Member {
    return this.members.get(this.options.runtime.id)!;
  }

  /**
   * Applies one piece of news, which `signer` sent (this member itself when it is its own conclusion); `relay`
   * queues it for further gossip when it changed something. A suspicion confirms only when its signer is its
   * accuser, and "left" counts only when signed by the member that left: the other fields are the sender's word.
   */
  merge(gossip: Gossip, relay = true, signer: MemberId = this.options.runtime.id): void {
    const { runtime } = this.options;
    if (!acceptableIncarnation(gossip.incarnation, incarnationBound(runtime.config, runtime.epochNow()))) return;
    if (gossip.id === runtime.id) return this.aboutSelf(gossip);
    const member = this.members.get(gossip.id);
    switch (gossip.type) {
      case 'alive': {
        if (member && gossip.incarnation <= member.incarnation) return;
        if (!this.options.verifier.verify(gossip)) return;
        const previous = member?.status;
        this.statements.set(gossip.id, gossip);
        this.suspicions.cancel(gossip.id);
        const updated: Member = {
          id: gossip.id,
          address: gossip.address,
          incarnation: gossip.incarnation,
          status: 'alive',
          meta: gossip.meta,
          since: previous === 'alive' && member ? member.since : runtime.now(),
        };
        this.members.set(gossip.id, updated);
        if (!member) this.options.onNew(gossip.id);
        if (relay) runtime.broadcasts.push(gossip);
        this.options.onChange?.({ ...updated }, previous);
        return;
      }
      case 'suspect': {
        // Only the incarnation held: a higher one is news this member has not verified (or a forgery), and taking
        // it would let any member push another's incarnation where it can never refute.
        if (!member || gossip.incarnation !== member.incarnation) return;
        if (member.status === 'dead' || member.status === 'left') return;
        if (member.status === 'suspect') {
          // Another member's independent suspicion, told by that member itself: Lifeguard shortens the timeout.
          const own = signer === gossip.from && gossip.from !== runtime.id;
          if (own && this.suspicions.confirm(gossip.id, signer) && relay) runtime.broadcasts.push(gossip);
          return;
        }
        this.setStatus(member, 'suspect', gossip.incarnation);
        this.suspicions.start(gossip.id);
        if (relay) runtime.broadcasts.push(gossip);
        return;
      }
      case 'dead': {
        if (!member || gossip.incarnation !== member.incarnation) return;
        if (member.status === 'dead' || member.status === 'left') return;
        // Only a member itself can say it left; from anyone else it is an accusation of death.
        const left = gossip.left && gossip.from === gossip.id && signer === gossip.id;
        this.suspicions.cancel(gossip.id);
        this.setStatus(member, left ? 'left' : 'dead', gossip.incarnation);
        this.options.onGone(gossip.id);
        if (relay) runtime.broadcasts.push({ ...gossip, left: gossip.left && gossip.from === gossip.id });
        return;
      }
    }
  }

  /** States this member's address and `meta` anew at `incarnation`, signed, and queues the statement. */
  restate(incarnation: number, meta: MemberMeta): void {
    const { runtime } = this.options;
    const self = this.self;
    self.incarnation = incarnation;
    const statement = { type: 'alive' as const, id: runtime.id, incarnation, address: this.options.address, meta };
    const alive: AliveMessage = { ...statement, proof: this.options.verifier.prove(statement) };
    this.statements.set(runtime.id, alive);
    runtime.broadcasts.push(alive);
  }

  /** Forgets the members dead or gone for longer than `deadRetentionMs`, telling `onForget`. */
  reapDead(): void {
    const { runtime } = this.options;
    const now = runtime.now();
    for (const member of this.members.values()) {
      if (
        (member.status === 'dead' || member.status === 'left') &&
        now - member.since > runtime.config.deadRetentionMs
      ) {
        this.members.delete(member.id);
        this.statements.delete(member.id);
        this.answeredAccusers.delete(member.id);
        this.options.onForget?.({ ...member });
      }
    }
  }

  /** Up to `count` random other members satisfying `filter`. */
  pick(count: number, filter: (member: Member) => boolean): Member[] {
    const { runtime } = this.options;
    const candidates = [...this.members.values()].filter((m) => m.id !== runtime.id && filter(m));
    return runtime.shuffle(candidates).slice(0, count);
  }

  /** Cancels every suspicion (the member stops). */
  stop(): void {
    this.suspicions.clear();
  }

  /**
   * News about this member: a suspicion or death to refute past the accused incarnation, or a predecessor's
   * statement (checked against this member's own key first) to outdo. Either up to `refutableBound` only: beyond
   * it the news is forged, and following it would leave no incarnation to publish with.
   */
  private aboutSelf(gossip: Gossip): void {
    const { runtime, awareness, verifier } = this.options;
    const self = this.self;
    if (runtime.leaving) return;
    const beyond = gossip.incarnation > refutableBound(runtime.config, runtime.epochNow());
    if (gossip.type === 'alive') {
      // This process's own statement coming back, or an older one: nothing to outdo.
      if (gossip.incarnation < self.incarnation || this.isOwnStatement(gossip)) return;
      // A statement of this incarnation or higher that is not this process's own is a predecessor's (a process
      // restarted under the same identity with a clock ahead of this one's), if this member's key made it.
      if (beyond || !verifier.verify(gossip)) return;
      this.restate(nextIncarnation(gossip.incarnation, runtime.epochNow()), self.meta);
      return;
    }
    if (gossip.incarnation >= self.incarnation) {
      if (beyond) return;
      // Lifeguard: an accusation of this member, which is alive, suggests it has been slow to answer.
      awareness.apply(1);
      this.restate(nextIncarnation(gossip.incarnation, runtime.epochNow()), self.meta);
    }
    // The refutation goes straight to the accuser too, not only by gossip: an accuser whose suspicion runs
    // out before the gossip reaches it would declare a live member dead.
    if (gossip.from !== runtime.id) {
      const accuser = this.members.get(gossip.from);
      if (accuser && this.answeredAccusers.get(gossip.from) !== self.incarnation) {
        this.answeredAccusers.set(gossip.from, self.incarnation);
        runtime.send(
          accuser.address,
          { from: runtime.id, gossip: [this.statements.get(runtime.id)!] },
          { recipient: accuser.id },
        );
      }
    }
  }

  /** True for this process's own current statement (same incarnation, address and tags). */
  private isOwnStatement(gossip: AliveMessage): boolean {
    const self = this.self;
    return (
      gossip.incarnation === self.incarnation &&
      gossip.address.host === self.address.host &&
      gossip.address.port === self.address.port &&
      sameMeta(gossip.meta, self.meta)
    );
  }

  private setStatus(member: Member, status: MemberStatus, incarnation: number): void {
    const previous = member.status;
    member.status = status;
    member.incarnation = incarnation;
    member.since = this.options.runtime.now();
    this.options.onChange?.({ ...member }, previous);
  }
}

function sameMeta(a: MemberMeta, b: MemberMeta): boolean {
  const keys = Object.keys(a.tags);
  return (
    a.role === b.role && keys.length === Object.keys(b.tags).length && keys.every((key) => a.tags[key] === b.tags[key])
  );
}
