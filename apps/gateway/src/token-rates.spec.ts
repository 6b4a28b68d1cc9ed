import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '@switchyard/time/testing';
import { TokenRates } from './token-rates.js';

describe('TokenRates', () => {
  it('admits while a caller has tokens left, then until its bucket refills past what it overdrew', () => {
    const clock = new ManualClock();
    const rates = new TokenRates(600, clock); // 10 tokens a second
    expect(rates.waitSeconds('a')).toBe(0);
    rates.take('a', 599);
    expect(rates.waitSeconds('a')).toBe(0);
    // An answer longer than what was left overdraws the bucket: 101 tokens below zero, 10.2 s to get one back.
    rates.take('a', 102);
    expect(rates.waitSeconds('a')).toBe(11);
    clock.freeze(10_000);
    expect(rates.waitSeconds('a')).toBe(1);
    clock.freeze(200);
    expect(rates.waitSeconds('a')).toBe(0);
    // Callers have buckets of their own.
    expect(rates.waitSeconds('b')).toBe(0);
  });

  it('asks for at least a second while the bucket is empty, however fast it refills', () => {
    const clock = new ManualClock();
    const rates = new TokenRates(6_000_000, clock);
    rates.take('a', 6_000_000);
    expect(rates.waitSeconds('a')).toBe(1);
    clock.freeze(1);
    expect(rates.waitSeconds('a')).toBe(0);
  });

  it('forgets a bucket once it has refilled', () => {
    const clock = new ManualClock();
    const rates = new TokenRates(60, clock);
    rates.take('a', 30);
    rates.take('b', 1);
    expect(rates.size).toBe(2);
    clock.freeze(60_000);
    expect(rates.waitSeconds('a')).toBe(0);
    expect(rates.waitSeconds('b')).toBe(0);
    expect(rates.size).toBe(0);
  });
});
