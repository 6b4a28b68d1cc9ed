import { describe, expect, it } from '@jest/globals';
import { AddressRateLimiter } from './rate-limiter.js';

describe('AddressRateLimiter', () => {
  it('lets a burst through, then one call per 1/perSecond, each address on its own', () => {
    let now = 0;
    const limiter = new AddressRateLimiter({ perSecond: 2, burst: 3 }, { now: () => now });
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(500);
    expect(limiter.take('b')).toBe(0);
    now = 499;
    expect(limiter.take('a')).toBe(1);
    now = 1000; // two calls' worth since the bucket ran dry
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 500]);
    now = 60_000; // a quiet spell refills the bucket to its burst, not beyond
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([0, 0, 0, 500]);
  });

  it('remembers at most maxAddresses, forgetting the least recently used', () => {
    const limiter = new AddressRateLimiter({ perSecond: 1, burst: 1 }, { maxAddresses: 3, now: () => 0 });
    for (const address of ['a', 'b', 'c']) limiter.take(address);
    expect(limiter.take('a')).toBe(1000); // a is now the most recently used
    limiter.take('d'); // b goes
    expect(limiter.size).toBe(3);
    expect(limiter.take('c')).toBe(1000);
    expect(limiter.take('a')).toBe(1000);
    expect(limiter.take('b')).toBe(0); // forgotten, so a fresh bucket
    for (let i = 0; i < 10_000; i++) limiter.take(`x${i}`);
    expect(limiter.size).toBe(3);
  });
});
