import type { Gossip, MemberId } from './types.js';

interface Entry {
  gossip: Gossip;
  transmits: number;
  /** Insertion order, to break ties oldest first. */
  order: number;
}

/**
 * Gossip waiting to be piggybacked: the newest piece about each member only (a later one makes an earlier
 * one pointless), sent least-transmitted first, and dropped after `limit(members)` transmissions.
 */
export class BroadcastQueue {
  private readonly entries = new Map<MemberId, Entry>();
  private order = 0;

  constructor(private readonly limit: () => number) {}

  get size(): number {
    return this.entries.size;
  }

  /** Queues `gossip`, replacing whatever was queued about the same member. */
  push(gossip: Gossip): void {
    this.entries.set(gossip.id, { gossip, transmits: 0, order: this.order++ });
  }

  /**
   * Pieces for one packet, least transmitted first, within `budgetBytes` as `measure` counts them (at least one
   * piece, whatever its size, when `atLeastOne`); each is counted as transmitted once more.
   */
  take(budgetBytes: number, measure: (gossip: Gossip) => number, atLeastOne = true): Gossip[] {
    if (this.entries.size === 0) return [];
    const chosen: Entry[] = [];
    let used = 0;
    for (const entry of [...this.entries.values()].sort((a, b) => a.transmits - b.transmits || a.order - b.order)) {
      const size = measure(entry.gossip);
      if ((chosen.length > 0 || !atLeastOne) && used + size > budgetBytes) continue;
      chosen.push(entry);
      used += size;
    }
    const limit = this.limit();
    for (const entry of chosen) {
      entry.transmits++;
      if (entry.transmits >= limit) this.entries.delete(entry.gossip.id);
    }
    return chosen.map((entry) => entry.gossip);
  }
}
