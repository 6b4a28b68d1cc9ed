// `node tools/bench/dist/scale-profile.js`: a CPU profile of one worker process holding PROFILE_SESSIONS
// (default 300) sessions at the default 500 ms tokens, summarised per component, and its memory per session.
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from '@switchyard/service-harness';
import { DEFAULT_MAX_UDP_PAYLOAD_BYTES, loadOrCreateDevCa } from '@switchyard/transport-quic';
import { readCpuProfile, summariseCpuProfile } from './cpu-profile.js';
import { LoadClient } from './load.js';

const SESSIONS = Number(process.env.PROFILE_SESSIONS ?? 300);
const MEASURE_MS = Number(process.env.PROFILE_MS ?? 10_000);
const rssKiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);

const dir = await mkdtemp(join(tmpdir(), 'bench-scale-profile-'));
const cluster = new Cluster({
  common: {
    TLS_DEV_DIR: join(dir, 'tls'),
    QUIC_MAX_UDP_PAYLOAD: String(DEFAULT_MAX_UDP_PAYLOAD_BYTES),
    QUIC_MAX_CONNECTIONS_PER_PEER: String(4 * SESSIONS),
  },
  worker: {
    WORKER_MAX_SESSIONS: String(SESSIONS),
    // --cpu-prof is not allowed in NODE_OPTIONS; the preload profiles through the inspector instead.
    NODE_OPTIONS: `--import=${join(import.meta.dirname, 'profile-preload.js')}`,
    PROFILE_DIR: join(dir, 'prof'),
  },
});
try {
  const ca = await loadOrCreateDevCa(join(dir, 'tls'));
  await mkdir(join(dir, 'prof'));
  await cluster.startDirector();
  const worker = await cluster.startWorker('w1');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const before = rssKiB(worker.pid);
  const load = new LoadClient({
    directors: [{ host: 'localhost', port: cluster.directorPorts!.clientPort }],
    tls: { ca: ca.cert },
    maxUdpPayloadBytes: DEFAULT_MAX_UDP_PAYLOAD_BYTES,
    tokenIntervalMs: 500,
  });
  await load.add(SESSIONS, 100);
  await load.allStreaming(1, 120_000);
  await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
  const after = rssKiB(worker.pid);
  worker.signal('SIGTERM');
  await worker.exited;
  await load.close();
  const [file] = (await readdir(join(dir, 'prof'))).filter((f) => f.endsWith('.cpuprofile'));
  console.log(`worker with ${SESSIONS} sessions: ${Math.round((after - before) / SESSIONS)} KiB per session`);
  console.log(summariseCpuProfile(readCpuProfile(join(dir, 'prof', file))));
} finally {
  await cluster.stop();
  await rm(dir, { recursive: true, force: true });
}
