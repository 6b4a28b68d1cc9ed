import { hostname } from 'node:os';
import {
  adminAddr,
  durationMs,
  durationRange,
  hostPort,
  integer,
  membershipEnv,
  serviceEnv,
  sessionKeyEnv,
} from '@switchyard/config';
import { z } from 'zod';
import { WORKER_LABEL_PATTERN, WORKER_LABEL_RULE } from '@switchyard/protocol';

/** The worker's environment (README "Configuration"). */
export const workerEnv = z
  .object({
    ...serviceEnv,
    /** The key directors sign admissions with, and the previous one during a rotation (docs/security.md). */
    ...sessionKeyEnv,
    WORKER_LABEL: z
      .string()
      .trim()
      .regex(WORKER_LABEL_PATTERN, `must be ${WORKER_LABEL_RULE}`)
      .default(
        `worker-${hostname()
          .replace(/[^\w.-]/g, '-')
          .slice(0, 100)}`,
      ),
    WORKER_ADDR: hostPort().prefault('0.0.0.0:62001'),
    /** What clients dial; defaults to the bind address, with `localhost` for an unspecified or loopback host. */
    WORKER_ADVERTISE_ADDR: hostPort().optional(),
    /** Membership: this worker's UDP port, and the members to join through (a director, by default). */
    ...membershipEnv({ bind: '0.0.0.0:63001', seeds: 'localhost:61002' }),
    WORKER_TOKEN_INTERVAL_MS: durationMs({ min: 1 }).default(500),
    WORKER_FAILURE: z.enum(['off', 'simulated', 'hang'], { error: 'must be off, simulated or hang' }).default('off'),
    WORKER_FAIL_AFTER_MS: durationRange({ min: 1 }).prefault('10000-25000'),
    WORKER_RECOVERY_MS: durationMs({ min: 1 }).default(10_000),
    /** On SIGTERM: how long streams have to end after GoAway; the process exits within this plus 1 s. */
    WORKER_SHUTDOWN_GRACE_MS: durationMs({ min: 0 }).default(2000),
    /** Generate calls served at once (docs/security.md says how it is sized); a full worker is unavailable. */
    WORKER_MAX_SESSIONS: integer({ min: 1, max: 100_000 }).default(200),
    /** Sessions one client address (IPv6: its /64) may hold at once (docs/security.md says why 32). */
    WORKER_MAX_SESSIONS_PER_ADDRESS: integer({ min: 1, max: 100_000 }).default(32),
    /** The admin HTTP port (`/metrics`, `/healthz`, `/readyz`), or `off`. */
    ADMIN_ADDR: adminAddr().prefault('127.0.0.1:9402'),
    /**
     * Test only: on a resumed stream, the text runs one token ahead (`skip`) or one behind (`repeat`) while the
     * sequence numbers stay right, as an off-by-one in resumption would. Only a check of the delivered text finds it.
     */
    WORKER_FAULT: z.enum(['off', 'skip', 'repeat'], { error: 'must be off, skip or repeat' }).default('off'),
  })
  .refine((env) => env.WORKER_FAULT === 'off' || env.NODE_ENV !== 'production', {
    path: ['WORKER_FAULT'],
    message: 'is for tests only: refused with NODE_ENV=production',
  });
export type WorkerConfig = z.infer<typeof workerEnv>;
