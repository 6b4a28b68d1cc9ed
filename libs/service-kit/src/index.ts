import { loadConfigOrExit, type serviceEnv } from '@switchyard/config';
import { createLogger, type Logger, type LoggerOptions } from '@switchyard/logging';
import { resolveTls, type TlsMaterial } from '@switchyard/transport-quic';
import type { z } from 'zod';

type ServiceEnv = z.infer<z.ZodObject<typeof serviceEnv>>;

export interface ServiceRuntime<C> {
  config: C;
  logger: Logger;
  tls: TlsMaterial;
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
  if (development) logger.warn({ dir: env.TLS_DEV_DIR }, 'using development TLS material');
  return { config, logger, tls: material };
}

/** Runs `stop` once, on the first SIGINT or SIGTERM, after logging `<service> stopping`. */
export function onShutdown(logger: Logger, stop: () => void): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping');
      stop();
    });
  }
}
