// `node tools/bench/dist/scale-profile.js`: a CPU profile of one worker process holding PROFILE_SESSIONS
// (default 300) sessions at the default 500 ms tokens, summarised per component, and its memory per session.
// The profile covers PROFILE_MS (default 10 s) of steady state: it starts once every session streams.
// PROFILE_OUT: a path to keep the .cpuprofile at (for Chrome DevTools or an inclusive-time summary).
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from '@switchyard/service-harness';
import { DEFAULT_MAX_UDP_PAYLOAD_BYTES, loadOrCreateDevCa } from '@switchyard/transport-quic';
import { readCpuProfile, summariseCpuProfile } from './cpu-profile.js';
import { LoadClient } from './load.js';
import { loopbackLimits } from './loopback-limits.js';
import { rssKiB, udpCounters } from './proc-stats.js';

const SESSIONS = Number(process.env.PROFILE_SESSIONS ?? 300);
const MEASURE_MS = Number(process.env.PROFILE_MS ?? 10_000);

const dir = await mkdtemp(join(tmpdir(), 'bench-scale-profile-'));
const limits = loopbackLimits(SESSIONS);
const cluster = new Cluster({
  common: {
    ...limits.common,
    TLS_DEV_DIR: join(dir, 'tls'),
    QUIC_MAX_UDP_PAYLOAD: String(DEFAULT_MAX_UDP_PAYLOAD_BYTES),
  },
  director: limits.director,
  worker: {
    ...limits.worker,
    WORKER_MAX_SESSIONS: String(SESSIONS),
    // --cpu-prof is not allowed in NODE_OPTIONS; the preload profiles through the inspector instead.
    NODE_OPTIONS: `--import=${join(import.meta.dirname, 'profile-preload.js')}`,
    PROFILE_DIR: join(dir, 'prof'),
    PROFILE_START: 'SIGUSR2',
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
  worker.signal('SIGUSR2');
  const [connectedBefore, failoversBefore] = [load.connected.length, load.failovers.length];
  const datagramsBefore = udpCounters().inDatagrams;
  await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
  const datagrams = udpCounters().inDatagrams - datagramsBefore;
  console.log(
    `datagrams received on this machine while profiled: ${datagrams} (${(datagrams / SESSIONS / (MEASURE_MS / 1000)).toFixed(2)} per session per second)`,
  );
  const failovers = load.failovers.slice(failoversBefore).map((f) => f.reason);
  console.log(
    `while profiled: ${load.connected.length - connectedBefore} new worker connections, ${failovers.length} failovers ${JSON.stringify(failovers.slice(0, 10))}`,
  );
  const after = rssKiB(worker.pid);
  worker.signal('SIGUSR2');
  // The second SIGUSR2 writes the profile; wait for it before the shutdown.
  for (let tries = 0; !(await readdir(join(dir, 'prof'))).some((f) => f.endsWith('.cpuprofile')); tries++) {
    if (tries === 100) throw new Error('the worker wrote no profile');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  worker.signal('SIGTERM');
  await worker.exited;
  await load.close();
  const [file] = (await readdir(join(dir, 'prof'))).filter((f) => f.endsWith('.cpuprofile'));
  console.log(`worker with ${SESSIONS} sessions: ${Math.round((after - before) / SESSIONS)} KiB per session`);
  console.log(summariseCpuProfile(readCpuProfile(join(dir, 'prof', file))));
  if (process.env.PROFILE_OUT) await copyFile(join(dir, 'prof', file), process.env.PROFILE_OUT);
} finally {
  await cluster.stop();
  await rm(dir, { recursive: true, force: true });
}
