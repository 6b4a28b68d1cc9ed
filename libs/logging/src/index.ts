import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import pinoPretty from 'pino-pretty';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** The service name, on every line as `service`. */
  service: string;
  level?: LevelWithSilent;
  /** Human-readable output instead of JSON lines. Default: when stdout is a TTY. */
  pretty?: boolean;
  /** Where lines go (tests pass a sink; a TTY progress display passes a wrapper). Default stdout. */
  destination?: DestinationStream | NodeJS.WritableStream;
}

/**
 * The root logger of a service: JSON lines on stdout (pretty when attached to a TTY), with
 * `service` and `pid` on every line and TLS private keys redacted. Components take
 * `logger.child({ component })`.
 */
export function createLogger(options: LoggerOptions): Logger {
  const pretty = options.pretty ?? (options.destination === undefined && process.stdout.isTTY === true);
  const base = {
    level: options.level ?? 'info',
    base: { service: options.service, pid: process.pid },
    redact: { paths: ['key', '*.key', 'tls.key', '*.tls.key'], censor: '[redacted]' },
  };
  if (pretty && options.destination)
    return pino(base, pinoPretty({ colorize: true, destination: options.destination }));
  if (pretty) return pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true } } });
  return options.destination ? pino(base, options.destination as DestinationStream) : pino(base);
}
