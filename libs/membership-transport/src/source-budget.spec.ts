import { describe, expect, it } from '@jest/globals';
import { SourceBudget } from './source-budget.js';

describe('SourceBudget', () => {
  it('lets a burst through, then the refill rate, per source', () => {
    let now = 0;
    const budget = new SourceBudget({ rate: 10, burst: 5, now: () => now });
    const taken = (source: string, n: number) =>
      Array.from({ length: n }, () => budget.take(source)).filter(Boolean).length;
    expect(taken('a:1', 8)).toBe(5);
    expect(taken('b:1', 3)).toBe(3); // another source has its own budget
    now += 300; // three tokens back
    expect(taken('a:1', 8)).toBe(3);
    now += 10_000; // never more than the burst
    expect(taken('a:1', 8)).toBe(5);
  });

  it('forgets sources whose budget refilled once it tracks too many', () => {
    let now = 0;
    const budget = new SourceBudget({ rate: 10, burst: 5, now: () => now, maxSources: 3 });
    for (const source of ['a', 'b', 'c']) budget.take(source);
    now += 100; // none refilled yet: the oldest makes room
    budget.take('d');
    expect(budget.size).toBe(3);
    now += 1000;
    budget.take('e');
    expect(budget.size).toBe(1);
  });

  it('never tracks more than maxSources, even when every source is busy', () => {
    const budget = new SourceBudget({ rate: 10, burst: 5, now: () => 0, maxSources: 3 });
    for (const source of ['a', 'b', 'c', 'd', 'e']) budget.take(source);
    expect(budget.size).toBe(3);
  });
});
