import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatewayLog, WorkerLog } from '@switchyard/log-events';
import { createLogSink, type LogSink } from '@switchyard/logging/testing';
import { WorkerService, type Endpoint } from '@switchyard/protocol';
import { RpcServer } from '@switchyard/rpc';
import { GenerationService, SyntheticEngine } from '@switchyard/serving';
import { StreamSession } from '@switchyard/session';
import { InProcessCluster } from '@switchyard/session/testing';
import { systemClock } from '@switchyard/time';
import { ApiKeys, hashApiKey } from './api-keys.js';
import { Gateway, type GatewayOptions } from './gateway.js';

// The gateway over real HTTP on 127.0.0.1, its sessions streaming from real workers (GenerationService over the
// synthetic engine, 5 ms a token) on in-memory streams: the requests it refuses, its bounds, its deadline and a
// caller that leaves.

const endpointOf = (label: string): Endpoint => ({ host: `${label}.workers`, port: 62000 });

let stopAll: (() => Promise<void>) | undefined;
const removeAfter: Array<() => void> = [];
afterEach(async () => {
  await stopAll?.();
  stopAll = undefined;
  for (const remove of removeAfter.splice(0)) remove();
});

async function start(options: Partial<GatewayOptions> & { workers?: number } = {}) {
  const cluster = new InProcessCluster(systemClock);
  const director = cluster.addDirector({ host: 'director', port: 61000 });
  const workerLogs = createLogSink('worker');
  const servers: RpcServer[] = [];
  for (let i = 1; i <= (options.workers ?? 1); i++) {
    const label = `w${i}`;
    const service = new GenerationService({
      label,
      engine: new SyntheticEngine({ clock: systemClock, tokenIntervalMs: 5 }),
      clock: systemClock,
      maxSessions: 10,
      maxSessionsPerAddress: 10,
      admissions: {
        check: (admission, sessionId) => {
          const refusal = cluster.admissions.refusal(admission, sessionId, label);
          return refusal && { reason: 'forged', message: refusal.message };
        },
      },
      logger: workerLogs.logger.child({ worker: label }),
    });
    const server = new RpcServer().register(WorkerService, service.handlers);
    cluster.network.listen(endpointOf(label), server);
    director.addWorker(label, endpointOf(label));
    servers.push(server);
  }
  const logs: LogSink = createLogSink('gateway');
  const gateway = new Gateway({
    openSession: ({ prompt, model, sampling }) =>
      new StreamSession({
        directors: [{ host: 'director', port: 61000 }],
        prompt,
        model,
        sampling,
        dial: (endpoint, dialOptions) => cluster.network.dial(endpoint, dialOptions),
        clock: systemClock,
        noWorkerRetryMs: 20,
      }),
    // What a director would list: the in-memory workers run the synthetic model.
    listModels: async () => [{ id: 'synthetic', workers: options.workers ?? 1 }],
    chatTemplate: 'plain',
    requestTimeoutMs: 10_000,
    maxBodyBytes: 64 * 1024,
    maxConcurrent: 100,
    maxConcurrentPerKey: 100,
    maxConnections: 100,
    clock: systemClock,
    logger: logs.logger,
    ...options,
  });
  const port = await gateway.listen('127.0.0.1', 0);
  stopAll = async () => {
    await gateway.close(0);
    await Promise.all(servers.map((server) => server.close({ graceMs: 0 })));
    await cluster.close();
  };
  const url = `http://127.0.0.1:${port}/v1`;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal) =>
    fetch(url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal,
    });
  return { gateway, logs, workerLogs, url, post };
}

