import { ConfigError, loadConfig, type serviceEnv, type sessionKeyEnv } from '@switchyard/config';
import { ServiceLog } from '@switchyard/log-events';
import { createLogger, type Logger, type LoggerOptions } from '@switchyard/logging';
import { AdminServer, type AdminServerOptions } from '@switchyard/metrics';
import type { Endpoint } from '@switchyard/protocol';
import { RpcError, type QueueBudget } from '@switchyard/rpc';
import { readFileSync } from 'node:fs';
import {
  TlsConfigError,
  resolveTls,
  setQuicEngine,
  type DialTls,
  type Identity,
  type TlsMaterial,
} from '@switchyard/transport-quic';
import type { z } from 'zod';
import { SessionKeyError, resolveSessionKeys, type SessionKeys } from './session-keys.js';

type ServiceEnv = z.infer<z.ZodObject<typeof serviceEnv>>;
type SessionKeyEnv = z.infer<z.ZodObject<typeof sessionKeyEnv>>;

/**
 * What every service server of this process may hold for peers that have not read it, all ports and peers
 * together: the budget `SERVICE_RPC_LIMITS` hands to each. 16 MiB: the services' answers are small, so peers
 * that read hold a few KiB between them, and what is left stays within the services' memory limits
 * (docs/security.md, "Bounds on what a peer costs a server").
 */
const PROCESS_QUEUE_BUDGET: QueueBudget = { maxBytes: 16 * 1024 * 1024, queuedBytes: 0 };

/**
 * RPC limits of every service port: the services' messages are small (a prompt is at most 64 Ki
 * characters), and a client needs a handful of calls, so a peer cannot make a server hold more than this.
 * Bytes waiting for a peer: 768 KiB per stream and 1.5 MiB per connection (the RPC defaults for these frames),
 * 4 MiB per remote address, 16 MiB per process (one budget, shared by every server given these limits).
 */
export const SERVICE_RPC_LIMITS = {
  maxFrameBytes: 256 * 1024,
  maxConcurrentCallsPerStream: 64,
  maxConcurrentCallsPerConnection: 64,
  maxQueuedBytesPerPeer: 4 * 1024 * 1024,
  queueBudget: PROCESS_QUEUE_BUDGET,
} as const;

/** The exit status of a service refused by its configuration (EX_CONFIG). */
export const EXIT_CONFIG = 78;
/** The exit status of a service that could not start (a port in use, say). */
export const EXIT_START_FAILED = 1;

export interface ServiceRuntime<C, T> {
  config: C;
  logger: Logger;
  tls: T;
}

export interface BootOptions<C, I extends Identity | undefined> {
  /** Who the service is (its certificate's identity); undefined for a client, which needs only the CA. */
  identity: (config: C) => I;
  logging?: (config: C) => Partial<LoggerOptions>;
}

/** Prints `message` for `service` on stderr and exits with EX_CONFIG. */
function refuse(service: string, message: string): never {
  process.stderr.write(`${service}: ${message}\n`);
  process.exit(EXIT_CONFIG);
}

/**
 * `loadConfig` for a service's `main`: on invalid configuration, prints every offending variable to
 * stderr and exits with status 78 (EX_CONFIG) before anything starts.
 */
