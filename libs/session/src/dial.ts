import type { Clock } from '@switchyard/time';
import type { Endpoint } from '@switchyard/protocol';
import { RpcCode, RpcError, type Dial, type PeerExpectation, type RpcChannel } from '@switchyard/rpc';

/**
 * `dial`, given up after `timeoutMs` on `clock` (DEADLINE_EXCEEDED) or when `signal` aborts (CANCELLED); the
 * server must prove to be `peer`. A connection that arrives after that is closed.
 */
export function dialWithin(
  dial: Dial,
  endpoint: Endpoint,
  options: { clock: Clock; timeoutMs: number; signal: AbortSignal; peer: PeerExpectation },
): Promise<RpcChannel> {
  const { clock, timeoutMs, signal, peer } = options;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return false;
      settled = true;
      clock.clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      outcome();
      return true;
    };
    const onAbort = () => settle(() => reject(new RpcError(RpcCode.Cancelled, 'dial cancelled')));
    const timer = clock.setTimeout(
      () => settle(() => reject(new RpcError(RpcCode.DeadlineExceeded, `no connection within ${timeoutMs} ms`))),
      timeoutMs,
    );
    signal.addEventListener('abort', onAbort);
    if (signal.aborted) onAbort();
    dial(endpoint, { timeoutMs, signal, peer }).then(
      (channel) => {
        if (!settle(() => resolve(channel))) void channel.close();
      },
      (error: unknown) => settle(() => reject(RpcError.from(error, RpcCode.Unavailable))),
    );
  });
}
