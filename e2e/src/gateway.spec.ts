import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GatewayLog, WorkerLog } from '@switchyard/log-events';
import { tinyLlamaGguf } from '@switchyard/serving/testing';
import type { Cluster, ServiceProcess } from '@switchyard/service-harness';
import OpenAI from 'openai';
import { createHash } from 'node:crypto';
import { fastCluster, removeTls, writeTls, type TlsFixture } from './harness/cluster.js';

// The official `openai` SDK (and curl) streaming through the gateway (apps/gateway) from real directors and workers:
// a worker killed mid-answer, and the SDK's stream still completes, with the text of an uninterrupted answer.

const MODEL = 'synthetic';
const MESSAGES = [{ role: 'user' as const, content: 'tell me about connection replacement' }];
const ANSWER_TOKENS = 40;

let tls: TlsFixture;
let cluster: Cluster;
let dir: string;

beforeAll(async () => {
  tls = await writeTls();
  dir = mkdtempSync(join(tmpdir(), 'e2e-gateway-'));
});
afterAll(async () => {
  await removeTls(tls);
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await cluster.stop();
});

/** A director, workers at 50 ms per token (`workerEnv` adds to each), and a gateway; the SDK pointed at it. */
async function gatewayCluster(
  labels: string[],
  gatewayEnv: Record<string, string> = {},
  apiKey = 'unused',
  workerEnv: Record<string, string> = {},
) {
  cluster = fastCluster(tls);
  await cluster.startDirector();
  const workers = await Promise.all(
    labels.map((label) => cluster.startWorker(label, { WORKER_TOKEN_INTERVAL_MS: '50', ...workerEnv })),
  );
  const gateway = await cluster.startGateway({ GATEWAY_CHAT_TEMPLATE: 'plain', ...gatewayEnv });
  // No retries: a failure must show, not be retried by the SDK.
  const sdk = new OpenAI({ baseURL: gateway.url, apiKey, maxRetries: 0 });
  return { workers: new Map(labels.map((label, i) => [label, workers[i]])), gateway, sdk };
}

