import { ConfigError, loadConfig, type serviceEnv } from '@switchyard/config';
import { ServiceLog } from '@switchyard/log-events';
import { createLogger, type Logger, type LoggerOptions } from '@switchyard/logging';
import { resolveTls, type TlsMaterial } from '@switchyard/transport-quic';
import type { z } from 'zod';

type ServiceEnv = z.infer<z.ZodObject<typeof serviceEnv>>;

/** The exit status of a service refused by its configuration (EX_CONFIG). */
export const EXIT_CONFIG = 78;

export interface ServiceRuntime<C> {
  config: C;
  logger: Logger;
  tls: TlsMaterial;
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
    process.stderr.write(`${service}: ${error.message}\n`);
    process.exit(EXIT_CONFIG);
  }
}

/**
 * What every service's `main` does first: parse its environment once (exiting with a message naming
 * each bad variable), create the root logger, and load its TLS material (configured files, or
 * development material, which is logged as a warning).
 */
export async function bootService<S extends z.ZodObject<typeof serviceEnv>>(
  service: string,
  schema: S,
  logging: (config: z.infer<S>) => Partial<LoggerOptions> = () => ({}),
): Promise<ServiceRuntime<z.infer<S>>> {
  const config = loadConfigOrExit(service, schema, process.env);
  const env = config as ServiceEnv;
  const logger = createLogger({ service, level: env.LOG_LEVEL, ...logging(config) });
  const { material, development } = await resolveTls({
    caFile: env.TLS_CA_FILE,
    certFile: env.TLS_CERT_FILE,
    keyFile: env.TLS_KEY_FILE,
    devDir: env.TLS_DEV_DIR,
    devNames: env.TLS_DEV_NAMES,
  });
  if (development) logger.warn({ dir: env.TLS_DEV_DIR }, ServiceLog.developmentTls);
  return { config, logger, tls: material };
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
