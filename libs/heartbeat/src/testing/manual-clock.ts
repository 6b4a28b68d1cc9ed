import type { Clock, TimerHandle } from '../clock.js';

interface Timer {
  at: number;
  seq: number;
  callback: () => void;
}

/** A clock that moves only when told to; timers fire in time order during `advance`. */
export class ManualClock implements Clock {
  private current: number;
  private seq = 0;
  private readonly timers = new Set<Timer>();

  constructor(start = 0) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    const timer: Timer = { at: this.current + Math.max(0, delayMs), seq: this.seq++, callback };
    this.timers.add(timer);
    return timer;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers.delete(handle as Timer);
  }

  /** Timers not yet fired. */
  get pending(): number {
    return this.timers.size;
  }

  /**
   * Moves time forward by `ms`, firing due timers in order (timers they set are fired too when due),
   * and lets promise callbacks run after each one so async code sees the time it fired at.
   */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      await flushMicrotasks();
      let next: Timer | undefined;
      for (const timer of this.timers)
        if (timer.at <= target && (!next || timer.at < next.at || (timer.at === next.at && timer.seq < next.seq)))
          next = timer;
      if (!next) break;
      this.timers.delete(next);
      this.current = next.at;
      next.callback();
    }
    this.current = target;
    await flushMicrotasks();
  }
}

async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
