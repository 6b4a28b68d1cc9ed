import { ClientLog, DirectorLog, WorkerLog } from '@switchyard/log-events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { fastCluster, removeTls, streamingAt, summaryOf, writeTls, type TlsFixture } from './harness/cluster.js';
import type { Cluster, ServiceProcess } from '@switchyard/service-harness';

// Real director, worker and client processes over QUIC on 127.0.0.1, failing in different ways.
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

async function startWorkers(labels: string[], env: Record<string, string> = {}): Promise<Map<string, ServiceProcess>> {
  const workers = await Promise.all(labels.map((label) => cluster.startWorker(label, env)));
  return new Map(labels.map((label, i) => [label, workers[i]]));
}

describe('failover', () => {
  it('kill -9 of the serving worker: the client finishes on another worker with no gap and no duplicate', async () => {
    cluster = fastCluster(tls);
    await cluster.startDirector();
    const workers = await startWorkers(['w1', 'w2', 'w3']);
    const client = cluster.startClient({ CLIENT_TOKENS: '40' });
    const serving = await streamingAt(client, 10);
    await workers.get(serving)!.kill();

    const summary = await summaryOf(client);
    expect(summary).toMatchObject({ tokens: 40, lastSequence: 40, gaps: 0, duplicates: 0 });
    expect(summary.failovers).toBeGreaterThanOrEqual(1);
    const [failover] = client.find(ClientLog.failover);
    expect(failover.from).toBe(serving);
    expect(['stall', 'heartbeat', 'stream-closed']).toContain(failover.reason);
    const resumed = client.find(ClientLog.resumed)[0];
    expect(resumed.worker).not.toBe(serving);
    expect(resumed.afterSequence).toBe(failover.lastSequence);
    expect(Object.keys(summary.perWorker).filter((w) => w !== serving).length).toBeGreaterThan(0);
  });

  it('SIGSTOP of the serving worker with 500 ms tokens is detected from the stalled stream in under 2 s', async () => {
    cluster = fastCluster(tls);
    await cluster.startDirector();
    const workers = await startWorkers(['w1', 'w2'], { WORKER_TOKEN_INTERVAL_MS: '500' });
    // Default client heartbeat (every 5 s, 3 s timeout): only the stall detector can be this fast.
    const client = cluster.startClient({
      CLIENT_TOKENS: '12',
      CLIENT_HEARTBEAT_INTERVAL_MS: '5000',
      CLIENT_HEARTBEAT_TIMEOUT_MS: '3000',
    });
    const serving = await streamingAt(client, 4);
    const frozenAt = Date.now();
    workers.get(serving)!.signal('SIGSTOP');

    const failover = await client.waitForMsg(ClientLog.failover);
    expect(failover).toMatchObject({ from: serving, reason: 'stall' });
    expect(failover.time - frozenAt).toBeLessThan(2000);
    const summary = await summaryOf(client);
    expect(summary).toMatchObject({ tokens: 12, gaps: 0, duplicates: 0, failovers: 1 });
    expect(summary.perWorker[serving === 'w1' ? 'w2' : 'w1']).toBeGreaterThan(0);
  });

  it('simulated failures on every worker: all clients receive every token exactly once', async () => {
    cluster = fastCluster(tls);
    await cluster.startDirector();
    const workers = await startWorkers(['w1', 'w2', 'w3'], {
      WORKER_FAILURE: 'simulated',
      WORKER_FAIL_AFTER_MS: '500-1500',
      WORKER_RECOVERY_MS: '1000',
    });
    const clients = [0, 1, 2].map(() => cluster.startClient({ CLIENT_TOKENS: '40' }));

    const summaries = await Promise.all(clients.map((client) => summaryOf(client)));
    for (const summary of summaries)
      expect(summary).toMatchObject({ tokens: 40, lastSequence: 40, gaps: 0, duplicates: 0 });
    expect(summaries.reduce((n, s) => n + s.failovers, 0)).toBeGreaterThanOrEqual(3);
    for (const client of clients)
      for (const failover of client.find(ClientLog.failover)) expect(failover.reason).toBe('error-frame');
    const failed = [...workers.values()].filter((w) => w.find(WorkerLog.simulatedFailure).length > 0);
    expect(failed.length).toBeGreaterThanOrEqual(2);
    expect(failed.some((w) => w.find(WorkerLog.recovered).length > 0)).toBe(true);
    // Each session kept one id across all of its workers.
    for (const client of clients)
      expect(new Set(client.find(ClientLog.workerAssigned).map((e) => e.sessionId)).size).toBe(1);
  });

  it('SIGTERM: the worker tells its client to go elsewhere, the client fails over at once, the worker exits 0', async () => {
    cluster = fastCluster(tls);
    const director = await cluster.startDirector();
    const workers = await startWorkers(['w1', 'w2']);
    const client = cluster.startClient({ CLIENT_TOKENS: '30' });
    const serving = await streamingAt(client, 5);
    workers.get(serving)!.signal('SIGTERM');

    const failover = await client.waitForMsg(ClientLog.failover);
    expect(failover).toMatchObject({ from: serving, reason: 'goaway' });
    expect(await workers.get(serving)!.exited).toEqual({ code: 0, signal: null });
    await director.waitForMsg(DirectorLog.workerUnavailable, { worker: serving });
    expect(await summaryOf(client)).toMatchObject({ tokens: 30, gaps: 0, duplicates: 0, failovers: 1 });
  });
});
