import fc from 'fast-check';

/** Cases generated per batch: small enough that generating one never holds the event loop for long. */
const BATCH = 50;

/**
 * `count` values of `arbitrary`, generated a batch at a time (batch `i` from seed `seed + i`, so a seed replays
 * the same values), yielding to the event loop between batches. Generating everything up front held this
 * process's event loop for seconds (65,000-byte datagrams by the thousand), long enough for its own idle QUIC
 * connections to time out.
 */
export async function* samples<T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): AsyncGenerator<T> {
  for (let batch = 0; batch * BATCH < count; batch++) {
    const numRuns = Math.min(BATCH, count - batch * BATCH);
    yield* fc.sample(arbitrary, { numRuns, seed: seed + batch });
    await new Promise((resolve) => setImmediate(resolve));
  }
}
