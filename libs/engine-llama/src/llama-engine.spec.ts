import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerService, type Endpoint } from '@switchyard/protocol';
import { RpcServer } from '@switchyard/rpc';
import { GenerationService, type EngineChunk, type EngineRequest } from '@switchyard/serving';
import { tinyLlamaGguf } from '@switchyard/serving/testing';
import { StreamSession, type Token } from '@switchyard/session';
import { InProcessCluster } from '@switchyard/session/testing';
import { createLogSink } from '@switchyard/logging/testing';
import { systemClock } from '@switchyard/time';
import { LlamaEngine } from './llama-engine.js';

// A real model run by llama.cpp (node-llama-cpp, CPU): the project's own tiny GGUF, generated from a seed.

const PROMPT = 'tell me about connection replacement';
let dir: string;
let modelPath: string;
let engine: LlamaEngine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'llama-engine-'));
  modelPath = join(dir, 'tiny.gguf');
  writeFileSync(modelPath, tinyLlamaGguf({ seed: 7 }));
  engine = await LlamaEngine.load({
    modelPath,
    threads: 1,
    contextTokens: 4096,
    tokenIntervalMs: 0,
    clock: systemClock,
  });
});
afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function collect(request: Partial<EngineRequest>, engineUsed = engine): Promise<EngineChunk[]> {
  const chunks: EngineChunk[] = [];
  const fields = {
    prompt: PROMPT,
    promptTokenIds: await engineUsed.tokenize(PROMPT),
    generatedTokenIds: [],
    generatedText: '',
    maxTokens: 40,
    sampling: undefined,
    signal: new AbortController().signal,
    ...request,
  };
  const answer = engineUsed.generate({ ...fields, resumeAfter: fields.generatedTokenIds.length });
  for await (const chunk of answer) chunks.push(chunk);
  return chunks;
}

describe('LlamaEngine', () => {
  it('tokenizes with the model, and names the model from its file', async () => {
    expect(engine.model).toBe('switchyard-tiny-llama');
    const ids = await engine.tokenize(PROMPT);
    // <s>, then one token per word of the model's vocabulary.
    expect(ids).toHaveLength(6);
    expect(ids[0]).toBe(1);
    // The model's training context is 1024, under the 4096 asked for; its vocabulary, the GGUF's tokens.
    expect(engine.contextTokens).toBe(1024);
    expect(engine.vocabularySize).toBeGreaterThan(259);
    expect(engine.vocabularySize).toBeGreaterThan(Math.max(...ids));
  });

  it('greedy: an answer continued from any of its tokens, in a fresh context, is the same answer, ids and text', async () => {
    const whole = await collect({});
    const ids = whole.flatMap((c) => c.tokenIds);
    expect(ids).toHaveLength(40);
    expect(whole.at(-1)?.finishReason).toBe('length');
    expect(whole.slice(0, -1).every((c) => c.finishReason === undefined)).toBe(true);
    const text = whole.map((c) => c.text).join('');
    expect(text.split(' ').length).toBeGreaterThan(30);
    for (const cut of [1, 17, 39]) {
      const rest = await collect({ generatedTokenIds: ids.slice(0, cut) });
      expect(rest.flatMap((c) => c.tokenIds)).toEqual(ids.slice(cut));
      // Decoded after the ids before it: the continuation's first word keeps its leading space.
      expect(
        whole
          .slice(0, cut)
          .map((c) => c.text)
          .join('') + rest.map((c) => c.text).join(''),
      ).toBe(text);
    }
  });

  it('stops generating when the signal aborts', async () => {
    const stop = new AbortController();
    const chunks: EngineChunk[] = [];
    for await (const chunk of engine.generate({
      prompt: PROMPT,
      promptTokenIds: await engine.tokenize(PROMPT),
      generatedTokenIds: [],
      generatedText: '',
      resumeAfter: 0,
      maxTokens: 500,
      sampling: undefined,
      signal: stop.signal,
    })) {
      chunks.push(chunk);
      if (chunks.length === 3) stop.abort();
    }
    expect(chunks).toHaveLength(3);
  });

  it('refuses stop strings, which it does not implement', () => {
    expect(engine.samplingProblem({ stop: ['end'] })).toBe('the llama engine has no stop strings');
    expect(engine.samplingProblem({ temperature: 0.7, seed: 3 })).toBeUndefined();
  });
});

describe('LlamaEngine behind real workers, under a real session', () => {
  it('a worker lost mid-answer: the session continues on another, and the answer is the uninterrupted one', async () => {
    const uninterrupted = (await collect({ maxTokens: 30 })).flatMap((c) => c.tokenIds);
    // Real time throughout (the model runs on llama.cpp's threads): paced at 20 ms, a model's speed on a GPU, so the
    // worker can be lost mid-answer.
    const paced = await LlamaEngine.load({
      modelPath,
      threads: 1,
      contextTokens: 4096,
      tokenIntervalMs: 20,
      clock: systemClock,
    });
    const cluster = new InProcessCluster(systemClock);
    const director = cluster.addDirector({ host: 'director', port: 61000 });
    const logs = createLogSink('worker');
    const servers: RpcServer[] = [];
    const endpointOf = (label: string): Endpoint => ({ host: label, port: 62000 });
    for (const label of ['w1', 'w2']) {
      const service = new GenerationService({
        label,
        engine: paced,
        clock: systemClock,
        maxSessions: 4,
        maxSessionsPerAddress: 4,
        admissions: { check: () => undefined },
        logger: logs.logger,
      });
      const server = new RpcServer().register(WorkerService, service.handlers);
      cluster.network.listen(endpointOf(label), server);
      director.addWorker(label, endpointOf(label));
      servers.push(server);
    }
    const session = new StreamSession({
      directors: [{ host: 'director', port: 61000 }],
      prompt: PROMPT,
      sampling: { maxTokens: 30 },
      dial: (endpoint, options) => cluster.network.dial(endpoint, options),
    });
    const received: Token[] = [];
    let twelve = () => {};
    const twelveReceived = new Promise<void>((resolve) => (twelve = resolve));
    const consuming = (async () => {
      for await (const token of session.tokens()) {
        received.push(token);
        if (received.length === 12) twelve();
      }
    })();
    try {
      await twelveReceived;
      cluster.kill(endpointOf(received[0].worker));
      await consuming;
      expect(received.flatMap((t) => t.tokenIds)).toEqual(uninterrupted);
      expect(session.summary()).toMatchObject({ finishReason: 'length', tokens: 30, failovers: 1 });
      expect(new Set(received.map((t) => t.worker)).size).toBe(2);
    } finally {
      await Promise.all(servers.map((server) => server.close({ graceMs: 0 })));
      await cluster.close();
      await paced.close();
    }
  });
});
