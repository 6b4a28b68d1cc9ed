import { adminAddr, durationMs, filePath, hostPort, hostPortList, integer, serviceEnv } from '@switchyard/config';
import { z } from 'zod';

/** A comma-separated list of origins (`scheme://host[:port]`), or `*` for any. */
const origins = () =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((origin) => origin === '*' || isOrigin(origin)), {
      message: 'must be origins (scheme://host[:port]) separated by commas, or *',
    });

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** The gateway's environment (README "Configuration"). */
export const gatewayEnv = z
  .object({
    ...serviceEnv,
    /** Where the OpenAI-compatible HTTP API listens. */
    GATEWAY_ADDR: hostPort().prefault('0.0.0.0:8080'),
    /** The directors' client endpoints (or a DNS name standing for them), comma-separated, in order of preference. */
    DIRECTOR_TARGET: hostPortList().prefault('localhost:61000'),
    /** The name every server's certificate is verified against, when it is not the host dialled. */
    TLS_SERVER_NAME: z.string().trim().min(1).optional(),
    /** The admin HTTP port (`/metrics`, `/healthz`, `/readyz`), or `off`. */
    ADMIN_ADDR: adminAddr().prefault('127.0.0.1:9403'),
    /** API keys, hashed (`sha256:<hex> [label]` per line), read again when the file changes; unset: no key asked. */
    GATEWAY_API_KEYS_FILE: filePath().optional(),
    /** Every request's deadline, its answer's last byte included. */
    GATEWAY_REQUEST_TIMEOUT_MS: durationMs({ min: 100 }).default(600_000),
    /** The largest request body read (a prompt is at most 65,536 characters). */
    GATEWAY_MAX_BODY_BYTES: integer({ min: 1024, max: 64 * 1024 * 1024 }).default(1024 * 1024),
    /** Requests answered at once; more get 429 with Retry-After. */
    GATEWAY_MAX_CONCURRENT: integer({ min: 1, max: 1_000_000 }).default(1000),
    /** Requests answered at once for one API key (without keys, only GATEWAY_MAX_CONCURRENT applies); more get 429. */
    GATEWAY_MAX_CONCURRENT_PER_KEY: integer({ min: 1, max: 1_000_000 }).default(64),
    /** Tokens (prompt and answer) one API key (without keys: all callers together) may use a minute; unset: no limit. */
    GATEWAY_TOKENS_PER_MINUTE_PER_KEY: integer({ min: 1, max: 1_000_000_000 }).optional(),
    /** HTTP connections held at once; more are closed as they arrive. */
    GATEWAY_MAX_CONNECTIONS: integer({ min: 1, max: 1_000_000 }).default(4096),
    /** HTTPS: the certificate chain (PEM) served, with GATEWAY_TLS_KEY_FILE; both read again when they change. */
    GATEWAY_TLS_CERT_FILE: filePath().optional(),
    /** HTTPS: the private key (PEM) of GATEWAY_TLS_CERT_FILE. */
    GATEWAY_TLS_KEY_FILE: filePath().optional(),
    /** Origins browsers may call from, comma-separated, or `*`; unset: no CORS. */
    GATEWAY_CORS_ORIGINS: origins().optional(),
    /** How a chat's messages become the prompt (chat-template.ts): `chatml`, or `plain` for base models. */
    GATEWAY_CHAT_TEMPLATE: z.enum(['chatml', 'plain'], { error: 'must be chatml or plain' }).default('chatml'),
    /** `on`: workers whose engine continues from text (inexact) may answer (see CLIENT_ALLOW_INEXACT). */
    GATEWAY_ALLOW_INEXACT: z.enum(['on', 'off'], { error: 'must be on or off' }).default('off'),
    /** On SIGTERM: how long open answers have to end before they are cut (with an in-band error). */
    GATEWAY_SHUTDOWN_GRACE_MS: durationMs({ min: 0 }).default(10_000),
  })
  .refine((env) => (env.GATEWAY_TLS_CERT_FILE === undefined) === (env.GATEWAY_TLS_KEY_FILE === undefined), {
    path: ['GATEWAY_TLS_KEY_FILE'],
    message: 'and GATEWAY_TLS_CERT_FILE are set together or not at all',
  });
export type GatewayConfig = z.infer<typeof gatewayEnv>;
