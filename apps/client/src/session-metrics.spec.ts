import { describe, expect, it } from '@jest/globals';
import { ClientMetrics, sampleValue } from '@switchyard/metrics';
import type { SessionEvents, StreamSession } from '@switchyard/session';
import { measureSession } from './session-metrics.js';

// The client's metrics from a session's events and tokens, on a manual clock (the session itself is covered
// by libs/session; here only what is counted from what it reports).
function setup() {
  const listeners = new Map<string, Array<(event: unknown) => void>>();
  const emit = <K extends keyof SessionEvents>(type: K, event: SessionEvents[K]) =>
    listeners.get(type)?.forEach((listener) => listener(event));
  const on = (type: string, listener: (event: unknown) => void) =>
    listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const session = { on } as unknown as StreamSession;
  let clock = 1000;
  const metrics = new ClientMetrics('test', false);
  const measured = measureSession(session, metrics, () => clock);
  const value = (name: string, labels: Record<string, string> = {}) => sampleValue(metrics.registry, name, labels);
  const advance = (ms: number) => (clock += ms);
  return { emit, measured, value, advance };
}

describe('measureSession', () => {
  it('is ready while a stream is live, and counts failovers by reason with their duration', async () => {
    const { emit, measured, value } = setup();
    expect(measured.readiness().ready).toBe(false);
    emit('connected', { sessionId: 's', worker: 'w1', resumeAfter: 0 });
    expect(measured.readiness()).toEqual({ ready: true, checks: { streaming: true } });
    const error = new Error('gone');
    emit('failover', { sessionId: 's', from: 'w1', reason: 'stall', detectMs: 300, lastSequence: 5, error } as never);
    emit('failover', {
      sessionId: 's',
      from: 'w2',
      reason: 'protocol-violation',
      violation: 'out-of-sequence',
      detectMs: 0,
      lastSequence: 5,
      error,
    } as never);
    expect(measured.readiness().ready).toBe(false);
    emit('resumed', { sessionId: 's', worker: 'w2', afterSequence: 5, failoverMs: 700 });
    expect(await value('switchyard_failovers_total', { reason: 'stall' })).toBe(1);
    expect(await value('switchyard_protocol_violations_total', { kind: 'out-of-sequence' })).toBe(1);
    expect(await value('switchyard_failover_duration_seconds_sum')).toBeCloseTo(0.7);
    expect(await value('switchyard_client_streaming')).toBe(0);
  });

  it('counts engine tokens, measures the first token from the start, and delays between tokens of one worker only', async () => {
    const { measured, value, advance } = setup();
    advance(250);
    measured.token({ sequence: 1, text: 'a', tokenIds: [4], worker: 'w1' });
    advance(500);
    measured.token({ sequence: 2, text: 'b', tokenIds: [5], worker: 'w1' });
    advance(2000); // a failover: not an inter-token delay
    measured.token({ sequence: 5, text: 'cde', tokenIds: [6, 7, 8], worker: 'w2' });
    // Engine tokens, not chunks.
    expect(await value('switchyard_tokens_received_total')).toBe(5);
    expect(await value('switchyard_first_token_seconds_sum')).toBeCloseTo(0.25);
    expect(await value('switchyard_inter_token_delay_seconds_count')).toBe(1);
    expect(await value('switchyard_inter_token_delay_seconds_sum')).toBeCloseTo(0.5);
  });
});
