// `npm run bench:gateway`: what the gateway (apps/gateway) adds over calling the cluster directly. A director and a
// worker (the synthetic engine at 20 ms a token: a model's pace) as processes; at each concurrency (BENCH_GATEWAY_STREAMS,
// default 1,16,64,256) the same number of answers (BENCH_GATEWAY_TOKENS tokens each), first as sessions of this process
// straight to the worker, then as streamed chat completions through a gateway process (HTTP, SSE), BENCH_GATEWAY_RUNS
// times each, alternating. Reported: answers per second, time to first token, the delay between a token and the next
// (p50, p99) seen by the caller, and the gateway's CPU per token (from /proc, less its idle). Writes the section between
// `<!-- gateway:start -->` and `<!-- gateway:end -->` of docs/benchmarks.md. Then what failures cost its callers
// (gateway-failures.ts), at BENCH_GATEWAY_FAILURE_STREAMS (64) streams. An empty list, or 0, skips a part.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectorLog } from '@switchyard/log-events';
import { Cluster, machine, writeSection, type ServiceProcess } from '@switchyard/service-harness';
import { StreamSession } from '@switchyard/session';
import { DirectorTargets, sessionDial } from '@switchyard/service-kit';
import { DEFAULT_MAX_UDP_PAYLOAD_BYTES, loadOrCreateDevCa, type DialTls } from '@switchyard/transport-quic';
import { measureFailures } from './gateway-failures.js';
import { streamChat } from './chat-stream.js';
import { cpuSeconds } from './proc-stats.js';
import { median, percentile } from './stats.js';

const STREAMS = (process.env.BENCH_GATEWAY_STREAMS ?? '1,16,64,256').split(',').filter(Boolean).map(Number);
const FAILURE_STREAMS = Number(process.env.BENCH_GATEWAY_FAILURE_STREAMS ?? 64);
const TOKENS = Number(process.env.BENCH_GATEWAY_TOKENS ?? 50);
const RUNS = Number(process.env.BENCH_GATEWAY_RUNS ?? 3);
const TOKEN_INTERVAL_MS = 20;
const IDLE_MS = 2000;
const OUTPUT = join(import.meta.dirname, '..', '..', '..', 'docs', 'benchmarks.md');
const PROMPT = 'tell me about connection replacement';

interface Run {
  answersPerSecond: number;
  firstTokenMs: number[];
  /** Between consecutive tokens of an answer, as the caller saw them. */
  gapsMs: number[];
  /** The gateway's CPU ms per token (through the gateway only). */
  cpuPerToken?: number;
}

/** One answer's arrival times: `first` from the request, then each token's. */
interface Answer {
  first: number;
  arrivals: number[];
}

function measured(answers: Answer[], seconds: number): Run {
  return {
    answersPerSecond: answers.length / seconds,
    firstTokenMs: answers.map((a) => a.first),
    gapsMs: answers.flatMap((a) => a.arrivals.slice(1).map((t, i) => t - a.arrivals[i])),
  };
}

async function direct(director: { host: string; port: number }, tls: DialTls, streams: number): Promise<Run> {
  const start = performance.now();
  const answers = await Promise.all(
    Array.from({ length: streams }, async (): Promise<Answer> => {
      const session = new StreamSession({
        directors: [director],
        prompt: PROMPT,
        sampling: { maxTokens: TOKENS },
        dial: sessionDial(new DirectorTargets([director]), {
          tls: tls,
          maxUdpPayloadBytes: DEFAULT_MAX_UDP_PAYLOAD_BYTES,
        }),
      });
      const began = performance.now();
      const arrivals: number[] = [];
      for await (const token of session.tokens()) {
        for (let i = 0; i < Math.max(1, token.tokenIds.length); i++) arrivals.push(performance.now());
      }
      if (arrivals.length !== TOKENS) throw new Error(`a direct answer had ${arrivals.length} tokens`);
      return { first: arrivals[0] - began, arrivals };
    }),
  );
  return measured(answers, (performance.now() - start) / 1000);
}

