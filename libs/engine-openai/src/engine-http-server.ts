import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@switchyard/logging';
import { isTokenId, type FinishReason } from '@switchyard/protocol';
import { EngineRefusal, type Engine, type EngineChunk } from '@switchyard/serving';
import { z } from 'zod';

/** The largest request body read: a prompt of token ids as JSON, with room to spare. */
const MAX_BODY_BYTES = 2 << 20;
/** vLLM's default `max_tokens` for completions, the OpenAI API's. */
const DEFAULT_MAX_TOKENS = 16;

const completionRequest = z.object({
  model: z.string().optional(),
  prompt: z.union([z.string(), z.array(z.number().refine(isTokenId, 'must be token ids')).min(1)]),
  max_tokens: z.number().int().positive().nullish(),
  stream: z.boolean().default(false),
  return_token_ids: z.boolean().default(false),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().gt(0).max(1).nullish(),
  seed: z.number().int().nullish(),
  n: z.literal(1, { error: 'only n = 1 is served' }).default(1),
  stop: z.union([z.string(), z.array(z.string())]).nullish(),
});

const tokenizeRequest = z.object({
  model: z.string().optional(),
  prompt: z.string(),
  add_special_tokens: z.boolean().default(true),
});

/** An error answer in vLLM's shape, with its HTTP status. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const badRequest = (message: string) => new HttpError(400, 'BadRequestError', message);

export interface EngineHttpServerOptions {
  logger: Logger;
}

/**
 * An engine served the way vLLM's OpenAI-compatible server serves a model, for the parts a worker's `openai`
 * engine uses: `POST /v1/completions` (a prompt as text or token ids; `stream`, `return_token_ids`, `max_tokens`,
 * `temperature`, `top_p`, `seed`; SSE chunks ended by `data: [DONE]`, an error after the first chunk sent in-band),
 * `POST /tokenize`, `GET /v1/models` and `GET /health`, which answers 503 until `serve` is given the engine (a model
 * still loading). Errors have vLLM's shape: `{"error": {"message", "type", "param", "code"}}`.
 */
export class EngineHttpServer {
  private engine: Engine | undefined;
  private readonly server: Server;
  private readonly created = Math.floor(Date.now() / 1000);

  constructor(private readonly options: EngineHttpServerOptions) {
    this.server = createServer((request, response) => void this.handle(request, response));
  }

  /** Listens (with no engine yet: `/health` answers 503); resolves with the port. */
  async listen(host: string, port: number): Promise<number> {
    this.server.listen(port, host);
    await once(this.server, 'listening');
    return (this.server.address() as AddressInfo).port;
  }

  /** From now on, serves `engine`. */
  serve(engine: Engine): void {
    this.engine = engine;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const route = `${request.method} ${(request.url ?? '').split('?')[0]}`;
    try {
      if (route === 'GET /health') {
        response.writeHead(this.engine ? 200 : 503).end();
        return;
      }
      const engine = this.engine;
      if (!engine) throw new HttpError(503, 'ServiceUnavailableError', 'the model is loading');
      if (route === 'GET /v1/models') return json(response, 200, this.models(engine));
      if (route === 'POST /tokenize') return await this.tokenize(engine, await readJson(request), response);
      if (route === 'POST /v1/completions') return await this.complete(engine, await readJson(request), response);
      throw new HttpError(404, 'NotFoundError', `no route ${route}`);
    } catch (error) {
      if (response.headersSent) return;
      const known =
        error instanceof HttpError
          ? error
          : error instanceof EngineRefusal
            ? new HttpError(error.reason === 'not-found' ? 404 : 400, 'BadRequestError', error.message)
            : new HttpError(500, 'InternalServerError', (error as Error).message);
      if (known.status >= 500) this.options.logger.warn({ route, err: known.message }, 'request failed');
      json(response, known.status, errorBody(known));
    }
  }

  private models(engine: Engine) {
    const card = { id: engine.model, object: 'model', created: this.created, owned_by: 'switchyard' };
    return {
      object: 'list',
      data: [{ ...card, root: engine.model, parent: null, max_model_len: engine.contextTokens }],
    };
  }

  private checkModel(engine: Engine, model: string | undefined): void {
    if (model !== undefined && model !== engine.model) {
      throw new HttpError(404, 'NotFoundError', `The model \`${model}\` does not exist.`);
    }
  }

  private async tokenize(engine: Engine, body: unknown, response: ServerResponse): Promise<void> {
    const parsed = parse(tokenizeRequest, body);
    this.checkModel(engine, parsed.model);
    const signal = closedSignal(response);
    const ids = await engine.tokenize(parsed.prompt, signal);
    json(response, 200, { count: ids.length, max_model_len: engine.contextTokens, tokens: ids, token_strs: null });
  }

