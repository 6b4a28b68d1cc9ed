import { AckDeadlines } from './ack-deadlines.js';
import type { Awareness } from './awareness.js';
import type { Runtime } from './runtime.js';
import type { Address, Delivery, Member, MemberId } from './types.js';
import type { View } from './view.js';

/** Probes out of turn (`Prober.probeNow`) in flight at most, over all members. */
export const MAX_PROBES_OUT_OF_TURN = 16;

interface PendingProbe {
  /** Members whose ack counts: the target, and the helpers once asked. */
  ackers: Set<MemberId>;
  /** Members whose nack counts: the helpers asked. */
  nackers: Set<MemberId>;
  onAck(): void;
  onNack(): void;
}

/** A member that asked this one to probe another (`ping-req`), and the request's delivery, which bounds the answer. */
export interface Requester {
  address: Address;
  id: MemberId;
  delivery: Delivery;
}

/**
 * SWIM's failure detector (memberlist `probeNode`): one member probed per probe interval, round-robin over a
 * shuffled list; a direct ping, then after the ack deadline `indirectChecks` helpers asked to ping it too
 * (`ping-req`) and a second direct ping; a target nobody reached is suspected. Also the helper's side: pinging a
 * target for another member and answering with an ack or, failing that, a nack (Lifeguard).
 *
 * Sequence numbers are random, and an ack counts only from the member probed or a helper asked (a nack only from a
 * helper): no other member can clear a probe. A helper pings the target at the address it holds for it, never at
 * one a requester names, so that no member can aim the others' datagrams at an address of its choice.
 */
export class Prober {
  private readonly pending = new Map<number, PendingProbe>();
  private readonly deadlines: AckDeadlines;
  private order: MemberId[] = [];
  private index = 0;
  /**
   * Members that answered a probe of this member's at least once (directly or through a helper): only they are asked
   * to help. A member heard of but never reached (a newcomer that crashed before its first probe) would never nack,
   * and Lifeguard counts a missed nack against this member's own health: under churn such helpers raised every
   * member's multiplier to its maximum, which slowed the very probes that find crashed members, so more piled up
   * (views of up to 389 members where 17 is typical, in the forgetting test's churn over eight seeds).
   */
  private readonly reached = new Set<MemberId>();
  /** Members being probed out of turn. */
  private readonly outOfTurn = new Set<MemberId>();
  /** When each member last answered a probe out of turn. */
  private readonly answeredOutOfTurn = new Map<MemberId, number>();

  constructor(
    private readonly runtime: Runtime,
    private readonly view: View,
    private readonly awareness: Awareness,
  ) {
    this.deadlines = new AckDeadlines(runtime.config);
  }

  /**
   * Probes the next member, and schedules the next round one probe interval later. Interval and ack deadline
   * are multiplied by the local health (Lifeguard), which the verdict raises or lowers before the next round.
   */
  round(): void {
    const interval = this.runtime.config.probeIntervalMs * this.awareness.multiplier;
    const target = this.nextTarget();
    if (target) this.probe(target, interval);
    this.runtime.after(interval, () => this.round());
  }

  /**
   * Probes `id` now, out of its turn, exactly as a round would (its verdict, suspicion included, is the same); for an
   * application that saw the member fail. `onVerdict` is called once: `true` as soon as it acks, `false` once nobody
   * reached it. Not started (false, and no call) unless `id` is another member, alive, not probed out of turn
   * already, and not answered such a probe within the last probe interval; nor while `MAX_PROBES_OUT_OF_TURN` are in
   * flight. So however often it is asked, each member is probed out of turn at most about once per interval, and
   * the whole costs at most that many probes at a time.
   */
  probeNow(id: MemberId, onVerdict: (answered: boolean) => void): boolean {
    const { runtime, view } = this;
    const target = view.members.get(id);
    if (!runtime.running || !target || id === runtime.id || target.status !== 'alive') return false;
    if (this.outOfTurn.has(id) || this.outOfTurn.size >= MAX_PROBES_OUT_OF_TURN) return false;
    const answeredAt = this.answeredOutOfTurn.get(id);
    if (answeredAt !== undefined && runtime.now() - answeredAt < runtime.config.probeIntervalMs) return false;
    this.outOfTurn.add(id);
    this.probe({ ...target }, runtime.config.probeIntervalMs * this.awareness.multiplier, (answered) => {
      this.outOfTurn.delete(id);
      if (answered) this.answeredOutOfTurn.set(id, runtime.now());
      onVerdict(answered);
    });
    return true;
  }

