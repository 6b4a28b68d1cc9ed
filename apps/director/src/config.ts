import { hostname } from 'node:os';
import { durationMs, hostPort, serviceEnv } from '@switchyard/config';
import { WORKER_LABEL_PATTERN, WORKER_LABEL_RULE } from '@switchyard/protocol';
import { z } from 'zod';

/** The director's environment (README "Configuration"). */
export const directorEnv = z.object({
  ...serviceEnv,
  /** The director's name: its identity is spiffe://switchyard/director/<name>. */
  DIRECTOR_NAME: z
    .string()
    .trim()
    .regex(WORKER_LABEL_PATTERN, `must be ${WORKER_LABEL_RULE}`)
    .default(
      `director-${hostname()
        .replace(/[^\w.-]/g, '-')
        .slice(0, 100)}`,
    ),
  DIRECTOR_CLIENT_ADDR: hostPort().prefault('0.0.0.0:61000'),
  DIRECTOR_MGMT_ADDR: hostPort().prefault('0.0.0.0:61001'),
  /** A worker silent for longer than this is dropped: three missed heartbeats at the default 5 s. */
  DIRECTOR_WORKER_TTL_MS: durationMs({ min: 100 }).default(15_000),
});
export type DirectorConfig = z.infer<typeof directorEnv>;
