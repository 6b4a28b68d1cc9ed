import type { BenchClient } from './clients.js';
import { quantile } from './stats.js';

export interface UnaryResult {
  callsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** `concurrency` loops of 64-byte unary calls for `durationMs`, after a warm-up of a quarter of that. */
export async function unaryLoad(
  client: BenchClient,
  concurrency: number,
  durationMs: number,
  mode: 'shared' | 'stream-per-call' = 'shared',
): Promise<UnaryResult> {
  const payload = new Uint8Array(64).fill(1);
  const call = mode === 'shared' ? (p: Uint8Array) => client.unary(p) : client.unaryOnNewStream?.bind(client);
  if (!call) return { callsPerSecond: NaN, p50Ms: NaN, p99Ms: NaN, errors: 0 };
  const run = async (ms: number, record: boolean) => {
    const latencies: number[] = [];
    let errors = 0;
    const end = performance.now() + ms;
    const loop = async () => {
      while (performance.now() < end) {
        const start = performance.now();
        try {
          await call(payload);
          if (record) latencies.push(performance.now() - start);
        } catch {
          errors++;
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, loop));
    return { latencies, errors, elapsedMs: performance.now() - started };
  };
  await run(durationMs / 4, false);
  const { latencies, errors, elapsedMs } = await run(durationMs, true);
  latencies.sort((a, b) => a - b);
  return {
    callsPerSecond: (latencies.length / elapsedMs) * 1000,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    errors,
  };
}

/** Server stream of `count` 64-byte messages; messages per second. */
export async function serverStream(client: BenchClient, count: number): Promise<number> {
  const start = performance.now();
  const received = await client.serverStream(count, 64);
  if (received !== count) throw new Error(`received ${received} of ${count} messages`);
  return (count / (performance.now() - start)) * 1000;
}

/** `totalBytes` one way (client stream of 64 KiB messages); MB/s (10^6 bytes). */
export async function bulkUpload(client: BenchClient, totalBytes: number): Promise<number> {
  const chunk = new Uint8Array(64 * 1024).fill(3);
  const chunks = totalBytes / chunk.byteLength;
  const start = performance.now();
  const counted = await client.clientStream(chunk, chunks);
  if (counted !== totalBytes) throw new Error(`server counted ${counted} of ${totalBytes} bytes`);
  return totalBytes / 1e6 / ((performance.now() - start) / 1000);
}

/** `calls` unary calls started at once on one connection; the number that failed. */
export async function concurrentCalls(client: BenchClient, calls: number): Promise<number> {
  const payload = new Uint8Array(64);
  const results = await Promise.allSettled(Array.from({ length: calls }, () => client.unary(payload)));
  return results.filter((r) => r.status === 'rejected').length;
}
