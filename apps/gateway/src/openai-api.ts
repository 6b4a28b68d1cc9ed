import { MAX_MODEL_CHARS, MAX_PROMPT_CHARS, MAX_STOP_STRINGS, type FinishReason } from '@switchyard/protocol';
import { z } from 'zod';

// The OpenAI API's shapes, as far as the gateway serves them: requests (validated; a parameter the gateway cannot
// honour exactly is refused, never ignored), streamed chunks, whole answers and errors.

/** Parameters of the OpenAI API the gateway refuses, and why: honouring them would break an exact resume. */
const UNSUPPORTED: Record<string, string> = {
  n: 'only n = 1 is served',
  best_of: 'only best_of = 1 is served',
  echo: 'echo is not served',
  logprobs: 'logprobs are not served',
  top_logprobs: 'logprobs are not served',
  logit_bias: 'logit_bias is not served',
  suffix: 'suffix is not served',
  tools: 'tools are not served: a tool call cut by a failover could not be resumed exactly',
  tool_choice: 'tools are not served',
  functions: 'functions are not served',
  function_call: 'functions are not served',
  response_format: 'response_format is not served: a schema-guided answer could not be resumed exactly',
  presence_penalty: 'presence_penalty is not served',
  frequency_penalty: 'frequency_penalty is not served',
};

/** A parameter present with a value that changes nothing (n: 1, echo: false, …) is accepted. */
const HARMLESS: Record<string, unknown[]> = {
  n: [1],
  best_of: [1],
  echo: [false],
  logprobs: [false, null],
  top_logprobs: [0, null],
  logit_bias: [null],
  suffix: [null, ''],
  tools: [null],
  tool_choice: ['none', null],
  response_format: [null],
  presence_penalty: [0, null],
  frequency_penalty: [0, null],
};

const sampling = {
  model: z.string().min(1, 'is needed').max(MAX_MODEL_CHARS),
  max_tokens: z.number().int().positive().nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().gt(0).max(1).nullish(),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullish(),
  stop: z.union([z.string(), z.array(z.string()).max(MAX_STOP_STRINGS)]).nullish(),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().nullish() }).nullish(),
  user: z.string().max(256).nullish(),
};

export const completionRequest = z.strictObject({
  ...sampling,
  prompt: z.union([
    z.string().max(MAX_PROMPT_CHARS),
    z.array(z.string().max(MAX_PROMPT_CHARS)).length(1, 'must be one prompt: a batch is not served'),
  ]),
});

const text = z.string().max(MAX_PROMPT_CHARS);
const content = z.union([
  text,
  z.array(z.object({ type: z.literal('text', { error: 'only text parts are served' }), text })),
]);

export const chatRequest = z.strictObject({
  ...sampling,
  messages: z
    .array(
      z.object({
        role: z.enum(['system', 'developer', 'user', 'assistant'], {
          error: 'must be system, developer, user or assistant (tools are not served)',
        }),
        content,
        name: z.string().max(64).optional(),
      }),
    )
    .min(1, 'must hold a message'),
  max_completion_tokens: z.number().int().positive().nullish(),
});

export type CompletionRequest = z.infer<typeof completionRequest>;
export type ChatRequest = z.infer<typeof chatRequest>;
export type ChatMessage = ChatRequest['messages'][number];

/** An OpenAI error, with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code: string | null = null,
    readonly param: string | null = null,
    /** Seconds, for `Retry-After` (429, 503). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /** The body: `{"error": {message, type, param, code}}`. */
  toJSON() {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export const invalidRequest = (message: string, param: string | null = null, code: string | null = null) =>
  new ApiError(400, 'invalid_request_error', message, code, param);

/** Parses a request body, refusing unsupported parameters by name (400, `param` set). */
export function parseRequest<T>(schema: z.ZodType<T>, body: unknown): T {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    for (const [name, value] of Object.entries(body)) {
      if (name in UNSUPPORTED && !(HARMLESS[name] ?? []).includes(value as never)) {
        throw invalidRequest(UNSUPPORTED[name], name, 'unsupported_parameter');
      }
      if (name in UNSUPPORTED) delete (body as Record<string, unknown>)[name];
    }
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const param = issue.path.join('.') || null;
  if (issue.code === 'unrecognized_keys') {
    const [key] = issue.keys;
    throw invalidRequest(`unrecognized parameter: ${key}`, key, 'unrecognized_parameter');
  }
  throw invalidRequest(`${param ?? 'body'}: ${issue.message}`, param);
}

/** The text of a message's content. */
export function contentText(message: ChatMessage): string {
  return typeof message.content === 'string' ? message.content : message.content.map((part) => part.text).join('');
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export function usage(promptTokens: number, completionTokens: number): Usage {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
}

/** How one kind of answer (completions, chat completions) is shaped on the wire. */
export interface AnswerShape {
  /** `cmpl-…`, `chatcmpl-…`. */
  idPrefix: string;
  chunkObject: string;
  wholeObject: string;
  /** A streamed chunk's choice: text (the first chunk of a chat answer also names the role), or the finish. */
  chunkChoice(text: string, first: boolean, finish: FinishReason | null): Record<string, unknown>;
  wholeChoice(text: string, finish: FinishReason | null): Record<string, unknown>;
}

export const COMPLETION: AnswerShape = {
  idPrefix: 'cmpl-',
  chunkObject: 'text_completion',
  wholeObject: 'text_completion',
  chunkChoice: (text, _first, finish) => ({ index: 0, text, logprobs: null, finish_reason: finish }),
  wholeChoice: (text, finish) => ({ index: 0, text, logprobs: null, finish_reason: finish }),
};

export const CHAT: AnswerShape = {
  idPrefix: 'chatcmpl-',
  chunkObject: 'chat.completion.chunk',
  wholeObject: 'chat.completion',
  chunkChoice: (text, first, finish) => ({
    index: 0,
    delta: first ? { role: 'assistant', content: text } : finish && text === '' ? {} : { content: text },
    logprobs: null,
    finish_reason: finish,
  }),
  wholeChoice: (text, finish) => ({
    index: 0,
    message: { role: 'assistant', content: text, refusal: null },
    logprobs: null,
    finish_reason: finish,
  }),
};