/** The worker serving a stream that started after `since` (from its `stream started` line). */
async function servingWorker(workers: Map<string, ServiceProcess>, since: number): Promise<string> {
  for (;;) {
    for (const [label, worker] of workers) {
      if (worker.find(WorkerLog.streamStarted).some((e) => e.time >= since)) return label;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function chatText(sdk: OpenAI, onChunk?: (count: number) => Promise<void> | void) {
  const stream = await sdk.chat.completions.create({
    model: MODEL,
    messages: MESSAGES,
    max_tokens: ANSWER_TOKENS,
    stream: true,
    stream_options: { include_usage: true },
  });
  let text = '';
  let chunks = 0;
  let finish: string | null = null;
  let usage: OpenAI.CompletionUsage | undefined | null;
  for await (const chunk of stream) {
    usage ??= chunk.usage;
    const choice = chunk.choices[0];
    if (!choice) continue;
    text += choice.delta.content ?? '';
    finish = choice.finish_reason ?? finish;
    if (choice.delta.content) await onChunk?.(++chunks);
  }
  return { text, finish, usage };
}

describe('the OpenAI-compatible gateway', () => {
  it.each([['kill -9'], ['SIGSTOP']])(
    'chat, streamed through the SDK: %s of the serving worker mid-answer, and the stream completes with the uninterrupted text',
    async (failure) => {
      const { workers, sdk } = await gatewayCluster(['w1', 'w2']);
      const uninterrupted = await chatText(sdk);
      expect(uninterrupted.finish).toBe('length');
      expect(uninterrupted.usage).toMatchObject({ completion_tokens: ANSWER_TOKENS });

      const since = Date.now();
      let killed = '';
      const interrupted = await chatText(sdk, async (count) => {
        if (count !== 10) return;
        killed = await servingWorker(workers, since);
        if (failure === 'kill -9') await workers.get(killed)!.kill();
        else workers.get(killed)!.signal('SIGSTOP');
      });
      expect(killed).not.toBe('');
      expect(interrupted.text).toBe(uninterrupted.text);
      expect(interrupted.finish).toBe('length');
      expect(interrupted.usage).toMatchObject({ completion_tokens: ANSWER_TOKENS });
      const [other] = [...workers.keys()].filter((label) => label !== killed);
      expect(
        workers
          .get(other)!
          .find(WorkerLog.streamStarted)
          .some((e) => e.time >= since),
      ).toBe(true);
    },
  );

  it('lists the workers’ model; completions, whole and streamed, give the same text; curl -N sees the SSE chunks', async () => {
    const { sdk, gateway } = await gatewayCluster(['w1']);
    const models = [];
    for await (const model of sdk.models.list()) models.push(model);
    expect(models).toEqual([expect.objectContaining({ id: MODEL, object: 'model', owned_by: 'switchyard' })]);
    const prompt = 'tell me about connection replacement';
    const whole = await sdk.completions.create({ model: MODEL, prompt, max_tokens: 12 });
    expect(whole.object).toBe('text_completion');
    expect(whole.choices[0].finish_reason).toBe('length');
    expect(whole.usage).toMatchObject({ completion_tokens: 12 });
    const stream = await sdk.completions.create({ model: MODEL, prompt, max_tokens: 12, stream: true });
    let streamed = '';
    for await (const chunk of stream) streamed += chunk.choices[0]?.text ?? '';
    expect(streamed).toBe(whole.choices[0].text);

    const body = JSON.stringify({ model: MODEL, prompt, max_tokens: 3, stream: true });
    const { stdout } = await promisify(execFile)('curl', [
      '-sN',
      `${gateway.url}/completions`,
      '-H',
      'content-type: application/json',
      '-d',
      body,
    ]);
    const events = stdout.split('\n\n').filter(Boolean);
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((event) => JSON.parse(event.replace(/^data: /, '')));
    expect(chunks.map((c) => c.choices[0].text).join('')).toBe(whole.choices[0].text.split(' ').slice(0, 3).join(' '));
    expect(chunks.at(-1).choices[0].finish_reason).toBe('length');
  });

  it('errors reach the SDK as its error classes: 400 unsupported parameter, 404 unknown model, 401 bad key', async () => {
    const keysFile = join(dir, 'keys');
    const key = 'sk-e2e-key';
    writeFileSync(keysFile, `sha256:${createHash('sha256').update(key).digest('hex')} e2e\n`);
    const { sdk, gateway } = await gatewayCluster(['w1'], { GATEWAY_API_KEYS_FILE: keysFile }, key);

    const n2 = sdk.chat.completions.create({ model: MODEL, messages: MESSAGES, n: 2 });
    await expect(n2).rejects.toBeInstanceOf(OpenAI.BadRequestError);
    await expect(n2).rejects.toMatchObject({ status: 400, param: 'n', code: 'unsupported_parameter' });

    const unknown = sdk.chat.completions.create({ model: 'no-such-model', messages: MESSAGES, max_tokens: 3 });
    await expect(unknown).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(unknown).rejects.toMatchObject({ status: 404, code: 'model_not_found' });

    const stranger = new OpenAI({ baseURL: gateway.url, apiKey: 'sk-wrong', maxRetries: 0 });
    const refused = stranger.chat.completions.create({ model: MODEL, messages: MESSAGES, max_tokens: 3 });
    await expect(refused).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expect(refused).rejects.toMatchObject({ status: 401, code: 'invalid_api_key' });

    // The request log names the key's label, never the key, and never the prompt (its lines are read as they come).
    await gateway.process.waitFor('3 request lines', () => gateway.process.find(GatewayLog.request).length >= 3);
    const lines = gateway.process.find(GatewayLog.request);
    expect(lines.map((l) => l.status)).toEqual([400, 404, 401]);
    expect(JSON.stringify(gateway.process.events)).not.toContain(key);
    expect(JSON.stringify(gateway.process.events)).not.toContain(MESSAGES[0].content);
  });

  it('a real model (llama.cpp) behind the workers: the SDK lists it, and a completion streamed while its worker is killed is the uninterrupted greedy one', async () => {
    const model = join(dir, 'tiny.gguf');
    writeFileSync(model, tinyLlamaGguf({ seed: 11 }));
    const { workers, sdk } = await gatewayCluster(['w1', 'w2'], {}, 'unused', {
      WORKER_ENGINE: 'llama',
      WORKER_MODEL: model,
      WORKER_TOKEN_INTERVAL_MS: '20',
    });
    const models = [];
    for await (const listed of sdk.models.list()) models.push(listed.id);
    expect(models).toEqual(['switchyard-tiny-llama']);
    const request = { model: models[0], prompt: 'the quick brown fox', max_tokens: 60, temperature: 0 };
    const complete = async (onChunk?: (count: number) => Promise<void>) => {
      const stream = await sdk.completions.create({ ...request, stream: true });
      let text = '';
      let chunks = 0;
      let finish: string | null = null;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.text ?? '';
        finish = chunk.choices[0]?.finish_reason ?? finish;
        if (chunk.choices[0]?.text) await onChunk?.(++chunks);
      }
      return { text, finish };
    };
    const uninterrupted = await complete();
    expect(uninterrupted.finish).toBe('length');
    const whole = await sdk.completions.create(request);
    expect(whole.choices[0].text).toBe(uninterrupted.text);
    expect(whole.usage).toMatchObject({ completion_tokens: 60 });

    const since = Date.now();
    let killed = '';
    const interrupted = await complete(async (count) => {
      if (count !== 20) return;
      killed = await servingWorker(workers, since);
      await workers.get(killed)!.kill();
    });
    expect(killed).not.toBe('');
    expect(interrupted).toEqual(uninterrupted);
  });

  it('a gateway’s own death: its open stream fails in the SDK (never ends as if whole); the request again through another gateway is a new, whole answer', async () => {
    const { sdk, gateway } = await gatewayCluster(['w1']);
    const other = await cluster.startGateway({ GATEWAY_CHAT_TEMPLATE: 'plain' });
    const uninterrupted = await chatText(sdk);
    const outcome = await chatText(sdk, async (count) => {
      if (count === 10) await gateway.process.kill();
    }).then(
      () => 'completed',
      (error: Error) => error,
    );
    // The SDK's fetch (undici) reports a chunked body cut before its end: it is not an APIError, and nothing was
    // retried (an SDK retries only before a response).
    expect(outcome).not.toBe('completed');
    expect((outcome as Error).message).toBe('terminated');
    const again = await chatText(new OpenAI({ baseURL: other.url, apiKey: 'unused', maxRetries: 0 }));
    expect(again.text).toBe(uninterrupted.text);
    expect(again.finish).toBe('length');
  });
});
