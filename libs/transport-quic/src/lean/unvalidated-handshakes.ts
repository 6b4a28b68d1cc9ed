import { MAX_UNVALIDATED_HANDSHAKES_PER_PEER } from '../quic-options.js';

/**
 * The handshakes a listener runs for clients that have not proven their address (accepted without a stateless
 * retry): at most `max` in all and `MAX_UNVALIDATED_HANDSHAKES_PER_PEER` per remote address. A place is held until
 * the handshake completes (the client answered from its address) or the connection ends; past either bound a new
 * connection is retried first, so that forged source addresses cost the listener a Retry each and nothing more.
 */
export class UnvalidatedHandshakes {
  private total = 0;
  private readonly perPeer = new Map<string, number>();
  private readonly maxPerPeer: number;

  constructor(private readonly max: number) {
    this.maxPerPeer = Math.min(max, MAX_UNVALIDATED_HANDSHAKES_PER_PEER);
  }

  /** Handshakes holding a place now. */
  get inFlight(): number {
    return this.total;
  }

  /** A place for a handshake from `peer`, released by calling the function returned (once or more); or none. */
  take(peer: string): (() => void) | undefined {
    const held = this.perPeer.get(peer) ?? 0;
    if (this.total >= this.max || held >= this.maxPerPeer) return undefined;
    this.total++;
    this.perPeer.set(peer, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = this.perPeer.get(peer)! - 1;
      if (left === 0) this.perPeer.delete(peer);
      else this.perPeer.set(peer, left);
    };
  }
}
