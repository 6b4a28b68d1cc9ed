import { describe, expect, it } from '@jest/globals';
import { SequenceTracker } from './sequence-tracker.js';

function receiveAndDeliver(tracker: SequenceTracker, sequence: number, worker: string): boolean {
  if (!tracker.accept(sequence)) return false;
  tracker.deliver(sequence, worker);
  return true;
}

describe('SequenceTracker', () => {
  it('counts a clean resume across workers as no gap and no duplicate', () => {
    const tracker = new SequenceTracker();
    [1, 2, 3].forEach((s) => receiveAndDeliver(tracker, s, 'w1'));
    [4, 5].forEach((s) => receiveAndDeliver(tracker, s, 'w2'));
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
    expect(receiveAndDeliver(tracker, 1, 'w1')).toBe(true);
    expect(receiveAndDeliver(tracker, 4, 'w1')).toBe(true);
    expect(receiveAndDeliver(tracker, 3, 'w2')).toBe(false);
    expect(receiveAndDeliver(tracker, 4, 'w2')).toBe(false);
    expect(receiveAndDeliver(tracker, 5, 'w2')).toBe(true);
    expect(tracker.snapshot()).toEqual({
      tokens: 3,
      lastSequence: 5,
      gaps: 2,
      duplicates: 2,
      perWorker: { w1: 2, w2: 1 },
    });
  });

  it('resumes where it is told to, and tells received from delivered', () => {
    const tracker = new SequenceTracker(41);
    expect(tracker.accept(41)).toBe(false);
    expect(tracker.accept(42)).toBe(true);
    expect(tracker.accept(43)).toBe(true);
    expect(tracker.received).toBe(43);
    tracker.deliver(42, 'w1');
    expect(tracker.snapshot()).toMatchObject({ tokens: 1, lastSequence: 42, duplicates: 1, gaps: 0 });
  });
});
