// `npm run bench`: runs every workload over our QUIC RPC (large and MTU-sized datagrams, on each QUIC engine) and
// over grpc-js, servers in separate processes, interleaved runs; writes medians to docs/benchmarks.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  createDevTls,
  DEFAULT_MAX_UDP_PAYLOAD_BYTES,
  LOOPBACK_MAX_UDP_PAYLOAD_BYTES,
  type TlsMaterial,
} from '@switchyard/transport-quic';
import { grpcClient, quicClient, type BenchClient } from './clients.js';
import { machine, writeSection } from '@switchyard/service-harness';
import { median } from './stats.js';
import { bulkUpload, concurrentCalls, serverStream, unaryLoad } from './workloads.js';
import { connectionSetup, handshakeCryptoMicros } from './connections.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const UNARY_MS = Number(process.env.BENCH_UNARY_MS ?? 2000);
const STREAM_MESSAGES = Number(process.env.BENCH_STREAM_MESSAGES ?? 100_000);
const BULK_BYTES = Number(process.env.BENCH_BULK_MIB ?? 64) * 1024 * 1024;
const CONNECT_MS = Number(process.env.BENCH_CONNECT_MS ?? 3000);
// Regular expressions selecting workloads and targets by name, for quick partial runs.
const FILTER = new RegExp(process.env.BENCH_FILTER ?? '');
const TARGETS = new RegExp(process.env.BENCH_TARGETS ?? '');
const OUTPUT = process.env.BENCH_OUTPUT ?? join(import.meta.dirname, '..', '..', '..', 'docs', 'benchmarks.md');

interface Target {
  name: string;
  server: string[];
  connect(port: number, tls: TlsMaterial): Promise<BenchClient>;
}

const quicTargets = (['library', 'lean'] as const).flatMap((engine) =>
  [LOOPBACK_MAX_UDP_PAYLOAD_BYTES, DEFAULT_MAX_UDP_PAYLOAD_BYTES].map((payload): Target => ({
    name: `quic ${engine} ${payload} B`,
    server: ['quic', String(payload), engine],
    connect: (port, tls) => quicClient(port, { ca: tls.ca }, payload, engine),
  })),
);
// The lean engine as it was before it skipped the retry while few handshakes are unproven: every connection retried.
const alwaysRetry: Target = {
  name: `quic lean ${DEFAULT_MAX_UDP_PAYLOAD_BYTES} B, always retry`,
  server: ['quic', String(DEFAULT_MAX_UDP_PAYLOAD_BYTES), 'lean', 'always-retry'],
  connect: (port, tls) => quicClient(port, { ca: tls.ca }, DEFAULT_MAX_UDP_PAYLOAD_BYTES, 'lean'),
};
const allTargets: Target[] = [
  ...quicTargets,
  alwaysRetry,
  { name: 'grpc-js', server: ['grpc', '0'], connect: (port, tls) => grpcClient(port, tls) },
];

const targets = allTargets.filter((target) => TARGETS.test(target.name));

interface Metric {
  label: string;
  unit: string;
  /** Higher is better (throughput) or lower is better (latency, errors). */
  better: 'higher' | 'lower';
  measure(client: BenchClient, reconnect: () => Promise<BenchClient>): Promise<number>;
}

const unaryCache = new Map<BenchClient, Map<number, Awaited<ReturnType<typeof unaryLoad>>>>();
const unary = async (client: BenchClient, concurrency: number) => {
  const perClient = unaryCache.get(client) ?? new Map();
  unaryCache.set(client, perClient);
  if (!perClient.has(concurrency)) perClient.set(concurrency, await unaryLoad(client, concurrency, UNARY_MS));
  return perClient.get(concurrency)!;
};

const setupCache = new Map<BenchClient, Map<number, Awaited<ReturnType<typeof connectionSetup>>>>();
const setup = async (client: BenchClient, reconnect: () => Promise<BenchClient>, concurrency: number) => {
  const perClient = setupCache.get(client) ?? new Map();
  setupCache.set(client, perClient);
  if (!perClient.has(concurrency))
    perClient.set(concurrency, await connectionSetup(reconnect, concurrency, CONNECT_MS));
  return perClient.get(concurrency)!;
};

