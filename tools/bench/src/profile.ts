// `npx nx run bench:profile`: CPU profiles of both processes during one workload over QUIC, summarised per
// component: PROFILE_WORKLOAD `unary` (64 B calls at concurrency PROFILE_CONCURRENCY, default 128; the default),
// `stream` (a server stream of 100k × 64 B), `bulk` (64 MiB one way) or `connect` (new connections one at a time,
// each with one call), with PROFILE_UDP_PAYLOAD-byte datagrams (default 65000), on PROFILE_QUIC_ENGINE (library or
// lean; default lean).
import { spawn } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createDevTls, LOOPBACK_MAX_UDP_PAYLOAD_BYTES, type QuicEngine } from '@switchyard/transport-quic';
import { quicClient } from './clients.js';
import { readCpuProfile, summariseCpuProfile, type Profile } from './cpu-profile.js';
import { bulkUpload, serverStream, unaryLoad } from './workloads.js';
import { connectionSetup } from './connections.js';

const concurrency = Number(process.env.PROFILE_CONCURRENCY ?? 128);
const workload = process.env.PROFILE_WORKLOAD ?? 'unary';
const payloadBytes = Number(process.env.PROFILE_UDP_PAYLOAD ?? LOOPBACK_MAX_UDP_PAYLOAD_BYTES);
const engine = (process.env.PROFILE_QUIC_ENGINE ?? 'lean') as QuicEngine;
const dir = mkdtempSync(join(tmpdir(), 'rpc-profile-'));
const tls = await createDevTls(['localhost', '127.0.0.1']);
const server = spawn(
  process.execPath,
  ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(import.meta.dirname, 'server.js'), 'quic', String(payloadBytes), engine],
  {
    env: { ...process.env, BENCH_TLS: JSON.stringify(tls) },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let port = 0;
for await (const line of createInterface({ input: server.stdout! })) {
  const match = /^READY (\d+)$/.exec(line);
  if (match) {
    port = Number(match[1]);
    break;
  }
}
const client = await quicClient(port, { ca: tls.ca }, payloadBytes, engine);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
let result: string;
if (workload === 'stream') {
  result = `server stream 100k × 64 B: ${Math.round(await serverStream(client, 100_000))} msgs/s`;
} else if (workload === 'bulk') {
  result = `64 MiB one-way: ${(await bulkUpload(client, 64 * 1024 * 1024)).toFixed(1)} MB/s`;
} else if (workload === 'connect') {
  const setup = await connectionSetup(() => quicClient(port, { ca: tls.ca }, payloadBytes, engine), concurrency, 4000);
  result = `new connections, c=${concurrency}: ${setup.connectionsPerSecond.toFixed(1)}/s, handshake p50 ${setup.handshakeP50Ms.toFixed(1)} ms`;
} else {
  const unary = await unaryLoad(client, concurrency, 4000);
  result = `unary 64 B, c=${concurrency}: ${Math.round(unary.callsPerSecond)} calls/s, p50 ${unary.p50Ms.toFixed(2)} ms`;
}
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
session.disconnect();
await client.close();
const exited = new Promise((resolve) => server.once('exit', resolve));
server.kill('SIGTERM');
await exited;
console.log(`${result}, ${payloadBytes}-byte datagrams`);
console.log(`\n== client ==\n${summariseCpuProfile(profile)}`);
const serverProfile = readdirSync(dir).find((file) => file.endsWith('.cpuprofile'))!;
console.log(`\n== server ==\n${summariseCpuProfile(readCpuProfile(join(dir, serverProfile)))}`);
