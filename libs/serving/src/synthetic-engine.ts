import {
  MAX_CONTEXT_TOKENS,
  MAX_TOKEN_ID,
  SYNTHETIC_MODEL,
  SyntheticAnswer,
  syntheticDecode,
  syntheticPromptTokenIds,
} from '@switchyard/protocol';
import { sleep, type Clock } from '@switchyard/time';
import type { Engine, EngineChunk, EngineRequest } from './engine.js';

export interface SyntheticEngineOptions {
  clock: Clock;
  /** One token per interval: the pace of the demo (500 ms) or of a real model (20 ms). */
  tokenIntervalMs: number;
  /**
   * Test only: on a resumed answer, every token carries the id (and text) of the one after it (`skip`) or before it
   * (`repeat`), while the sequence numbers stay right: an off-by-one in resumption only a check of the ids finds.
   */
  fault?: 'skip' | 'repeat';
}

/**
 * The synthetic model (`SyntheticAnswer`): token ids a pure function of the prompt's ids and the position, one token
 * per interval on the clock. It never ends an answer by itself (no end-of-sequence): only `maxTokens` does.
 */
export class SyntheticEngine implements Engine {
  readonly model = SYNTHETIC_MODEL;
  readonly contextTokens = MAX_CONTEXT_TOKENS;
  /** Any id the protocol carries: the synthetic answer depends on the prompt ids' values, not on a vocabulary. */
  readonly vocabularySize = MAX_TOKEN_ID + 1;

  constructor(private readonly options: SyntheticEngineOptions) {}

  samplingProblem(sampling: EngineRequest['sampling']): string | undefined {
    // Sampling changes nothing in a deterministic answer; stop strings would, and they are not implemented.
    return (sampling?.stop?.length ?? 0) > 0 ? 'the synthetic engine has no stop strings' : undefined;
  }

  async tokenize(prompt: string): Promise<readonly number[]> {
    return syntheticPromptTokenIds(prompt);
  }

  async *generate(request: EngineRequest): AsyncGenerator<EngineChunk> {
    const { clock, tokenIntervalMs, fault } = this.options;
    const answer = new SyntheticAnswer(request.promptTokenIds);
    let sequence = request.generatedTokenIds.length;
    const shift = sequence === 0 ? 0 : { skip: 1, repeat: -1, none: 0 }[fault ?? 'none'];
    while (sequence < request.maxTokens) {
      await sleep(clock, tokenIntervalMs, request.signal);
      if (request.signal.aborted) return;
      sequence++;
      const tokenId = answer.tokenId(sequence + shift);
      const text = syntheticDecode(tokenId, sequence);
      yield sequence === request.maxTokens
        ? { tokenIds: [tokenId], text, finishReason: 'length' }
        : { tokenIds: [tokenId], text };
    }
  }
}
