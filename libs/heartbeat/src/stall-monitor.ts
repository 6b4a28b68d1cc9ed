import type { Clock, TimerHandle } from '@switchyard/time';
import { PhiAccrualDetector } from './phi-accrual.js';

export interface StallMonitorOptions {
  clock: Clock;
  detector: PhiAccrualDetector;
  /** Called once per run of arrivals when the silence since the last one becomes suspicious. */
  onStall(silentMs: number): void;
}

/**
 * Watches a flow of arrivals (tokens) and calls `onStall` as soon as the phi-accrual detector
 * suspects the flow has stopped, typically well before a periodic heartbeat would notice.
 */
export class StallMonitor {
  private timer: TimerHandle | undefined;
  /** When the pending timer fires. */
  private deadline = 0;
  private lastArrival: number | undefined;

  constructor(private readonly options: StallMonitorOptions) {}

  /**
   * Records an arrival. In a steady flow the suspicion time only moves later, so the pending timer
   * is kept (and re-checked when it fires) rather than replaced at every arrival.
   */
  arrival(): void {
    const now = this.options.clock.now();
    this.options.detector.arrival(now);
    this.lastArrival = now;
    const at = this.options.detector.suspectAt();
    if (this.timer === undefined || (at !== undefined && at < this.deadline)) this.arm(at);
  }

  /** Starts a new run (a new stream): the learned intervals are kept, the silence before is not. */
  restart(): void {
    this.stop();
    this.options.detector.restart();
  }

  stop(): void {
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.lastArrival = undefined;
  }

  private arm(at: number | undefined): void {
    const { clock } = this.options;
    if (this.timer !== undefined) clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (at === undefined) return;
    this.deadline = at;
    this.timer = clock.setTimeout(
      () => {
        this.timer = undefined;
        const now = clock.now();
        const next = this.options.detector.suspectAt();
        // Arrivals since arming moved the suspicion time later: wait for that instead.
        if (next !== undefined && next > now) return this.arm(next);
        this.options.onStall(now - this.lastArrival!);
      },
      Math.max(0, at - clock.now()),
    );
  }
}
