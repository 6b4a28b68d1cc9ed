import { ClientLog } from '@switchyard/log-events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyLlamaGguf } from '@switchyard/serving/testing';
import { deliveredTokens, type Cluster, type ServiceProcess } from '@switchyard/service-harness';
import { fastCluster, removeTls, streamingAt, summaryOf, writeTls, type TlsFixture } from './harness/cluster.js';

// Workers running a real model (llama.cpp through node-llama-cpp, the project's own tiny GGUF) as real processes:
// a worker killed or frozen mid-answer, and the answer the client delivers is the uninterrupted one, token for token.

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
