import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Engine, EngineChunk, EngineRequest } from '@switchyard/serving';
import { sleep, type Clock } from '@switchyard/time';

/**
 * The part of node-llama-cpp's API this engine uses. node-llama-cpp is installed apart from the workspace (in
 * engines/llama, by scripts/ensure-deps.mjs, without its optional GPU packages), so its own types are not in the
 * workspace's reach; the engine's tests run it for real.
 */
interface NodeLlamaCpp {
  getLlama(options: { gpu: false; build: 'never'; logLevel: 'error'; progressLogs: false }): Promise<Llama>;
}
interface Llama {
  loadModel(options: { modelPath: string }): Promise<LlamaModel>;
  dispose(): Promise<void>;
}
interface LlamaModel {
  readonly trainContextSize: number;
  readonly fileInfo: { metadata: { general?: { name?: string }; tokenizer?: { ggml?: { tokens?: unknown[] } } } };
  readonly tokens: { bos: number | null; shouldPrependBosToken: boolean };
  tokenize(text: string): number[];
  detokenize(tokens: readonly number[], specialTokens?: boolean, lastTokens?: readonly number[]): string;
  isEogToken(token: number): boolean;
  createContext(options: {
    contextSize: number;
    threads: number;
    sequences: 1;
    createSignal: AbortSignal;
  }): Promise<LlamaContext>;
}
interface LlamaContext {
  getSequence(): {
    evaluate(
      tokens: number[],
      options: { temperature?: number; topP?: number; seed?: number; yieldEogToken: true },
    ): AsyncGenerator<number, void, void>;
  };
  dispose(): Promise<void>;
}

/** node-llama-cpp could not be loaded, or the model could not: a configuration problem, shown at start. */
export class LlamaEngineError extends Error {}

/** Where engines/llama is, from this file (libs/engine-llama/src or libs/engine-llama/dist). */
const RUNTIME = new URL('../../../engines/llama/package.json', import.meta.url);

async function loadNodeLlamaCpp(): Promise<NodeLlamaCpp> {
  let path: string;
  try {
    path = createRequire(RUNTIME).resolve('node-llama-cpp');
  } catch {
    throw new LlamaEngineError(
      'node-llama-cpp is not installed (engines/llama): `node scripts/ensure-deps.mjs` installs it in a checkout, ' +
        '`--build-arg ENGINES=llama` in a worker image',
    );
  }
  return (await import(pathToFileURL(path).href)) as NodeLlamaCpp;
}

export interface LlamaEngineOptions {
  /** A GGUF file. */
  modelPath: string;
  /** CPU threads per stream: greedy decoding is the same answer, token for token, on the same thread count. */
  threads: number;
  /**
   * The most token ids (prompt and answer) one stream's context holds, at most the model's training context: what
   * bounds the memory of each stream (its KV cache).
   */
  contextTokens: number;
  /** At least this long between two tokens (0: as fast as the model goes), on `clock`. */
  tokenIntervalMs: number;
  clock: Clock;
}

/**
 * A model run in-process by llama.cpp (node-llama-cpp, CPU): each stream gets its own context, fed the prompt's ids
 * and the ids the client already holds, so a resumed stream continues the very answer an uninterrupted one would
 * have given under greedy decoding (temperature 0); with sampling, each token is conditioned on exactly the tokens
 * delivered, but the draw is not the one the first worker would have made. Text is decoded with the preceding
 * tokens as context, and a token that ends inside a character waits for the rest of it.
 */
export class LlamaEngine implements Engine {
  readonly contextTokens: number;
  readonly vocabularySize: number;

  private constructor(
    private readonly llama: Llama,
    private readonly loaded: LlamaModel,
    readonly model: string,
    private readonly options: LlamaEngineOptions,
  ) {
    this.contextTokens = Math.min(loaded.trainContextSize, options.contextTokens);
    this.vocabularySize = loaded.fileInfo.metadata.tokenizer?.ggml?.tokens?.length ?? 0;
  }

  /** Frees the model and the runtime. */
  async close(): Promise<void> {
    await this.llama.dispose();
  }

  static async load(options: LlamaEngineOptions): Promise<LlamaEngine> {
    const { getLlama } = await loadNodeLlamaCpp();
    const llama = await getLlama({ gpu: false, build: 'never', logLevel: 'error', progressLogs: false });
    try {
      const loaded = await llama.loadModel({ modelPath: options.modelPath });
      const name = loaded.fileInfo.metadata.general?.name || basename(options.modelPath).replace(/\.gguf$/i, '');
      return new LlamaEngine(llama, loaded, name, options);
    } catch (error) {
      await llama.dispose();
      throw new LlamaEngineError(`cannot load ${options.modelPath}: ${(error as Error).message}`);
    }
  }

  samplingProblem(sampling: EngineRequest['sampling']): string | undefined {
    return (sampling?.stop?.length ?? 0) > 0 ? 'the llama engine has no stop strings' : undefined;
  }

  async tokenize(prompt: string): Promise<readonly number[]> {
    const { bos, shouldPrependBosToken } = this.loaded.tokens;
    const ids = this.loaded.tokenize(prompt);
    return shouldPrependBosToken && bos !== null ? [bos, ...ids] : ids;
  }

  async *generate(request: EngineRequest): AsyncGenerator<EngineChunk> {
    const { signal, sampling } = request;
    const { clock, tokenIntervalMs, threads } = this.options;
    // The worker keeps prompt and answer within `contextTokens`: a context of that size holds them.
    const { maxTokens } = request;
    const contextSize = request.promptTokenIds.length + maxTokens;
    const generated = [...request.generatedTokenIds];
    if (signal.aborted) return;
    const llamaContext = await this.loaded.createContext({ contextSize, threads, sequences: 1, createSignal: signal });
    try {
      // The prompt's evaluation (prefill) cannot be cut short once started: a stream cancelled before it does not
      // start it.
      if (signal.aborted) return;
      const context = [...request.promptTokenIds, ...generated];
      const tokens = llamaContext.getSequence().evaluate([...context], {
        temperature: sampling?.temperature ?? 0,
        topP: sampling?.topP ?? undefined,
        seed: sampling?.seed ?? undefined,
        yieldEogToken: true,
      });
      /** Ids decoded to part of a character only: they go out with the ids that complete it. */
      let held: number[] = [];
      for await (const token of tokens) {
        if (signal.aborted) return;
        generated.push(token);
        context.push(token);
        held.push(token);
        const finish = this.loaded.isEogToken(token) ? 'stop' : generated.length >= maxTokens ? 'length' : undefined;
        // The tokens before, the prompt's included: the text of an answer continued from ids the engine was handed as
        // its prompt (an OpenAI-compatible server's resume) is the text of the answer continued from held ids.
        const end = context.length - held.length;
        const before = context.slice(Math.max(0, end - 8), end);
        const text = this.loaded.detokenize(held, false, before);
        if (text.endsWith('\uFFFD') && !finish) continue;
        yield finish ? { tokenIds: held, text, finishReason: finish } : { tokenIds: held, text };
        held = [];
        if (finish) return;
        if (tokenIntervalMs > 0) await sleep(clock, tokenIntervalMs, signal);
        if (signal.aborted) return;
      }
    } finally {
      await llamaContext.dispose();
    }
  }
}
