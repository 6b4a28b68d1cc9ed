import { describe, expect, it } from '@jest/globals';
import { createLogSink } from '@switchyard/logging/testing';
import { ThrottledWarning } from './throttled-log.js';

describe('ThrottledWarning', () => {
  it('logs the first of each kind at once, then at most once an interval with the count since', () => {
    const sink = createLogSink('test');
    let now = 0;
    const warning = new ThrottledWarning(sink.logger, 'refused', { intervalMs: 1000, now: () => now });
    for (let i = 0; i < 100; i++) warning.record('flood', { peer: `p${i}` });
    warning.record('other', { peer: 'q' });
    now = 1000;
    warning.record('flood', { peer: 'last' });
    expect(sink.find('refused').map(({ peer, count }) => ({ peer, count }))).toEqual([
      { peer: 'p0', count: 1 },
      { peer: 'q', count: 1 },
      { peer: 'last', count: 100 },
    ]);
  });
});