async function throughGateway(url: string, gateway: ServiceProcess, streams: number): Promise<Run> {
  const idleFrom = cpuSeconds(gateway.pid);
  const idleStart = performance.now();
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idlePerSecond = (cpuSeconds(gateway.pid) - idleFrom) / ((performance.now() - idleStart) / 1000);
  const before = cpuSeconds(gateway.pid);
  const start = performance.now();
  const answers = await Promise.all(
    Array.from({ length: streams }, async (): Promise<Answer> => {
      const { began, arrivals, done } = await streamChat(url, { prompt: PROMPT, tokens: TOKENS });
      if (!done) throw new Error('an answer through the gateway broke');
      if (arrivals.length !== TOKENS) throw new Error(`an answer through the gateway had ${arrivals.length} tokens`);
      return { first: arrivals[0] - began, arrivals };
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const busy = cpuSeconds(gateway.pid) - before - idlePerSecond * seconds;
  return { ...measured(answers, seconds), cpuPerToken: (Math.max(0, busy) * 1000) / (streams * TOKENS) };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-gateway-'));
  const tlsDir = join(dir, 'tls');
  const ca = await loadOrCreateDevCa(tlsDir);
  const most = String(Math.max(...STREAMS, FAILURE_STREAMS) + 10);
  const cluster = new Cluster({
    // Every session comes from 127.0.0.1 (the benchmark's, or the gateway's): the per-address bounds are raised to
    // the concurrency measured. At their defaults (32 connections, 32 sessions) the sessions past them are refused
    // and retry after a backoff, which is what a gateway carrying more than 32 sessions per worker would see.
    common: {
      TLS_DEV_DIR: tlsDir,
      QUIC_MAX_UDP_PAYLOAD: String(DEFAULT_MAX_UDP_PAYLOAD_BYTES),
      QUIC_MAX_CONNECTIONS_PER_PEER: most,
    },
    // The directors' per-address rate limit too: every session and every failover of the run asks from 127.0.0.1.
    director: { DIRECTOR_ASSIGN_RATE: '100000', DIRECTOR_ASSIGN_BURST: '100000' },
    worker: { WORKER_MAX_SESSIONS: most, WORKER_MAX_SESSIONS_PER_ADDRESS: most },
  });
  const rows: string[] = [];
  try {
    const director = await cluster.startDirector();
    const port = Number(director.find(DirectorLog.listening)[0].clientPort);
    const workers = [await cluster.startWorker('w1', { WORKER_TOKEN_INTERVAL_MS: String(TOKEN_INTERVAL_MS) })];
    const { process: gateway, url } = await cluster.startGateway({
      GATEWAY_CHAT_TEMPLATE: 'plain',
      GATEWAY_MAX_CONCURRENT_PER_KEY: most,
    });
    for (const streams of STREAMS) {
      const directRuns: Run[] = [];
      const gatewayRuns: Run[] = [];
      for (let run = 0; run < RUNS; run++) {
        directRuns.push(await direct({ host: 'localhost', port }, { ca: ca.cert }, streams));
        gatewayRuns.push(await throughGateway(url, gateway, streams));
        const [d, g] = [directRuns.at(-1)!, gatewayRuns.at(-1)!];
        process.stdout.write(
          `${streams} stream(s), run ${run + 1}: direct TTFT p50 ${median(d.firstTokenMs).toFixed(1)} ms, gap p99 ${percentile(d.gapsMs, 99).toFixed(1)} ms; gateway TTFT p50 ${median(g.firstTokenMs).toFixed(1)} ms, gap p99 ${percentile(g.gapsMs, 99).toFixed(1)} ms, ${g.cpuPerToken!.toFixed(3)} ms CPU/token\n`,
        );
      }
      rows.push(row('direct (sessions in this process)', streams, directRuns));
      rows.push(row('through the gateway (HTTP, SSE)', streams, gatewayRuns));
    }
    if (rows.length > 0) writeSection(OUTPUT, 'gateway', report(rows));
    if (FAILURE_STREAMS > 0) {
      writeSection(
        OUTPUT,
        'gateway-failures',
        await measureFailures(cluster, workers, gateway, url, FAILURE_STREAMS, RUNS),
      );
    }
    process.stdout.write(`\nwrote ${OUTPUT}\n`);
  } finally {
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A row: medians over runs of each run's figure (its p50 or p99 over every answer or gap of that run). */
function row(what: string, streams: number, runs: Run[]): string {
  const f = (n: number, digits = 1) => n.toFixed(digits);
  const over = (pick: (run: Run) => number) => median(runs.map(pick));
  const cpu =
    runs[0].cpuPerToken === undefined
      ? ''
      : f(
          over((run) => run.cpuPerToken!),
          3,
        );
  return `| ${what} | ${streams} | ${f(over((r) => r.answersPerSecond))} | ${f(over((r) => median(r.firstTokenMs)))} | ${f(over((r) => percentile(r.firstTokenMs, 99)))} | ${f(over((r) => median(r.gapsMs)))} | ${f(over((r) => percentile(r.gapsMs, 99)))} | ${cpu} |`;
}

function report(rows: string[]): string {
  return `## Gateway

Produced by \`npm run bench:gateway\` (tools/bench/src/gateway.ts) on ${machine()}. A director and one worker (the
synthetic engine, one token every ${TOKEN_INTERVAL_MS} ms) as processes on 127.0.0.1; at each concurrency, answers of
${TOKENS} tokens all at once, first as sessions of the benchmark's process straight to the cluster ("direct"), then
as streamed chat completions through a gateway process ("through the gateway"), alternating, ${RUNS} runs each
(medians of the runs' figures). TTFT: from the request to the first token at the caller. Gap: between a token and
the next at the caller (${TOKEN_INTERVAL_MS} ms is the engine's pace; what is above it is delay). CPU: the gateway
process's, less what it spends idle, per token sent. Every session comes from one address (the benchmark's, or the
gateway's), so the per-address bounds (QUIC_MAX_CONNECTIONS_PER_PEER, WORKER_MAX_SESSIONS_PER_ADDRESS) are raised to
the concurrency measured.

| path | streams | answers/s | TTFT p50 (ms) | TTFT p99 (ms) | gap p50 (ms) | gap p99 (ms) | gateway CPU ms per token |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

await main();
