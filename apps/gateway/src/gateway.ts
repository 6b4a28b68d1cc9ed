import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { GatewayLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import type { GatewayMetrics } from '@switchyard/metrics';
import { RpcCode, RpcError } from '@switchyard/rpc';
import type { Sampling, StreamSession } from '@switchyard/session';
import type { Clock, TimerHandle } from '@switchyard/time';
import type { ApiKey, ApiKeys } from './api-keys.js';
import { renderChat, type ChatTemplate } from './chat-template.js';
import { TokenRates } from './token-rates.js';
import {
  ApiError,
  CHAT,
  COMPLETION,
  chatRequest,
  completionRequest,
  invalidRequest,
  parseRequest,
  usage,
  type AnswerShape,
} from './openai-api.js';

/** What one request asks a session for. */
export interface SessionRequest {
  prompt: string;
  model: string;
  sampling: Sampling;
}

export interface GatewayOptions {
  /** Opens the session that answers one request (directors, dialling and timings are the app's). */
  openSession(request: SessionRequest): StreamSession;
  /** The models the available workers run, from a director; throws when no director answers. */
  listModels(signal: AbortSignal): Promise<{ id: string; workers: number }[]>;
  chatTemplate: ChatTemplate;
  /** Undefined: no key is asked for. */
  apiKeys?: ApiKeys;
  /** Every request's deadline, from its arrival to its answer's last byte. */
  requestTimeoutMs: number;
  maxBodyBytes: number;
  /** Requests answered at once, over all keys; more get 429. */
  maxConcurrent: number;
  /** Requests answered at once for one API key (without keys, unused); more get 429. */
  maxConcurrentPerKey: number;
  /** Tokens (prompt and answer) one API key (or, without keys, everyone) may use a minute; undefined: no limit. */
  tokensPerMinutePerKey?: number;
  /** HTTP connections held at once; more are closed as they arrive. */
  maxConnections: number;
  /** HTTPS with this certificate chain and key (PEM); undefined: plain HTTP. */
  tls?: TlsFiles;
  /** Origins a browser may call from (`*`: any); undefined or empty: no CORS headers, preflights refused. */
  corsOrigins?: readonly string[];
  clock: Clock;
  metrics?: Pick<GatewayMetrics, 'requests' | 'tokens' | 'failovers' | 'inFlight'>;
  logger: Logger;
}

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

/** Why a request stopped before its answer ended. */
type Stop = 'client-gone' | 'deadline' | 'shutdown';

/**
 * The OpenAI-compatible front door: `POST /v1/completions` and `POST /v1/chat/completions`, streamed (SSE, the
 * OpenAI chunk shapes, `[DONE]`) or whole, each request one `StreamSession`, so a worker failing mid-answer never
 * shows. Errors before the first chunk are HTTP statuses with an OpenAI error object; after it, an in-band `error`
 * event and no `[DONE]`, so a cut answer cannot pass for a whole one. A client that leaves, or the request deadline,
 * ends the session (and so the worker's generation).
 */
export class Gateway {
  private readonly server: Server | TlsServer;
  private readonly open = new Set<AbortController>();
  private readonly perKey = new Map<string, number>();
  private readonly tokenRates?: TokenRates;
  /** When the gateway started, in seconds: the `created` of the models it lists. */
  private readonly created = Math.floor(Date.now() / 1000);

  constructor(private readonly options: GatewayOptions) {
    const handler = (request: IncomingMessage, response: ServerResponse) => void this.handle(request, response);
    this.server = options.tls ? createTlsServer({ ...options.tls }, handler) : createServer(handler);
    this.server.maxConnections = options.maxConnections;
    if (options.tokensPerMinutePerKey !== undefined) {
      this.tokenRates = new TokenRates(options.tokensPerMinutePerKey, options.clock);
    }
  }

  /** Serves new connections with another certificate (a renewed one); open connections keep theirs. */
  setTls(tls: TlsFiles): void {
    if (!('setSecureContext' in this.server)) throw new Error('the gateway serves plain HTTP');
    this.server.setSecureContext({ ...tls });
  }

  async listen(host: string, port: number): Promise<number> {
    this.server.listen(port, host);
    await once(this.server, 'listening');
    return (this.server.address() as AddressInfo).port;
  }

  /** Requests being answered. */
  get load(): number {
    return this.open.size;
  }

  /** Stops taking requests; open answers end with an in-band error after `graceMs`. */
  async close(graceMs: number): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    const { clock } = this.options;
    let timer: TimerHandle | undefined;
    await Promise.race([closed, new Promise<void>((resolve) => (timer = clock.setTimeout(resolve, graceMs)))]);
    if (timer !== undefined) clock.clearTimeout(timer);
    for (const controller of this.open) controller.abort('shutdown' satisfies Stop);
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const route = `${request.method} ${(request.url ?? '').split('?')[0]}`;
    const requestId = randomUUID();
    const startedAt = this.options.clock.now();
    const log: Record<string, unknown> = { requestId, route };
    response.setHeader('x-request-id', requestId);
    try {
      if (this.cors(request, response)) {
        log.status = 204;
        return;
      }
      const shape =
        route === 'POST /v1/completions' ? COMPLETION : route === 'POST /v1/chat/completions' ? CHAT : undefined;
      const model = /^GET \/v1\/models(?:\/(.+))?$/.exec(route);
      if (!shape && !model) throw new ApiError(404, 'invalid_request_error', `no route ${route}`, 'unknown_route');
      const key = this.authenticate(request);
      if (key) log.caller = key.name;
      if (shape) await this.answer(request, response, shape, key?.name ?? '', log);
      else await this.models(response, model![1] === undefined ? undefined : decodeURIComponent(model![1]));
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(500, 'server_error', (error as Error).message);
      log.status = failure.status;
      log.err = failure.message;
      if (!response.headersSent) sendError(response, failure);
    } finally {
      log.status ??= response.statusCode;
      log.elapsedMs = Math.round(this.options.clock.now() - startedAt);
      this.options.logger.info(log, GatewayLog.request);
      const { metrics } = this.options;
      metrics?.requests.inc({ route, status: String(log.status) });
      if (typeof log.tokens === 'number') metrics?.tokens.inc(log.tokens);
      if (typeof log.failovers === 'number') metrics?.failovers.inc(log.failovers);
    }
  }

  /**
   * `GET /v1/models`: the models the available workers run, as a director sees them (503 when no director answers);
   * `GET /v1/models/{id}`: one of them, or 404.
   */
  private async models(response: ServerResponse, id: string | undefined): Promise<void> {
    const { clock } = this.options;
    const stop = new AbortController();
    const timer = clock.setTimeout(() => stop.abort(), MODELS_TIMEOUT_MS);
    let models: { id: string; workers: number }[];
    try {
      models = await this.options.listModels(stop.signal);
    } catch (error) {
      const message = `no director answered: ${(error as Error).message}`;
      throw new ApiError(503, 'server_error', message, null, null, 1);
    } finally {
      clock.clearTimeout(timer);
    }
    const card = (model: { id: string }) => ({
      id: model.id,
      object: 'model',
      created: this.created,
      owned_by: 'switchyard',
    });
    if (id === undefined) {
      sendJson(response, 200, { object: 'list', data: models.map(card) });
      return;
    }
    const found = models.find((model) => model.id === id);
    if (!found) {
      throw new ApiError(404, 'invalid_request_error', `The model '${id}' does not exist`, 'model_not_found', 'model');
    }
    sendJson(response, 200, card(found));
  }

  /**
   * CORS, when origins are configured: an allowed origin's requests get `Access-Control-Allow-Origin`; a preflight
   * (OPTIONS) is answered here, true. Without origins configured, no CORS header is sent and OPTIONS is no route.
   */
  private cors(request: IncomingMessage, response: ServerResponse): boolean {
    const origins = this.options.corsOrigins ?? [];
    const origin = request.headers.origin;
    if (origins.length === 0) return false;
    const preflight = request.method === 'OPTIONS';
    if (origin !== undefined && (origins.includes('*') || origins.includes(origin))) {
      response.setHeader('access-control-allow-origin', origins.includes('*') ? '*' : origin);
      response.setHeader('vary', 'origin');
      response.setHeader('access-control-expose-headers', 'retry-after, x-request-id');
      if (preflight) {
        response.setHeader('access-control-allow-methods', 'GET, POST');
        // What the browser says it will send (the SDKs send their own headers besides authorization).
        const asked = request.headers['access-control-request-headers'];
        if (asked) response.setHeader('access-control-allow-headers', asked.slice(0, MAX_CORS_HEADERS_CHARS));
        response.setHeader('access-control-max-age', String(CORS_MAX_AGE_SECONDS));
      }
    }
    if (preflight) response.writeHead(204).end();
    return preflight;
  }

  /** The caller's key, when keys are asked for; 401 without a valid one. */
  private authenticate(request: IncomingMessage): ApiKey | undefined {
    const { apiKeys } = this.options;
    if (!apiKeys) return undefined;
    const header = request.headers.authorization ?? '';
    const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    const key = presented === '' ? undefined : apiKeys.check(presented);
    if (!key) {
      throw new ApiError(401, 'invalid_request_error', 'Incorrect API key provided.', 'invalid_api_key');
    }
    return key;
  }

  /** Takes a slot of the global and per-key bounds for the request's life, or refuses with 429. */
  private admit(keyName: string): () => void {
    const { maxConcurrent, maxConcurrentPerKey } = this.options;
    const wait = this.tokenRates?.waitSeconds(keyName) ?? 0;
    if (wait > 0) {
      const message = `token rate exceeded (${this.options.tokensPerMinutePerKey} tokens a minute per key)`;
      throw new ApiError(429, 'rate_limit_error', message, 'rate_limit_exceeded', null, wait);
    }
    // Without keys every caller is the same anonymous one: only the global bound applies.
    const held = this.options.apiKeys ? (this.perKey.get(keyName) ?? 0) : 0;
    if (this.open.size >= maxConcurrent || held >= maxConcurrentPerKey) {
      const which = this.open.size >= maxConcurrent ? `${maxConcurrent} at once` : `${maxConcurrentPerKey} per key`;
      throw new ApiError(
        429,
        'rate_limit_error',
        `too many requests in flight (${which})`,
        'rate_limit_exceeded',
        null,
        1,
      );
    }
    this.perKey.set(keyName, held + 1);
    return () => {
      const left = (this.perKey.get(keyName) ?? 1) - 1;
      if (left === 0) this.perKey.delete(keyName);
      else this.perKey.set(keyName, left);
    };
  }

  private async answer(
    request: IncomingMessage,
    response: ServerResponse,
    shape: AnswerShape,
    keyName: string,
    log: Record<string, unknown>,
  ): Promise<void> {
    const { clock, logger } = this.options;
    const release = this.admit(keyName);
    const stop = new AbortController();
    this.open.add(stop);
    this.options.metrics?.inFlight.set(this.open.size);
    const deadline = clock.setTimeout(() => stop.abort('deadline' satisfies Stop), this.options.requestTimeoutMs);
    // The client leaving (its connection closed before the answer ended) ends the session.
    const onClose = () => {
      if (!response.writableFinished) stop.abort('client-gone' satisfies Stop);
    };
    response.once('close', onClose);
    try {
      const body = await readJson(request, this.options.maxBodyBytes);
      const { prompt, model, sampling, stream, includeUsage } = this.sessionRequest(shape, body);
      log.model = model;
      log.stream = stream;
      if (logger.isLevelEnabled('debug')) logger.debug({ requestId: log.requestId, prompt }, GatewayLog.prompt);
      const session = this.options.openSession({ prompt, model, sampling });
      const { requestId } = log;
      session.on('failover', ({ from, reason, error }) =>
        logger.warn({ requestId, from, reason, err: error.message }, GatewayLog.failover),
      );
      session.on('retry', ({ cause, delayMs, error }) =>
        logger.info({ requestId, cause, retryInMs: delayMs, err: error?.message }, GatewayLog.retrying),
      );
      const id = `${shape.idPrefix}${randomUUID().replaceAll('-', '')}`;
      const created = Math.floor(Date.now() / 1000);
      // The model the session's worker named and the prompt's length, read at the first token (resumeState copies
      // the answer's ids, then one).
      let served = model;
      let promptTokens: number | undefined;
      const envelope = () => ({ id, object: shape.chunkObject, created, model: served });
      let first = true;
      let text = '';
      try {
        for await (const token of session.tokens({ signal: stop.signal })) {
          if (promptTokens === undefined) {
            const state = session.resumeState();
            served = state?.model || model;
            promptTokens = state?.promptTokenIds.length ?? 0;
            this.tokenRates?.take(keyName, promptTokens);
          }
          this.tokenRates?.take(keyName, 1);
          if (!stream) {
            text += token.text;
            continue;
          }
          if (first) response.writeHead(200, SSE_HEADERS);
          await send(response, { ...envelope(), choices: [shape.chunkChoice(token.text, first, null)] });
          first = false;
        }
      } catch (error) {
        throw sessionError(error);
      } finally {
        const summary = session.summary();
        Object.assign(log, {
          tokens: summary.tokens,
          failovers: summary.failovers,
          finishReason: summary.finishReason,
        });
      }
      const summary = session.summary();
      if (stop.signal.aborted) throw stopped(stop.signal.reason as Stop);
      const finish = summary.finishReason ?? null;
      const counts = usage(promptTokens ?? 0, summary.tokens);
      if (!stream) {
        const whole = {
          ...envelope(),
          object: shape.wholeObject,
          choices: [shape.wholeChoice(text, finish)],
          usage: counts,
        };
        sendJson(response, 200, whole);
        return;
      }
      if (first) response.writeHead(200, SSE_HEADERS);
      await send(response, { ...envelope(), choices: [shape.chunkChoice('', first, finish)] });
      if (includeUsage) await send(response, { ...envelope(), choices: [], usage: counts });
      await sendData(response, '[DONE]');
      response.end();
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(500, 'server_error', (error as Error).message);
      if (!response.headersSent) throw failure;
      // After the first chunk: an error event and no [DONE], then the end of the response.
      log.status = failure.status === 499 ? 499 : 200;
      log.err = failure.message;
      if (!response.destroyed) {
        await send(response, failure.toJSON());
        response.end();
      }
    } finally {
      clock.clearTimeout(deadline);
      response.off('close', onClose);
      this.open.delete(stop);
      this.options.metrics?.inFlight.set(this.open.size);
      release();
    }
  }

  /** What a request body asks for, validated (400 on anything the gateway cannot honour). */
  private sessionRequest(shape: AnswerShape, body: unknown) {
    if (shape === COMPLETION) {
      const parsed = parseRequest(completionRequest, body);
      const prompt = typeof parsed.prompt === 'string' ? parsed.prompt : parsed.prompt[0];
      return { ...common(parsed, parsed.max_tokens), prompt };
    }
    const parsed = parseRequest(chatRequest, body);
    const prompt = renderChat(this.options.chatTemplate, parsed.messages);
    return { ...common(parsed, parsed.max_completion_tokens ?? parsed.max_tokens), prompt };
  }
}

