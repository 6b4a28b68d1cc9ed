import { durationMs, filePath, hostPort, integer, LOG_LEVELS } from '@switchyard/config';
import { LlamaEngine } from '@switchyard/engine-llama';
import { EngineHttpServer } from '@switchyard/engine-openai';
import { EngineServerLog } from '@switchyard/log-events';
import { createLogger } from '@switchyard/logging';
import { loadConfigOrExit, onShutdown, startOrExit } from '@switchyard/service-kit';
import { systemClock } from '@switchyard/time';
import { z } from 'zod';

// A GGUF model (llama.cpp, in-process) served over HTTP the way vLLM's OpenAI-compatible server serves one: an
// upstream for workers with WORKER_ENGINE=openai, a process of its own that tests can kill or freeze.

const config = loadConfigOrExit(
  'engine-server',
  z.object({
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    /** Where it listens (HTTP, no TLS: keep it on loopback or a private network). */
    ENGINE_ADDR: hostPort().prefault('127.0.0.1:8000'),
    /** The GGUF file to serve. */
    ENGINE_MODEL: filePath(),
    ENGINE_THREADS: integer({ min: 1, max: 256 }).default(1),
    /** Token ids (prompt and answer) one request's context holds, at most the model's. */
    ENGINE_CONTEXT: integer({ min: 16, max: 65_536 }).default(4096),
    /** At least this long between two tokens of a stream (0: as fast as the model goes). */
    ENGINE_TOKEN_INTERVAL_MS: durationMs({ min: 0 }).default(0),
  }),
  process.env,
);
const logger = createLogger({ service: 'engine-server', level: config.LOG_LEVEL });
const server = new EngineHttpServer({ logger });
const loaded: LlamaEngine[] = [];
onShutdown(
  logger,
  () => void Promise.all([server.close(), ...loaded.map((e) => e.close())]).then(() => process.exit(0)),
);

const { host } = config.ENGINE_ADDR;
const port = await startOrExit(logger, () => server.listen(host, config.ENGINE_ADDR.port));
logger.info({ host, port }, EngineServerLog.listening);
const engine = await startOrExit(logger, () =>
  LlamaEngine.load({
    modelPath: config.ENGINE_MODEL,
    threads: config.ENGINE_THREADS,
    contextTokens: config.ENGINE_CONTEXT,
    tokenIntervalMs: config.ENGINE_TOKEN_INTERVAL_MS,
    clock: systemClock,
  }),
);
loaded.push(engine);
server.serve(engine);
logger.info({ model: engine.model, contextTokens: engine.contextTokens }, EngineServerLog.serving);
