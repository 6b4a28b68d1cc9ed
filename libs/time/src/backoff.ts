export interface BackoffOptions {
  /** Delay before the first retry. */
  initialMs: number;
  /** Upper bound of any delay. */
  maxMs: number;
  /** Growth per attempt. Default 2. */
  multiplier?: number;
  /** Spread around the nominal delay, as a fraction: 0.2 gives ±20 %. Default 0.2. */
  jitter?: number;
  /** Uniform in [0, 1); injected for tests. */
  random?: () => number;
}

/**
 * Exponential backoff with jitter: the n-th delay is `initialMs * multiplier^n`, capped at `maxMs`,
 * then spread by ±`jitter` so that many clients retrying together do not stay in step.
 */
export class Backoff {
  private attempt = 0;
  private readonly multiplier: number;
  private readonly jitter: number;
  private readonly random: () => number;

  constructor(private readonly options: BackoffOptions) {
    this.multiplier = options.multiplier ?? 2;
    this.jitter = options.jitter ?? 0.2;
    this.random = options.random ?? Math.random;
    if (options.initialMs < 0 || options.maxMs < options.initialMs)
      throw new RangeError('need 0 <= initialMs <= maxMs');
    if (this.jitter < 0 || this.jitter > 1) throw new RangeError('jitter must be within [0, 1]');
  }

  /** Retries so far since the last reset. */
  get attempts(): number {
    return this.attempt;
  }

  /** The delay before the next retry, in ms. */
  next(): number {
    const nominal = Math.min(this.options.maxMs, this.options.initialMs * this.multiplier ** this.attempt);
    this.attempt++;
    const spread = nominal * this.jitter * (2 * this.random() - 1);
    return Math.round(Math.min(this.options.maxMs, Math.max(0, nominal + spread)));
  }

  /** Back to the initial delay (after a success). */
  reset(): void {
    this.attempt = 0;
  }
}
