import { existsSync, statSync } from 'node:fs';
import { parseEndpoint, type Endpoint } from '@switchyard/protocol';
import { z } from 'zod';

/**
 * A duration in milliseconds from an env string: `250`, `250ms`, `5s`, `2m`. Must be a whole number
 * of milliseconds within [min, max].
 */
export function durationMs(options: { min?: number; max?: number } = {}) {
  const { min = 0, max = 2 ** 31 - 1 } = options;
  return z
    .string()
    .trim()
    .regex(/^\d+(ms|s|m)?$/, 'must be a duration such as 500, 500ms, 5s or 2m')
    .transform((value) => {
      const amount = Number.parseInt(value, 10);
      if (value.endsWith('ms')) return amount;
      if (value.endsWith('s')) return amount * 1000;
      if (value.endsWith('m')) return amount * 60_000;
      return amount;
    })
    .pipe(z.number().int().min(min, `must be at least ${min} ms`).max(max, `must be at most ${max} ms`));
}

/** `host:port` or `[ipv6]:port`, port 0–65535 (0 = any free port). */
export function hostPort() {
  return z
    .string()
    .trim()
    .transform((value, ctx): Endpoint => {
      const parsed = parseEndpoint(value);
      if (!parsed) {
        ctx.addIssue({ code: 'custom', message: 'must be host:port (for example 0.0.0.0:61000 or [::1]:61000)' });
        return z.NEVER;
      }
      return parsed;
    });
}

/** The admin HTTP port (`/metrics`, `/healthz`, `/readyz`): `host:port`, or `off` (null) for none. */
export function adminAddr() {
  return z
    .string()
    .trim()
    .transform((value, ctx): Endpoint | null => {
      if (value === 'off') return null;
      const parsed = parseEndpoint(value);
      if (!parsed) {
        ctx.addIssue({ code: 'custom', message: 'must be host:port (for example 127.0.0.1:9401) or off' });
        return z.NEVER;
      }
      return parsed;
    });
}

/** One or more `host:port` endpoints separated by commas, without repeats. */
export function hostPortList() {
  return z
    .string()
    .trim()
    .transform((value, ctx): Endpoint[] => {
      const items = value.split(',').map((item) => item.trim());
      const endpoints = items.map((item) => parseEndpoint(item));
      const bad = items.filter((_, i) => !endpoints[i]);
      if (value === '' || bad.length > 0) {
        ctx.addIssue({ code: 'custom', message: 'must be host:port, or several separated by commas' });
        return z.NEVER;
      }
      if (new Set(items).size !== items.length) {
        ctx.addIssue({ code: 'custom', message: 'lists an endpoint twice' });
        return z.NEVER;
      }
      return endpoints as Endpoint[];
    });
}

/** A path to an existing regular file. */
export function filePath() {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .refine((path) => existsSync(path) && statSync(path).isFile(), 'must name an existing file');
}