/** How long listing the models may take (a director's answer). */
const MODELS_TIMEOUT_MS = 5000;
/** How long a browser may keep a preflight's answer. */
const CORS_MAX_AGE_SECONDS = 600;
/** The longest list of request headers a preflight is answered with. */
const MAX_CORS_HEADERS_CHARS = 1024;

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };

/** The parts of a request every kind shares: the model, the sampling, streaming. */
function common(
  parsed: {
    model: string;
    temperature?: number | null;
    top_p?: number | null;
    seed?: number | null;
    stop?: string | string[] | null;
    stream?: boolean | null;
    stream_options?: { include_usage?: boolean | null } | null;
  },
  maxTokens: number | null | undefined,
) {
  const sampling: Sampling = {};
  if (parsed.temperature != null) sampling.temperature = parsed.temperature;
  if (parsed.top_p != null) sampling.topP = parsed.top_p;
  if (parsed.seed != null) sampling.seed = parsed.seed;
  if (maxTokens != null) sampling.maxTokens = maxTokens;
  if (parsed.stop != null) sampling.stop = [parsed.stop].flat();
  return {
    model: parsed.model,
    sampling,
    stream: parsed.stream === true,
    includeUsage: parsed.stream_options?.include_usage === true,
  };
}

/** A session's end by error, as the OpenAI error it is. */
function sessionError(error: unknown): ApiError {
  if (!(error instanceof RpcError)) return new ApiError(500, 'server_error', (error as Error).message);
  const message = error.rawMessage;
  switch (error.code) {
    case RpcCode.InvalidArgument:
      return invalidRequest(message);
    case RpcCode.NotFound:
      return new ApiError(404, 'invalid_request_error', message, 'model_not_found', 'model');
    case RpcCode.FailedPrecondition:
      return new ApiError(400, 'invalid_request_error', message, 'failed_precondition');
    default:
      return new ApiError(500, 'server_error', message);
  }
}

