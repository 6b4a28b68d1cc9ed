// `npm run bench:churn`: connection churn on one QUIC engine (QUIC_ENGINE, default lean). BENCH_CHURN_CYCLES
// (100,000) connections are dialled, each makes one 64-byte unary call and is closed, 16 at a time, against the
// benchmark server (server.ts) in another process. Every tenth of the way it records the dialling process's live heap
// (after a full collection) and RSS, and the server's (its heap collected on a signal): a connection that leaves anything behind at either end
// shows as growth. Writes the "churn" section of docs/benchmarks.md.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { machine, writeSection } from '@switchyard/service-harness';
import {
  DEFAULT_MAX_UDP_PAYLOAD_BYTES,
  QUIC_ENGINES,
  QuicConnection,
  createDevTls,
  type QuicEngine,
} from '@switchyard/transport-quic';
import { quicClient } from './clients.js';
import { rssKiB } from './proc-stats.js';

const ENGINE = (process.env.QUIC_ENGINE ?? 'lean') as QuicEngine;
if (!QUIC_ENGINES.includes(ENGINE)) throw new Error(`QUIC_ENGINE must be one of ${QUIC_ENGINES.join(', ')}`);
const CYCLES = Number(process.env.BENCH_CHURN_CYCLES ?? 100_000);
const CONCURRENCY = 16;
const CHECKPOINTS = 10;
const OUTPUT = process.env.BENCH_OUTPUT ?? join(import.meta.dirname, '..', '..', '..', 'docs', 'benchmarks.md');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Checkpoint {
  cycles: number;
  seconds: number;
  heapKiB: number;
  rssKiB: number;
  serverHeapKiB: number;
  serverRssKiB: number;
}

const tls = await createDevTls(['localhost', '127.0.0.1']);
const server = spawn(
  process.execPath,
  [join(import.meta.dirname, 'server.js'), 'quic', String(DEFAULT_MAX_UDP_PAYLOAD_BYTES), ENGINE],
  { env: { ...process.env, BENCH_TLS: JSON.stringify(tls) }, stdio: ['ignore', 'pipe', 'inherit'] },
);
const serverLines = createInterface({ input: server.stdout! })[Symbol.asyncIterator]();
/** The value of the server's next stdout line of the form `<word> <number>`. */
async function serverSays(word: string): Promise<number> {
  for (let line = await serverLines.next(); !line.done; line = await serverLines.next()) {
    const match = new RegExp(`^${word} (\\d+)$`).exec(line.value);
    if (match) return Number(match[1]);
  }
  throw new Error(`the benchmark server exited before it said ${word}`);
}
const port = await serverSays('READY');
/** The server's live heap after a full collection, in KiB. */
async function serverHeapKiB(): Promise<number> {
  const said = serverSays('HEAP');
  server.kill('SIGUSR2');
  return (await said) / 1024;
}

const payload = new Uint8Array(64).fill(7);
let done = 0;
let errors = 0;
async function cycles(until: number): Promise<void> {
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (done < until) {
        done++;
        try {
          const client = await quicClient(port, { ca: tls.ca }, DEFAULT_MAX_UDP_PAYLOAD_BYTES, ENGINE);
          try {
            await client.unary(payload);
          } finally {
            await client.close();
          }
        } catch {
          errors++;
        }
      }
    }),
  );
}

async function checkpoint(started: number): Promise<Checkpoint> {
  gc();
  return {
    cycles: done,
    seconds: (performance.now() - started) / 1000,
    heapKiB: process.memoryUsage().heapUsed / 1024,
    rssKiB: rssKiB(process.pid),
    serverHeapKiB: await serverHeapKiB(),
    serverRssKiB: rssKiB(server.pid!),
  };
}

const points: Checkpoint[] = [];
try {
  // A warm-up tenth, so that what the first connections set up once (code, caches, the heap's own size) is paid.
  await cycles(CYCLES / CHECKPOINTS);
  done = 0;
  const started = performance.now();
  points.push(await checkpoint(started));
  for (let k = 1; k <= CHECKPOINTS; k++) {
    await cycles((CYCLES * k) / CHECKPOINTS);
    // Every connection has ended once the dialling socket is released.
    await QuicConnection.releaseSocket();
    points.push(await checkpoint(started));
    const p = points[points.length - 1];
    console.log(
      `${p.cycles} cycles, ${Math.round(p.seconds)} s: heap ${Math.round(p.heapKiB)} KiB, RSS ${Math.round(p.rssKiB / 1024)} MiB, server heap ${Math.round(p.serverHeapKiB)} KiB, server RSS ${Math.round(p.serverRssKiB / 1024)} MiB`,
    );
  }
} finally {
  server.kill('SIGTERM');
}

const [first, last] = [points[0], points[points.length - 1]];
const mib = (kib: number) => (kib / 1024).toFixed(1);
const report = `## Connection churn (${ENGINE} QUIC engine)

Produced by \`${ENGINE === 'lean' ? '' : `QUIC_ENGINE=${ENGINE} `}${CYCLES === 100_000 ? '' : `BENCH_CHURN_CYCLES=${CYCLES} `}npm run bench:churn\` (tools/bench/src/churn.ts) on ${machine()}.
${CYCLES.toLocaleString('en-US')} connections dialled, each making one 64-byte unary call and closed, ${CONCURRENCY} at a time, against
the benchmark server in another process (both on the ${ENGINE} engine, ${DEFAULT_MAX_UDP_PAYLOAD_BYTES}-byte datagrams), after a warm-up of
${(CYCLES / CHECKPOINTS).toLocaleString('en-US')}. Heap is a process's live heap after a full collection; RSS is
resident memory. ${errors} cycles failed.

| cycles | seconds | dialler heap (MiB) | dialler RSS (MiB) | server heap (MiB) | server RSS (MiB) |
| --- | --- | --- | --- | --- | --- |
${points.map((p) => `| ${p.cycles.toLocaleString('en-US')} | ${p.seconds.toFixed(0)} | ${mib(p.heapKiB)} | ${mib(p.rssKiB)} | ${mib(p.serverHeapKiB)} | ${mib(p.serverRssKiB)} |`).join('\n')}

From the first row to the last: dialler heap ${mib(last.heapKiB - first.heapKiB)} MiB, dialler RSS
${mib(last.rssKiB - first.rssKiB)} MiB, server heap ${mib(last.serverHeapKiB - first.serverHeapKiB)} MiB, server RSS
${mib(last.serverRssKiB - first.serverRssKiB)} MiB over
${(last.cycles - first.cycles).toLocaleString('en-US')} connections (${((last.cycles - first.cycles) / (last.seconds - first.seconds)).toFixed(0)} a second).
`;
writeSection(OUTPUT, ENGINE === 'lean' ? 'churn' : `churn-${ENGINE}`, report);
console.log(`wrote ${OUTPUT}`);
