/**
 * Phi-accrual failure detection over arrival times (Hayashibara et al.; the logistic approximation
 * of the normal distribution used by Akka and Cassandra). `phi` is -log10 of the probability that
 * the next arrival is still to come after this long: it grows the longer the silence lasts compared
 * to the intervals seen so far, so one threshold adapts to any arrival rate.
 */
export interface PhiAccrualOptions {
  /** Suspicion level at which `suspectAt` fires. Default 8 (about 1 false suspicion in 10^8). */
  threshold?: number;
  /** Intervals kept. Default 100. */
  windowSize?: number;
  /** Intervals needed before the detector suspects anything. Default 2. */
  minSamples?: number;
  /** Lower bound of the standard deviation used, in ms. Default 10. */
  minStdDevMs?: number;
  /** Lower bound of the standard deviation as a fraction of the mean interval. Default 0.1. */
  minStdDevRatio?: number;
}

// phi(y) = -log10(e / (1 + e)), e = exp(-y (A + B y^2)), y = (elapsed - mean) / stdDev.
const A = 1.5976;
const B = 0.070566;

export class PhiAccrualDetector {
  readonly threshold: number;
  private readonly windowSize: number;
  private readonly minSamples: number;
  private readonly minStdDevMs: number;
  private readonly minStdDevRatio: number;
  private readonly intervals: number[] = [];
  private sum = 0;
  private sumSquares = 0;
  private last: number | undefined;

  constructor(options: PhiAccrualOptions = {}) {
    this.threshold = options.threshold ?? 8;
    this.windowSize = options.windowSize ?? 100;
    this.minSamples = Math.max(1, options.minSamples ?? 2);
    this.minStdDevMs = options.minStdDevMs ?? 10;
    this.minStdDevRatio = options.minStdDevRatio ?? 0.1;
    if (!(this.threshold > 0.5)) throw new RangeError('threshold must be above 0.5');
  }

  /** Records an arrival at `now`; the interval since the previous one becomes a sample. */
  arrival(now: number): void {
    if (this.last !== undefined) this.record(Math.max(0, now - this.last));
    this.last = now;
  }

  /**
   * Forgets the last arrival but keeps the intervals learned: the next arrival starts a new run
   * (a new stream), and the silence in between is not a sample.
   */
  restart(): void {
    this.last = undefined;
  }

  /** Intervals recorded (at most the window size). */
  get samples(): number {
    return this.intervals.length;
  }

  /** Mean interval, or undefined before the first sample. */
  get meanIntervalMs(): number | undefined {
    return this.intervals.length ? this.sum / this.intervals.length : undefined;
  }

  /** The suspicion level at `now`; 0 while there is no arrival or too few samples. */
  phi(now: number): number {
    const stats = this.stats();
    if (!stats || this.last === undefined) return 0;
    const y = (now - this.last - stats.mean) / stats.stdDev;
    const e = Math.exp(-y * (A + B * y * y));
    return now - this.last > stats.mean ? -Math.log10(e / (1 + e)) : -Math.log10(1 - 1 / (1 + e));
  }

  /**
   * The time at which `phi` reaches the threshold if nothing arrives, or undefined while there is no
   * arrival or too few samples. Solves the cubic B y^3 + A y + ln(e) = 0 exactly (one real root).
   */
  suspectAt(): number | undefined {
    if (this.last === undefined) return undefined;
    const delay = this.thresholdDelay();
    return delay === undefined ? undefined : this.last + delay;
  }

  /**
   * How long after an arrival (or after the start of a round trip, for samples recorded with `sample`) phi
   * reaches the threshold; undefined with too few samples.
   */
  thresholdDelay(): number | undefined {
    const stats = this.stats();
    if (!stats) return undefined;
    const p = 10 ** -this.threshold;
    const lnE = Math.log(p / (1 - p));
    const pp = A / B;
    const q = lnE / B;
    const root = Math.sqrt((q * q) / 4 + (pp * pp * pp) / 27);
    const y = Math.cbrt(-q / 2 + root) + Math.cbrt(-q / 2 - root);
    return stats.mean + y * stats.stdDev;
  }

  /** Records one sample directly (a round-trip time, say) rather than the interval between two arrivals. */
  sample(ms: number): void {
    this.record(Math.max(0, ms));
  }

  private record(interval: number): void {
    this.intervals.push(interval);
    this.sum += interval;
    this.sumSquares += interval * interval;
    if (this.intervals.length > this.windowSize) {
      const dropped = this.intervals.shift()!;
      this.sum -= dropped;
      this.sumSquares -= dropped * dropped;
    }
  }

  private stats(): { mean: number; stdDev: number } | undefined {
    const n = this.intervals.length;
    if (n < this.minSamples) return undefined;
    const mean = this.sum / n;
    const variance = Math.max(0, this.sumSquares / n - mean * mean);
    return { mean, stdDev: Math.max(Math.sqrt(variance), this.minStdDevMs, mean * this.minStdDevRatio) };
  }
}