export function loadConfigOrExit<S extends z.ZodObject>(
  service: string,
  schema: S,
  env: Readonly<Record<string, string | undefined>>,
): z.infer<S> {
  try {
    return loadConfig(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    refuse(service, error.message);
  }
}

/**
 * What every service's `main` does first: parse its environment once (exiting with a message naming
 * each bad variable), create the root logger, and load its TLS material: configured files, or
 * development material (logged as a warning, refused with NODE_ENV=production). TLS configuration that
 * cannot work also exits with status 78 and one line saying why.
 */
export async function bootService<S extends z.ZodObject<typeof serviceEnv>, I extends Identity | undefined>(
  service: string,
  schema: S,
  options: BootOptions<z.infer<S>, I>,
): Promise<ServiceRuntime<z.infer<S>, I extends Identity ? TlsMaterial : DialTls>> {
  const config = loadConfigOrExit(service, schema, process.env);
  const env = config as ServiceEnv;
  const logger = createLogger({ service, level: env.LOG_LEVEL, ...options.logging?.(config) });
  setQuicEngine(env.QUIC_ENGINE);
  try {
    const { material, development } = await resolveTls({
      identity: options.identity(config),
      caFile: env.TLS_CA_FILE,
      certFile: env.TLS_CERT_FILE,
      keyFile: env.TLS_KEY_FILE,
      devDir: env.TLS_DEV_DIR,
      devNames: env.TLS_DEV_NAMES,
      production: env.NODE_ENV === 'production',
    });
    if (development) logger.warn({ dir: env.TLS_DEV_DIR }, ServiceLog.developmentTls);
    return { config, logger, tls: material as I extends Identity ? TlsMaterial : DialTls };
  } catch (error) {
    if (error instanceof TlsConfigError) refuse(service, error.message);
    throw error;
  }
}

/**
 * The session keys of a director or a worker: `SESSION_KEY_FILE` (and `SESSION_PREVIOUS_KEY_FILE` during a
 * rotation), or the development key in `TLS_DEV_DIR` when none is set (logged as a warning, refused with
 * NODE_ENV=production). A configuration that cannot work exits with status 78 and one line saying why.
 */
export async function loadSessionKeysOrExit(
  service: string,
  config: ServiceEnv & SessionKeyEnv,
  logger: Logger,
): Promise<SessionKeys> {
  try {
    const { keys, development, file } = await resolveSessionKeys({
      keyFile: config.SESSION_KEY_FILE,
      previousKeyFile: config.SESSION_PREVIOUS_KEY_FILE,
      devDir: config.TLS_DEV_DIR,
      production: config.NODE_ENV === 'production',
    });
    if (development) logger.warn({ file }, ServiceLog.developmentSessionKey);
    return keys;
  } catch (error) {
    if (error instanceof SessionKeyError) refuse(service, error.message);
    throw error;
  }
}

/**
 * Runs a service's start-up; if it fails (a port in use, an address that is not local), logs one line
 * naming what and why, without a stack trace, and exits with status 1.
 */
export async function startOrExit<T>(logger: Logger, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const err = error instanceof RpcError ? error.rawMessage : error instanceof Error ? error.message : String(error);
    logger.fatal({ err }, ServiceLog.startFailed);
    return await new Promise<never>(() => logger.flush(() => process.exit(EXIT_START_FAILED)));
  }
}

/**
 * Serves the admin HTTP port at `address` (none when null: `ADMIN_ADDR=off`) and logs `admin listening`; a port
 * that cannot be bound ends the process like any other start-up failure.
 */
export async function serveAdminOrExit(
  logger: Logger,
  address: Endpoint | null,
  options: AdminServerOptions,
): Promise<AdminServer | undefined> {
  if (address === null) return undefined;
  const admin = new AdminServer(options);
  const port = await startOrExit(logger, async () => {
    try {
      return await admin.start(address);
    } catch (error) {
      throw new Error(`admin port ${address.host}:${address.port}: ${(error as Error).message}`, { cause: error });
    }
  });
  logger.info({ host: address.host, port }, ServiceLog.adminListening);
  return admin;
}

/** The version in the package.json next to the running app's `dist/` (`import.meta.url` of its main). */
export function appVersion(mainUrl: string): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', mainUrl), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Runs `stop` once, on the first SIGINT or SIGTERM, after logging `stopping`. */
export function onShutdown(logger: Logger, stop: () => void): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, ServiceLog.stopping);
      stop();
    });
  }
}
export {
  addressesOf,
  MembershipNode,
  membershipSettings,
  resolveSeeds,
  type MembershipEnv,
  type MembershipNodeOptions,
} from './membership-node.js';
export {
  ADMISSION_VERSION,
  AdmissionSigner,
  AdmissionVerifier,
  type AdmissionRefusal,
  type AdmissionRefusalReason,
  type AdmissionSignerOptions,
} from './admission.js';
export { AddressQuota } from './address-quota.js';
export { DirectorTargets } from './director-targets.js';
export { sessionDial, type SessionDialOptions, type SessionDialRequest } from './session-dial.js';
export { clientAddress } from './client-address.js';
export { AddressRateLimiter, MAX_RATE_LIMITED_ADDRESSES, type RateLimit } from './rate-limiter.js';
export {
  DEV_SESSION_KEY_FILE,
  MIN_SESSION_KEY_BYTES,
  SessionKey,
  SessionKeyError,
  loadOrCreateDevSessionKey,
  parseSessionKey,
  resolveSessionKeys,
  type SessionKeySource,
  type SessionKeys,
} from './session-keys.js';
export { THROTTLED_LOG_INTERVAL_MS, ThrottledWarning } from './throttled-log.js';
