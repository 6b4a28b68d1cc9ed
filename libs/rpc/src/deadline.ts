import { LazySignal } from './lazy-signal.js';
import { RpcCode, RpcError } from './rpc-error.js';

/** setTimeout treats delays above 2^31-1 ms as 1 ms, so longer timeouts are clamped to this. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export interface Deadline {
  /** Aborts with an `RpcError(DeadlineExceeded)` when the time is up, or with the reason of a linked signal. */
  readonly signal: AbortSignal;
  /**
   * When the deadline fires, on the monotonic clock (`performance.now()` ms, not epoch ms): compare it with
   * `performance.now()`. `Infinity` when there is none.
   */
  readonly expiresAt: number;
  /** Stops the timer and detaches from linked signals; call it once the deadline is no longer needed. */
  cleanup(): void;
}

export interface DeadlineOptions {
  /** Milliseconds until the deadline; undefined or 0 means none. */
  timeoutMs?: number;
  /** Aborting this aborts the deadline's signal with the same reason. */
  signal?: AbortSignal;
  /** Called once, with the reason, when the deadline fires or `signal` aborts. */
  onAbort?(reason: unknown): void;
}

/**
 * Returns a signal that aborts after `timeoutMs` or when `signal` aborts, plus a cleanup. The
 * AbortController behind `signal` is created on first access, so a caller that only needs
 * `onAbort` (the RPC client, once per call) does not pay for one.
 */
export function createDeadline(options: DeadlineOptions = {}): Deadline {
  const lazy = new LazySignal();
  const timeoutMs = options.timeoutMs ? Math.min(Math.max(options.timeoutMs, 0), MAX_TIMEOUT_MS) : 0;
  const fire = (reason: unknown) => {
    if (lazy.aborted) return;
    lazy.abort(reason);
    options.onAbort?.(reason);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (timeoutMs > 0) {
    timer = setTimeout(
      () => fire(new RpcError(RpcCode.DeadlineExceeded, `deadline of ${timeoutMs} ms exceeded`)),
      timeoutMs,
    );
  }
  const parent = options.signal;
  const onParentAbort = () => fire(parent?.reason);
  if (parent) {
    if (parent.aborted) fire(parent.reason);
    else parent.addEventListener('abort', onParentAbort, { once: true });
  }
  return {
    get signal() {
      return lazy.signal;
    },
    expiresAt: timeoutMs > 0 ? performance.now() + timeoutMs : Infinity,
    cleanup() {
      if (timer !== undefined) clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}
