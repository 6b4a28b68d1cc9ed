import type { Clock, TimerHandle } from '../clock.js';

interface Timer {
  at: number;
  seq: number;
  callback: () => void;
}

export interface ManualClockOptions {
  /** The time `now()` starts at. Default 0. */
  start?: number;
  /**
   * Run before each timer fires and at the end of `advance`, so that work the previous timer started
   * completes at the time it fired. Default: a few promise turns. Tests whose code does I/O (an RPC
   * over in-memory streams, say) pass something that also lets I/O callbacks run.
   */
  settle?: () => Promise<void>;
}

/** A clock that moves only when told to; timers fire in time order during `advance`. */
export class ManualClock implements Clock {
  private current: number;
  private seq = 0;
  private readonly timers = new Set<Timer>();
  private readonly settle: () => Promise<void>;

  constructor(options: ManualClockOptions = {}) {
    this.current = options.start ?? 0;
    this.settle = options.settle ?? flushMicrotasks;
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

  /**
   * Moves time forward by `ms` without firing anything, as when this process cannot run (a long GC pause, a
   * busy event loop): timers that fell due meanwhile fire late, at the next `advance`.
   */
  freeze(ms: number): void {
    this.current += ms;
  }

  /** Timers not yet fired. */
  get pending(): number {
    return this.timers.size;
  }

  /**
   * Moves time forward by `ms`, firing due timers in order (timers they set are fired too when due),
   * and settles after each one so async code sees the time it fired at.
   */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      await this.settle();
      let next: Timer | undefined;
      for (const timer of this.timers)
        if (timer.at <= target && (!next || timer.at < next.at || (timer.at === next.at && timer.seq < next.seq)))
          next = timer;
      if (!next) break;
      this.timers.delete(next);
      // An overdue timer (after `freeze`) fires late, at the current time.
      this.current = Math.max(this.current, next.at);
      next.callback();
    }
    this.current = target;
    await this.settle();
  }
}

async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
