import type { FinishReason, worker } from '@switchyard/protocol';

/** What a stream asks its engine for: continue the answer after the ids the client already holds. */
export interface EngineRequest {
  /** The prompt's text: what an engine that continues from text (`Engine.inexact`) is given. */
  prompt: string;
  promptTokenIds: readonly number[];
  /** The answer's ids so far (the client's resume point): the engine continues after the last. */
  generatedTokenIds: readonly number[];
  /** An inexact engine: the answer's text so far, which it continues; its ids are then unknown (empty). */
  generatedText: string;
  /** How many tokens of the answer the client holds (`generatedTokenIds`, or the chunks `generatedText` came in). */
  resumeAfter: number;
  /** The most tokens the whole answer may have, `generatedTokenIds` included: the last ends it (LENGTH). */
  maxTokens: number;
  sampling: worker.v1.ISampling | null | undefined;
  /** Aborted when the stream ends (the client left, the worker failed): the engine stops generating. */
  signal: AbortSignal;
}

/** One or more tokens of the answer, their text decoded after the tokens before them. */
export interface EngineChunk {
  tokenIds: number[];
  text: string;
  /** On the answer's last chunk only. */
  finishReason?: FinishReason;
}

/**
 * What produces an answer's tokens behind a worker. The worker owns everything else (admission, quotas, health,
 * the stream's protocol); an engine tokenizes prompts and continues answers from token ids.
 */
export interface Engine {
  /** The model it runs, as `Connected.model` names it. */
  readonly model: string;
  /** The most token ids one answer's context holds, its prompt's and its own. */
  readonly contextTokens: number;
  /** Token ids are below this: a request with another id is refused (INVALID_ARGUMENT). */
  readonly vocabularySize: number;
  /** What is wrong with sampling parameters it cannot honour exactly (say, stop strings it has no support for). */
  samplingProblem(sampling: worker.v1.ISampling | null | undefined): string | undefined;
  /** The prompt's token ids; `signal` aborts when the stream ends first. */
  tokenize(prompt: string, signal: AbortSignal): Promise<readonly number[]>;
  /**
   * The answer's next chunks, until one carries a finish reason (the last). Ends early, without one, only when
   * `request.signal` aborts. An `EngineRefusal` means the request itself was refused (the session ends with it); any
   * other error means the engine failed (the worker fails the stream, and the client continues elsewhere).
   */
  generate(request: EngineRequest): AsyncIterable<EngineChunk>;
  /**
   * False while it cannot serve (an upstream server down or still loading): the worker is unavailable then.
   * Engines that are always ready leave it out.
   */
  readonly ready?: boolean;
  /** Tells `listener` whenever `ready` changes. */
  onReadyChange?(listener: () => void): void;
  /**
   * It continues answers from their text, not their token ids (an upstream that gives no ids): its chunks carry
   * text alone, and a resumed answer is a plausible continuation, not the uninterrupted one. Only sessions that
   * allow it are served.
   */
  readonly inexact?: boolean;
}

/**
 * Why an engine refused a request, not failed on it: `invalid` (a bad request: parameters, a prompt too long),
 * `not-found` (a model it does not serve), `unauthorized` (it refused the worker's credentials).
 */
export type RefusalReason = 'invalid' | 'not-found' | 'unauthorized';

/** An engine's refusal of the request itself: the caller is told, and no other worker is asked. */
export class EngineRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'EngineRefusal';
  }
}
