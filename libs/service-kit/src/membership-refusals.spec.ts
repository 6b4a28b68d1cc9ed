import { describe, expect, it } from '@jest/globals';
import { MemberLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import { MAX_SUMMARY_SOURCES, RefusalSummary } from './membership-refusals.js';

function sink() {
  const lines: Record<string, unknown>[] = [];
  const logger = { warn: (fields: Record<string, unknown>, msg: string) => lines.push({ ...fields, msg }) };
  return { lines, logger: logger as unknown as Logger };
}

describe('RefusalSummary', () => {
  it('logs the first refusal at once, then one summary a minute however many sources send', () => {
    let now = 0;
    const { lines, logger } = sink();
    const summary = new RefusalSummary(logger, () => now);
    summary.record({ host: '10.0.0.9', port: 1 }, 'malformed');
    expect(lines).toEqual([
      { msg: MemberLog.refused, from: '10.0.0.9:1', count: 1, reasons: { malformed: 1 }, sources: 1 },
    ]);
    for (let port = 2; port < 20_002; port++) {
      now += 1;
      summary.record({ host: `10.0.${port % 3}.1`, port }, port % 2 ? 'over-budget' : 'untrusted');
    }
    // 20,000 refusals over 20 s from 20,000 ports of three hosts: nothing more until a minute has passed.
    expect(lines).toHaveLength(1);
    now += 60_000;
    summary.record({ host: '10.0.0.9', port: 1 }, 'stale');
    expect(lines[1]).toEqual({
      msg: MemberLog.refused,
      from: '10.0.0.9:1',
      count: 20_001,
      reasons: { 'over-budget': 10_000, untrusted: 10_000, stale: 1 },
      sources: 4,
    });
  });

  it('counts distinct sources up to a bound', () => {
    let now = 0;
    const { lines, logger } = sink();
    const summary = new RefusalSummary(logger, () => now);
    summary.record({ host: '::1', port: 1 });
    for (let i = 0; i < 5000; i++) summary.record({ host: `2001:db8::${i.toString(16)}`, port: 9 });
    now += 60_000;
    summary.record({ host: '::1', port: 1 });
    expect(lines[0].from).toBe('[::1]:1');
    expect(lines[1].sources).toBe(MAX_SUMMARY_SOURCES);
  });
});
