import { afterEach, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WorkerLog } from '@switchyard/log-events';
import { createLogSink, type LogSink } from '@switchyard/logging/testing';
import { EngineRefusal, type EngineChunk, type EngineRequest } from '@switchyard/serving';
import { systemClock } from '@switchyard/time';
import { EngineHttpServer } from './engine-http-server.js';
import { MAX_UPSTREAM_EVENT_CHARS, OpenAiEngine, type OpenAiEngineOptions } from './openai-engine.js';
import { UpstreamFailure } from './upstream-errors.js';

// The `openai` engine over real HTTP on 127.0.0.1: against transcripts in vLLM's and llama-server's wire format,
// and against upstreams that fail in each way the failure table names (tools/engine-server's spec runs it against
// a real model).

const transcript = (name: string) => readFileSync(join(import.meta.dirname, 'transcripts', name), 'utf8');

type Handler = (request: IncomingMessage, body: unknown, response: ServerResponse) => void;

/** An HTTP upstream run by the test: `handler` answers; every request's path and JSON body are kept. */
class Upstream {
  readonly requests: { path: string; body: unknown }[] = [];
  readonly closedRequests: string[] = [];
  private readonly server: Server;
  url = '';

  constructor(private readonly handler: Handler) {
    this.server = createServer((request, response) => {
      let text = '';
      request.setEncoding('utf8').on('data', (part: string) => (text += part));
      request.on('end', () => {
        const body: unknown = text ? JSON.parse(text) : undefined;
        this.requests.push({ path: request.url ?? '', body });
        response.on('close', () => this.closedRequests.push(request.url ?? ''));
        this.handler(request, body, response);
      });
    });
  }

  async start(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** An upstream that answers every completion with `body` (SSE) and `status`. */
const replaying = (body: string, status = 200, type = 'text/event-stream') =>
  new Upstream((_request, _body, response) => response.writeHead(status, { 'content-type': type }).end(body));

let sink: LogSink;
const engines: OpenAiEngine[] = [];
const upstreams: Upstream[] = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) engine.close();
  for (const upstream of upstreams.splice(0)) await upstream.close();
});

async function start(upstream: Upstream): Promise<Upstream> {
  upstreams.push(upstream);
  return upstream.start();
}

function engineFor(url: string, options: Partial<OpenAiEngineOptions> = {}): OpenAiEngine {
  sink = createLogSink('worker');
  const engine = new OpenAiEngine({
    url,
    api: 'vllm',
    model: 'Qwen/Qwen2.5-1.5B-Instruct',
    contextTokens: 4096,
    idleTimeoutMs: 5000,
    healthIntervalMs: 20,
    clock: systemClock,
    logger: sink.logger,
    ...options,
  });
  engines.push(engine);
  return engine;
}

function request(overrides: Partial<EngineRequest> = {}): EngineRequest {
  const fields = {
    prompt: '',
    generatedText: '',
    promptTokenIds: [1, 2, 3],
    generatedTokenIds: [4, 5],
    maxTokens: 8,
    sampling: { seed: 9 },
    signal: new AbortController().signal,
    ...overrides,
  };
  return { resumeAfter: fields.generatedTokenIds.length, ...fields };
}

/** Every chunk, then what ended the answer: `done`, or the error. */
async function run(engine: OpenAiEngine, req: EngineRequest = request()) {
  const chunks: EngineChunk[] = [];
  try {
    for await (const chunk of engine.generate(req)) chunks.push(chunk);
    return { chunks, error: undefined };
  } catch (error) {
    return { chunks, error: error as Error };
  }
}

