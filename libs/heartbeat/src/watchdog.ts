import { lateTimerGraceMs, type Clock, type TimerHandle } from '@switchyard/time';

/**
 * Fires `onExpire` once when a deadline passes without being pushed further. Pushing it is cheap: a
 * steady flow of `arm` calls keeps one timer, which re-checks the deadline when it fires. When the timer
 * fires late (this process was stalled), the deadline moves once by the stall, so that what arrived unread
 * meanwhile (and would push it) is read first.
 */
export class Watchdog {
  private timer: TimerHandle | undefined;
  private deadline = Infinity;
  /** Length of the current deadline when it was set. */
  private lengthMs = 0;
  /** The deadline was already moved for a late timer (once per deadline). */
  private graced = false;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    /** Called with how long after the deadline (moved by any grace) it ran. */
    private readonly onExpire: (overdueMs: number) => void,
  ) {}

  /** Sets the deadline `ms` from now (earlier or later than the current one). */
  arm(ms: number): void {
    if (this.stopped) return;
    this.lengthMs = ms;
    const deadline = this.clock.now() + ms;
    const earlier = deadline < this.deadline;
    this.deadline = deadline;
    this.graced = false;
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
        const graceMs = this.graced ? 0 : lateTimerGraceMs(now - this.deadline, this.lengthMs);
        if (graceMs > 0) {
          this.graced = true;
          this.deadline = now + graceMs;
          return this.schedule();
        }
        this.stopped = true;
        this.onExpire(now - this.deadline);
      },
      Math.max(0, this.deadline - this.clock.now()),
    );
  }
}
