import { jest } from '@jest/globals';
import { createDeadline } from './deadline.js';
import { RpcCode, RpcError } from './rpc-error.js';

describe('createDeadline()', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('aborts with DEADLINE_EXCEEDED when the time is up, and not before', () => {
    const reasons: unknown[] = [];
    const deadline = createDeadline({ timeoutMs: 100, onAbort: (reason) => reasons.push(reason) });
    jest.advanceTimersByTime(99);
    expect(deadline.signal.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    expect(deadline.signal.aborted).toBe(true);
    expect((deadline.signal.reason as RpcError).code).toBe(RpcCode.DeadlineExceeded);
    expect(reasons).toHaveLength(1);
  });

  it('aborts with the reason of a linked signal', () => {
    const parent = new AbortController();
    const deadline = createDeadline({ signal: parent.signal });
    const reason = new RpcError(RpcCode.Cancelled, 'user gave up');
    parent.abort(reason);
    expect(deadline.signal.reason).toBe(reason);
  });

  it('reports an earlier abort on a signal created afterwards', () => {
    const reasons: unknown[] = [];
    const deadline = createDeadline({ timeoutMs: 10, onAbort: (reason) => reasons.push(reason) });
    jest.advanceTimersByTime(10);
    expect(deadline.signal.reason).toBe(reasons[0]);
  });

  it('stops its timer and leaves the linked signal on cleanup', () => {
    const parent = new AbortController();
    const onAbort = jest.fn();
    const deadline = createDeadline({ timeoutMs: 50, signal: parent.signal, onAbort });
    deadline.cleanup();
    jest.advanceTimersByTime(1000);
    parent.abort();
    expect(onAbort).not.toHaveBeenCalled();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('has no expiry without a timeout', () => {
    expect(createDeadline().expiresAt).toBe(Infinity);
  });
});