describe('OpenAiEngine against the upstreams’ wire formats', () => {
  it('vllm: continues from prompt ++ held ids with max_tokens lowered, and reads token_ids, text and finish', async () => {
    const upstream = await start(replaying(transcript('vllm-completions.sse')));
    const { chunks, error } = await run(engineFor(upstream.url));

    expect(error).toBeUndefined();
    expect(upstream.requests[0]).toEqual({
      path: '/v1/completions',
      body: {
        model: 'Qwen/Qwen2.5-1.5B-Instruct',
        prompt: [1, 2, 3, 4, 5],
        max_tokens: 6,
        stream: true,
        return_token_ids: true,
        temperature: 0,
        seed: 9,
      },
    });
    // A token that ends inside a character has no text of its own; the usage chunk and [DONE] carry no tokens.
    expect(chunks).toEqual([
      { tokenIds: [12095], text: ' Paris' },
      { tokenIds: [13], text: '.' },
      { tokenIds: [11162], text: '' },
      { tokenIds: [229], text: ' 🇫', finishReason: 'length' },
    ]);
  });

  it('llama.cpp: /completion with token ids, return_tokens and no prompt cache; stop_type is the finish', async () => {
    const upstream = await start(replaying(transcript('llama-cpp-completion.sse')));
    const { chunks, error } = await run(engineFor(upstream.url, { api: 'llama.cpp' }));

    expect(error).toBeUndefined();
    expect(upstream.requests[0]).toEqual({
      path: '/completion',
      body: {
        prompt: [1, 2, 3, 4, 5],
        n_predict: 6,
        stream: true,
        return_tokens: true,
        cache_prompt: false,
        temperature: 0,
        seed: 9,
      },
    });
    expect(chunks).toEqual([
      { tokenIds: [12366], text: ' Paris' },
      { tokenIds: [29889], text: '.' },
      { tokenIds: [], text: '', finishReason: 'stop' },
    ]);
  });

  it.each([['sglang-generate.sse'], ['sglang-generate-incremental.sse']])(
    'sglang: /generate with input_ids; the ids and text since the last event, cumulative or not (%s)',
    async (name) => {
      const upstream = await start(replaying(transcript(name)));
      const { chunks, error } = await run(engineFor(upstream.url, { api: 'sglang' }));

      expect(error).toBeUndefined();
      expect(upstream.requests[0]).toEqual({
        path: '/generate',
        body: {
          input_ids: [1, 2, 3, 4, 5],
          sampling_params: { max_new_tokens: 6, temperature: 0, sampling_seed: 9 },
          stream: true,
        },
      });
      expect(chunks).toEqual([
        { tokenIds: [12366], text: ' Paris' },
        { tokenIds: [29889], text: '.' },
        { tokenIds: [2], text: '', finishReason: 'stop' },
      ]);
    },
  );

  it('sglang: output_ids that do not add up to completion_tokens are a failure', async () => {
    const events = transcript('sglang-generate-incremental.sse').replace('"output_ids":[29889]', '"output_ids":[]');
    const upstream = await start(replaying(events));
    const { chunks, error } = await run(engineFor(upstream.url, { api: 'sglang' }));
    expect(chunks).toEqual([{ tokenIds: [12366], text: ' Paris' }]);
    expect(error).toBeInstanceOf(UpstreamFailure);
    expect(error?.message).toContain('do not add up to its 2 completion tokens');
  });

  it('chat: text only (inexact), the prompt as a user message; a resume continues the answer as an assistant message', async () => {
    const upstream = await start(replaying(transcript('vllm-chat.sse')));
    const engine = engineFor(upstream.url, { api: 'chat' });
    expect(engine.inexact).toBe(true);
    expect(await engine.tokenize('The capital of France is', new AbortController().signal)).toEqual([]);
    const fresh = request({ prompt: 'The capital of France is', promptTokenIds: [], generatedTokenIds: [] });
    const { chunks, error } = await run(engine, fresh);
    expect(error).toBeUndefined();
    expect(chunks).toEqual([
      { tokenIds: [], text: ' Paris' },
      { tokenIds: [], text: '.', finishReason: 'stop' },
    ]);
    const resumed = { ...fresh, generatedText: ' Paris, of', resumeAfter: 3 };
    await run(engine, resumed);
    expect(upstream.requests.map((r) => r.body)).toEqual([
      {
        model: 'Qwen/Qwen2.5-1.5B-Instruct',
        messages: [{ role: 'user', content: 'The capital of France is' }],
        max_tokens: 8,
        stream: true,
        temperature: 0,
        seed: 9,
      },
      {
        model: 'Qwen/Qwen2.5-1.5B-Instruct',
        messages: [
          { role: 'user', content: 'The capital of France is' },
          { role: 'assistant', content: ' Paris, of' },
        ],
        max_tokens: 5,
        stream: true,
        temperature: 0,
        seed: 9,
        continue_final_message: true,
        add_generation_prompt: false,
      },
    ]);
  });

  it('an error sent in-band after the first chunk is a failure, after the chunks before it', async () => {
    const upstream = await start(replaying(transcript('vllm-error-in-band.sse')));
    const { chunks, error } = await run(engineFor(upstream.url));
    expect(chunks).toEqual([{ tokenIds: [12095], text: ' Paris' }]);
    expect(error).toBeInstanceOf(UpstreamFailure);
    expect(error?.message).toContain('500 in-band error: EngineCore encountered an issue');
  });

  it.each([
    [400, transcript('vllm-error-400.json'), 'invalid', "This model's maximum context length is 2048 tokens"],
    [422, '{"detail":[{"msg":"field required"}]}', 'invalid', 'field required'],
    [404, '{"error":{"message":"The model `x` does not exist.","code":404}}', 'not-found', 'The model `x`'],
    [401, '{"error":{"message":"Unauthorized","code":401}}', 'unauthorized', 'Unauthorized'],
    [403, 'forbidden', 'unauthorized', 'forbidden'],
  ])('status %d refuses the request (%s): the caller is told why', async (status, body, reason, message) => {
    const upstream = await start(replaying(body, status, 'application/json'));
    const { chunks, error } = await run(engineFor(upstream.url));
    expect(chunks).toEqual([]);
    expect(error).toBeInstanceOf(EngineRefusal);
    expect(error).toMatchObject({ reason });
    expect(error?.message).toContain(message);
  });

  it.each([
    [500, '{"error":{"message":"boom","type":"InternalServerError","code":500}}', '500 boom'],
    [503, transcript('llama-cpp-error-503.json'), '503 Loading model'],
    [429, '{"error":{"message":"too many requests","code":429}}', '429 too many requests'],
  ])('status %d is a failure: the answer continues on another worker', async (status, body, message) => {
    const upstream = await start(replaying(body, status, 'application/json'));
    const { error } = await run(engineFor(upstream.url));
    expect(error).toBeInstanceOf(UpstreamFailure);
    expect(error?.message).toContain(message);
  });
});

