import { AckDeadlines } from './ack-deadlines.js';
import type { Awareness } from './awareness.js';
import type { Runtime } from './runtime.js';
import type { Address, Member, MemberId } from './types.js';
import type { View } from './view.js';

interface PendingProbe {
  onAck(): void;
  onNack(): void;
}

/**
 * SWIM's failure detector (memberlist `probeNode`): one member probed per probe interval, round-robin over a
 * shuffled list; a direct ping, then after the ack deadline `indirectChecks` helpers asked to ping it too
 * (`ping-req`) and a second direct ping; a target nobody reached is suspected. Also the helper's side: pinging a
 * target for another member and answering with an ack or, failing that, a nack (Lifeguard).
 */
export class Prober {
  private readonly pending = new Map<number, PendingProbe>();
  private readonly deadlines: AckDeadlines;
  private order: MemberId[] = [];
  private index = 0;
  private seq = 0;

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
    const { runtime, view, awareness } = this;
    const { config } = runtime;
    const interval = config.probeIntervalMs * awareness.multiplier;
    const target = this.nextTarget();
    if (!target) {
      runtime.after(interval, () => this.round());
      return;
    }
    const seq = ++this.seq;
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
    };
    this.pending.set(seq, {
      onAck: () => {
        if (acked) return;
        acked = true;
        if (!indirect) this.deadlines.record(target.id, runtime.now() - started);
        awareness.apply(-1);
      },
      onNack: () => {
        nacks++;
        // Every helper reached out and failed too: no need to wait any longer.
        if (config.earlyVerdict && indirect && nacks >= expectedNacks) verdict();
      },
    });
    runtime.send(target.address, runtime.packet({ type: 'ping', seq, target: target.id }));
    runtime.afterListening(deadline, () => {
      if (acked) return;
      indirect = true;
      const helpers = view.pick(config.indirectChecks, (m) => m.status === 'alive' && m.id !== target.id);
      expectedNacks = helpers.length;
      for (const helper of helpers) {
        runtime.send(
          helper.address,
          runtime.packet({ type: 'ping-req', seq, target: target.id, targetAddress: target.address }),
        );
      }
      if (config.retryDirect) runtime.send(target.address, runtime.packet({ type: 'ping', seq, target: target.id }));
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
    runtime.after(interval, () => this.round());
  }

  /** Probes `target` for a member that could not reach it; acks or nacks on its behalf. */
  relay(requester: Address, requestSeq: number, target: MemberId, targetAddress: Address): void {
    const { runtime } = this;
    const seq = ++this.seq;
    let answered = false;
    this.pending.set(seq, {
      onAck: () => {
        if (answered) return;
        answered = true;
        this.pending.delete(seq);
        runtime.send(requester, runtime.packet({ type: 'ack', seq: requestSeq }));
      },
      onNack: () => undefined,
    });
    runtime.send(targetAddress, runtime.packet({ type: 'ping', seq, target }));
    runtime.afterListening(this.deadlines.deadline(target), () => {
      this.pending.delete(seq);
      if (!answered) runtime.send(requester, runtime.packet({ type: 'nack', seq: requestSeq }));
    });
  }

  /** An ack for probe or relay `seq` (late or unknown ones are ignored). */
  ack(seq: number): void {
    this.pending.get(seq)?.onAck();
  }

  /** A helper's nack for probe `seq`. */
  nack(seq: number): void {
    this.pending.get(seq)?.onNack();
  }

  /** Puts a newly heard-of member at a random place in the current round. */
  add(id: MemberId): void {
    this.order.splice(Math.floor(this.runtime.random() * (this.order.length + 1)), 0, id);
  }

  /** Drops what was learnt of `id`'s round trips (it is dead or gone). */
  forget(id: MemberId): void {
    this.deadlines.forget(id);
  }

  /** Abandons the probes in flight (the member stops). */
  stop(): void {
    this.pending.clear();
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
