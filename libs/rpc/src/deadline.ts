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
  /** Called once, with the reason, when the deadline fires or `signal` aborts. */
  onAbort?(reason: unknown): void;
}

/**
 * Returns a signal that aborts after `timeoutMs` or when `signal` aborts, plus a cleanup. The
 * AbortController behind `signal` is created on first access, so a caller that only needs
 * `onAbort` (the RPC client, once per call) does not pay for one.
 */
export function createDeadline(options: DeadlineOptions = {}): Deadline {
  let controller: AbortController | undefined;
  let abortReason: unknown;
  let fired = false;
  const timeoutMs = options.timeoutMs ? Math.min(Math.max(options.timeoutMs, 0), MAX_TIMEOUT_MS) : 0;
  const fire = (reason: unknown) => {
    if (fired) return;
    fired = true;
    abortReason = reason;
    controller?.abort(reason);
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
      if (!controller) {
        controller = new AbortController();
        if (fired) controller.abort(abortReason);
      }
      return controller.signal;
    },
    expiresAt: timeoutMs > 0 ? Date.now() + timeoutMs : Infinity,
    cleanup() {
      if (timer !== undefined) clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}
