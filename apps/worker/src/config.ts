import { hostname } from 'node:os';
import {
  adminAddr,
  durationMs,
  durationRange,
  filePath,
  hostPort,
  integer,
  membershipEnv,
  serviceEnv,
  sessionKeyEnv,
} from '@switchyard/config';
import { z } from 'zod';
import { UPSTREAM_API_NAMES } from '@switchyard/engine-openai';
import { WORKER_LABEL_PATTERN, WORKER_LABEL_RULE } from '@switchyard/protocol';

/** The worker's environment (README "Configuration"). */
export const workerEnv = z
  .object({
    ...serviceEnv,
    /** The key directors sign admissions with, and the previous one during a rotation (docs/security.md). */
    ...sessionKeyEnv,
    WORKER_LABEL: z
      .string()
      .trim()
      .regex(WORKER_LABEL_PATTERN, `must be ${WORKER_LABEL_RULE}`)
      .default(
        `worker-${hostname()
          .replace(/[^\w.-]/g, '-')
          .slice(0, 100)}`,
      ),
    WORKER_ADDR: hostPort().prefault('0.0.0.0:62001'),
    /** What clients dial; defaults to the bind address, with `localhost` for an unspecified or loopback host. */
    WORKER_ADVERTISE_ADDR: hostPort().optional(),
    /** Membership: this worker's UDP port, and the members to join through (a director, by default). */
    ...membershipEnv({ bind: '0.0.0.0:63001', seeds: 'localhost:61002' }),
    /**
     * What produces the tokens: `synthetic` (a deterministic stand-in), `llama` (a GGUF model, in-process) or
     * `openai` (an upstream inference server: vLLM or llama.cpp's llama-server).
     */
    WORKER_ENGINE: z
      .enum(['synthetic', 'llama', 'openai'], { error: 'must be synthetic, llama or openai' })
      .default('synthetic'),
    /** `llama`: the GGUF file to run; `openai`: the model the upstream serves (as vLLM names it). */
    WORKER_MODEL: z.string().trim().min(1).optional(),
    /** `openai`: the upstream's base URL (`http://host:port`). */
    WORKER_UPSTREAM_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    /**
     * `openai`: the upstream's API: `vllm` (/v1/completions with token ids), `llama.cpp` (/completion) or `sglang`
     * (/generate with input_ids).
     */
    WORKER_UPSTREAM_API: z
      .enum(UPSTREAM_API_NAMES, { error: `must be ${UPSTREAM_API_NAMES.join(', ')}` })
      .default('vllm'),
    /** `openai`: a file holding the upstream's API key, sent as a bearer token. */
    WORKER_UPSTREAM_API_KEY_FILE: filePath().optional(),
    /** `openai`: the longest silence of an upstream request before it counts as failed (Node's own is 300 s). */
    WORKER_UPSTREAM_IDLE_TIMEOUT_MS: durationMs({ min: 100 }).default(30_000),
    /** `openai`: how often the upstream's health (`/health`) is checked; unhealthy, the worker is unavailable. */
    WORKER_UPSTREAM_HEALTH_INTERVAL_MS: durationMs({ min: 100 }).default(2000),
    /** `llama`: CPU threads per stream (greedy answers are the same, token for token, on the same count). */
    WORKER_ENGINE_THREADS: integer({ min: 1, max: 256 }).default(1),
    /**
     * `llama`: token ids (prompt and answer) one stream's context holds, at most the model's: its memory per stream.
     * `openai`: at most the upstream's (vLLM's max_model_len), which refuses a longer one.
     */
    WORKER_ENGINE_CONTEXT: integer({ min: 16, max: 65_536 }).default(4096),
    /**
     * The pace of `synthetic` (one token per interval); for `llama` the least time between two tokens (0: none);
     * `openai` goes at the upstream's pace.
     */
    WORKER_TOKEN_INTERVAL_MS: durationMs({ min: 0 }).optional(),
    WORKER_FAILURE: z.enum(['off', 'simulated', 'hang'], { error: 'must be off, simulated or hang' }).default('off'),
    WORKER_FAIL_AFTER_MS: durationRange({ min: 1 }).prefault('10000-25000'),
    WORKER_RECOVERY_MS: durationMs({ min: 1 }).default(10_000),
    /** On SIGTERM: how long streams have to end after GoAway; the process exits within this plus 1 s. */
    WORKER_SHUTDOWN_GRACE_MS: durationMs({ min: 0 }).default(2000),
    /** Generate calls served at once (docs/security.md says how it is sized); a full worker is unavailable. */
    WORKER_MAX_SESSIONS: integer({ min: 1, max: 100_000 }).default(200),
    /** Sessions one client address (IPv6: its /64) may hold at once (docs/security.md says why 32). */
    WORKER_MAX_SESSIONS_PER_ADDRESS: integer({ min: 1, max: 100_000 }).default(32),
    /** The admin HTTP port (`/metrics`, `/healthz`, `/readyz`), or `off`. */
    ADMIN_ADDR: adminAddr().prefault('127.0.0.1:9402'),
    /**
     * Test only: on a resumed stream, the text runs one token ahead (`skip`) or one behind (`repeat`) while the
     * sequence numbers stay right, as an off-by-one in resumption would. Only a check of the delivered text finds it.
     */
    WORKER_FAULT: z.enum(['off', 'skip', 'repeat'], { error: 'must be off, skip or repeat' }).default('off'),
  })
  .refine((env) => env.WORKER_ENGINE !== 'llama' || env.WORKER_MODEL !== undefined, {
    path: ['WORKER_MODEL'],
    message: 'is needed with WORKER_ENGINE=llama: a GGUF file',
  })
  .refine((env) => env.WORKER_ENGINE !== 'openai' || env.WORKER_MODEL !== undefined, {
    path: ['WORKER_MODEL'],
    message: 'is needed with WORKER_ENGINE=openai: the model the upstream serves',
  })
  .refine((env) => env.WORKER_ENGINE !== 'openai' || env.WORKER_UPSTREAM_URL !== undefined, {
    path: ['WORKER_UPSTREAM_URL'],
    message: 'is needed with WORKER_ENGINE=openai: the upstream server, http://host:port',
  })
  .refine((env) => env.WORKER_ENGINE !== 'synthetic' || env.WORKER_TOKEN_INTERVAL_MS !== 0, {
    path: ['WORKER_TOKEN_INTERVAL_MS'],
    message: 'must be at least 1 with WORKER_ENGINE=synthetic',
  })
  .refine((env) => env.WORKER_FAULT === 'off' || env.NODE_ENV !== 'production', {
    path: ['WORKER_FAULT'],
    message: 'is for tests only: refused with NODE_ENV=production',
  });
export type WorkerConfig = z.infer<typeof workerEnv>;

/** WORKER_TOKEN_INTERVAL_MS, whose default depends on the engine: the demo's pace for `synthetic`, none for `llama`. */
export function tokenIntervalMs(config: WorkerConfig): number {
  return config.WORKER_TOKEN_INTERVAL_MS ?? (config.WORKER_ENGINE === 'synthetic' ? 500 : 0);
}
