import type { Clock, TimerHandle } from './clock.js';

/**
 * Fires `onExpire` once when a deadline passes without being pushed further. Pushing it is cheap: a
 * steady flow of `arm` calls keeps one timer, which re-checks the deadline when it fires.
 */
export class Watchdog {
  private timer: TimerHandle | undefined;
  private deadline = Infinity;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly onExpire: (overdueMs: number) => void,
  ) {}

  /** Sets the deadline `ms` from now (earlier or later than the current one). */
  arm(ms: number): void {
    if (this.stopped) return;
    const deadline = this.clock.now() + ms;
    const earlier = deadline < this.deadline;
    this.deadline = deadline;
    if (this.timer === undefined || earlier) this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(
      () => {
        this.timer = undefined;
        const now = this.clock.now();
        if (now < this.deadline) return this.schedule();
        this.stopped = true;
        this.onExpire(now - this.deadline);
      },
      Math.max(0, this.deadline - this.clock.now()),
    );
  }
}
