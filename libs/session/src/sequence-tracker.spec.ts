import { describe, expect, it } from '@jest/globals';
import { SequenceTracker } from './sequence-tracker.js';

describe('SequenceTracker', () => {
  it('counts a resume across workers by worker, and what was refused by kind', () => {
    const tracker = new SequenceTracker();
    for (const sequence of [1, 2, 3]) {
      tracker.receive(sequence);
      tracker.deliver(sequence, 'w1');
    }
    tracker.refused('out-of-sequence');
    for (const sequence of [4, 5]) {
      tracker.receive(sequence);
      tracker.deliver(sequence, 'w2');
    }
    tracker.refused('wrong-resume-point');
    expect(tracker.snapshot()).toEqual({
      tokens: 5,
      lastSequence: 5,
      violations: { 'out-of-sequence': 1, 'wrong-resume-point': 1 },
      perWorker: { w1: 3, w2: 2 },
    });
  });

  it('resumes where it is told to, and tells received from delivered', () => {
    const tracker = new SequenceTracker(41);
    tracker.receive(42);
    tracker.receive(43);
    expect(tracker.received).toBe(43);
    tracker.deliver(42, 'w1');
    expect(tracker.snapshot()).toMatchObject({ tokens: 1, lastSequence: 42 });
  });

  it('refuses a token that is not the next one: attempts must have refused it first', () => {
    const tracker = new SequenceTracker(5);
    expect(() => tracker.receive(5)).toThrow(RangeError);
    expect(() => tracker.receive(7)).toThrow(RangeError);
    expect(tracker.received).toBe(5);
  });
});
