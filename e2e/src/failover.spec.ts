import { ClientLog, DirectorLog, WorkerLog } from '@switchyard/log-events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { SyntheticAnswer } from '@switchyard/protocol';
import { checkDelivery, deliveredTokens, type Cluster, type ServiceProcess } from '@switchyard/service-harness';
import {
  PROMPT,
  deliveredExactly,
  fastCluster,
  removeTls,
  streamingAt,
  summaryOf,
  writeTls,
  type TlsFixture,
} from './harness/cluster.js';

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

    const summary = await deliveredExactly(client, 40);
    expect(summary.failovers).toBeGreaterThanOrEqual(1);
    const [failover] = client.find(ClientLog.failover);
    expect(failover.from).toBe(serving);
    expect(['stall', 'heartbeat', 'stream-closed']).toContain(failover.reason);
    const resumed = client.find(ClientLog.resumed)[0];
    expect(resumed.worker).not.toBe(serving);
    expect(resumed.afterSequence).toBe(failover.lastSequence);
    expect(Object.keys(summary.perWorker).filter((w) => w !== serving).length).toBeGreaterThan(0);
  });

  it('an answer of max_tokens continued after a kill -9 ends there, with finish reason length, every id once', async () => {
    cluster = fastCluster(tls);
    await cluster.startDirector();
    const workers = await startWorkers(['w1', 'w2']);
    // No CLIENT_TOKENS cap: only the end of the answer ends the client.
    const client = cluster.startClient({ CLIENT_MAX_TOKENS: '25' });
    const serving = await streamingAt(client, 8);
    await workers.get(serving)!.kill();

    const summary = await deliveredExactly(client, 25);
    expect(summary).toMatchObject({ finishReason: 'length', tokens: 25, lastSequence: 25 });
    expect(summary.failovers).toBeGreaterThanOrEqual(1);
    // Every token line carried the synthetic engine's id for its place (deliveredExactly checks each one).
    expect(deliveredTokens(client).every((t) => t.tokenIds?.length === 1)).toBe(true);
  });

  it("a model no worker serves: the client ends with the worker's refusal and exit status 1, no failover", async () => {
    cluster = fastCluster(tls);
    await cluster.startDirector();
    await startWorkers(['w1']);
    const client = cluster.startClient({ CLIENT_MODEL: 'llama-3-8b' });
    const refused = await client.waitForMsg(ClientLog.refused);
    expect(refused).toMatchObject({
      code: 5,
      err: expect.stringContaining('serves model "synthetic", not "llama-3-8b"'),
    });
    expect(await client.exited).toMatchObject({ code: 1 });
    expect(client.find(ClientLog.failover)).toEqual([]);
  });

  it('SIGSTOP of the serving worker with 500 ms tokens: the stalled stream alone detects it', async () => {
    cluster = fastCluster(tls);
    await cluster.startDirector();
    const workers = await startWorkers(['w1', 'w2'], { WORKER_TOKEN_INTERVAL_MS: '500' });
    // The periodic heartbeat and the progress deadline are pushed out of reach: only the stall probe can detect
    // the frozen worker (how fast it does is measured by `npm run bench:failover`).
    const client = cluster.startClient({
      CLIENT_TOKENS: '12',
      CLIENT_HEARTBEAT_INTERVAL_MS: '600000',
      CLIENT_HEARTBEAT_TIMEOUT_MS: '3000',
      CLIENT_PROGRESS_TIMEOUT_MS: '600000',
    });
    const serving = await streamingAt(client, 4);
    workers.get(serving)!.signal('SIGSTOP');

    const failover = await client.waitForMsg(ClientLog.failover, { from: serving });
    expect(failover.reason).toBe('stall');
    const summary = await deliveredExactly(client, 12);
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

    const summaries = await Promise.all(clients.map((client) => deliveredExactly(client, 40)));
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
    await deliveredExactly(client, 30);
  });
});

describe('the consumer-side check', () => {
  it("fails on workers that resume one token off, which the client's own checks cannot see", async () => {
    cluster = fastCluster(tls);
    await cluster.startDirector();
    // Both workers carry the fault: whichever takes over resumes with the text one token ahead of its sequence.
    const workers = await startWorkers(['w1', 'w2'], { WORKER_FAULT: 'skip' });
    const client = cluster.startClient({ CLIENT_TOKENS: '20' });
    const serving = await streamingAt(client, 5);
    await workers.get(serving)!.kill();

    // The client sees a clean failover: every sequence number once, no violation refused.
    const summary = await summaryOf(client);
    expect(summary).toMatchObject({ tokens: 20, violations: { 'out-of-sequence': 0, 'wrong-resume-point': 0 } });
    const report = checkDelivery(deliveredTokens(client), PROMPT, 20);
    expect(report).toMatchObject({ delivered: 20, missing: 0, repeated: 0 });
    const resumedAfter = client.find(ClientLog.resumed)[0].afterSequence as number;
    // Every token after the resume carries its successor's id (and text), but where the two are the same word.
    const answer = new SyntheticAnswer(PROMPT);
    const shifted: number[] = [];
    for (let s = resumedAfter + 1; s <= 20; s++) if (answer.tokenId(s + 1) !== answer.tokenId(s)) shifted.push(s);
    expect(shifted.length).toBeGreaterThan(0);
    expect(report.wrongText).toBe(shifted.length);
    expect(report.problems[0]).toMatch(new RegExp(`^token ${shifted[0]} is `));
    await expect(deliveredExactly(client, 20)).rejects.toThrow(`token ${shifted[0]} is `);
  });
});
