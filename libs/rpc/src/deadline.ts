import { RpcCode, RpcError } from './rpc-error.js';

/** setTimeout treats delays above 2^31-1 ms as 1 ms, so longer timeouts are clamped to this. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export interface Deadline {
  /** Aborts with an `RpcError(DeadlineExceeded)` when the time is up, or with the reason of a linked signal. */
  readonly signal: AbortSignal;
  /** Absolute time (epoch ms) at which the deadline fires; `Infinity` when there is none. */
  readonly expiresAt: number;
  /** Stops the timer and detaches from linked signals; call it once the deadline is no longer needed. */
  cleanup(): void;
}

export interface DeadlineOptions {
  /** Milliseconds until the deadline; undefined or 0 means none. */
  timeoutMs?: number;
  /** Aborting this aborts the deadline's signal with the same reason. */
  signal?: AbortSignal;
  now?: () => number;
}

/** Returns a signal that aborts after `timeoutMs` or when `signal` aborts, plus a cleanup. */
export function createDeadline(options: DeadlineOptions = {}): Deadline {
  const controller = new AbortController();
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ? Math.min(Math.max(options.timeoutMs, 0), MAX_TIMEOUT_MS) : 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (timeoutMs > 0) {
    timer = setTimeout(() => {
      controller.abort(new RpcError(RpcCode.DeadlineExceeded, `deadline of ${timeoutMs} ms exceeded`));
    }, timeoutMs);
  }
  const parent = options.signal;
  const onParentAbort = () => controller.abort(parent?.reason);
  if (parent) {
    if (parent.aborted) controller.abort(parent.reason);
    else parent.addEventListener('abort', onParentAbort, { once: true });
  }
  return {
    signal: controller.signal,
    expiresAt: timeoutMs > 0 ? now() + timeoutMs : Infinity,
    cleanup() {
      if (timer !== undefined) clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}