const allMetrics: Metric[] = [
  ...[1, 16, 128].flatMap((c): Metric[] => [
    {
      label: `unary 64 B, c=${c}`,
      unit: 'calls/s',
      better: 'higher',
      measure: async (client) => (await unary(client, c)).callsPerSecond,
    },
    {
      label: `unary 64 B, c=${c}, p50`,
      unit: 'ms',
      better: 'lower',
      measure: async (client) => (await unary(client, c)).p50Ms,
    },
    {
      label: `unary 64 B, c=${c}, p99`,
      unit: 'ms',
      better: 'lower',
      measure: async (client) => (await unary(client, c)).p99Ms,
    },
  ]),
  {
    label: 'unary 64 B, c=4, one stream per call',
    unit: 'calls/s',
    better: 'higher',
    measure: async (client) => (await unaryLoad(client, 4, UNARY_MS, 'stream-per-call')).callsPerSecond,
  },
  {
    label: `server stream ${STREAM_MESSAGES / 1000}k × 64 B`,
    unit: 'msgs/s',
    better: 'higher',
    measure: (client) => serverStream(client, STREAM_MESSAGES),
  },
  {
    label: `${BULK_BYTES / 1024 / 1024} MiB one-way`,
    unit: 'MB/s',
    better: 'higher',
    measure: (client) => bulkUpload(client, BULK_BYTES),
  },
  ...[1, 16].flatMap((c): Metric[] => [
    {
      label: `new connections, c=${c}`,
      unit: 'conn/s',
      better: 'higher',
      measure: async (client, reconnect) => (await setup(client, reconnect, c)).connectionsPerSecond,
    },
    {
      label: `new connections, c=${c}, handshake p50`,
      unit: 'ms',
      better: 'lower',
      measure: async (client, reconnect) => (await setup(client, reconnect, c)).handshakeP50Ms,
    },
    {
      label: `new connections, c=${c}, handshake p99`,
      unit: 'ms',
      better: 'lower',
      measure: async (client, reconnect) => (await setup(client, reconnect, c)).handshakeP99Ms,
    },
  ]),
  {
    label: 'new connections, c=1, first call p50',
    unit: 'ms',
    better: 'lower',
    measure: async (client, reconnect) => (await setup(client, reconnect, 1)).firstCallP50Ms,
  },
  {
    label: 'new connections, c=1, close p50',
    unit: 'ms',
    better: 'lower',
    measure: async (client, reconnect) => (await setup(client, reconnect, 1)).closeP50Ms,
  },
  {
    label: '256 concurrent calls, errors',
    unit: 'errors',
    better: 'lower',
    measure: (_c, reconnect) => withFresh(reconnect, (c) => concurrentCalls(c, 256)),
  },
  {
    label: '10,000 concurrent calls, errors',
    unit: 'errors',
    better: 'lower',
    measure: (_c, reconnect) => withFresh(reconnect, (c) => concurrentCalls(c, 10_000)),
  },
];

const metrics = allMetrics.filter((metric) => FILTER.test(metric.label));

