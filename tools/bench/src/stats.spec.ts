import { describe, expect, it } from '@jest/globals';
import { summariseCpuProfile, type Profile } from './cpu-profile.js';
import { median, percentile, quantile } from './stats.js';

describe('quantile()', () => {
  it('takes the nearest rank of a sorted list', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(sorted, 0.5)).toBe(50);
    expect(quantile(sorted, 0.99)).toBe(99);
    expect(quantile(sorted, 1)).toBe(100);
    expect(quantile([7], 0.99)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('median() and percentile() sort first', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(percentile([5, 4, 3, 2, 1], 80)).toBe(4);
    expect(percentile([5, 4, 3, 2, 1], 100)).toBe(5);
  });
});

describe('summariseCpuProfile()', () => {
  it('splits self time by component and names the top functions', () => {
    const frame = (id: number, functionName: string, url: string) => ({
      id,
      callFrame: { functionName, url, lineNumber: 9 },
    });
    const profile: Profile = {
      nodes: [
        frame(1, '(idle)', ''),
        frame(2, 'send', 'file:///x/node_modules/@matrixai/quic/dist/QUICConnection.js'),
        frame(3, 'encode', 'file:///x/libs/rpc/dist/frame.js'),
      ],
      samples: [1, 2, 2, 3],
      timeDeltas: [1000, 1000, 1000, 1000],
    };
    const summary = summariseCpuProfile(profile, 2);
    expect(summary).toContain(' 50.0%  @matrixai/quic');
    expect(summary).toContain(' 25.0%  idle');
    expect(summary).toContain(' 25.0%  libs/rpc');
    expect(summary).toContain(' 50.0%  send dist/QUICConnection.js:10');
  });
});