/** An ApiKeys over a file holding `keys` (key → label), removed after the test. */
function keysOf(keys: Record<string, string>): ApiKeys {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-keys-'));
  const file = join(dir, 'keys');
  writeFileSync(
    file,
    Object.entries(keys)
      .map(([key, label]) => `sha256:${hashApiKey(key)} ${label}\n`)
      .join(''),
  );
  const apiKeys = new ApiKeys(file, () => {});
  removeAfter.push(() => {
    apiKeys.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return apiKeys;
}

const chat = (extra: Record<string, unknown> = {}) => ({
  model: 'synthetic',
  messages: [{ role: 'user', content: 'tell me about connection replacement' }],
  max_tokens: 5,
  ...extra,
});

/** The SSE events of a response body, as they came (data lines). */
async function events(response: Response): Promise<string[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((event) => event.replace(/^data: /, ''));
}

describe('Gateway', () => {
  it('streams a chat answer in the OpenAI chunk shapes: the role first, the finish, the usage, then [DONE]', async () => {
    const { post } = await start();
    const response = await post('/chat/completions', chat({ stream: true, stream_options: { include_usage: true } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const data = await events(response);
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = data.slice(0, -1).map((event) => JSON.parse(event));
    expect(chunks[0]).toMatchObject({
      object: 'chat.completion.chunk',
      model: 'synthetic',
      choices: [{ index: 0, delta: { role: 'assistant' }, finish_reason: null }],
    });
    expect(chunks.at(-2).choices).toEqual([{ index: 0, delta: {}, logprobs: null, finish_reason: 'length' }]);
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { completion_tokens: 5 } });
    const text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
    expect(text.split(' ')).toHaveLength(5);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
  });

  it.each([
    ['an unknown route', 404, '/embeddings', chat(), 'unknown_route'],
    ['a body that is not JSON', 400, '/chat/completions', '{"model":', null],
    ['n = 2', 400, '/chat/completions', chat({ n: 2 }), 'unsupported_parameter'],
    ['tools', 400, '/chat/completions', chat({ tools: [{ type: 'function' }] }), 'unsupported_parameter'],
    ['a parameter it does not know', 400, '/chat/completions', chat({ temprature: 1 }), 'unrecognized_parameter'],
    ['a batch of prompts', 400, '/completions', { model: 'synthetic', prompt: ['a', 'b'] }, null],
    ['no model', 400, '/completions', { prompt: 'a' }, null],
  ])('refuses %s with %d and an OpenAI error object', async (_case, status, path, body, code) => {
    const { post, logs } = await start();
    const response = await post(path, body);
    expect(response.status).toBe(status);
    const error = ((await response.json()) as { error: Record<string, unknown> }).error;
    expect(error).toMatchObject({ type: 'invalid_request_error', code });
    expect(typeof error.message).toBe('string');
    expect((await logs.next(GatewayLog.request)).status).toBe(status);
  });

  it('lists the models a director lists, finds one by id, 404 for another, 503 when no director answers', async () => {
    const { url } = await start();
    const list = await fetch(`${url}/models`);
    expect(await list.json()).toEqual({
      object: 'list',
      data: [{ id: 'synthetic', object: 'model', created: expect.any(Number), owned_by: 'switchyard' }],
    });
    expect(await (await fetch(`${url}/models/synthetic`)).json()).toMatchObject({ id: 'synthetic' });
    const missing = await fetch(`${url}/models/llama-3`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'model_not_found' } });
    await stopAll?.();
    const unreachable = await start({
      listModels: async () => {
        throw new Error('connection refused');
      },
    });
    const down = await fetch(`${unreachable.url}/models`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ error: { message: 'no director answered: connection refused' } });
  });

  it('refuses a body over its bound with 413, without reading it all', async () => {
    const { post } = await start({ maxBodyBytes: 2048 });
    const response = await post('/completions', { model: 'synthetic', prompt: 'x'.repeat(4096) });
    expect(response.status).toBe(413);
  });

  it('a model no worker serves is 404 model_not_found, from the worker’s refusal', async () => {
    const { post } = await start();
    const response = await post('/chat/completions', chat({ model: 'llama-3' }));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'model_not_found', param: 'model' } });
  });

  it('with API keys: 401 without a valid one, the answer with it, and a changed file read again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-keys-'));
    try {
      const file = join(dir, 'keys');
      writeFileSync(file, `# callers\nsha256:${hashApiKey('sk-one')} team-one\n`);
      const apiKeys = new ApiKeys(file, () => {});
      const { post, logs } = await start({ apiKeys });
      expect((await post('/chat/completions', chat())).status).toBe(401);
      expect((await post('/chat/completions', chat(), { authorization: 'Bearer sk-two' })).status).toBe(401);
      const answered = await post('/chat/completions', chat(), { authorization: 'Bearer sk-one' });
      expect(answered.status).toBe(200);
      expect((await answered.json()) as object).toMatchObject({ object: 'chat.completion' });
      expect(logs.find(GatewayLog.request, { status: 200 })[0].caller).toBe('team-one');

      writeFileSync(file, `sha256:${hashApiKey('sk-two')} team-two\n`);
      for (;;) {
        if ((await post('/chat/completions', chat(), { authorization: 'Bearer sk-two' })).status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await post('/chat/completions', chat(), { authorization: 'Bearer sk-one' })).status).toBe(401);
      apiKeys.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 429 with Retry-After past a key’s bound (other keys unaffected), and takes its requests again once one ends', async () => {
    const apiKeys = keysOf({ 'sk-one': 'one', 'sk-two': 'two' });
    const { post, logs } = await start({ apiKeys, maxConcurrentPerKey: 1 });
    const one = { authorization: 'Bearer sk-one' };
    const first = await post('/chat/completions', chat({ stream: true, max_tokens: 50 }), one);
    expect(first.status).toBe(200);
    const second = await post('/chat/completions', chat(), one);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('1');
    expect(await second.json()).toMatchObject({
      error: { type: 'rate_limit_error', message: expect.stringContaining('1 per key') },
    });
    expect((await post('/chat/completions', chat(), { authorization: 'Bearer sk-two' })).status).toBe(200);
    await first.text();
    await logs.next(GatewayLog.request, { status: 200, caller: 'one' });
    expect((await post('/chat/completions', chat(), one)).status).toBe(200);
  });

  it('without keys, only the global bound counts', async () => {
    const { post } = await start({ maxConcurrent: 2, maxConcurrentPerKey: 1 });
    const first = await post('/chat/completions', chat({ stream: true, max_tokens: 50 }));
    const second = await post('/chat/completions', chat({ stream: true, max_tokens: 50 }));
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await post('/chat/completions', chat());
    expect(third.status).toBe(429);
    expect(await third.json()).toMatchObject({ error: { message: expect.stringContaining('2 at once') } });
    await Promise.all([first.text(), second.text()]);
  });

  it('a deadline before the first token is 503 with Retry-After (no worker)', async () => {
    const { post } = await start({ workers: 0, requestTimeoutMs: 200 });
    const response = await post('/chat/completions', chat({ stream: true }));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ error: { code: 'timeout' } });
  });

  it('a deadline after the first chunk is an in-band error and no [DONE]: a cut answer never looks whole', async () => {
    const { post } = await start({ requestTimeoutMs: 150 });
    const response = await post('/chat/completions', chat({ stream: true, max_tokens: 1000 }));
    expect(response.status).toBe(200);
    const data = await events(response);
    expect(data).not.toContain('[DONE]');
    expect(JSON.parse(data.at(-1)!)).toMatchObject({ error: { code: 'timeout' } });
    expect(data.length).toBeGreaterThan(1);
  });

  it('a caller that leaves mid-answer ends the session: the worker’s stream is cancelled', async () => {
    const { post, logs, workerLogs } = await start();
    const leave = new AbortController();
    const response = await post('/chat/completions', chat({ stream: true, max_tokens: 1000 }), {}, leave.signal);
    const reader = response.body!.getReader();
    await reader.read();
    leave.abort();
    await workerLogs.next(WorkerLog.streamEnded, { ended: 'cancelled' });
    expect((await logs.next(GatewayLog.request)).status).toBe(499);
  });

  it('past a key’s token rate: 429 with the seconds until its bucket refills; other keys are unaffected', async () => {
    const apiKeys = keysOf({ 'sk-one': 'one', 'sk-two': 'two' });
    // 6 tokens a minute: the first answer (a 5-token prompt, 5 tokens) overdraws it by 4, 50 s to refill past.
    const { post } = await start({ apiKeys, tokensPerMinutePerKey: 6 });
    const one = { authorization: 'Bearer sk-one' };
    const first = await post('/chat/completions', chat({ stream: true }), one);
    expect(first.status).toBe(200);
    await first.text();
    const refused = await post('/chat/completions', chat(), one);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(49);
    expect(await refused.json()).toMatchObject({
      error: { type: 'rate_limit_error', code: 'rate_limit_exceeded', message: expect.stringContaining('token rate') },
    });
    expect((await post('/chat/completions', chat(), { authorization: 'Bearer sk-two' })).status).toBe(200);
  });

  it('CORS, when origins are set: preflights answered, allowed origins named, others not; off by default', async () => {
    const { url } = await start({ corsOrigins: ['https://app.example'] });
    const preflight = await fetch(`${url}/chat/completions`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, x-stainless-os',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, content-type, x-stainless-os');
    const allowed = await fetch(`${url}/models`, { headers: { origin: 'https://app.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.headers.get('vary')).toBe('origin');
    const other = await fetch(`${url}/models`, { headers: { origin: 'https://elsewhere.example' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    await stopAll?.();

    const closed = await start();
    const refused = await fetch(`${closed.url}/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(refused.status).toBe(404);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('holds at most maxConnections connections: one more is closed, the open ones go on', async () => {
    const { post } = await start({ maxConnections: 1 });
    const open = await post('/chat/completions', chat({ stream: true, max_tokens: 200 }));
    expect(open.status).toBe(200);
    const body = open.text();
    // The first connection is busy with its answer, so this request needs a second one, which is closed; the answer
    // on the first goes on to its end.
    await expect(post('/chat/completions', chat())).rejects.toThrow('fetch failed');
    expect(await body).toMatch(/data: \[DONE\]\n\n$/);
  });
});
