import { ClientLog, DirectorLog, WorkerLog } from '@switchyard/log-events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { RegistryService } from '@switchyard/protocol';
import { RpcCode, RpcError, createClient, type ServiceClient } from '@switchyard/rpc';
import type { Cluster } from '@switchyard/service-harness';
import {
  connectRpc,
  createCertificateAuthority,
  issueCertificate,
  ROLE_USAGE,
  writeTlsFiles,
  type DialTls,
  type Identity,
} from '@switchyard/transport-quic';
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

/** Calls the management port as `identity` (a certificate issued from the cluster's CA, or `material`). */
async function asPeer<T>(
  identity: Identity | DialTls,
  call: (registry: ServiceClient<typeof RegistryService>) => Promise<T>,
): Promise<T> {
  const material =
    'role' in identity
      ? { ca: tls.ca.cert, ...(await issueCertificate(tls.ca, { identity, usage: ROLE_USAGE[identity.role] })) }
      : identity;
  const connection = await connectRpc({ host: '127.0.0.1', port: cluster.directorPorts!.mgmtPort, tls: material });
  try {
    return await call(createClient(RegistryService, connection.client));
  } finally {
    await connection.close();
  }
}

async function listWorkers(): Promise<string[]> {
  const { workers } = await asPeer({ role: 'operator', name: 'e2e' }, (registry) => registry.listWorkers({}));
  return workers.map((w) => w.label ?? '');
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
    const foreignDir = join(tls.dir, 'foreign');
    await mkdir(foreignDir);
    const foreignCa = await createCertificateAuthority({ name: 'foreign CA' });
    const foreignLeaf = await issueCertificate(foreignCa, {
      identity: { role: 'worker', name: 'intruder' },
      usage: ['server', 'client'],
    });
    const foreign = await writeTlsFiles(foreignDir, { ca: tls.ca.cert, ...foreignLeaf });
    const intruder = cluster.start('worker', {
      WORKER_LABEL: 'intruder',
      WORKER_ADDR: '127.0.0.1:0',
      DIRECTOR_MGMT_TARGET: `localhost:${cluster.directorPorts!.mgmtPort}`,
      TLS_CA_FILE: foreign.caFile,
      TLS_CERT_FILE: foreign.certFile,
      TLS_KEY_FILE: foreign.keyFile,
    });
    const refusals = [await intruder.waitForMsg(WorkerLog.directorUnreachable)];
    refusals.push(
      await intruder.waitFor('a second refusal', (e) => e.msg === WorkerLog.directorUnreachable && e !== refusals[0]),
    );

    // This test process, with no client certificate at all.
    const bare = await asPeer(tls.trust, (registry) =>
      registry.register({ label: 'bare', instanceId: 'x', endpoint: { host: 'localhost', port: 1 }, available: true }),
    ).catch((error: unknown) => error);
    expect(bare).toBeInstanceOf(RpcError);

    expect(await listWorkers()).toEqual(['w1']);
    expect(director.find(DirectorLog.workerRegistered).map((e) => e.worker)).toEqual(['w1']);
    expect(intruder.find(WorkerLog.registered)).toEqual([]);
  });

  it("an impostor with another worker's certificate cannot take over a label or disable it", async () => {
    cluster = fastCluster(tls);
    const director = await cluster.startDirector();
    await cluster.startWorker('w1');
    const client = cluster.startClient({ CLIENT_TOKENS: '20' });
    const impostor = { role: 'worker', name: 'w2' } as const;
    const takeOver = asPeer(impostor, (registry) =>
      registry.register({
        label: 'w1',
        instanceId: 'evil',
        endpoint: { host: 'evil.example', port: 1 },
        available: true,
      }),
    );
    await expect(takeOver).rejects.toMatchObject({ code: RpcCode.PermissionDenied });
    const disable = asPeer(impostor, (registry) =>
      registry.heartbeat({ label: 'w1', instanceId: 'evil', available: false }),
    );
    await expect(disable).rejects.toMatchObject({ code: RpcCode.PermissionDenied });
    // The client is served by the real w1 throughout.
    const summary = await summaryOf(client);
    expect(summary).toMatchObject({ tokens: 20, failovers: 0, perWorker: { w1: 20 } });
    expect(director.find(DirectorLog.permissionDenied).map((e) => e.identity)).toEqual([
      'spiffe://switchyard/worker/w2',
    ]);
    expect(director.find(DirectorLog.workerUnavailable)).toEqual([]);
  });

  it('a worker whose certificate names another identity, and production without TLS files, refuse to start', async () => {
    cluster = fastCluster(tls);
    const filesDir = join(tls.dir, 'w2-files');
    await mkdir(filesDir);
    const leaf = await issueCertificate(tls.ca, {
      identity: { role: 'worker', name: 'w2' },
      usage: ['server', 'client'],
    });
    const files = await writeTlsFiles(filesDir, { ca: tls.ca.cert, ...leaf });
    const misnamed = cluster.start('worker', {
      WORKER_LABEL: 'w1',
      TLS_CA_FILE: files.caFile,
      TLS_CERT_FILE: files.certFile,
      TLS_KEY_FILE: files.keyFile,
    });
    expect(await misnamed.exited).toEqual({ code: 78, signal: null });
    expect(misnamed.stderrText).toContain(
      'TLS_CERT_FILE names spiffe://switchyard/worker/w2, but this service is spiffe://switchyard/worker/w1',
    );
    const production = cluster.start('director', { NODE_ENV: 'production', DIRECTOR_CLIENT_ADDR: '127.0.0.1:0' });
    expect(await production.exited).toEqual({ code: 78, signal: null });
    expect(production.stderrText).toContain('TLS_CA_FILE, TLS_CERT_FILE, TLS_KEY_FILE must be set');
  });
});