  private async complete(engine: Engine, body: unknown, response: ServerResponse): Promise<void> {
    const parsed = parse(completionRequest, body);
    this.checkModel(engine, parsed.model);
    const stop = parsed.stop == null ? [] : [parsed.stop].flat();
    const sampling = { temperature: parsed.temperature, topP: parsed.top_p, seed: parsed.seed, stop };
    const problem = engine.samplingProblem(sampling);
    if (problem) throw badRequest(problem);
    const signal = closedSignal(response);
    const promptIds = typeof parsed.prompt === 'string' ? await engine.tokenize(parsed.prompt, signal) : parsed.prompt;
    if (promptIds.some((id) => id >= engine.vocabularySize)) {
      throw badRequest(`token ids must be below ${engine.vocabularySize}, the size of the vocabulary`);
    }
    const maxTokens = parsed.max_tokens ?? DEFAULT_MAX_TOKENS;
    if (promptIds.length + maxTokens > engine.contextTokens) {
      throw badRequest(
        `This model's maximum context length is ${engine.contextTokens} tokens. However, you requested ` +
          `${promptIds.length + maxTokens} tokens (${promptIds.length} in the prompt, ${maxTokens} in the completion).`,
      );
    }
    const answer = engine.generate({
      prompt: typeof parsed.prompt === 'string' ? parsed.prompt : '',
      promptTokenIds: promptIds,
      generatedTokenIds: [],
      generatedText: '',
      resumeAfter: 0,
      maxTokens,
      sampling: { temperature: parsed.temperature, topP: parsed.top_p, seed: parsed.seed },
      signal,
    });
    const id = `cmpl-${randomUUID().replaceAll('-', '')}`;
    const withIds = parsed.return_token_ids;
    const choice = (chunk: EngineChunk, first: boolean) => ({
      index: 0,
      text: chunk.text,
      logprobs: null,
      finish_reason: chunk.finishReason ?? null,
      stop_reason: null,
      prompt_token_ids: withIds && first ? promptIds : null,
      token_ids: withIds ? chunk.tokenIds : null,
    });
    const envelope = { id, object: 'text_completion', created: Math.floor(Date.now() / 1000), model: engine.model };
    if (!parsed.stream) {
      const chunks: EngineChunk[] = [];
      for await (const chunk of answer) chunks.push(chunk);
      const tokenIds = chunks.flatMap((chunk) => chunk.tokenIds);
      const whole = {
        tokenIds,
        text: chunks.map((chunk) => chunk.text).join(''),
        finishReason: chunks.at(-1)?.finishReason,
      };
      const usage = {
        prompt_tokens: promptIds.length,
        completion_tokens: tokenIds.length,
        total_tokens: promptIds.length + tokenIds.length,
      };
      json(response, 200, { ...envelope, choices: [choice(whole, true)], usage });
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    let first = true;
    let finish: FinishReason | undefined;
    try {
      for await (const chunk of answer) {
        await send(response, JSON.stringify({ ...envelope, choices: [choice(chunk, first)], usage: null }));
        first = false;
        finish = chunk.finishReason;
      }
    } catch (error) {
      // After the first byte, an error goes in-band, as vLLM sends it.
      const failure = new HttpError(500, 'InternalServerError', (error as Error).message);
      this.options.logger.warn({ route: 'POST /v1/completions', err: failure.message }, 'request failed');
      await send(response, JSON.stringify(errorBody(failure)));
    }
    if (signal.aborted) return;
    if (finish === undefined && !first) this.options.logger.warn({ id }, 'answer ended without a finish reason');
    await send(response, '[DONE]');
    response.end();
  }
}

function errorBody(error: HttpError) {
  return { error: { message: error.message, type: error.type, param: null, code: error.status } };
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Writes one SSE event, waiting while the client does not read (a closed response: returns at once). */
async function send(response: ServerResponse, data: string): Promise<void> {
  if (response.destroyed) return;
  if (!response.write(`data: ${data}\n\n`)) {
    await Promise.race([once(response, 'drain'), once(response, 'close')]);
  }
}

/** Aborts when the client has gone (the response closed before it ended). */
function closedSignal(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw badRequest(`${issue.path.join('.') || 'body'}: ${issue.message}`);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of request as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'BadRequestError', `the body is over ${MAX_BODY_BYTES} bytes`);
    parts.push(part);
  }
  try {
    return JSON.parse(Buffer.concat(parts).toString('utf8'));
  } catch {
    throw badRequest('the body is not JSON');
  }
}
