/** A token bucket: `perSecond` calls a second on average, `burst` at once after a quiet spell. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/**
 * Addresses a limiter remembers at most. A bucket costs about 230 bytes of heap with its key (an IPv6 /64; measured
 * on Node 20), so the table stays under 12 MiB. Eviction takes the least recently used address, whose bucket is full
 * again unless that many other addresses called within `burst / perSecond` seconds (4 s with the director's
 * defaults), so in all but a flood from 50,000 addresses it forgets nothing.
 */
export const MAX_RATE_LIMITED_ADDRESSES = 50_000;

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets per client address, in a table of bounded size (least recently used addresses go first). */
export class AddressRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxAddresses: number;
  private readonly now: () => number;

  constructor(
    private readonly limit: RateLimit,
    options: { maxAddresses?: number; now?: () => number } = {},
  ) {
    if (!(limit.perSecond > 0) || !(limit.burst >= 1)) throw new RangeError('perSecond must be > 0 and burst >= 1');
    this.maxAddresses = options.maxAddresses ?? MAX_RATE_LIMITED_ADDRESSES;
    this.now = options.now ?? (() => performance.now());
  }

  /** Addresses remembered now. */
  get size(): number {
    return this.buckets.size;
  }

  /** Takes a call from `address`: 0 when it may proceed, otherwise the ms until it would. */
  take(address: string): number {
    const now = this.now();
    const { perSecond, burst } = this.limit;
    let bucket = this.buckets.get(address);
    if (bucket) {
      this.buckets.delete(address);
      bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) * perSecond) / 1000);
      bucket.at = now;
    } else {
      if (this.buckets.size >= this.maxAddresses) this.buckets.delete(this.buckets.keys().next().value!);
      bucket = { tokens: burst, at: now };
    }
    // Re-inserted: a Map keeps insertion order, so its first key is always the least recently used.
    this.buckets.set(address, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    // Less a hair, so that float noise (0.998 tokens after 499 ms at 2/s) does not round 1 ms up to 2.
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 1000) / perSecond - 1e-6));
  }
}
