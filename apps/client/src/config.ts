import { adminAddr, durationMs, hostPortList, integer, serviceEnv } from '@switchyard/config';
import { MAX_CONTEXT_TOKENS, MAX_MODEL_CHARS, MAX_PROMPT_CHARS } from '@switchyard/protocol';
import { SESSION_DEFAULTS } from '@switchyard/session';
import { z } from 'zod';

/** What the client asks for when CLIENT_PROMPT is not set. */
export const DEFAULT_PROMPT = 'tell me about connection replacement';

/** The client's environment (README "Configuration"); the session's timings default to `SESSION_DEFAULTS`. */
export const clientEnv = z
  .object({
    ...serviceEnv,
    /** The directors' client endpoints, comma-separated, in order of preference. */
    DIRECTOR_TARGET: hostPortList().prefault('localhost:61000'),
    /**
     * The admin HTTP port (`/metrics`, `/healthz`, `/readyz`), or `off`: off by default, as a host runs any
     * number of clients; containers and the demo set it.
     */
    ADMIN_ADDR: adminAddr().prefault('off'),
    /** The name every server's certificate is verified against, when it is not the host dialled. */
    TLS_SERVER_NAME: z.string().trim().min(1).optional(),
    /** Stop reading after this many tokens; 0 reads until the answer ends (or until interrupted). */
    CLIENT_TOKENS: integer({ min: 0 }).default(0),
    /** The model to ask for; empty: the first worker's own (every later worker must run the same). */
    CLIENT_MODEL: z.string().trim().max(MAX_MODEL_CHARS).default(''),
    /**
     * `on`: workers whose engine continues answers from text (WORKER_UPSTREAM_API=chat) may serve the session, and
     * an answer resumed on one is a plausible continuation, not the uninterrupted one (summary `inexact`).
     */
    CLIENT_ALLOW_INEXACT: z.enum(['on', 'off'], { error: 'must be on or off' }).default('off'),
    /** The most tokens the answer may have (it then ends, finish reason `length`); 0: as many as a session holds. */
    CLIENT_MAX_TOKENS: integer({ min: 0, max: MAX_CONTEXT_TOKENS }).default(0),
    CLIENT_PROMPT: z
      .string()
      .max(MAX_PROMPT_CHARS, `must be at most ${MAX_PROMPT_CHARS} characters`)
      .default(DEFAULT_PROMPT),
    /** Ping interval to the worker. */
    CLIENT_HEARTBEAT_INTERVAL_MS: durationMs({ min: 10 }).default(SESSION_DEFAULTS.heartbeatIntervalMs),
    /** Ping timeout (also the longest ping sent when tokens stall). */
    CLIENT_HEARTBEAT_TIMEOUT_MS: durationMs({ min: 10 }).default(SESSION_DEFAULTS.heartbeatTimeoutMs),
    /** How long a new connection to a director or a worker may take. */
    CLIENT_CONNECT_TIMEOUT_MS: durationMs({ min: 10 }).default(SESSION_DEFAULTS.connectTimeoutMs),
    /** How long one AssignWorker call may take. */
    CLIENT_DIRECTOR_TIMEOUT_MS: durationMs({ min: 10 }).default(SESSION_DEFAULTS.directorTimeoutMs),
    /** A worker must send its first token within this long (else: failover, reason no-progress). */
    CLIENT_FIRST_TOKEN_TIMEOUT_MS: durationMs({ min: 10 }).default(SESSION_DEFAULTS.firstTokenTimeoutMs),
    /** Floor of the deadline between two tokens; four observed token intervals when longer. */
    CLIENT_PROGRESS_TIMEOUT_MS: durationMs({ min: 10 }).default(SESSION_DEFAULTS.progressTimeoutMs),
    /** Probe the worker as soon as tokens stall (phi-accrual over their arrival times). */
    CLIENT_STALL_PROBE: z
      .enum(['on', 'off'], { error: 'must be on or off' })
      .default(SESSION_DEFAULTS.stallProbe ? 'on' : 'off'),
    /** First delay after a failed attempt that produced no token (then exponential, with jitter). */
    CLIENT_RETRY_MS: durationMs({ min: 1 }).default(SESSION_DEFAULTS.retryMs),
    /** First delay when the director has no available worker (then exponential, with jitter). */
    CLIENT_NO_WORKER_RETRY_MS: durationMs({ min: 1 }).default(SESSION_DEFAULTS.noWorkerRetryMs),
    /** Upper bound of any retry delay. */
    CLIENT_RETRY_MAX_MS: durationMs({ min: 1 }).default(SESSION_DEFAULTS.retryMaxMs),
  })
  .refine((env) => env.CLIENT_HEARTBEAT_TIMEOUT_MS <= env.CLIENT_HEARTBEAT_INTERVAL_MS, {
    path: ['CLIENT_HEARTBEAT_TIMEOUT_MS'],
    message: 'must not exceed CLIENT_HEARTBEAT_INTERVAL_MS',
  })
  .refine((env) => env.CLIENT_RETRY_MAX_MS >= Math.max(env.CLIENT_RETRY_MS, env.CLIENT_NO_WORKER_RETRY_MS), {
    path: ['CLIENT_RETRY_MAX_MS'],
    message: 'must be at least CLIENT_RETRY_MS and CLIENT_NO_WORKER_RETRY_MS',
  });
export type ClientConfig = z.infer<typeof clientEnv>;
