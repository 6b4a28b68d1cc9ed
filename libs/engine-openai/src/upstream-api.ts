import { isTokenId, type FinishReason } from '@switchyard/protocol';
import type { EngineChunk, EngineRequest } from '@switchyard/serving';
import { UpstreamFailure, upstreamStatusError } from './upstream-errors.js';

/**
 * The upstream servers' token-in, token-out APIs (`WORKER_UPSTREAM_API`):
 * - `vllm`: the OpenAI completions API with vLLM's extensions, `POST /v1/completions` with the prompt as token ids
 *   and `return_token_ids: true` (each chunk carries its `token_ids`), ended by `data: [DONE]`; `POST /tokenize`.
 * - `llama.cpp`: llama-server's own `POST /completion` with the prompt as token ids, `return_tokens: true` and
 *   `cache_prompt: false` (bit-exact answers), ended by an event with `stop: true`; `POST /tokenize`.
 * - `sglang`: SGLang's native `POST /generate` with `input_ids`; each event carries the answer's text and
 *   `output_ids` so far (or, with `--incremental-streaming-output`, since the last event: told apart by
 *   `meta_info.completion_tokens`), ended by `data: [DONE]`; `POST /tokenize`.
 * - `chat`: any OpenAI-compatible chat completions server, `POST /v1/chat/completions`, text only: inexact. A
 *   resumed answer is the conversation with the answer so far as a final assistant message to continue (vLLM's
 *   `continue_final_message`; llama-server continues a final assistant message by itself): a plausible
 *   continuation, not the uninterrupted answer. Its health is `GET /v1/models` listing the model.
 */
export const UPSTREAM_API_NAMES = ['vllm', 'llama.cpp', 'sglang', 'chat'] as const;
export type UpstreamApiName = (typeof UPSTREAM_API_NAMES)[number];

/** What one event of an upstream stream says. */
export type UpstreamEvent =
  /** Tokens of the answer (the last with its finish reason). */
  | { kind: 'chunk'; chunk: EngineChunk }
  /** Nothing for the answer (a usage or prompt-only event). */
  | { kind: 'nothing' }
  /** The stream's terminator (`[DONE]`). */
  | { kind: 'done' };

export interface UpstreamApi {
  readonly name: UpstreamApiName;
  readonly completionPath: string;
  completionBody(model: string, request: EngineRequest): Record<string, unknown>;
  /** How it tokenizes a prompt; none for an inexact API, which is given the prompt's text. */
  readonly tokenizer?: {
    path: string;
    body(model: string, prompt: string): Record<string, unknown>;
    /** The prompt's ids from a tokenize answer; throws `UpstreamFailure` when it has none. */
    ids(answer: unknown): number[];
  };
  /** It continues answers from text: chunks without ids (`Engine.inexact`). */
  readonly inexact: boolean;
  /** What its health check asks for (`GET`, 200 when it can serve). */
  readonly healthPath: string;
  /**
   * A reader of one stream's events: each call reads one event's data, and throws `UpstreamFailure` (an in-band
   * error, a malformed event) or `EngineRefusal`.
   */
  events(): (data: string) => UpstreamEvent;
  /** Whether its `/v1/models` lists the models it serves (checked with its health). */
  readonly listsModels: boolean;
}

/** Temperature 0 (greedy) unless asked: the only sampling a resumed answer continues token for token. */
function samplingFields(sampling: EngineRequest['sampling']): Record<string, number> {
  const fields: Record<string, number> = { temperature: sampling?.temperature ?? 0 };
  if (sampling?.topP != null) fields.top_p = sampling.topP;
  if (sampling?.seed != null) fields.seed = sampling.seed;
  return fields;
}

/** The ids to continue from: the prompt's, then the answer's so far. */
function contextIds(request: EngineRequest): number[] {
  return [...request.promptTokenIds, ...request.generatedTokenIds];
}

function parseJson(data: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    throw new UpstreamFailure(`the upstream sent an event that is not JSON: ${data.slice(0, 80)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UpstreamFailure(`the upstream sent an event that is not a JSON object: ${data.slice(0, 80)}`);
  }
  return value as Record<string, unknown>;
}

/**
 * An in-band error (`{"error": {...}}`, or vLLM's older flat `{"object": "error", ...}`) as the error to throw: its
 * `code`, when an HTTP status, decides between a refusal and a failure like the status would.
 */
function inBandError(event: Record<string, unknown>): Error | undefined {
  const error =
    typeof event.error === 'object' && event.error !== null
      ? (event.error as Record<string, unknown>)
      : event.object === 'error'
        ? event
        : undefined;
  if (!error) return undefined;
  const message = typeof error.message === 'string' ? error.message : JSON.stringify(error).slice(0, 200);
  const code = typeof error.code === 'number' ? error.code : 500;
  return upstreamStatusError(code, `in-band error: ${message}`);
}

function tokenIdsOf(value: unknown, what: string): number[] {
  if (!Array.isArray(value) || !value.every((id) => isTokenId(id))) {
    throw new UpstreamFailure(`the upstream's ${what} are not token ids`);
  }
  return value as number[];
}

