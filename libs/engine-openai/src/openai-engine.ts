import { WorkerLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import { MAX_TOKEN_ID } from '@switchyard/protocol';
import { EngineRefusal, type Engine, type EngineChunk, type EngineRequest } from '@switchyard/serving';
import type { Clock, TimerHandle } from '@switchyard/time';
import { createParser } from 'eventsource-parser';
import { UPSTREAM_APIS, type UpstreamApi, type UpstreamApiName } from './upstream-api.js';
import { UpstreamFailure, upstreamStatusError } from './upstream-errors.js';

/** The longest event (and the longest line) an upstream stream may send before it counts as a failure. */
export const MAX_UPSTREAM_EVENT_CHARS = 1 << 20;
/** How much of an error answer's body is read for its message. */
const MAX_ERROR_BODY_BYTES = 4096;
/** The largest tokenize answer read: a prompt's ids, as JSON, with room for what else the upstream says. */
const MAX_TOKENIZE_BODY_BYTES = 4 << 20;
/** The largest model list read (`/v1/models`). */
const MAX_MODEL_LIST_BYTES = 1 << 20;
/** How long one health check may take before it counts as failed. */
const HEALTH_TIMEOUT_MS = 2000;

export interface OpenAiEngineOptions {
  /** The upstream server's base URL (`http://host:port`, a path prefix allowed). */
  url: string;
  api: UpstreamApiName;
  /** The model the upstream serves: sent with vLLM requests, and named to clients. */
  model: string;
  /** The most token ids one answer's context holds, prompt and answer (at most the upstream's own limit). */
  contextTokens: number;
  /** Sent as `Authorization: Bearer …` when set. */
  apiKey?: string;
  /** The longest silence of an upstream request (waiting for its answer, or between two reads of its stream). */
  idleTimeoutMs: number;
  /** How often the upstream's health is checked. */
  healthIntervalMs: number;
  clock: Clock;
  logger: Logger;
}

/**
 * An OpenAI-compatible inference server as the engine (`WORKER_ENGINE=openai`): vLLM, llama.cpp's llama-server or
 * SGLang,
 * asked over HTTP for the answer's continuation from token ids (`UpstreamApi`), so a resumed answer is the one the
 * upstream would have given uninterrupted under greedy decoding. Its health, checked every `healthIntervalMs`, is
 * the worker's availability: down, or still loading its model, the worker takes no sessions.
 */
export class OpenAiEngine implements Engine {
  readonly model: string;
  readonly contextTokens: number;
  /** The upstream knows its vocabulary: an id outside it gets its 400, which reaches the caller. */
  readonly vocabularySize = MAX_TOKEN_ID + 1;
  readonly inexact: boolean;
  private readonly api: UpstreamApi;
  private readonly base: string;
  private healthy = false;
  private reason = 'not checked yet';
  private listener: (() => void) | undefined;
  private healthTimer: TimerHandle | undefined;
  private healthCheck: AbortController | undefined;
  private closed = false;
  /** vLLM, SGLang: whether `/v1/models` was seen to list the model since the upstream was last down. */
  private modelListed = false;

  constructor(private readonly options: OpenAiEngineOptions) {
    this.api = UPSTREAM_APIS[options.api];
    this.inexact = this.api.inexact;
    this.model = options.model;
    this.contextTokens = options.contextTokens;
    this.base = options.url.replace(/\/+$/, '');
  }

  get ready(): boolean {
    return this.healthy;
  }

  onReadyChange(listener: () => void): void {
    this.listener = listener;
  }

  /** Starts the health checks: not ready until the first passes. */
  start(): void {
    if (this.healthTimer === undefined && !this.closed)
      this.healthTimer = this.options.clock.setTimeout(() => void this.checkHealth(), 0);
  }

  /** Stops the health checks. */
  close(): void {
    this.closed = true;
    if (this.healthTimer !== undefined) this.options.clock.clearTimeout(this.healthTimer);
    this.healthCheck?.abort();
  }

  samplingProblem(sampling: EngineRequest['sampling']): string | undefined {
    return (sampling?.stop?.length ?? 0) > 0
      ? 'an upstream engine has no exact stop strings: one begun before a failover would go unseen after it'
      : undefined;
  }

  async tokenize(prompt: string, signal: AbortSignal): Promise<readonly number[]> {
    const { tokenizer } = this.api;
    // An inexact API is given the prompt's text, not its ids.
    if (!tokenizer) return [];
    const response = await this.post(tokenizer.path, tokenizer.body(this.model, prompt), signal);
    if (!response) throw new UpstreamFailure('the stream ended while its prompt was tokenized');
    const text = await readText(response, MAX_TOKENIZE_BODY_BYTES);
    if (text === undefined)
      throw new UpstreamFailure(`the upstream's tokenize answer is over ${MAX_TOKENIZE_BODY_BYTES} bytes`);
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      throw new UpstreamFailure(`the upstream's tokenize answer is not JSON: ${text.slice(0, 80)}`);
    }
    return tokenizer.ids(answer);
  }

  async *generate(request: EngineRequest): AsyncGenerator<EngineChunk> {
    const stop = new AbortController();
    const signal = AbortSignal.any([request.signal, stop.signal]);
    const response = await this.post(this.api.completionPath, this.api.completionBody(this.model, request), signal);
    if (!response) return;
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const events: string[] = [];
    let parseError: Error | undefined;
    const parser = createParser({
      maxBufferSize: MAX_UPSTREAM_EVENT_CHARS,
      onEvent: (event) => events.push(event.data),
      onError: (error) => (parseError ??= new UpstreamFailure(`the upstream's stream broke: ${error.message}`)),
    });
    const idle = new IdleTimer(this.options.clock, this.options.idleTimeoutMs, stop);
    const parseEvent = this.api.events();
    try {
      for (;;) {
        let read: Awaited<ReturnType<typeof reader.read>>;
        try {
          idle.arm();
          read = await reader.read();
        } catch (error) {
          if (request.signal.aborted) return;
          throw this.failure(error, idle);
        } finally {
          idle.disarm();
        }
        if (read.done) throw new UpstreamFailure('the upstream closed the stream before the answer ended');
        parser.feed(decoder.decode(read.value, { stream: true }));
        if (parseError) throw parseError;
        while (events.length > 0) {
          const event = parseEvent(events.shift()!);
          if (event.kind === 'done') throw new UpstreamFailure('the upstream ended the stream without a finish reason');
          if (event.kind === 'nothing') continue;
          yield event.chunk;
          if (event.chunk.finishReason) return;
          if (request.signal.aborted) return;
        }
      }
    } finally {
      idle.stop();
      stop.abort();
      await reader.cancel().catch(() => {});
    }
  }

  /**
   * POSTs `body` as JSON and returns the answer once its status is 2xx; undefined when `signal` aborted first.
   * Throws the status's meaning (`upstreamStatusError`) or an `UpstreamFailure`, within the idle timeout.
   */
  private async post(path: string, body: unknown, signal: AbortSignal): Promise<Response | undefined> {
    const stop = new AbortController();
    const idle = new IdleTimer(this.options.clock, this.options.idleTimeoutMs, stop);
    idle.arm();
    try {
      const response = await fetch(this.base + path, {
        method: 'POST',
        headers: this.headers({ 'content-type': 'application/json' }),
        body: JSON.stringify(body),
        signal: AbortSignal.any([signal, stop.signal]),
      });
      if (response.ok) return response;
      throw upstreamStatusError(response.status, await errorMessage(response));
    } catch (error) {
      if (signal.aborted) return undefined;
      if (error instanceof UpstreamFailure || error instanceof EngineRefusal) throw error;
      throw this.failure(error, idle);
    } finally {
      idle.stop();
    }
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return this.options.apiKey ? { ...extra, authorization: `Bearer ${this.options.apiKey}` } : extra;
  }

  /** A transport error as the failure it is: silence past the idle timeout, or what broke the connection. */
  private failure(error: unknown, idle: IdleTimer): UpstreamFailure {
    if (idle.fired) return new UpstreamFailure(`the upstream was silent for ${this.options.idleTimeoutMs} ms`);
    return new UpstreamFailure(`${this.base}: ${describe(error)}`, { cause: error });
  }

  private async checkHealth(): Promise<void> {
    this.healthTimer = undefined;
    const check = (this.healthCheck = new AbortController());
    const timer = this.options.clock.setTimeout(() => check.abort(), HEALTH_TIMEOUT_MS);
    let problem: string | undefined;
    try {
      const response = await fetch(this.base + this.api.healthPath, { headers: this.headers(), signal: check.signal });
      await response.body?.cancel().catch(() => {});
      if (!response.ok) problem = `its health check answered ${response.status}`;
      else if (this.api.listsModels && !this.modelListed) problem = await this.listModel(check.signal);
    } catch (error) {
      problem = check.signal.aborted ? `its health check took over ${HEALTH_TIMEOUT_MS} ms` : describe(error);
    } finally {
      this.options.clock.clearTimeout(timer);
    }
    if (this.closed) return;
    if (problem) this.modelListed = false;
    this.setHealth(problem);
    this.healthTimer = this.options.clock.setTimeout(() => void this.checkHealth(), this.options.healthIntervalMs);
  }

  /** Whether the upstream lists the model (`GET /v1/models`): a wrong `WORKER_MODEL` would refuse every request. */
  private async listModel(signal: AbortSignal): Promise<string | undefined> {
    const response = await fetch(`${this.base}/v1/models`, { headers: this.headers(), signal });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return `its model list answered ${response.status}`;
    }
    const text = await readText(response, MAX_MODEL_LIST_BYTES);
    if (text === undefined) return `its model list is over ${MAX_MODEL_LIST_BYTES} bytes`;
    let list: { data?: { id?: unknown }[] } | undefined;
    try {
      list = JSON.parse(text) as typeof list;
    } catch {
      return 'its model list is not JSON';
    }
    const ids = Array.isArray(list?.data) ? list.data.map((entry) => String(entry?.id)) : [];
    if (!ids.includes(this.model))
      return `it does not serve "${this.model}" (it serves ${ids.join(', ') || 'nothing'})`;
    this.modelListed = true;
    return undefined;
  }

  private setHealth(problem: string | undefined): void {
    const healthy = problem === undefined;
    const changed = healthy !== this.healthy || (!healthy && problem !== this.reason);
    const wasHealthy = this.healthy;
    this.healthy = healthy;
    this.reason = problem ?? 'healthy';
    if (!changed) return;
    const fields = { model: this.model, upstream: this.base, ready: healthy, reason: this.reason };
    if (healthy) this.options.logger.info(fields, WorkerLog.engineReadiness);
    else this.options.logger.warn(fields, WorkerLog.engineReadiness);
    if (healthy !== wasHealthy) this.listener?.();
  }
}

