import { hostname } from 'node:os';
import { adminAddr, durationMs, hostPort, integer, membershipEnv, serviceEnv, sessionKeyEnv } from '@switchyard/config';
import { ASSIGNMENT_STRATEGIES } from '@switchyard/assignment';
import { WORKER_LABEL_PATTERN, WORKER_LABEL_RULE } from '@switchyard/protocol';
import { z } from 'zod';

/** The director's environment (README "Configuration"). */
export const directorEnv = z.object({
  ...serviceEnv,
  /** The key admissions are signed with (docs/security.md); the previous one is read, never used to sign. */
  ...sessionKeyEnv,
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
  /** How a worker is chosen among the available ones: the least loaded (ties round-robin), or round-robin. */
  DIRECTOR_ASSIGNMENT: z.enum(ASSIGNMENT_STRATEGIES).default('least-loaded'),
  /**
   * How long an admission is good for: the client's connect and first call to the worker must fit in it, and the
   * clocks of directors and workers must agree within it (docs/security.md).
   */
  DIRECTOR_ADMISSION_TTL_MS: durationMs({ min: 1000, max: 60_000 }).default(10_000),
  /** AssignWorker calls a second one client address may make on average, and at once (docs/security.md). */
  DIRECTOR_ASSIGN_RATE: integer({ min: 1, max: 1_000_000 }).default(10),
  DIRECTOR_ASSIGN_BURST: integer({ min: 1, max: 1_000_000 }).default(40),
  /** Membership: this director's UDP port, and other members to join through (none: it is the first). */
  ...membershipEnv({ bind: '0.0.0.0:61002', seeds: 'none' }),
  /** The admin HTTP port (`/metrics`, `/healthz`, `/readyz`), or `off`. */
  ADMIN_ADDR: adminAddr().prefault('127.0.0.1:9401'),
});
export type DirectorConfig = z.infer<typeof directorEnv>;
