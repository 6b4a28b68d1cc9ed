/**
 * Every session of a benchmark dials from 127.0.0.1, so the per-address bounds that keep one host from taking a
 * cluster (docs/security.md) would hold it to one client's share: raised here for `sessions` sessions, by role.
 */
export function loopbackLimits(sessions: number): {
  common: Record<string, string>;
  director: Record<string, string>;
  worker: Record<string, string>;
} {
  return {
    // A session holds a connection to a director and one to a worker, and a failover briefly two of each.
    common: {
      QUIC_MAX_CONNECTIONS_PER_PEER: String(4 * sessions),
      QUIC_MAX_CONNECTIONS: String(Math.max(4096, 4 * sessions)),
    },
    // Every session asks for a worker at start and after each failover, mostly at once.
    director: { DIRECTOR_ASSIGN_RATE: String(10 * sessions), DIRECTOR_ASSIGN_BURST: String(4 * sessions) },
    worker: { WORKER_MAX_SESSIONS_PER_ADDRESS: String(sessions) },
  };
}
