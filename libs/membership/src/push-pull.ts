import type { Runtime } from './runtime.js';
import type { Address, DeadMessage, Delivery, MemberId, PushPull, SuspectMessage } from './types.js';
import type { View } from './view.js';

/** The first wait before asking the seeds again when none answered the join; it doubles up to the push-pull interval. */
export const JOIN_RETRY_FIRST_MS = 1000;

/** A member's push-pull is answered at most this often (the join retries no faster), however often it asks. */
export const REPLY_INTERVAL_MS = JOIN_RETRY_FIRST_MS;

/**
 * A seed not alive in the view is asked again after 1 s, then every 2 s at most: a restarted seed (the only
 * director, killed and started again with no seeds of its own) is found within that, not at the next push-pull.
 */
export const SEED_RETRY_MAX_MS = 2 * JOIN_RETRY_FIRST_MS;

interface SeedWatch {
  /** The member that answered from this seed's address, once one has. */
  member?: MemberId;
  /** When to ask next while it is not alive, and the wait after that. */
  nextAt: number;
  delayMs: number;
}

const addressKey = (address: Address) => `${address.host.replace(/^::ffff:/, '')}|${address.port}`;

/**
 * Push-pull (memberlist `pushPull`): whole views exchanged, in pages, with a random live member every push-pull
 * interval, and with a random dead one so that the two sides of a healed partition find each other; joining is
 * the same exchange with the seeds, repeated until another member is alive.
 *
 * A view is far larger than the page that asks for it, so it goes only to the address the requester states itself
 * (its own signed statement, on the first page), never to the datagram's source, and at most once a
 * `REPLY_INTERVAL_MS` per requester: a replayed request cannot aim a view at anyone else, nor ask for it in a loop.
 */
export class PushPullExchange {
  private seeds: readonly Address[] = [];
  /** Per seed (by address): who answered from it, and when to ask it again while it is not alive. */
  private watches = new Map<string, SeedWatch>();
  /** When each requester was last answered (members only: the view bounds it). */
  private readonly replied = new Map<MemberId, number>();
  /** When this member last asked a member it did not know, that spoke to it, for its view. */
  private greetedAt = -Infinity;

  constructor(
    private readonly runtime: Runtime,
    private readonly view: View,
  ) {}

  /**
   * Replaces the seeds (re-resolved names, say): used when no other member is alive. This member's own
   * address is left out (a DNS name for every director includes the director reading it).
   */
  setSeeds(seeds: readonly Address[]): void {
    const own = this.view.self.address;
    this.seeds = seeds.filter((seed) => seed.host !== own.host || seed.port !== own.port);
    const watches = new Map<string, SeedWatch>();
    for (const seed of this.seeds) {
      const key = addressKey(seed);
      watches.set(key, this.watches.get(key) ?? { nextAt: 0, delayMs: JOIN_RETRY_FIRST_MS });
    }
    this.watches = watches;
  }

  /**
   * Keeps asking every seed that is not alive in this member's view (by the member that answered from its address,
   * or one that states that address), after 1 s, then every `SEED_RETRY_MAX_MS`, with a one-page request holding this
   * member's own statement: a seed that restarted learns of this member and answers with its view. Runs every
   * second while the member runs; a seed that is alive costs nothing.
   */
  watchSeeds(): void {
    const { runtime, view } = this;
    runtime.after(JOIN_RETRY_FIRST_MS, () => this.watchSeeds());
    const now = runtime.now();
    const alive = (m: { status: string } | undefined) => m?.status === 'alive' || m?.status === 'suspect';
    for (const seed of this.seeds) {
      const watch = this.watches.get(addressKey(seed));
      if (!watch) continue;
      const reached =
        (watch.member !== undefined && alive(view.members.get(watch.member))) ||
        [...view.members.values()].some(
          (m) => m.id !== runtime.id && alive(m) && addressKey(m.address) === addressKey(seed),
        );
      if (reached) {
        watch.nextAt = 0;
        watch.delayMs = JOIN_RETRY_FIRST_MS;
        continue;
      }
      if (now < watch.nextAt) continue;
      this.hello(seed);
      watch.nextAt = now + watch.delayMs;
      watch.delayMs = Math.min(watch.delayMs * 2, SEED_RETRY_MAX_MS);
    }
  }

  /**
   * A member that hears from a member it does not know (`sender`, authenticated by the transport, whose datagram came
   * from `from` with `delivery`; anything but an ack or a nack) asks it for its view, once a `REPLY_INTERVAL_MS` at
   * most over all senders. The only
   * director, killed and started again at once with no seeds, is so found again by the first worker that probes it:
   * that worker never noticed the restart (the new process answers the probes meant for the old one), so it has no
   * reason to ask its seed, and the gossip the director overhears names only some of the members. Without this, it
   * learnt the rest only when some member's next push-pull happened to pick it.
   *
   * The request holds no statement (the prober knows this member, and sends its view to the address it holds for
   * it, not to `from`), so it is smaller than the ping, gossip or request it follows; it is bound to `sender` and sent
   * as an answer, rate-limited per destination like an ack: a replayed datagram aims nothing larger or more frequent
   * than an ack.
   */
  heard(sender: MemberId, from: Address, delivery: Delivery): void {
    const { runtime, view } = this;
    const now = runtime.now();
    if (sender === runtime.id || view.members.has(sender) || now - this.greetedAt < REPLY_INTERVAL_MS) return;
    this.greetedAt = now;
    const request: PushPull = { type: 'push-pull', states: [], failures: [], reply: true };
    runtime.send(from, { from: runtime.id, request, gossip: [] }, { recipient: sender, answering: delivery });
  }

