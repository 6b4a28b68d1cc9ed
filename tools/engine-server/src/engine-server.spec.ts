import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LlamaEngine } from '@switchyard/engine-llama';
import { EngineHttpServer, OpenAiEngine } from '@switchyard/engine-openai';
import { createLogSink } from '@switchyard/logging/testing';
import { EngineRefusal, type EngineChunk, type EngineRequest } from '@switchyard/serving';
import { tinyLlamaGguf } from '@switchyard/serving/testing';
import { systemClock } from '@switchyard/time';

// A worker's `openai` engine in front of a real model (llama.cpp, the project's own tiny GGUF) served over HTTP the
// way vLLM serves one (EngineHttpServer): an answer cut anywhere and continued by a fresh request from the held ids
// is the uninterrupted answer, ids and text.

const engines: OpenAiEngine[] = [];
afterAll(() => {
  for (const engine of engines) engine.close();
});

function engineFor(url: string, model: string): OpenAiEngine {
  const engine = new OpenAiEngine({
    url,
    api: 'vllm',
    model,
    contextTokens: 4096,
    idleTimeoutMs: 5000,
    healthIntervalMs: 1000,
    clock: systemClock,
    logger: createLogSink('worker').logger,
  });
  engines.push(engine);
  return engine;
}

function request(overrides: Partial<EngineRequest>): EngineRequest {
  const fields = {
    prompt: '',
    generatedText: '',
    promptTokenIds: [],
    generatedTokenIds: [],
    maxTokens: 40,
    sampling: {},
    signal: new AbortController().signal,
    ...overrides,
  };
  return { resumeAfter: fields.generatedTokenIds.length, ...fields };
}

async function run(engine: OpenAiEngine, req: EngineRequest) {
  const chunks: EngineChunk[] = [];
  try {
    for await (const chunk of engine.generate(req)) chunks.push(chunk);
    return { chunks, error: undefined };
  } catch (error) {
    return { chunks, error: error as Error };
  }
}

describe('a real model served like vLLM, behind the openai engine', () => {
  const PROMPT = 'tell me about connection replacement';
  let dir: string;
  let llama: LlamaEngine;
  let server: EngineHttpServer;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'openai-engine-'));
    writeFileSync(join(dir, 'tiny.gguf'), tinyLlamaGguf({ seed: 7 }));
    llama = await LlamaEngine.load({
      modelPath: join(dir, 'tiny.gguf'),
      threads: 1,
      contextTokens: 1024,
      tokenIntervalMs: 0,
      clock: systemClock,
    });
    server = new EngineHttpServer({ logger: createLogSink('engine').logger });
    url = `http://127.0.0.1:${await server.listen('127.0.0.1', 0)}`;
    server.serve(llama);
  });
  afterAll(async () => {
    await server?.close();
    await llama?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tokenizes through the upstream as the model does', async () => {
    const engine = engineFor(url, llama.model);
    expect(await engine.tokenize(PROMPT, new AbortController().signal)).toEqual(await llama.tokenize(PROMPT));
  });

  it.each([1, 17])(
    'an answer cut after %d tokens and continued by a fresh request is the uninterrupted one, ids and text',
    async (cut) => {
      const engine = engineFor(url, llama.model);
      const promptTokenIds = await engine.tokenize(PROMPT, new AbortController().signal);
      const whole = await run(engine, request({ promptTokenIds, generatedTokenIds: [], maxTokens: 40, sampling: {} }));
      expect(whole.error).toBeUndefined();
      const ids = whole.chunks.flatMap((chunk) => chunk.tokenIds);
      expect(ids).toHaveLength(40);
      expect(whole.chunks.at(-1)?.finishReason).toBe('length');

      // The text of the ids before the cut, as the client holds it (chunks end on whole characters).
      let held = 0;
      let heldText = '';
      for (const chunk of whole.chunks) {
        if (held >= cut) break;
        held += chunk.tokenIds.length;
        heldText += chunk.text;
      }
      const rest = await run(
        engine,
        request({ promptTokenIds, generatedTokenIds: ids.slice(0, held), maxTokens: 40, sampling: {} }),
      );
      expect(rest.error).toBeUndefined();
      expect([...ids.slice(0, held), ...rest.chunks.flatMap((chunk) => chunk.tokenIds)]).toEqual(ids);
      expect(heldText + rest.chunks.map((chunk) => chunk.text).join('')).toBe(
        whole.chunks.map((chunk) => chunk.text).join(''),
      );
      expect(rest.chunks.at(-1)?.finishReason).toBe('length');
    },
  );

  it('a prompt and answer longer than the model holds is refused with the upstream’s reason', async () => {
    const engine = engineFor(url, llama.model);
    const { error } = await run(engine, request({ promptTokenIds: [1, 2, 3], generatedTokenIds: [], maxTokens: 5000 }));
    expect(error).toBeInstanceOf(EngineRefusal);
    expect(error).toMatchObject({ reason: 'invalid' });
    expect(error?.message).toContain('maximum context length is 1024 tokens');
  });
});
