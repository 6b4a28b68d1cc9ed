/**
 * An `AbortSignal` whose `AbortController` is created on first use. Most calls never look at their
 * signal, and an AbortController per call is a measurable share of a small call's cost. Aborting
 * before the signal exists is remembered: the signal is created already aborted, with that reason.
 */
export class LazySignal {
  private controller: AbortController | undefined;
  private abortReason: unknown;
  private isAborted = false;

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.isAborted) this.controller.abort(this.abortReason);
    }
    return this.controller.signal;
  }

  get aborted(): boolean {
    return this.isAborted;
  }

  /** Aborts the signal (now, or when it is created) with `reason`; later calls do nothing. */
  abort(reason: unknown): void {
    if (this.isAborted) return;
    this.isAborted = true;
    this.abortReason = reason;
    this.controller?.abort(reason);
  }
}
