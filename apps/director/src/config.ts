import { hostname } from 'node:os';
import { adminAddr, durationMs, hostPort, membershipEnv, serviceEnv } from '@switchyard/config';
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
  /** Longest an AssignWorker call waits for a worker when none is available (less near its deadline). */
  DIRECTOR_ASSIGN_WAIT_MS: durationMs({ min: 0 }).default(10_000),
  /** Membership: this director's UDP port, and other members to join through (none: it is the first). */
  ...membershipEnv({ bind: '0.0.0.0:61002', seeds: 'none' }),
  /** The admin HTTP port (`/metrics`, `/healthz`, `/readyz`), or `off`. */
  ADMIN_ADDR: adminAddr().prefault('127.0.0.1:9401'),
});
export type DirectorConfig = z.infer<typeof directorEnv>;