/** A tokenize answer's `tokens`. */
const tokensOf = (answer: unknown) => tokenIdsOf((answer as { tokens?: unknown } | null)?.tokens, 'tokenize answer');

/** vLLM's `POST /tokenize` (SGLang's too). */
const vllmTokenizer: UpstreamApi['tokenizer'] = {
  path: '/tokenize',
  body: (model, prompt) => ({ model, prompt, add_special_tokens: true }),
  ids: tokensOf,
};

/**
 * The first choice of an OpenAI-shaped event: `done` for `[DONE]`, undefined for an event without one (a usage
 * chunk); an in-band error is thrown.
 */
function firstChoice(data: string): Record<string, unknown> | 'done' | undefined {
  if (data === '[DONE]') return 'done';
  const event = parseJson(data);
  const error = inBandError(event);
  if (error) throw error;
  return Array.isArray(event.choices) ? (event.choices[0] as Record<string, unknown> | undefined) : undefined;
}

/** An OpenAI-shaped choice's tokens and finish_reason: `stop` and `length` end the answer; `abort` or any other fails. */
function openAiChunk(tokenIds: number[], text: string, reason: unknown): UpstreamEvent {
  if (reason == null)
    return tokenIds.length > 0 || text !== '' ? chunk(tokenIds, text, undefined) : { kind: 'nothing' };
  if (reason === 'stop' || reason === 'length') return chunk(tokenIds, text, reason);
  throw new UpstreamFailure(`the upstream ended the answer with finish_reason "${String(reason)}"`);
}

function chunk(tokenIds: number[], text: string, finishReason: FinishReason | undefined): UpstreamEvent {
  return { kind: 'chunk', chunk: finishReason ? { tokenIds, text, finishReason } : { tokenIds, text } };
}

const vllm: UpstreamApi = {
  name: 'vllm',
  completionPath: '/v1/completions',
  completionBody: (model, request) => ({
    model,
    prompt: contextIds(request),
    max_tokens: request.maxTokens - request.generatedTokenIds.length,
    stream: true,
    return_token_ids: true,
    ...samplingFields(request.sampling),
  }),
  tokenizer: vllmTokenizer,
  inexact: false,
  healthPath: '/health',
  listsModels: true,
  events: () => (data) => {
    const choice = firstChoice(data);
    if (choice === 'done') return { kind: 'done' };
    if (!choice) return { kind: 'nothing' };
    if (choice.token_ids == null) {
      throw new UpstreamFailure('the upstream sent no token_ids: it must be vLLM 0.10.2 or later (return_token_ids)');
    }
    const tokenIds = tokenIdsOf(choice.token_ids, 'token_ids');
    const text = typeof choice.text === 'string' ? choice.text : '';
    if (tokenIds.length === 0 && text !== '') throw new UpstreamFailure('the upstream sent text without its token_ids');
    return openAiChunk(tokenIds, text, choice.finish_reason);
  },
};

/** llama-server's `stop_type` on its last event. */
const LLAMA_CPP_FINISH: Record<string, FinishReason> = { eos: 'stop', word: 'stop', limit: 'length' };

const llamaCpp: UpstreamApi = {
  name: 'llama.cpp',
  completionPath: '/completion',
  completionBody: (_model, request) => ({
    prompt: contextIds(request),
    n_predict: request.maxTokens - request.generatedTokenIds.length,
    stream: true,
    return_tokens: true,
    // A prompt taken from the cache can give other logits than one evaluated afresh: not bit-exact.
    cache_prompt: false,
    ...samplingFields(request.sampling),
  }),
  tokenizer: {
    path: '/tokenize',
    body: (_model, prompt) => ({ content: prompt, add_special: true }),
    ids: tokensOf,
  },
  inexact: false,
  healthPath: '/health',
  // llama-server lists its model file (or alias), not a name a worker is told.
  listsModels: false,
  events: () => (data) => {
    const event = parseJson(data);
    const error = inBandError(event);
    if (error) throw error;
    const tokenIds = tokenIdsOf(event.tokens ?? [], 'tokens');
    const text = typeof event.content === 'string' ? event.content : '';
    if (text !== '' && tokenIds.length === 0) {
      throw new UpstreamFailure('the upstream sent text without its tokens: llama-server must know return_tokens');
    }
    if (event.stop !== true) return tokenIds.length > 0 ? chunk(tokenIds, text, undefined) : { kind: 'nothing' };
    const reason = LLAMA_CPP_FINISH[String(event.stop_type)];
    if (!reason) throw new UpstreamFailure(`the upstream stopped with stop_type "${String(event.stop_type)}"`);
    return chunk(tokenIds, text, reason);
  },
};

