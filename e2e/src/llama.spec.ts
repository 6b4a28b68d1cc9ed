import { ClientLog, WorkerLog } from '@switchyard/log-events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyLlamaGguf } from '@switchyard/serving/testing';
import { deliveredTokens, type Cluster, type ServiceProcess } from '@switchyard/service-harness';
import { fastCluster, removeTls, streamingAt, summaryOf, writeTls, type TlsFixture } from './harness/cluster.js';

// Workers running a real model (llama.cpp through node-llama-cpp, the project's own tiny GGUF) as real processes,
// in-process (`llama`) or behind engine processes served like vLLM (`openai`): a worker or an engine killed or frozen
// mid-answer, and the answer the client delivers is the uninterrupted one, token for token.

let tls: TlsFixture;
let dir: string;
let cluster: Cluster;

beforeAll(async () => {
  tls = await writeTls();
  dir = mkdtempSync(join(tmpdir(), 'e2e-llama-'));
  writeFileSync(join(dir, 'tiny.gguf'), tinyLlamaGguf({ seed: 11 }));
});
afterAll(async () => {
  await removeTls(tls);
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await cluster.stop();
});

const ANSWER_TOKENS = 60;

async function llamaCluster(labels: string[]): Promise<Map<string, ServiceProcess>> {
  cluster = fastCluster(tls);
  await cluster.startDirector();
  // 20 ms between tokens: a model's pace on a GPU, so a failure lands mid-answer.
  const env = { WORKER_ENGINE: 'llama', WORKER_MODEL: join(dir, 'tiny.gguf'), WORKER_TOKEN_INTERVAL_MS: '20' };
  const workers = await Promise.all(labels.map((label) => cluster.startWorker(label, env)));
  return new Map(labels.map((label, i) => [label, workers[i]]));
}

/** The ids and the text a client delivered, from its token lines, once it has finished. */
async function answerOf(client: ServiceProcess) {
  const summary = await summaryOf(client);
  const tokens = deliveredTokens(client);
  return { summary, ids: tokens.flatMap((t) => t.tokenIds ?? []), text: tokens.map((t) => t.text).join('') };
}

describe('a real model behind the workers', () => {
  it.each([['kill -9'], ['SIGSTOP']])(
    '%s of the serving worker mid-answer: the delivered ids and text are the uninterrupted answer',
    async (failure) => {
      const workers = await llamaCluster(['w1', 'w2']);
      const client = { CLIENT_MAX_TOKENS: String(ANSWER_TOKENS) };
      const uninterrupted = await answerOf(cluster.startClient(client));
      expect(uninterrupted.summary).toMatchObject({ finishReason: 'length', tokens: ANSWER_TOKENS, failovers: 0 });
      expect(uninterrupted.ids).toHaveLength(ANSWER_TOKENS);

      const interrupted = cluster.startClient(client);
      const serving = await streamingAt(interrupted, 20);
      if (failure === 'kill -9') await workers.get(serving)!.kill();
      else workers.get(serving)!.signal('SIGSTOP');
      const resumed = await answerOf(interrupted);

      expect(resumed.summary).toMatchObject({ finishReason: 'length', tokens: ANSWER_TOKENS });
      expect(resumed.summary.failovers).toBeGreaterThanOrEqual(1);
      expect(interrupted.find(ClientLog.resumed)[0].worker).not.toBe(serving);
      expect(resumed.ids).toEqual(uninterrupted.ids);
      expect(resumed.text).toBe(uninterrupted.text);
    },
  );
});

/** The model's name, from its GGUF metadata: what a worker in front of an engine server asks for. */
const MODEL = 'switchyard-tiny-llama';

/**
 * A worker per engine server (w1 in front of e1, …), each server a process running the same GGUF, 20 ms a token.
 * `engineEnv` and `workerEnv` add to each.
 */
async function upstreamCluster(
  labels: string[],
  engineEnv: Record<string, string> = {},
  workerEnv: Record<string, string> = {},
) {
  cluster = fastCluster(tls);
  await cluster.startDirector();
  const model = { ENGINE_MODEL: join(dir, 'tiny.gguf'), ENGINE_TOKEN_INTERVAL_MS: '20', ...engineEnv };
  const engines = await Promise.all(labels.map(() => cluster.startEngineServer(model)));
  const workers = await Promise.all(
    labels.map((label, i) =>
      cluster.startWorker(label, {
        WORKER_ENGINE: 'openai',
        WORKER_UPSTREAM_URL: engines[i].url,
        WORKER_MODEL: MODEL,
        WORKER_UPSTREAM_HEALTH_INTERVAL_MS: '200',
        ...workerEnv,
      }),
    ),
  );
  return new Map(labels.map((label, i) => [label, { worker: workers[i], engine: engines[i].process }]));
}