  /**
   * One probe of `target`: a direct ping; after the ack deadline `indirectChecks` helpers and a second direct ping;
   * unacked by the end of `interval` (or earlier, once helpers nacked), the target is suspected.
   */
  private probe(target: Member, interval: number, onVerdict?: (answered: boolean) => void): void {
    const { runtime, view, awareness } = this;
    const { config } = runtime;
    const seq = runtime.sequence(this.pending);
    const started = runtime.now();
    const deadline = this.deadlines.deadline(target.id) * awareness.multiplier;
    let acked = false;
    let indirect = false;
    let decided = false;
    let nacks = 0;
    let expectedNacks = 0;
    const verdict = () => {
      if (decided) return;
      decided = true;
      this.pending.delete(seq);
      if (acked) return;
      // Lifeguard: helpers that did not nack are missed nacks, and with no helper at all nobody vouched for
      // the network either; both suggest this member is the slow one.
      awareness.apply(expectedNacks > 0 ? Math.max(0, expectedNacks - nacks) : 1);
      const current = view.members.get(target.id);
      if (current?.status === 'alive' && current.incarnation === target.incarnation) {
        view.merge({ type: 'suspect', id: target.id, incarnation: target.incarnation, from: runtime.id });
      }
      onVerdict?.(false);
    };
    const probe: PendingProbe = {
      ackers: new Set([target.id]),
      nackers: new Set(),
      onAck: () => {
        if (acked) return;
        acked = true;
        this.reached.add(target.id);
        if (!indirect) this.deadlines.record(target.id, runtime.now() - started);
        awareness.apply(-1);
        onVerdict?.(true);
      },
      onNack: () => {
        nacks++;
        // Every helper reached out and failed too: no need to wait any longer.
        if (config.earlyVerdict && indirect && nacks >= expectedNacks) verdict();
      },
    };
    this.pending.set(seq, probe);
    const ping = () =>
      runtime.send(target.address, runtime.packet({ type: 'ping', seq, target: target.id }), { recipient: target.id });
    ping();
    runtime.afterListening(deadline, () => {
      if (acked) return;
      indirect = true;
      const helpers = view.pick(
        config.indirectChecks,
        (m) => m.status === 'alive' && m.id !== target.id && this.reached.has(m.id),
      );
      expectedNacks = helpers.length;
      for (const helper of helpers) {
        probe.ackers.add(helper.id);
        probe.nackers.add(helper.id);
        runtime.send(
          helper.address,
          runtime.packet({ type: 'ping-req', seq, target: target.id, targetAddress: target.address }),
          { recipient: helper.id },
        );
      }
      if (config.retryDirect) ping();
      // The early verdict needs a helper's word that the target is unreachable. With no helper (two members, or
      // the others down) or none that answered, nothing but this member's own pings speaks against the target:
      // as memberlist, it gets the whole interval, so that a pause shorter than that on either side is no failure.
      if (config.earlyVerdict && helpers.length > 0) {
        const wait = Math.min(2 * deadline, interval - deadline);
        runtime.afterListening(wait, () => {
          if (nacks > 0) verdict();
        });
      }
    });
    // The verdict before the next round, so that the next interval is multiplied by the health it left.
    runtime.afterListening(interval, verdict);
  }

  /**
   * Probes `targetId` for a member that could not reach it, at the address this member holds for it (none known:
   * no answer, as from a helper that cannot help); acks or nacks on the requester's behalf.
   */
  relay(requester: Requester, requestSeq: number, targetId: MemberId): void {
    const { runtime, view } = this;
    const target = view.members.get(targetId);
    if (!target || target.id === runtime.id || target.id === requester.id) return;
    const seq = runtime.sequence(this.pending);
    let answered = false;
    const answer = (type: 'ack' | 'nack') =>
      runtime.send(requester.address, runtime.packet({ type, seq: requestSeq }, requester.delivery.answerGossipBytes), {
        recipient: requester.id,
        answering: requester.delivery,
      });
    this.pending.set(seq, {
      ackers: new Set([target.id]),
      nackers: new Set(),
      onAck: () => {
        if (answered) return;
        answered = true;
        this.reached.add(target.id);
        this.pending.delete(seq);
        answer('ack');
      },
      onNack: () => undefined,
    });
    runtime.send(target.address, runtime.packet({ type: 'ping', seq, target: target.id }), { recipient: target.id });
    runtime.afterListening(this.deadlines.deadline(target.id), () => {
      this.pending.delete(seq);
      if (!answered) answer('nack');
    });
  }

  /** An ack for probe or relay `seq` from `sender`: counted only from the member probed or a helper asked. */
  ack(seq: number, sender: MemberId): void {
    const probe = this.pending.get(seq);
    if (probe?.ackers.has(sender)) probe.onAck();
  }

  /** A nack for probe `seq` from `sender`: counted only from a helper asked. */
  nack(seq: number, sender: MemberId): void {
    const probe = this.pending.get(seq);
    if (probe?.nackers.has(sender)) probe.onNack();
  }

  /** Puts a newly heard-of member at a random place in the current round. */
  add(id: MemberId): void {
    this.order.splice(Math.floor(this.runtime.random() * (this.order.length + 1)), 0, id);
  }

  /** Drops what was learnt of `id`'s round trips (it is dead or gone). */
  forget(id: MemberId): void {
    this.deadlines.forget(id);
    this.answeredOutOfTurn.delete(id);
    this.reached.delete(id);
  }

  /** Abandons the probes in flight (the member stops). */
  stop(): void {
    this.pending.clear();
    this.outOfTurn.clear();
  }

  /** Round-robin over a shuffled list of the other live members, reshuffled each lap (SWIM). */
  private nextTarget(): Member | undefined {
    const { runtime, view } = this;
    for (let tries = 0; tries < 2; tries++) {
      while (this.index < this.order.length) {
        const member = view.members.get(this.order[this.index++]);
        if (member && (member.status === 'alive' || member.status === 'suspect')) return { ...member };
      }
      this.order = runtime.shuffle([...view.members.keys()].filter((id) => id !== runtime.id));
      this.index = 0;
    }
    return undefined;
  }
}
