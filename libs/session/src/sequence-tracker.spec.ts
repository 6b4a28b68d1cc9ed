import { describe, expect, it } from '@jest/globals';
import { SequenceTracker } from './sequence-tracker.js';

const chunk = (sequence: number, tokenIds = [sequence * 10], worker = 'w1') => ({
  sequence,
  tokenIds,
  text: `t${sequence}`,
  worker,
});

describe('SequenceTracker', () => {
  it('counts engine tokens across workers, by worker, and what was refused by kind', () => {
    const tracker = new SequenceTracker();
    for (const token of [chunk(1), chunk(3, [20, 30]), chunk(4)]) {
      tracker.receive(token);
      tracker.deliver(token);
    }
    tracker.refused('out-of-sequence');
    for (const token of [chunk(5, [50], 'w2'), chunk(6, [60], 'w2')]) {
      tracker.receive(token);
      tracker.deliver(token);
    }
    tracker.refused('wrong-resume-point');
    expect(tracker.snapshot()).toEqual({
      tokens: 6,
      lastSequence: 6,
      violations: { 'out-of-sequence': 1, 'wrong-resume-point': 1, 'wrong-context': 0, 'invalid-token': 0 },
      perWorker: { w1: 4, w2: 2 },
      inexact: false,
    });
    expect(tracker.generatedTokenIds).toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('resumes from a resume state, tells received from delivered, and keeps the first context it is told', () => {
    const tracker = new SequenceTracker({ model: 'm', promptTokenIds: [1, 2], generatedTokenIds: [7, 8] });
    tracker.receive(chunk(3));
    tracker.receive(chunk(4));
    expect(tracker.received).toBe(4);
    tracker.deliver(chunk(3));
    expect(tracker.snapshot()).toMatchObject({ tokens: 1, lastSequence: 3 });
    expect(tracker.generatedTokenIds).toEqual([7, 8, 30, 40]);
    expect(tracker.deliveredTokenIds).toEqual([7, 8, 30]);
    tracker.started({ model: 'other', promptTokenIds: [9] });
    expect(tracker.context).toEqual({ model: 'm', promptTokenIds: [1, 2] });
  });

  it('a chunk of text without ids counts as one token, and the answer can then be resumed from its text only', () => {
    const tracker = new SequenceTracker();
    tracker.receive(chunk(1));
    tracker.receive(chunk(2, []));
    expect(tracker.received).toBe(2);
    expect(tracker.generatedTokenIds).toBeUndefined();
    expect(tracker.deliveredTokenIds).toBeUndefined();
    expect(tracker.text).toBe('t1t2');
  });

  it('is inexact once a worker said its engine continues from text', () => {
    const tracker = new SequenceTracker();
    tracker.started({ model: 'm', promptTokenIds: [] });
    expect(tracker.snapshot().inexact).toBe(false);
    tracker.started({ model: 'm', promptTokenIds: [], inexact: true });
    expect(tracker.snapshot().inexact).toBe(true);
  });

  it('refuses a chunk that does not follow: attempts must have refused it first', () => {
    const tracker = new SequenceTracker({ model: '', promptTokenIds: [], generatedTokenIds: [1, 2, 3, 4, 5] });
    expect(() => tracker.receive(chunk(5))).toThrow(RangeError);
    expect(() => tracker.receive(chunk(7))).toThrow(RangeError);
    expect(() => tracker.receive(chunk(6, [1, 2]))).toThrow(RangeError);
    expect(tracker.received).toBe(5);
  });

  it('keeps the first finish reason', () => {
    const tracker = new SequenceTracker();
    expect(tracker.finishReason).toBeUndefined();
    tracker.finished('length');
    tracker.finished('stop');
    expect(tracker.finishReason).toBe('length');
  });
});
