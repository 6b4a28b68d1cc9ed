// `npx nx run bench:profile`: CPU profiles of both processes during unary 64 B calls at
// concurrency PROFILE_CONCURRENCY (default 128) over QUIC, summarised per component.
import { spawn } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createDevTls, LOOPBACK_MAX_UDP_PAYLOAD_BYTES } from '@switchyard/transport-quic';
import { quicClient } from './clients.js';
import { readCpuProfile, summariseCpuProfile, type Profile } from './cpu-profile.js';
import { unaryLoad } from './workloads.js';

const concurrency = Number(process.env.PROFILE_CONCURRENCY ?? 128);
const payloadBytes = Number(process.env.PROFILE_UDP_PAYLOAD ?? LOOPBACK_MAX_UDP_PAYLOAD_BYTES);
const dir = mkdtempSync(join(tmpdir(), 'rpc-profile-'));
const tls = await createDevTls(['localhost', '127.0.0.1']);
const server = spawn(
  process.execPath,
  ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(import.meta.dirname, 'server.js'), 'quic', String(payloadBytes)],
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
const client = await quicClient(port, tls, payloadBytes);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const result = await unaryLoad(client, concurrency, 4000);
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
session.disconnect();
await client.close();
const exited = new Promise((resolve) => server.once('exit', resolve));
server.kill('SIGTERM');
await exited;
console.log(
  `unary 64 B, c=${concurrency}, ${payloadBytes}-byte datagrams: ${Math.round(result.callsPerSecond)} calls/s, p50 ${result.p50Ms.toFixed(2)} ms`,
);
console.log(`\n== client ==\n${summariseCpuProfile(profile)}`);
const serverProfile = readdirSync(dir).find((file) => file.endsWith('.cpuprofile'))!;
console.log(`\n== server ==\n${summariseCpuProfile(readCpuProfile(join(dir, serverProfile)))}`);
