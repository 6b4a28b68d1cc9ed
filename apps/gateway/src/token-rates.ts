import type { Clock } from '@switchyard/time';

interface Bucket {
  /** Tokens the caller may still use; below zero when its last answers used more than was left. */
  level: number;
  /** When `level` was last brought up to date (clock ms). */
  at: number;
}

/**
 * Per-caller token rates (`GATEWAY_TOKENS_PER_MINUTE_PER_KEY`): each caller has a bucket of a minute's tokens that
 * refills continuously. A request is admitted while its caller's bucket holds any; the tokens its answer uses, prompt
 * and answer as its usage counts them, are taken as they are used, so a long answer may leave the bucket below zero
 * and the caller's next requests wait until it has refilled past it. A caller is an API key (without keys, every caller
 * is one), so the keys file bounds the buckets; a bucket found refilled is forgotten.
 */
export class TokenRates {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly tokensPerMinute: number,
    private readonly clock: Clock,
  ) {
    this.perMs = tokensPerMinute / 60_000;
  }

  /** Whole seconds until `caller` may start a request (at least 1), or 0 when it may now. */
  waitSeconds(caller: string): number {
    const level = this.level(caller);
    if (level > 0) return 0;
    return Math.max(1, Math.ceil((-level + 1) / this.perMs / 1000));
  }

  /** Takes `tokens` from `caller`'s bucket. */
  take(caller: string, tokens: number): void {
    if (tokens <= 0) return;
    const level = this.level(caller) - tokens;
    this.buckets.set(caller, { level, at: this.clock.now() });
  }

  /** Callers whose bucket is not full. */
  get size(): number {
    return this.buckets.size;
  }

  private level(caller: string): number {
    const bucket = this.buckets.get(caller);
    if (!bucket) return this.tokensPerMinute;
    const now = this.clock.now();
    const level = bucket.level + (now - bucket.at) * this.perMs;
    if (level >= this.tokensPerMinute) {
      this.buckets.delete(caller);
      return this.tokensPerMinute;
    }
    bucket.level = level;
    bucket.at = now;
    return level;
  }
}
