/** An opaque timer handle, returned by `Clock.setTimeout`. */
export type TimerHandle = object;

/**
 * Time as the domain logic sees it. Production code passes `systemClock`; tests pass a manual clock
 * so timing logic is checked without sleeping.
 */
export interface Clock {
  /**
   * Milliseconds on a monotonic clock: only differences mean anything. It never jumps when the wall
   * clock is set, so no interval, timeout or TTL measured with it does.
   */
  now(): number;
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The process's monotonic clock (`performance.now()`) and Node's timers (monotonic too). */
export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as unknown as ReturnType<typeof setTimeout>),
};

/** A timer later than this fired late because this process could not run (a long GC pause, a busy event loop). */
export const LATE_TIMER_TOLERANCE_MS = 20;

/**
 * How much longer a failure verdict waits when its timer fired `lateMs` late (0 when on time): while the process
 * could not run, what the peer sent may have arrived unread, and a timer runs before the input that waited with
 * it. The verdict waits as long again as the process was stalled (at most `limitMs`), so that input is read first;
 * only time this process could listen counts against the peer.
 */
export function lateTimerGraceMs(lateMs: number, limitMs: number): number {
  return lateMs > LATE_TIMER_TOLERANCE_MS ? Math.min(lateMs, limitMs) : 0;
}

/** Resolves after `ms` on `clock`, or at once when `signal` aborts (it never rejects). */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clock.clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = clock.setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}
