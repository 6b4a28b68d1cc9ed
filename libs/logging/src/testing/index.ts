import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../index.js';

/** One decoded log line: `msg` plus its fields. */
export type LogLine = { msg: string; level: number } & Record<string, unknown>;

export interface LogSink {
  /** A JSON logger whose lines land in `lines`. */
  readonly logger: Logger;
  /** Every line logged so far, decoded. */
  readonly lines: LogLine[];
  /** Lines with this `msg`, optionally matching `fields`. */
  find(msg: string, fields?: Record<string, unknown>): LogLine[];
  /** Resolves with the first line (already logged or still to come) with this `msg` and `fields`. */
  next(msg: string, fields?: Record<string, unknown>): Promise<LogLine>;
  /** Forgets the lines logged so far. */
  clear(): void;
}

/** A logger for tests that keeps its lines in memory, so a test can read and wait on them. */
export function createLogSink(service: string, level: 'trace' | 'debug' | 'info' = 'info'): LogSink {
  const lines: LogLine[] = [];
  const waiters = new Set<() => void>();
  const matches = (line: LogLine, msg: string, fields: Record<string, unknown>) =>
    line.msg === msg && Object.entries(fields).every(([key, value]) => line[key] === value);
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const text of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(text) as LogLine);
      for (const wake of [...waiters]) wake();
      done();
    },
  });
  const logger = createLogger({ service, level, destination });
  return {
    logger,
    lines,
    find: (msg, fields = {}) => lines.filter((line) => matches(line, msg, fields)),
    next: (msg, fields = {}) =>
      new Promise((resolve) => {
        const check = () => {
          const found = lines.find((line) => matches(line, msg, fields));
          if (!found) return;
          waiters.delete(check);
          resolve(found);
        };
        waiters.add(check);
        check();
      }),
    clear: () => void lines.splice(0),
  };
}