/** A request stopped before its answer ended, as the error its caller is told (if still there). */
function stopped(reason: Stop): ApiError {
  if (reason === 'deadline') {
    return new ApiError(503, 'server_error', 'no answer within the request deadline', 'timeout', null, 1);
  }
  if (reason === 'shutdown') return new ApiError(503, 'server_error', 'the gateway is shutting down', null, null, 1);
  return new ApiError(499, 'invalid_request_error', 'the client closed the request');
}

function sendError(response: ServerResponse, error: ApiError): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (error.retryAfter !== undefined) headers['retry-after'] = String(error.retryAfter);
  if (!response.destroyed) response.writeHead(error.status, headers).end(JSON.stringify(error.toJSON()));
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Writes one SSE event of JSON; waits while the client does not read (returns at once once it is gone). */
async function send(response: ServerResponse, body: unknown): Promise<void> {
  await sendData(response, JSON.stringify(body));
}

async function sendData(response: ServerResponse, data: string): Promise<void> {
  if (response.destroyed) return;
  if (!response.write(`data: ${data}\n\n`)) await Promise.race([once(response, 'drain'), once(response, 'close')]);
}

/** The body as JSON, read up to `limit` bytes (413 past it, 400 when not JSON). */
async function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new ApiError(413, 'invalid_request_error', `the body is over ${limit} bytes`);
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of request as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > limit) throw new ApiError(413, 'invalid_request_error', `the body is over ${limit} bytes`);
    parts.push(part);
  }
  try {
    return JSON.parse(Buffer.concat(parts).toString('utf8'));
  } catch {
    throw invalidRequest('the body is not JSON');
  }
}
