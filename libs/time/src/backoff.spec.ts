import { describe, expect, it } from '@jest/globals';
import { Backoff } from './backoff.js';

describe('Backoff', () => {
  it('doubles from the initial delay up to the cap', () => {
    const backoff = new Backoff({ initialMs: 1000, maxMs: 10_000, random: () => 0.5 });
    expect([1, 2, 3, 4, 5, 6].map(() => backoff.next())).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(backoff.attempts).toBe(6);
    backoff.reset();
    expect(backoff.next()).toBe(1000);
  });

  it('spreads each delay by the jitter fraction and never exceeds the cap', () => {
    const low = new Backoff({ initialMs: 1000, maxMs: 4000, jitter: 0.2, random: () => 0 });
    const high = new Backoff({ initialMs: 1000, maxMs: 4000, jitter: 0.2, random: () => 0.999999 });
    expect([low.next(), low.next(), low.next(), low.next()]).toEqual([800, 1600, 3200, 3200]);
    expect([high.next(), high.next(), high.next(), high.next()]).toEqual([1200, 2400, 4000, 4000]);
  });

  it('rejects impossible settings', () => {
    expect(() => new Backoff({ initialMs: 10, maxMs: 5 })).toThrow(RangeError);
    expect(() => new Backoff({ initialMs: 1, maxMs: 5, jitter: 2 })).toThrow(RangeError);
  });
});
