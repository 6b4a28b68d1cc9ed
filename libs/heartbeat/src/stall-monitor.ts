import type { Clock, TimerHandle } from './clock.js';
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
  private lastArrival: number | undefined;

  constructor(private readonly options: StallMonitorOptions) {}

  /** Records an arrival and re-arms the stall timer. */
  arrival(): void {
    const now = this.options.clock.now();
    this.options.detector.arrival(now);
    this.lastArrival = now;
    this.arm();
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

  private arm(): void {
    const { clock, detector } = this.options;
    if (this.timer !== undefined) clock.clearTimeout(this.timer);
    this.timer = undefined;
    const at = detector.suspectAt();
    if (at === undefined) return;
    this.timer = clock.setTimeout(() => {
      this.timer = undefined;
      this.options.onStall(clock.now() - this.lastArrival!);
    }, Math.max(0, at - clock.now()));
  }
}
