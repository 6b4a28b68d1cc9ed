import { describe, expect, it } from '@jest/globals';
import { BroadcastQueue } from './broadcasts.js';
import type { Gossip } from './types.js';

const dead = (name: string, incarnation = 1): Gossip => ({
  type: 'dead',
  id: `spiffe://switchyard/worker/${name}`,
  incarnation,
  from: 'spiffe://switchyard/director/d1',
  left: false,
});

describe('BroadcastQueue', () => {
  it('sends the least transmitted first and, among equals, the oldest: every piece gets its turn', () => {
    const queue = new BroadcastQueue(() => 3);
    for (const name of ['a', 'b', 'c', 'd']) queue.push(dead(name));
    // Room for two pieces of one size each.
    expect(queue.take(2, () => 1).map((g) => g.id.split('/').at(-1))).toEqual(['a', 'b']);
    // Those two were sent once; the untransmitted ones come next.
    expect(queue.take(2, () => 1).map((g) => g.id.split('/').at(-1))).toEqual(['c', 'd']);
  });

  it('keeps only the newest piece about a member and drops a piece after the transmit limit', () => {
    const queue = new BroadcastQueue(() => 2);
    queue.push(dead('a', 1));
    queue.push(dead('a', 2));
    expect(queue.size).toBe(1);
    expect(queue.take(10, () => 1)).toEqual([dead('a', 2)]);
    expect(queue.take(10, () => 1)).toEqual([dead('a', 2)]);
    expect(queue.size).toBe(0);
  });
});