/** SGLang's `meta_info.finish_reason.type`. */
const SGLANG_FINISH: Record<string, FinishReason> = { stop: 'stop', length: 'length' };

const sglang: UpstreamApi = {
  name: 'sglang',
  completionPath: '/generate',
  completionBody: (_model, request) => {
    const { temperature, top_p, seed } = samplingFields(request.sampling);
    const sampling: Record<string, number> = { max_new_tokens: request.maxTokens - request.generatedTokenIds.length };
    sampling.temperature = temperature;
    if (top_p !== undefined) sampling.top_p = top_p;
    if (seed !== undefined) sampling.sampling_seed = seed;
    return { input_ids: contextIds(request), sampling_params: sampling, stream: true };
  },
  tokenizer: vllmTokenizer,
  inexact: false,
  healthPath: '/health',
  listsModels: true,
  events: () => {
    /** The ids and the text (in UTF-16 units) of this answer so far, as the events gave them. */
    let ids = 0;
    let textLength = 0;
    return (data) => {
      if (data === '[DONE]') return { kind: 'done' };
      const event = parseJson(data);
      const error = inBandError(event);
      if (error) throw error;
      const meta = (event.meta_info ?? {}) as { completion_tokens?: unknown; finish_reason?: unknown };
      const outputIds = tokenIdsOf(event.output_ids, 'output_ids');
      const text = typeof event.text === 'string' ? event.text : '';
      const completion = meta.completion_tokens;
      if (typeof completion !== 'number') throw new UpstreamFailure('the upstream sent no meta_info.completion_tokens');
      // Cumulative (the default): every id and all the text so far; incremental: only what is new.
      const cumulative = ids > 0 && outputIds.length === completion;
      const tokenIds = cumulative ? outputIds.slice(ids) : outputIds;
      const newText = cumulative ? text.slice(textLength) : text;
      if (ids + tokenIds.length !== completion) {
        throw new UpstreamFailure(`the upstream's output_ids do not add up to its ${completion} completion tokens`);
      }
      ids = completion;
      textLength = cumulative ? text.length : textLength + text.length;
      const finish = meta.finish_reason as { type?: unknown } | null | undefined;
      if (finish == null) return tokenIds.length > 0 ? chunk(tokenIds, newText, undefined) : { kind: 'nothing' };
      const reason = SGLANG_FINISH[String(finish.type)];
      if (!reason)
        throw new UpstreamFailure(`the upstream ended the answer with finish_reason "${String(finish.type)}"`);
      return chunk(tokenIds, newText, reason);
    };
  },
};

const chat: UpstreamApi = {
  name: 'chat',
  completionPath: '/v1/chat/completions',
  completionBody: (model, request) => {
    const messages = [{ role: 'user', content: request.prompt }];
    const resuming = request.generatedText !== '';
    if (resuming) messages.push({ role: 'assistant', content: request.generatedText });
    return {
      model,
      messages,
      max_tokens: request.maxTokens - request.resumeAfter,
      stream: true,
      ...samplingFields(request.sampling),
      ...(resuming ? { continue_final_message: true, add_generation_prompt: false } : {}),
    };
  },
  inexact: true,
  healthPath: '/v1/models',
  listsModels: true,
  events: () => (data) => {
    const choice = firstChoice(data);
    if (choice === 'done') return { kind: 'done' };
    if (!choice) return { kind: 'nothing' };
    const delta = (choice.delta ?? {}) as { content?: unknown };
    return openAiChunk([], typeof delta.content === 'string' ? delta.content : '', choice.finish_reason);
  },
};

export const UPSTREAM_APIS: Readonly<Record<UpstreamApiName, UpstreamApi>> = {
  vllm,
  'llama.cpp': llamaCpp,
  sglang,
  chat,
};
