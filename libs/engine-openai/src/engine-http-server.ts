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

const chatRequest = z.object({
  model: z.string().optional(),
  messages: z
    .array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() }))
    .min(1, 'must hold a message'),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  stream: z.boolean().default(false),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().gt(0).max(1).nullish(),
  seed: z.number().int().nullish(),
  n: z.literal(1, { error: 'only n = 1 is served' }).default(1),
  stop: z.union([z.string(), z.array(z.string())]).nullish(),
  continue_final_message: z.boolean().default(false),
  add_generation_prompt: z.boolean().default(true),
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
 * `POST /v1/chat/completions` (the same over messages, with a trivial template: see `chat`),
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
      if (route === 'POST /v1/chat/completions') return await this.chat(engine, await readJson(request), response);
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
    const signal = closedSignal(response);
    const prompt = typeof parsed.prompt === 'string' ? parsed.prompt : '';
    const promptIds = typeof parsed.prompt === 'string' ? await engine.tokenize(parsed.prompt, signal) : parsed.prompt;
    const withIds = parsed.return_token_ids;
    await this.answer(engine, { ...parsed, prompt, promptIds }, response, signal, {
      route: 'POST /v1/completions',
      id: `cmpl-${randomUUID().replaceAll('-', '')}`,
      object: 'text_completion',
      choice: (chunk, first) => ({
        index: 0,
        text: chunk.text,
        logprobs: null,
        finish_reason: chunk.finishReason ?? null,
        stop_reason: null,
        prompt_token_ids: withIds && first ? promptIds : null,
        token_ids: withIds ? chunk.tokenIds : null,
      }),
    });
  }

  /**
   * A chat completion over a base model: the conversation's text is its messages' contents, in order, with no role
   * markers (this server's chat template), and the answer continues it. An assistant message last is continued
   * whether or not `continue_final_message` says so, which is what a resumed answer needs.
   */
  private async chat(engine: Engine, body: unknown, response: ServerResponse): Promise<void> {
    const parsed = parse(chatRequest, body);
    this.checkModel(engine, parsed.model);
    const signal = closedSignal(response);
    const prompt = parsed.messages.map((message) => message.content).join('');
    const promptIds = await engine.tokenize(prompt, signal);
    const maxTokens = parsed.max_completion_tokens ?? parsed.max_tokens;
    await this.answer(engine, { ...parsed, max_tokens: maxTokens, prompt, promptIds }, response, signal, {
      route: 'POST /v1/chat/completions',
      id: `chatcmpl-${randomUUID().replaceAll('-', '')}`,
      object: 'chat.completion.chunk',
      choice: (chunk, first) => ({
        index: 0,
        delta: first ? { role: 'assistant', content: chunk.text } : { content: chunk.text },
        logprobs: null,
        finish_reason: chunk.finishReason ?? null,
      }),
      whole: (text, finishReason) => ({
        object: 'chat.completion',
        choice: {
          index: 0,
          message: { role: 'assistant', content: text },
          logprobs: null,
          finish_reason: finishReason,
        },
      }),
    });
  }

  /** Generates the answer to `request` and sends it, streamed (SSE, `[DONE]` last) or whole, in `format`. */
  private async answer(
    engine: Engine,
    request: SamplingFields & { prompt: string; promptIds: readonly number[]; stream: boolean },
    response: ServerResponse,
    signal: AbortSignal,
    format: AnswerFormat,
  ): Promise<void> {
    const { promptIds } = request;
    const stop = request.stop == null ? [] : [request.stop].flat();
    const sampling = { temperature: request.temperature, topP: request.top_p, seed: request.seed };
    const problem = engine.samplingProblem({ ...sampling, stop });
    if (problem) throw badRequest(problem);
    if (promptIds.some((id) => id >= engine.vocabularySize)) {
      throw badRequest(`token ids must be below ${engine.vocabularySize}, the size of the vocabulary`);
    }
    const maxTokens = request.max_tokens ?? DEFAULT_MAX_TOKENS;
    if (promptIds.length + maxTokens > engine.contextTokens) {
      throw badRequest(
        `This model's maximum context length is ${engine.contextTokens} tokens. However, you requested ` +
          `${promptIds.length + maxTokens} tokens (${promptIds.length} in the prompt, ${maxTokens} in the completion).`,
      );
    }
    const answer = engine.generate({
      prompt: request.prompt,
      promptTokenIds: promptIds,
      generatedTokenIds: [],
      generatedText: '',
      resumeAfter: 0,
      maxTokens,
      sampling,
      signal,
    });
    const envelope = { id: format.id, created: Math.floor(Date.now() / 1000), model: engine.model };
    if (!request.stream) {
      const chunks: EngineChunk[] = [];
      for await (const chunk of answer) chunks.push(chunk);
      const tokenIds = chunks.flatMap((chunk) => chunk.tokenIds);
      const text = chunks.map((chunk) => chunk.text).join('');
      const finishReason = chunks.at(-1)?.finishReason;
      const usage = {
        prompt_tokens: promptIds.length,
        completion_tokens: tokenIds.length,
        total_tokens: promptIds.length + tokenIds.length,
      };
      const whole = format.whole?.(text, finishReason ?? null) ?? {
        object: format.object,
        choice: format.choice({ tokenIds, text, finishReason }, true),
      };
      json(response, 200, { ...envelope, object: whole.object, choices: [whole.choice], usage });
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    let first = true;
    let finish: FinishReason | undefined;
    try {
      for await (const chunk of answer) {
        const event = { ...envelope, object: format.object, choices: [format.choice(chunk, first)], usage: null };
        await send(response, JSON.stringify(event));
        first = false;
        finish = chunk.finishReason;
      }
    } catch (error) {
      // After the first byte, an error goes in-band, as vLLM sends it.
      const failure = new HttpError(500, 'InternalServerError', (error as Error).message);
      this.options.logger.warn({ route: format.route, err: failure.message }, 'request failed');
      await send(response, JSON.stringify(errorBody(failure)));
    }
    if (signal.aborted) return;
    if (finish === undefined && !first)
      this.options.logger.warn({ id: format.id }, 'answer ended without a finish reason');
    await send(response, '[DONE]');
    response.end();
  }
}

/** The request fields every completion shares. */
interface SamplingFields {
  max_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  seed?: number | null;
  stop?: string | string[] | null;
}

/** How an answer is shaped: its id and object, a streamed chunk's choice, and (chat) the whole answer's. */
interface AnswerFormat {
  route: string;
  id: string;
  object: string;
  choice(chunk: EngineChunk, first: boolean): unknown;
  whole?(text: string, finishReason: FinishReason | null): { object: string; choice: unknown };
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
