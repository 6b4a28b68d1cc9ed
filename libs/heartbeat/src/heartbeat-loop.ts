import { lateTimerGraceMs, type Clock, type TimerHandle } from '@switchyard/time';

export interface HeartbeatLoopOptions {
  clock: Clock;
  /** Time between the starts of two regular probes. */
  intervalMs: number;
  /** How long a regular probe may take before the peer counts as failed. */
  timeoutMs: number;
  /** Asks the peer whether it is alive; rejects (or never settles) when it is not. */
  probe(signal: AbortSignal): Promise<void>;
  /** Called once, on the first failed probe; the loop is stopped by then. */
  onFailure(reason: string, error: unknown): void;
  /** Called after every answered probe with its round-trip time. */
  onAnswer?(rttMs: number): void;
}

/**
 * Probes a peer every `intervalMs` and reports the first probe that fails or outlasts its timeout,
 * at the moment it does: the failure does not wait for other traffic. `probeNow` adds an immediate
 * probe (for example when a stream stalls) next to the regular schedule. A timeout that fires late (this
 * process was stalled) waits once more, as long as the stall, for an answer that may have arrived unread;
 * a peer heard from otherwise while a probe is out (`heard`) is not failed for that probe's timeout.
 */
export class HeartbeatLoop {
  private timer: TimerHandle | undefined;
  /** Probes in flight, each with what settles it as answered when the peer is heard from otherwise. */
  private readonly inFlight = new Map<AbortController, () => void>();
  private state: 'idle' | 'running' | 'stopped' = 'idle';

  constructor(private readonly options: HeartbeatLoopOptions) {}

  get running(): boolean {
    return this.state === 'running';
  }

  /** Schedules the first regular probe one interval from now. */
  start(): void {
    if (this.state !== 'idle') return;
    this.state = 'running';
    this.schedule(this.options.intervalMs);
  }

  /** Cancels the schedule and aborts probes in flight; no failure is reported after this. */
  stop(): void {
    this.state = 'stopped';
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
    for (const controller of this.inFlight.keys()) controller.abort();
    this.inFlight.clear();
  }

  /**
   * Probes now with its own timeout; a failure is reported with `reason`. Resolves true when the
   * peer answered, false when it failed or the loop stopped.
   */
  probeNow(reason: string, timeoutMs = this.options.timeoutMs): Promise<boolean> {
    if (this.state !== 'running') return Promise.resolve(false);
    return this.run(reason, timeoutMs);
  }

  /**
   * The peer was heard from otherwise (a token on its stream, say): no probe in flight fails for outlasting its
   * timeout. A peer whose stream flows is alive even when a new call to it is slow (a busy peer answers its
   * streams' data before it sets up new ones), so it is not left for that; a probe it refuses still fails.
   */
  heard(): void {
    for (const answered of this.inFlight.values()) answered();
  }

  private schedule(delayMs: number): void {
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = undefined;
      const started = this.options.clock.now();
      void this.run('heartbeat', this.options.timeoutMs).then((alive) => {
        if (alive && this.state === 'running')
          this.schedule(Math.max(0, started + this.options.intervalMs - this.options.clock.now()));
      });
    }, delayMs);
  }

  private async run(reason: string, timeoutMs: number): Promise<boolean> {
    const { clock } = this.options;
    const controller = new AbortController();
    const sentAt = clock.now();
    const heardOtherwise = new Promise<'heard'>((resolve) => this.inFlight.set(controller, () => resolve('heard')));
    let timer: TimerHandle | undefined;
    const timedOut = new Promise<{ error: unknown; timedOut: true }>((resolve) => {
      const expire = () => resolve({ error: new Error(`no answer within ${timeoutMs} ms`), timedOut: true });
      timer = clock.setTimeout(() => {
        // Fired late: the answer may be waiting unread; it gets the time this process lost, once.
        const graceMs = lateTimerGraceMs(clock.now() - sentAt - timeoutMs, timeoutMs);
        if (graceMs > 0) timer = clock.setTimeout(expire, graceMs);
        else expire();
      }, timeoutMs);
    });
    const answer = this.options.probe(controller.signal).then(
      () => undefined,
      (error: unknown) => ({ error, timedOut: false }),
    );
    // Heard from otherwise, the peer is alive; the probe still runs to its end, to measure a round trip.
    const verdict = await Promise.race([answer, timedOut, heardOtherwise]);
    const outcome = verdict === 'heard' ? await Promise.race([answer, timedOut]) : verdict;
    clock.clearTimeout(timer!);
    this.inFlight.delete(controller);
    if (this.state !== 'running') return false;
    if (!outcome) {
      this.options.onAnswer?.(clock.now() - sentAt);
      return true;
    }
    controller.abort();
    if (verdict === 'heard' && outcome.timedOut) return true;
    this.stop();
    this.options.onFailure(reason, outcome.error);
    return false;
  }
}
