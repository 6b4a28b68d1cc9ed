import { readFile } from 'node:fs/promises';
import { LlamaEngine } from '@switchyard/engine-llama';
import { OpenAiEngine } from '@switchyard/engine-openai';
import type { Logger } from '@switchyard/logging';
import { SyntheticEngine, type Engine } from '@switchyard/serving';
import { systemClock } from '@switchyard/time';
import { tokenIntervalMs, type WorkerConfig } from './config.js';

/** The engine `WORKER_ENGINE` names, started (an upstream's health checks begin), with how to stop it. */
export async function createEngine(config: WorkerConfig, logger: Logger): Promise<Engine & { close?(): unknown }> {
  switch (config.WORKER_ENGINE) {
    case 'llama':
      return LlamaEngine.load({
        modelPath: config.WORKER_MODEL!,
        threads: config.WORKER_ENGINE_THREADS,
        contextTokens: config.WORKER_ENGINE_CONTEXT,
        tokenIntervalMs: tokenIntervalMs(config),
        clock: systemClock,
      });
    case 'openai': {
      const keyFile = config.WORKER_UPSTREAM_API_KEY_FILE;
      const engine = new OpenAiEngine({
        url: config.WORKER_UPSTREAM_URL!,
        api: config.WORKER_UPSTREAM_API,
        model: config.WORKER_MODEL!,
        contextTokens: config.WORKER_ENGINE_CONTEXT,
        apiKey: keyFile === undefined ? undefined : (await readFile(keyFile, 'utf8')).trim(),
        idleTimeoutMs: config.WORKER_UPSTREAM_IDLE_TIMEOUT_MS,
        healthIntervalMs: config.WORKER_UPSTREAM_HEALTH_INTERVAL_MS,
        clock: systemClock,
        logger,
      });
      engine.start();
      return engine;
    }
    case 'synthetic':
      return new SyntheticEngine({
        clock: systemClock,
        tokenIntervalMs: tokenIntervalMs(config),
        fault: config.WORKER_FAULT === 'off' ? undefined : config.WORKER_FAULT,
      });
  }
}