/** An integer from an env string, within [min, max]. */
export function integer(options: { min?: number; max?: number } = {}) {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
  return z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'must be an integer')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** Raised by `loadConfig`; `issues` lists each bad variable with its rule. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly issues: readonly string[]) {
    super(`invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
  }
}

/**
 * Parses environment variables with a schema whose keys are the variable names. Throws a
 * `ConfigError` naming every offending variable and its rule; never reads `process.env` itself.
 */
export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: Readonly<Record<string, string | undefined>>,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
}

/** A `min-max` range of durations, such as `10000-25000` or `10s-25s`, with min <= max. */
export function durationRange(options: { min?: number; max?: number } = {}) {
  const bound = durationMs(options);
  return z
    .string()
    .trim()
    .transform((value, ctx) => {
      const parts = value.split('-');
      const low = parts.length === 2 ? bound.safeParse(parts[0]) : undefined;
      const high = parts.length === 2 ? bound.safeParse(parts[1]) : undefined;
      if (!low?.success || !high?.success || low.data > high.data) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be a range of durations min-max, such as 10000-25000 or 10s-25s',
        });
        return z.NEVER;
      }
      return { min: low.data, max: high.data };
    });
}

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/**
 * Variables every service reads: log level, TLS material (all three files, or none for development
 * material kept in `TLS_DEV_DIR`), and the QUIC datagram size.
 */
export const serviceEnv = {
  /** `production` refuses what only development may use (development TLS material, test-only switches). */
  NODE_ENV: z.string().trim().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  TLS_CA_FILE: filePath().optional(),
  TLS_CERT_FILE: filePath().optional(),
  TLS_KEY_FILE: filePath().optional(),
  TLS_DEV_DIR: z.string().trim().min(1).default('.dev-tls'),
  TLS_DEV_NAMES: z
    .string()
    .trim()
    .transform((value) =>
      value
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .default([]),
  QUIC_MAX_UDP_PAYLOAD: integer({ min: 1200, max: 65527 }).default(1452),
  /**
   * Connections one remote address may hold on each of the service's ports. 32: a client needs one or two, each
   * connection costs a server up to a megabyte, and clients behind one address (NAT, SNAT) need it raised.
   */
  QUIC_MAX_CONNECTIONS_PER_PEER: integer({ min: 1, max: 1_000_000 }).default(32),
  /**
   * Connections each of the service's ports holds at once, from all addresses together: the bound the per-address
   * one cannot give against many addresses. 4096, a thousand sessions' worth on a director with room for failovers.
   */
  QUIC_MAX_CONNECTIONS: integer({ min: 1, max: 1_000_000 }).default(4096),
  /**
   * Lean engine: handshakes each port runs at once for clients that have not proven their address (at most 4 from one
   * address); past it a new connection is asked to prove it first (a stateless retry, one round trip more). 0: always.
   */
  QUIC_UNVALIDATED_HANDSHAKES: integer({ min: 0, max: 1_000_000 }).default(16),
  /**
   * The QUIC implementation: `lean` (this project's engine on the quiche binding) or `library` (`@matrixai/quic`'s
   * classes), kept selectable for one release. Both speak the same QUIC and TLS to each other.
   */
  QUIC_ENGINE: z.enum(['library', 'lean'], { error: 'must be library or lean' }).default('lean'),
};

/**
 * Membership variables of the services that are members (directors and workers). `bind` and `seeds` give the
 * service's own defaults; every protocol tunable is optional and falls back to the protocol's default.
 */
export function membershipEnv(defaults: { bind: string; seeds: string }) {
  return {
    MEMBERSHIP_ADDR: hostPort().prefault(defaults.bind),
    MEMBERSHIP_ADVERTISE_ADDR: hostPort().optional(),
    /** host:port list; a DNS name stands for every address it resolves to (a Kubernetes headless Service). */
    MEMBERSHIP_SEEDS: z
      .string()
      .trim()
      .transform((value, ctx): Endpoint[] => {
        if (value === '' || value === 'none') return [];
        const endpoints = value.split(',').map((item) => parseEndpoint(item.trim()));
        if (endpoints.some((e) => !e)) {
          ctx.addIssue({ code: 'custom', message: 'must be host:port, several separated by commas, or none' });
          return z.NEVER;
        }
        return endpoints as Endpoint[];
      })
      .prefault(defaults.seeds),
    MEMBERSHIP_PROBE_INTERVAL_MS: durationMs({ min: 10 }).optional(),
    MEMBERSHIP_PROBE_TIMEOUT_MS: durationMs({ min: 1 }).optional(),
    MEMBERSHIP_SUSPICION_MULT: integer({ min: 1, max: 100 }).optional(),
    MEMBERSHIP_GOSSIP_INTERVAL_MS: durationMs({ min: 1 }).optional(),
    MEMBERSHIP_PUSH_PULL_INTERVAL_MS: durationMs({ min: 0 }).optional(),
  };
}

/**
 * The session key of the services that sign admissions (directors) or check them (workers): a file holding at least
 * 32 random bytes in base64 (`openssl rand -base64 32`), the same on every director and worker, and during a rotation
 * the key being retired, still accepted. With neither set, a service uses a development key kept in `TLS_DEV_DIR`
 * (refused with `NODE_ENV=production`); that choice, and the files' contents, are checked where the key is loaded.
 */
export const sessionKeyEnv = {
  SESSION_KEY_FILE: filePath().optional(),
  SESSION_PREVIOUS_KEY_FILE: filePath().optional(),
};