describe('OpenAiEngine when the upstream fails', () => {
  const firstEvent = transcript('vllm-completions.sse').split('\n\n')[0] + '\n\n';

  it('a refused connection is a failure naming the cause', async () => {
    const upstream = await start(replaying(''));
    await upstream.close();
    const { error } = await run(engineFor(upstream.url));
    expect(error).toBeInstanceOf(UpstreamFailure);
    expect(error?.message).toContain('ECONNREFUSED');
  });

  it('a connection cut mid-answer is a failure, after the chunks that came', async () => {
    const upstream = await start(
      new Upstream((_request, _body, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write(firstEvent, () => response.destroy());
      }),
    );
    const { chunks, error } = await run(engineFor(upstream.url));
    expect(chunks).toEqual([{ tokenIds: [12095], text: ' Paris' }]);
    expect(error).toBeInstanceOf(UpstreamFailure);
  });

  it.each([
    ['ends without a finish reason', firstEvent, 'closed the stream before the answer ended'],
    ['sends [DONE] before a finish reason', `${firstEvent}data: [DONE]\n\n`, 'without a finish reason'],
    [
      'sends no token ids (a vLLM before 0.10.2)',
      firstEvent.replace('"token_ids":[12095]', '"token_ids":null'),
      '0.10.2',
    ],
    ['sends an event that is not JSON', 'data: {"choices": [\n\n', 'not JSON'],
    ['finishes with abort', firstEvent.replace('"finish_reason":null', '"finish_reason":"abort"'), '"abort"'],
  ])('a stream that %s is a failure', async (_case, body, message) => {
    const upstream = await start(replaying(body));
    const { error } = await run(engineFor(upstream.url));
    expect(error).toBeInstanceOf(UpstreamFailure);
    expect(error?.message).toContain(message);
  });

  it('an upstream silent past the idle timeout is a failure, and its request is closed', async () => {
    const upstream = await start(
      new Upstream((_request, _body, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write(firstEvent);
      }),
    );
    const { chunks, error } = await run(engineFor(upstream.url, { idleTimeoutMs: 200 }));
    expect(chunks).toHaveLength(1);
    expect(error).toBeInstanceOf(UpstreamFailure);
    expect(error?.message).toContain('silent for 200 ms');
    await waitFor(() => upstream.closedRequests.length === 1);
  });

  it('an upstream that keeps sending within the idle timeout is not cut, however long the answer takes', async () => {
    const events = transcript('vllm-completions.sse').split('\n\n').filter(Boolean);
    const upstream = await start(
      new Upstream((_request, _body, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        // One event every 100 ms: the whole answer takes well over the 250 ms idle timeout.
        const next = (i: number) => {
          if (i === events.length) return void response.end();
          response.write(`${events[i]}\n\n`);
          setTimeout(() => next(i + 1), 100);
        };
        next(0);
      }),
    );
    const { chunks, error } = await run(engineFor(upstream.url, { idleTimeoutMs: 250 }));
    expect(error).toBeUndefined();
    expect(chunks.at(-1)).toMatchObject({ finishReason: 'length' });
    expect(chunks).toHaveLength(4);
  });

  it('an upstream that never answers the request is a failure after the idle timeout', async () => {
    const upstream = await start(new Upstream(() => {}));
    const { error } = await run(engineFor(upstream.url, { idleTimeoutMs: 200 }));
    expect(error).toBeInstanceOf(UpstreamFailure);
    expect(error?.message).toContain('silent for 200 ms');
  });

  it('an event longer than the bound is a failure, not a buffer that grows', async () => {
    const upstream = await start(
      new Upstream((_request, _body, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write(`data: "${'x'.repeat(MAX_UPSTREAM_EVENT_CHARS + 1)}`);
      }),
    );
    const { error } = await run(engineFor(upstream.url));
    expect(error).toBeInstanceOf(UpstreamFailure);
    expect(error?.message).toContain('stream broke');
  });

  it('a stream the worker abandons ends quietly and closes the upstream request', async () => {
    const upstream = await start(
      new Upstream((_request, _body, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write(firstEvent);
      }),
    );
    const abort = new AbortController();
    const engine = engineFor(upstream.url);
    const chunks: EngineChunk[] = [];
    for await (const chunk of engine.generate(request({ signal: abort.signal }))) {
      chunks.push(chunk);
      abort.abort();
    }
    expect(chunks).toHaveLength(1);
    await waitFor(() => upstream.closedRequests.length === 1);
  });
});