  /** One page with this member's own statement, asking for the receiver's view. */
  private hello(to: Address): void {
    const { runtime, view } = this;
    const own = view.statements.get(runtime.id);
    const request: PushPull = { type: 'push-pull', states: own ? [own] : [], failures: [], reply: true };
    runtime.send(to, { from: runtime.id, request, gossip: [] });
  }

  /**
   * Asks every seed for its view, and again after `retryMs` (doubling, at most the push-pull interval) until
   * another member is alive: a seed that was not listening yet (members of a cluster start together) is
   * joined as soon as it is, not at the next push-pull.
   */
  join(retryMs: number): void {
    const { runtime } = this;
    if (!runtime.running || this.seeds.length === 0) return;
    if ([...this.view.members.values()].some((m) => m.id !== runtime.id && m.status === 'alive')) return;
    for (const seed of this.seeds) this.send(seed, true);
    const next = Math.min(retryMs * 2, Math.max(runtime.config.pushPullIntervalMs, JOIN_RETRY_FIRST_MS));
    runtime.after(retryMs, () => this.join(next));
  }

  /**
   * Exchanges views with a random live member; also with a random dead one, so that the two sides of a
   * healed partition find each other again; and with a seed when no other member is alive. Schedules the next.
   */
  round(): void {
    const { runtime, view } = this;
    runtime.after(runtime.config.pushPullIntervalMs, () => this.round());
    const [peer] = view.pick(1, (m) => m.status === 'alive' || m.status === 'suspect');
    if (peer) this.send(peer.address, true, peer.id);
    const [gone] = view.pick(1, (m) => m.status === 'dead');
    if (gone) this.send(gone.address, true, gone.id);
    if (!peer && this.seeds.length > 0) {
      this.send(this.seeds[Math.floor(runtime.random() * this.seeds.length)], true);
    }
  }

  /**
   * Merges a page of `sender`'s view, received from `from`, and answers with this one's when asked (see the class).
   */
  receive(sender: MemberId, page: PushPull, from?: Address): void {
    const { runtime, view } = this;
    const watch = from && this.watches.get(addressKey(from));
    if (watch) watch.member = sender;
    // A statement new to this member is news to others too, gossiped on as memberlist does after a merge: a joiner's
    // statement, which reaches its seed only by push-pull, would otherwise reach no one else until a push-pull of
    // theirs (every 30 s), and a member that knows a joiner only from its probes would have no statement of it to
    // pass on.
    for (const state of page.states) view.merge(state, true, sender);
    for (const failure of page.failures) view.merge(failure, false, sender);
    if (!page.reply) return;
    const requester = view.members.get(sender);
    const now = runtime.now();
    if (!requester || now - (this.replied.get(sender) ?? -Infinity) < REPLY_INTERVAL_MS) return;
    for (const [id, at] of this.replied)
      if (now - at >= REPLY_INTERVAL_MS || !view.members.has(id)) this.replied.delete(id);
    this.replied.set(sender, now);
    this.send(requester.address, false, sender);
  }

  /** This member's whole view, in pages, to `recipient` when known (not a seed). */
  private send(to: Address, reply: boolean, recipient?: MemberId): void {
    const { runtime, view } = this;
    const states = [...view.statements.values()].filter((s) => {
      const member = view.members.get(s.id);
      return member && (member.status === 'alive' || member.status === 'suspect');
    });
    const failures = [...view.members.values()]
      .filter((m) => m.status !== 'alive')
      .map((m): SuspectMessage | DeadMessage =>
        m.status === 'suspect'
          ? { type: 'suspect', id: m.id, incarnation: m.incarnation, from: runtime.id }
          : m.status === 'left'
            ? { type: 'dead', id: m.id, incarnation: m.incarnation, from: m.id, left: true }
            : { type: 'dead', id: m.id, incarnation: m.incarnation, from: runtime.id, left: false },
      );
    const size = runtime.config.pushPullPageSize;
    const pages = Math.max(1, Math.ceil(states.length / size), Math.ceil(failures.length / size));
    for (let page = 0; page < pages; page++) {
      const request: PushPull = {
        type: 'push-pull',
        states: states.slice(page * size, (page + 1) * size),
        failures: failures.slice(page * size, (page + 1) * size),
        // Only the first page asks for an answer: one view back, not one per page.
        reply: reply && page === 0,
      };
      runtime.send(to, { from: runtime.id, request, gossip: [] }, { recipient });
    }
  }
}