async function withFresh(
  reconnect: () => Promise<BenchClient>,
  fn: (client: BenchClient) => Promise<number>,
): Promise<number> {
  const client = await reconnect();
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

async function startServer(target: Target, tls: TlsMaterial): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'server.js'), ...target.server], {
    env: { ...process.env, BENCH_TLS: JSON.stringify(tls) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const match = /^READY (\d+)$/.exec(line);
    if (match) return { port: Number(match[1]), child };
  }
  throw new Error(`${target.name} server exited before it was ready`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const tls = await createDevTls(['localhost', '127.0.0.1']);
// The public-key cryptography of one handshake, alone (both ends, one core): the floor under connection setup.
const cryptoMicros = FILTER.test('new connections') ? handshakeCryptoMicros(tls) : NaN;
if (Number.isFinite(cryptoMicros)) console.log(`handshake cryptography alone: ${Math.round(cryptoMicros)} µs`);
// results[target][metric] = one value per run
const results = targets.map(() => metrics.map((): number[] => []));
for (let run = 1; run <= RUNS; run++) {
  for (const [t, target] of targets.entries()) {
    const { port, child } = await startServer(target, tls);
    const client = await target.connect(port, tls);
    try {
      for (const [m, metric] of metrics.entries()) {
        const value = await metric.measure(client, () => target.connect(port, tls));
        results[t][m].push(value);
        console.log(
          `run ${run}/${RUNS} ${target.name.padEnd(14)} ${metric.label.padEnd(32)} ${format(value)} ${metric.unit}`,
        );
      }
    } finally {
      await client.close();
      await stopServer(child);
    }
  }
}

function format(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

const grpcIndex = targets.findIndex((target) => target.name === 'grpc-js');
const header = `| workload | unit | ${targets.map((t) => t.name).join(' | ')} | ${targets
  .slice(0, -1)
  .map((t) => `${t.name} ÷ grpc-js`)
  .join(' | ')} |`;
const rows = metrics.map((metric, m) => {
  const medians = targets.map((_, t) => median(results[t][m]));
  const ratios = medians.slice(0, -1).map((value) => {
    const base = medians[grpcIndex];
    if (metric.unit === 'errors' || grpcIndex < 0) return '–';
    return base > 0 ? `${(value / base).toFixed(2)}×` : '–';
  });
  return `| ${metric.label} | ${metric.unit} | ${medians.map(format).join(' | ')} | ${ratios.join(' | ')} |`;
});
const report = `## RPC core: QUIC vs grpc-js

Produced by \`npm run bench\` (tools/bench) on ${machine()}. Every figure is the **median of ${RUNS} runs**; runs interleave the transports (run 1 of each,
then run 2, ...). Client and server are separate processes on 127.0.0.1; both sides use TLS with the same certificates
(grpc-js over TLS on TCP). Payloads are protobuf messages encoded by the same generated code on both stacks. Unary
workloads run for ${UNARY_MS} ms after a warm-up of a quarter of that. For latency and error rows lower is better; the ratio
column is ours ÷ grpc-js (above 1× means more throughput, or more latency).

- \`quic <engine> ${LOOPBACK_MAX_UDP_PAYLOAD_BYTES} B\`: UDP payloads up to ${LOOPBACK_MAX_UDP_PAYLOAD_BYTES} bytes; possible only on loopback or within one host.
- \`quic <engine> ${DEFAULT_MAX_UDP_PAYLOAD_BYTES} B\`: the default, what an MTU-1500 network (a Docker bridge) allows.
- \`library\`: \`@matrixai/quic\`'s connection and stream classes (QUIC_ENGINE=library); \`lean\`: this project's engine
  directly on the same quiche binding (QUIC_ENGINE=lean, libs/transport-quic/src/lean), which accepts a client's first
  Initial while fewer than 16 handshakes are unproven (QUIC_UNVALIDATED_HANDSHAKES) and asks for a stateless retry past
  that; \`always retry\`: the lean engine asking every connection for a retry first (QUIC_UNVALIDATED_HANDSHAKES=0;
  the library engine always does).
- \`new connections\`: \`c\` loops each opening a connection (QUIC: dial through the process's shared UDP socket, TLS
  1.3 handshake with the server certificate checked, the RPC stream; grpc-js: a new channel, TCP, TLS 1.3, HTTP/2), one
  64-byte unary call, close, for ${CONNECT_MS} ms. The handshake is from dial to a connection ready for calls. The public-key
  cryptography of one TLS 1.3 handshake with these certificates (X25519 on both ends, the server's ECDSA P-256
  signature, the client's two verifications), measured alone with node:crypto on one core:
  ${Number.isFinite(cryptoMicros) ? `**${Math.round(cryptoMicros)} µs**` : 'not measured in this run'}.

${header}
|${' --- |'.repeat(2 + targets.length * 2 - 1)}
${rows.join('\n')}

### Raw runs

${targets.map((target, t) => `- ${target.name}: ${metrics.map((metric, m) => `${metric.label} [${results[t][m].map(format).join(', ')}]`).join('; ')}`).join('\n')}
`;
writeSection(OUTPUT, 'rpc', report);
console.log(`\nwrote ${OUTPUT}`);