describe('OpenAiEngine health', () => {
  it('is not ready while the upstream loads or is down, and ready while it answers /health', async () => {
    const server = new EngineHttpServer({ logger: createLogSink('engine').logger });
    const port = await server.listen('127.0.0.1', 0);
    const engine = engineFor(`http://127.0.0.1:${port}`, { model: 'tiny' });
    let changes = 0;
    engine.onReadyChange(() => changes++);
    engine.start();
    await sink.next(WorkerLog.engineReadiness, { ready: false, reason: 'its health check answered 503' });
    expect(engine.ready).toBe(false);

    server.serve({ ...stubEngine, model: 'tiny' });
    await sink.next(WorkerLog.engineReadiness, { ready: true });
    expect(engine.ready).toBe(true);
    expect(changes).toBe(1);

    sink.clear();
    await server.close();
    const down = await sink.next(WorkerLog.engineReadiness, { ready: false, upstream: `http://127.0.0.1:${port}` });
    expect(down.reason).toContain('ECONNREFUSED');
    expect(engine.ready).toBe(false);
    expect(changes).toBe(2);
  });

  it('vllm: an upstream that does not serve the model is not ready', async () => {
    const server = new EngineHttpServer({ logger: createLogSink('engine').logger });
    const port = await server.listen('127.0.0.1', 0);
    server.serve({ ...stubEngine, model: 'another' });
    const engine = engineFor(`http://127.0.0.1:${port}`, { model: 'tiny' });
    engine.start();
    await sink.next(WorkerLog.engineReadiness, {
      ready: false,
      reason: 'it does not serve "tiny" (it serves another)',
    });
    expect(engine.ready).toBe(false);
    await server.close();
  });
});

/** What the health checks need of a served engine: its model (nothing is generated). */
const stubEngine = {
  model: 'stub',
  contextTokens: 64,
  vocabularySize: 64,
  samplingProblem: () => undefined,
  tokenize: async () => [],
  // eslint-disable-next-line require-yield
  generate: async function* (): AsyncGenerator<EngineChunk> {
    throw new Error('not asked');
  },
};

/** Waits, a turn of I/O at a time, until `condition` holds (the test's own timeout bounds it). */
async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