/** What broke a request: undici's `fetch failed` and `terminated` carry the socket's error as their cause. */
function describe(error: unknown): string {
  // Duck-typed: errors from undici may come from another realm than this module's `Error`.
  const { message, cause } = (error ?? {}) as { message?: unknown; cause?: { code?: unknown; message?: unknown } };
  if (typeof message !== 'string') return String(error);
  const detail = cause?.code ?? cause?.message;
  return detail === undefined ? message : `${message} (${String(detail)})`;
}

/** An error answer's message: the OpenAI error shape's `message` when it has one, else the start of the body. */
async function errorMessage(response: Response): Promise<string> {
  const text = (await readText(response, MAX_ERROR_BODY_BYTES, true)) ?? '';
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
    const message = typeof body.error === 'object' ? body.error?.message : (body.message ?? body.error);
    if (typeof message === 'string') return message;
  } catch {
    // Not JSON: the text itself.
  }
  return text.slice(0, 200) || response.statusText;
}

/**
 * The body as text, read up to `limit` bytes: past it, undefined, or with `truncate` the first `limit` bytes. The
 * rest is never read (the body is cancelled).
 */
async function readText(response: Response, limit: number, truncate = false): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      size += value.length;
      if (size > limit) {
        if (!truncate) return undefined;
        break;
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return Buffer.concat(parts).subarray(0, limit).toString('utf8');
}

/**
 * Aborts `controller` when armed longer than `ms` on the clock. Arming again moves the deadline without a new timer:
 * the one pending, when it fires early, waits out the rest, so a stream costs one timer per idle period, not per read.
 */
class IdleTimer {
  fired = false;
  private timer: TimerHandle | undefined;
  private deadline = 0;
  private armed = false;

  constructor(
    private readonly clock: Clock,
    private readonly ms: number,
    private readonly controller: AbortController,
  ) {}

  arm(): void {
    this.armed = true;
    this.deadline = this.clock.now() + this.ms;
    if (this.timer === undefined) this.schedule(this.ms);
  }

  /** Not counting until the next `arm` (a timer still pending is left to lapse). */
  disarm(): void {
    this.armed = false;
  }

  /** Done with it: no timer is left pending. */
  stop(): void {
    this.armed = false;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      if (!this.armed) return;
      const left = this.deadline - this.clock.now();
      if (left > 0) return this.schedule(left);
      this.fired = true;
      this.controller.abort();
    }, ms);
  }
}
