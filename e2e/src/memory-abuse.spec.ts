import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { WorkerLog } from '@switchyard/log-events';
import { DirectorService, FrameType, WorkerService, encodeFrames, rpc } from '@switchyard/protocol';
import { createClient } from '@switchyard/rpc';
import type { Cluster, ServiceProcess } from '@switchyard/service-harness';
import { QuicConnection, connectRpc, type RpcConnection } from '@switchyard/transport-quic';
import { fastCluster, removeTls, writeTls, type TlsFixture } from './harness/cluster.js';

// The security review's attack on real processes: peers without certificates open many connections from one
// address, call unknown methods and never read (and give the server as little receive window as they can, so
// its answers wait in the server). A director and a worker stay well within their Kubernetes memory limits, every
// queue such a peer made is given back (the server ends each of its streams: refused with its connection, reset
// past a bound, or reset for reading nothing), and a client is served once the attacker has left.

/**
 * The peak resident memory each service may reach under the attack, in MiB: its Kubernetes memory limit
 * (tools/k8s/src/settings.ts, RESOURCES) with a fifth kept as margin; for a worker, less the 170 MiB a full
 * worker's 200 sessions take (docs/operations.md, "Resources"), which the attack must leave room for.
 */
const PEAK_BOUND_MIB = { director: 0.8 * 256, worker: 0.8 * 512 - 170 };

/** Per stream: 1000 calls of a 120-character unknown method, whose refusals (each naming it) take 150 KB. */
const FLOOD = encodeFrames(
  Array.from({ length: 1000 }, (_, i) => ({
    type: FrameType.Header,
    callId: i + 1,
    payload: rpc.v1.RequestHeader.encode({ method: `/nowhere.v1.Nothing/${'M'.repeat(100)}` }).finish(),
  })),
);

let tls: TlsFixture;
let cluster: Cluster;
const opened: { close(): Promise<void> }[] = [];
/** The attacker's connections, open until it leaves. */
const attacker: QuicConnection[] = [];

beforeAll(async () => {
  tls = await writeTls();
});
afterAll(async () => {
  await removeTls(tls);
  // The attacker's connections finish closing (their draining periods) and the dialling socket goes.
  await QuicConnection.releaseSocket();
});
afterEach(async () => {
  await Promise.all([...opened.splice(0), ...attacker.splice(0)].map((c) => c.close()));
  await cluster.stop();
});

/** VmHWM (peak resident memory) of a process, in MiB. */
function peakMiB(pid: number): number {
  const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kib) / 1024;
}

/**
 * Resolves with the peak once a process's peak memory is above `boundMiB`: a bound that does not hold then
 * fails the test at once rather than at its timeout. It synchronises nothing; `stop` ends the watch.
 */
function watchPeak(pid: number, boundMiB: number): { above: Promise<number>; stop(): void } {
  let timer: ReturnType<typeof setInterval> | undefined;
  const above = new Promise<number>((resolve) => {
    timer = setInterval(() => {
      // A process that is gone has no peak to read: the test then fails on its exit.
      const peak = existsSync(`/proc/${pid}`) ? peakMiB(pid) : Infinity;
      if (peak > boundMiB) resolve(peak);
    }, 100);
  });
  return { above, stop: () => clearInterval(timer) };
}

/**
 * `connections` connections to `port` at once, each with a 4 KiB receive window; on each, one stream carrying
 * `FLOOD`, never read. Resolves once every stream has ended: refused with its connection (past the connections one
 * address may hold), reset by the server, or closed.
 */
async function flood(port: number, connections: number): Promise<void> {
  const dialled = await Promise.all(
    Array.from({ length: connections }, () =>
      QuicConnection.dial({
        tls: tls.trust,
        host: '127.0.0.1',
        port,
        connectTimeoutMs: 10_000,
        streamWindowBytes: 4096,
        connectionWindowBytes: 4096,
      }).catch(() => undefined),
    ),
  );
  await Promise.all(
    dialled.map(async (connection) => {
      if (!connection) return;
      attacker.push(connection);
      let stream;
      try {
        stream = connection.openStream();
      } catch {
        return; // the server has closed the connection already
      }
      const ended = stream.readable.getReader().closed.catch(() => undefined);
      void stream.writable
        .getWriter()
        .write(FLOOD)
        .catch(() => undefined);
      await ended;
    }),
  );
}

/** The attacker leaves: its connections close, and resolves once each has finished closing (draining) here. */
async function leave(): Promise<void> {
  const connections = attacker.splice(0);
  await Promise.all(connections.map((c) => c.close()));
  await Promise.all(connections.map((c) => c.closed));
}

/**
 * Calls `call` on a new connection until the server takes it: it counts the attacker's connections as closed a
 * moment after they close. Each attempt ends with an answer or a refusal; refusals for 10 s fail the test.
 */
async function servedAfter<T>(port: number, call: (connection: RpcConnection) => Promise<T>): Promise<T> {
  const deadline = performance.now() + 10_000;
  for (;;) {
    // The refusal may come as the connection opens (closed at once while the server still counts the attacker's).
    const answer = await connectRpc({ tls: tls.trust, host: '127.0.0.1', port }).then(
      (connection) =>
        call(connection).then(
          (value) => ({ value, connection }),
          async (error: unknown) => {
            await connection.close();
            return { error };
          },
        ),
      (error: unknown) => ({ error }),
    );
    if ('value' in answer) {
      opened.push(answer.connection);
      return answer.value;
    }
    if (performance.now() > deadline) throw answer.error;
  }
}

/**
 * The attack on `port` of `service`: its peak memory stays within `boundMiB` while every stream of the attacker
 * is ended by the server (none is held for ever), and once the attacker has left, `served` is answered.
 */
async function attack(
  service: ServiceProcess,
  port: number,
  options: { connections: number; boundMiB: number; served: () => Promise<unknown> },
): Promise<void> {
  const watch = watchPeak(service.pid, options.boundMiB);
  try {
    await Promise.race([flood(port, options.connections), watch.above]);
  } finally {
    watch.stop();
  }
  if (!service.running) throw new Error(`${service.name} exited under the attack\n${service.tail()}`);
  expect(peakMiB(service.pid)).toBeLessThanOrEqual(options.boundMiB);
  await leave();
  expect(await options.served()).toBeDefined();
}

describe('non-reading peers against the services memory', () => {
  it('200 connections from one address calling a director and never reading: it stays within its limit', async () => {
    cluster = fastCluster(tls);
    const director = await cluster.startDirector();
    await cluster.startWorker('w1');
    const port = cluster.directorPorts!.clientPort;
    await attack(director, port, {
      connections: 200,
      boundMiB: PEAK_BOUND_MIB.director,
      served: () => servedAfter(port, (c) => createClient(DirectorService, c.client).assignWorker({})),
    });
  }, 120_000);

  it('150 connections from one address calling a worker and never reading: it stays within its limit', async () => {
    cluster = fastCluster(tls);
    await cluster.startDirector();
    const worker = await cluster.startWorker('w1');
    const port = worker.find(WorkerLog.listening)[0].port as number;
    await attack(worker, port, {
      connections: 150,
      boundMiB: PEAK_BOUND_MIB.worker,
      served: () => servedAfter(port, (c) => createClient(WorkerService, c.client).ping({})),
    });
  }, 120_000);
});