describe('a real model behind engine processes (WORKER_ENGINE=openai)', () => {
  it.each([['kill -9'], ['SIGSTOP']])(
    '%s of the serving engine mid-answer: the delivered ids and text are the uninterrupted answer',
    async (failure) => {
      const members = await upstreamCluster(['w1', 'w2']);
      const client = { CLIENT_MAX_TOKENS: String(ANSWER_TOKENS), CLIENT_MODEL: MODEL };
      const uninterrupted = await answerOf(cluster.startClient(client));
      expect(uninterrupted.summary).toMatchObject({ finishReason: 'length', tokens: ANSWER_TOKENS, failovers: 0 });
      expect(uninterrupted.ids).toHaveLength(ANSWER_TOKENS);

      const interrupted = cluster.startClient(client);
      const serving = await streamingAt(interrupted, 20);
      const { engine, worker } = members.get(serving)!;
      if (failure === 'kill -9') await engine.kill();
      else engine.signal('SIGSTOP');
      const resumed = await answerOf(interrupted);

      expect(resumed.summary).toMatchObject({ finishReason: 'length', tokens: ANSWER_TOKENS });
      expect(resumed.summary.failovers).toBeGreaterThanOrEqual(1);
      expect(interrupted.find(ClientLog.resumed)[0].worker).not.toBe(serving);
      expect(resumed.ids).toEqual(uninterrupted.ids);
      expect(resumed.text).toBe(uninterrupted.text);
      // The worker in front of the dead or frozen engine says its engine is not ready (and so is unavailable).
      await worker.waitForMsg(WorkerLog.engineReadiness, { ready: false });
    },
  );

  it('a request the engine refuses ends the client with the engine’s reason, without a failover', async () => {
    // The engine holds 64 tokens per request; the worker believes 4096: the engine's 400 is the caller's answer.
    await upstreamCluster(['w1', 'w2'], { ENGINE_CONTEXT: '64' });
    const client = cluster.startClient({ CLIENT_MAX_TOKENS: '100', CLIENT_MODEL: MODEL });
    expect(await client.exited).toMatchObject({ code: 1 });
    const [refused] = client.find(ClientLog.refused);
    expect(refused.err).toContain("engine refused the request: 400 This model's maximum context length is 64 tokens");
    expect(client.find(ClientLog.failover)).toEqual([]);
  });
});

describe('a real model behind chat servers that give no token ids (WORKER_UPSTREAM_API=chat, inexact)', () => {
  it('kill -9 of the serving engine: the answer goes on from its text, said to be inexact, none lost or repeated', async () => {
    const members = await upstreamCluster(['w1', 'w2'], {}, { WORKER_UPSTREAM_API: 'chat' });
    const client = { CLIENT_MAX_TOKENS: String(ANSWER_TOKENS), CLIENT_MODEL: MODEL, CLIENT_ALLOW_INEXACT: 'on' };
    const first = cluster.startClient(client);
    const uninterrupted = await answerOf(first);
    expect(uninterrupted.summary).toMatchObject({ finishReason: 'length', tokens: ANSWER_TOKENS, inexact: true });
    // Text alone: no ids reach the client.
    expect(uninterrupted.ids).toEqual([]);

    const interrupted = cluster.startClient(client);
    const serving = await streamingAt(interrupted, 20);
    await members.get(serving)!.engine.kill();
    const resumed = await answerOf(interrupted);

    expect(resumed.summary).toMatchObject({ finishReason: 'length', tokens: ANSWER_TOKENS, inexact: true });
    expect(resumed.summary.failovers).toBeGreaterThanOrEqual(1);
    expect(interrupted.find(ClientLog.resumed)[0].worker).not.toBe(serving);
    // What came before the cut is the uninterrupted answer's beginning, each chunk once, in order.
    const delivered = deliveredTokens(interrupted);
    const before = delivered.filter((t) => t.sequence <= 20).map((t) => t.text);
    expect(before).toEqual(
      deliveredTokens(first)
        .slice(0, before.length)
        .map((t) => t.text),
    );
    expect(delivered.map((t) => t.sequence)).toEqual(Array.from({ length: ANSWER_TOKENS }, (_, i) => i + 1));
  });

  it('a session that does not allow inexact answers is refused, saying why', async () => {
    await upstreamCluster(['w1'], {}, { WORKER_UPSTREAM_API: 'chat' });
    const client = cluster.startClient({ CLIENT_MAX_TOKENS: '10', CLIENT_MODEL: MODEL });
    expect(await client.exited).toMatchObject({ code: 1 });
    const [refused] = client.find(ClientLog.refused);
    expect(refused.err).toContain("w1's engine continues answers from text, not token ids");
  });
});
