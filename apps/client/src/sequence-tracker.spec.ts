import { describe, expect, it } from '@jest/globals';
import { SequenceTracker } from './sequence-tracker.js';

describe('SequenceTracker', () => {
  it('counts a clean resume across workers as no gap and no duplicate', () => {
    const tracker = new SequenceTracker();
    [1, 2, 3].forEach((s) => tracker.accept(s, 'w1'));
    [4, 5].forEach((s) => tracker.accept(s, 'w2'));
    expect(tracker.snapshot()).toEqual({
      tokens: 5,
      lastSequence: 5,
      gaps: 0,
      duplicates: 0,
      perWorker: { w1: 3, w2: 2 },
    });
  });

  it('counts skipped and repeated sequence numbers from what was received', () => {
    const tracker = new SequenceTracker();
    expect(tracker.accept(1, 'w1')).toBe(true);
    expect(tracker.accept(4, 'w1')).toBe(true);
    expect(tracker.accept(3, 'w2')).toBe(false);
    expect(tracker.accept(4, 'w2')).toBe(false);
    expect(tracker.accept(5, 'w2')).toBe(true);
    expect(tracker.snapshot()).toEqual({
      tokens: 3,
      lastSequence: 5,
      gaps: 2,
      duplicates: 2,
      perWorker: { w1: 2, w2: 1 },
    });
  });
});
