/** An opaque timer handle, returned by `Clock.setTimeout`. */
export type TimerHandle = object;

/**
 * Time as the domain logic sees it. Production code passes `systemClock`; tests pass a manual clock
 * so timing logic is checked without sleeping.
 */
export interface Clock {
  /** Milliseconds, monotonic enough for intervals (epoch ms for the system clock). */
  now(): number;
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as unknown as ReturnType<typeof setTimeout>),
};
