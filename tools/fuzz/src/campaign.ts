import { readFileSync } from 'node:fs';
import { FrameDecoder, FrameType, rpc, type MethodDescriptor } from '@switchyard/protocol';
import { rpcCodeName, toRpcCode, type ByteStream } from '@switchyard/rpc';
import { QuicConnection, type DialTls } from '@switchyard/transport-quic';
import { samples } from './samples.js';
import { fuzzCases, type FuzzCase } from './cases.js';

/** A port under fuzz: where it is, what it serves, how to dial it, and a normal call that must keep working. */
export interface Target {
  name: string;
  port: number;
  tls: DialTls;
  methods: readonly MethodDescriptor[];
  /** A well-behaved call; it must succeed throughout. */
  probe(): Promise<void>;
}

export interface PortResult {
  name: string;
  cases: number;
  /** How the server answered: `status CODE`, `reset CODE`, `served` (it streamed data), `closed`. */
  outcomes: Record<string, number>;
  /** Cases whose answer broke the rules (no answer, an undecodable frame or status); must be empty. */
  failures: string[];
  /** Normal calls made while the port was fuzzed, all of which succeeded. */
  probes: number;
  durationMs: number;
}

export interface CampaignOptions {
  cases: number;
  seed: number;
  /** Cases in flight at once. Default 4. */
  concurrency?: number;
  /** A case with no end to its answer within this long is a failure. Default 5000. */
  answerTimeoutMs?: number;
  /** A normal call every this many cases. Default 250. */
  probeEvery?: number;
}

/** Frames read from an answer before a case counts as served (a stream of tokens has no end of its own). */
const SERVED_AFTER_FRAMES = 16;

/** Runs `options.cases` generated inputs against `target`, each on a fresh stream. */
export async function fuzzPort(target: Target, options: CampaignOptions): Promise<PortResult> {
  const started = performance.now();
  const cases = samples(fuzzCases(target.methods), options.cases, options.seed);
  const result: PortResult = {
    name: target.name,
    cases: 0,
    outcomes: {},
    failures: [],
    probes: 0,
    durationMs: 0,
  };
  const dial = () =>
    QuicConnection.dial({ tls: target.tls, host: '127.0.0.1', port: target.port, connectTimeoutMs: 5000 });
  const concurrency = options.concurrency ?? 4;
  const probeEvery = options.probeEvery ?? 250;
  let next = 0;
  let connection = await dial();
  const lane = async () => {
    for (;;) {
      const generated = await cases.next();
      if (generated.done) return;
      const input = generated.value;
      const index = next++;
      result.cases++;
      if (index % probeEvery === 0) {
        const failed = await probeFailure(target);
        result.probes++;
        if (failed) result.failures.push(`normal call before case ${index} (seed ${options.seed}): ${failed}`);
      }
      let stream: ByteStream;
      try {
        stream = connection.openStream();
      } catch {
        // The connection went (the server may close a connection that misbehaved): a new one.
        await connection.close();
        connection = await dial();
        stream = connection.openStream();
      }
      const outcome = await exchange(stream, input, options.answerTimeoutMs ?? 5000);
      if (outcome.startsWith('FAIL'))
        result.failures.push(`case ${index} (${input.kind}, seed ${options.seed}): ${outcome}`);
      else result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, lane));
    const failed = await probeFailure(target);
    result.probes++;
    if (failed) result.failures.push(`normal call after the last case: ${failed}`);
  } finally {
    await connection.close();
  }
  result.durationMs = Math.round(performance.now() - started);
  return result;
}

/** Runs the target's normal call; undefined when it succeeded, else what went wrong and how long it took. */
async function probeFailure(target: Target): Promise<string | undefined> {
  const started = performance.now();
  try {
    await target.probe();
    return undefined;
  } catch (error) {
    return `failed after ${Math.round(performance.now() - started)} ms: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Writes the case, stops writing, and classifies the answer. */
async function exchange(stream: ByteStream, input: FuzzCase, timeoutMs: number): Promise<string> {
  const writer = stream.writable.getWriter();
  // The server may refuse before reading everything: a failed write is part of its answer.
  void writer
    .write(input.bytes)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const decoder = new FrameDecoder();
  let frames = 0;
  let status: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    for (;;) {
      let read: Awaited<ReturnType<typeof reader.read>> | 'timeout';
      try {
        read = await Promise.race([reader.read(), timedOut]);
      } catch (error) {
        // The server reset the stream: with what code?
        const code = stream.toRpcError?.(error).code;
        return status ?? `reset ${code === undefined ? 'unknown' : rpcCodeName(code)}`;
      }
      if (read === 'timeout') return 'FAIL no end to the answer';
      if (read.done) return status ?? 'closed';
      let decoded;
      try {
        decoded = decoder.push(read.value);
      } catch (error) {
        return `FAIL undecodable frame from the server: ${(error as Error).message}`;
      }
      for (const frame of decoded) {
        frames++;
        if (frame.type !== FrameType.Status) continue;
        let code: number;
        try {
          code = rpc.v1.Status.decode(frame.payload).code;
        } catch (error) {
          return `FAIL undecodable status: ${(error as Error).message}`;
        }
        if (toRpcCode(code) !== code) return `FAIL status with unknown code ${code}`;
        status ??= `status ${rpcCodeName(toRpcCode(code))}`;
      }
      if (frames >= SERVED_AFTER_FRAMES) return status ?? 'served';
    }
  } finally {
    clearTimeout(timer);
    stream.cancel();
    reader.releaseLock();
  }
}

/** The peak resident memory of process `pid` so far (VmHWM), in MiB. */
export function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}
