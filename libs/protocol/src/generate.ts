import type { worker } from './gen/proto.js';
import { MAX_CONTEXT_TOKENS } from './sequence.js';

/** The longest prompt a Generate request may carry, in UTF-16 code units (what `string.length` counts). */
export const MAX_PROMPT_CHARS = 64 * 1024;
/** `Sampling.stop`: at most this many strings… */
export const MAX_STOP_STRINGS = 4;
/** …each at most this long (UTF-16 code units). */
export const MAX_STOP_CHARS = 64;
/** The longest model name a request may carry. */
export const MAX_MODEL_CHARS = 256;

/** Why an answer ended, as `Token.finish_reason` says. */
export type FinishReason = 'stop' | 'length';

/** The wire's finish reason as the name callers use; undefined while the answer goes on. */
export function finishReasonName(reason: worker.v1.FinishReason | null | undefined): FinishReason | undefined {
  if (reason === 1) return 'stop';
  if (reason === 2) return 'length';
  return undefined;
}

/** The wire value of a finish reason. */
export function finishReasonValue(reason: FinishReason): worker.v1.FinishReason {
  return reason === 'stop' ? 1 : 2;
}

/**
 * What is wrong with a request's sampling parameters, or undefined when they are in range: temperature in
 * [0, 2], top_p in (0, 1], max_tokens at most MAX_CONTEXT_TOKENS (the wire's uint32 holds more), stop strings
 * within MAX_STOP_STRINGS and MAX_STOP_CHARS.
 */
export function samplingProblem(sampling: worker.v1.ISampling | null | undefined): string | undefined {
  if (!sampling) return undefined;
  const { temperature, topP, stop } = sampling;
  if (temperature != null && !(temperature >= 0 && temperature <= 2)) return 'temperature must be from 0 to 2';
  if (topP != null && !(topP > 0 && topP <= 1)) return 'top_p must be above 0 and at most 1';
  const maxTokens = sampling.maxTokens ?? 0;
  if (!(Number.isInteger(maxTokens) && maxTokens >= 0 && maxTokens <= MAX_CONTEXT_TOKENS)) {
    return `max_tokens must be an integer from 0 to ${MAX_CONTEXT_TOKENS}`;
  }
  if ((stop?.length ?? 0) > MAX_STOP_STRINGS) return `at most ${MAX_STOP_STRINGS} stop strings`;
  if (stop?.some((s) => s.length === 0 || s.length > MAX_STOP_CHARS)) {
    return `each stop string must be 1 to ${MAX_STOP_CHARS} characters`;
  }
  return undefined;
}
