import { ClientLog, DirectorLog, WorkerLog } from '@switchyard/log-events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DirectorService, RegistryService } from '@switchyard/protocol';
import { RpcError, createClient } from '@switchyard/rpc';
import type { Cluster } from '@switchyard/service-harness';
import { connectRpc } from '@switchyard/transport-quic';
import { fastCluster, removeTls, streamingAt, summaryOf, writeTls, type TlsFixture } from './harness/cluster.js';

// The director's side: restarts, an empty registry, and peers that must not register.
let tls: TlsFixture;
let cluster: Cluster;

beforeAll(async () => {
  tls = await writeTls();
});
afterAll(async () => {
  await removeTls(tls);
});
afterEach(async () => {
  await cluster.stop();
});

async function listWorkers(): Promise<string[]> {
  const connection = await connectRpc({
    host: '127.0.0.1',
    port: cluster.directorPorts!.clientPort,
    serverName: 'localhost',
    tls: tls.material,
  });
  try {
    const { workers } = await createClient(DirectorService, connection.client).listWorkers({});
    return workers.map((w) => w.label ?? '');
  } finally {
    await connection.close();
  }
}

describe('control plane', () => {
  it('director killed and restarted mid-run: workers re-register and the client completes', async () => {
    cluster = fastCluster(tls);
    const director = await cluster.startDirector();
    const w1 = await cluster.startWorker('w1');
    const w2 = await cluster.startWorker('w2');
    const workers = { w1, w2 };
    const client = cluster.startClient({ CLIENT_TOKENS: '60' });
    const serving = (await streamingAt(client, 10)) as keyof typeof workers;
    const survivor = serving === 'w1' ? 'w2' : 'w1';

    await director.kill();
    // With the director down, the client loses its worker and must wait for the director.
    await workers[serving].kill();
    await client.waitForMsg(ClientLog.directorUnreachable);
    const restarted = await cluster.startDirector();
    await restarted.waitForMsg(DirectorLog.workerRegistered, { worker: survivor });

    const summary = await summaryOf(client);
    expect(summary).toMatchObject({ tokens: 60, gaps: 0, duplicates: 0 });
    expect(summary.perWorker[survivor]).toBeGreaterThan(0);
    expect(workers[survivor].find(WorkerLog.registered).length).toBeGreaterThanOrEqual(2);
    expect(restarted.find(DirectorLog.workerAssigned, { worker: survivor }).length).toBeGreaterThanOrEqual(1);
  });

  it('all workers down, then one back: the client waits with backoff and completes', async () => {
    cluster = fastCluster(tls);
    await cluster.startDirector();
    const w1 = await cluster.startWorker('w1');
    const client = cluster.startClient({ CLIENT_TOKENS: '30' });
    await streamingAt(client, 5);
    await w1.kill();

    const waits = [await client.waitForMsg(ClientLog.noWorkerAvailable)];
    waits.push(
      await client.waitFor('a second, longer wait', (e) => e.msg === ClientLog.noWorkerAvailable && e !== waits[0]),
    );
    expect(waits[1].retryInMs).toBeGreaterThan(waits[0].retryInMs as number);
    await cluster.startWorker('w2');

    const summary = await summaryOf(client);
    expect(summary).toMatchObject({ tokens: 30, gaps: 0, duplicates: 0 });
    expect(summary.perWorker.w2).toBeGreaterThan(0);
  });

  it('peers without a certificate from the CA are refused and the registry is unchanged', async () => {
    cluster = fastCluster(tls);
    const director = await cluster.startDirector();
    await cluster.startWorker('w1');

    // A worker process whose certificate comes from another CA (it still trusts the director's).
    const foreign = await writeTls(['localhost'], tls.dir, 'foreign');
    const intruder = cluster.start('worker', {
      WORKER_LABEL: 'intruder',
      WORKER_ADDR: '127.0.0.1:0',
      DIRECTOR_MGMT_TARGET: `localhost:${cluster.directorPorts!.mgmtPort}`,
      TLS_CERT_FILE: foreign.env.TLS_CERT_FILE,
      TLS_KEY_FILE: foreign.env.TLS_KEY_FILE,
    });
    const refusals = [await intruder.waitForMsg(WorkerLog.directorUnreachable)];
    refusals.push(
      await intruder.waitFor('a second refusal', (e) => e.msg === WorkerLog.directorUnreachable && e !== refusals[0]),
    );

    // This test process, with no client certificate at all.
    const bare = await connectRpc({
      host: '127.0.0.1',
      port: cluster.directorPorts!.mgmtPort,
      serverName: 'localhost',
      tls: tls.material,
      presentClientCert: false,
    })
      .then(async (connection) => {
        try {
          return await createClient(RegistryService, connection.client).register({
            label: 'bare',
            endpoint: { host: 'localhost', port: 1 },
            available: true,
            load: 0,
          });
        } finally {
          await connection.close();
        }
      })
      .catch((error: unknown) => error);
    expect(bare).toBeInstanceOf(RpcError);

    expect(await listWorkers()).toEqual(['w1']);
    expect(director.find(DirectorLog.workerRegistered).map((e) => e.worker)).toEqual(['w1']);
    expect(intruder.find(WorkerLog.registered)).toEqual([]);
  });
});
