/**
 * How many datagrams each source address may have checked: a token bucket per `host:port`, refilled at `rate`
 * per second up to `burst`. A member sends a few datagrams a second (tens at the fastest test settings, a burst
 * when a full sync spans many pages); a source past its budget is dropped before its signature is checked,
 * which is what a datagram costs (0.1–0.8 ms), so a flood from one socket cannot starve the probes of others.
 */
export class SourceBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly options: { rate: number; burst: number; now: () => number; maxSources?: number }) {}

  /** Takes one datagram from `source`'s budget; false when it has none left. */
  take(source: string): boolean {
    const now = this.options.now();
    const { rate, burst } = this.options;
    let bucket = this.buckets.get(source);
    if (!bucket) {
      this.forgetIdle(now);
      bucket = { tokens: burst, at: now };
      this.buckets.set(source, bucket);
    }
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens--;
    return true;
  }

  /** Sources tracked now. */
  get size(): number {
    return this.buckets.size;
  }

  /**
   * Past `maxSources`, forgets the sources whose budget has refilled (they are as new ones), then, if every
   * source is still busy, the one tracked longest: the map never holds more than `maxSources`.
   */
  private forgetIdle(now: number): void {
    const max = this.options.maxSources ?? 4096;
    if (this.buckets.size < max) return;
    const full = (this.options.burst / this.options.rate) * 1000;
    for (const [source, bucket] of this.buckets) if (now - bucket.at >= full) this.buckets.delete(source);
    for (const source of this.buckets.keys()) {
      if (this.buckets.size < max) break;
      this.buckets.delete(source);
    }
  }
}
