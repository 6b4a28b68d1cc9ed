/**
 * The `msg` of every log line that tests, benchmarks, the demo and operators rely on (README "Logs").
 * Services log with these constants and every reader imports them, so a renamed event cannot leave a
 * reader waiting for a line that no longer exists.
 */

/** Lines every service writes. */
export const ServiceLog = {
  /** SIGINT or SIGTERM received: `signal`. */
  stopping: 'stopping',
  /** No TLS files configured: development material from `dir` is used. */
  developmentTls: 'using development TLS material',
  /** Start-up failed (a port in use, say): `err` names what and why; the process exits 1. */
  startFailed: 'cannot start',
} as const;

export const DirectorLog = {
  /** Both ports bound: `clientPort`, `mgmtPort`. */
  listening: 'director listening',
  /** `worker`, `endpoint`, `available`, `replaced`. */
  workerRegistered: 'worker registered',
  workerUnavailable: 'worker unavailable',
  workerAvailable: 'worker available',
  /** No heartbeat within the TTL: `worker`, `silentMs`. */
  workerExpired: 'worker expired',
  /** `sessionId`, `worker`, `endpoint`, `excluded`. */
  workerAssigned: 'worker assigned',
  /** `sessionId`, `excluded`, `workers`. */
  noWorkerAvailable: 'no worker available',
  /** A management call refused: `identity`, `peer`, `action`; once per identity and action. */
  permissionDenied: 'permission denied',
  /** A heartbeat from an earlier instance of a restarted worker, ignored: `worker`, `instance`. */
  staleInstance: 'report from a replaced worker instance ignored',
} as const;

export const WorkerLog = {
  /** `port`, `advertise`. */
  listening: 'worker listening',
  /** `director`, `ttlMs`. */
  registered: 'registered with director',
  /** The director answered NOT_FOUND (it restarted or expired this worker). */
  registeringAgain: 'director does not know this worker: registering again',
  /** `err`, `retryInMs`, `director`. */
  directorUnreachable: 'director unreachable',
  /** `sessionId`, `resumeAfter`, `peer`, `streams`. */
  streamStarted: 'stream started',
  /** `sessionId`, `lastSequence`, `sent`, `ended`. */
  streamEnded: 'stream ended',
  /** `afterMs`, `streams`, `recoveryMs`. */
  simulatedFailure: 'simulated failure',
  /** Available again after a simulated failure. */
  recovered: 'recovered',
} as const;

export const ClientLog = {
  /** `directors`, `tokens`. */
  starting: 'client starting',
  /** `sessionId`, `worker`, `endpoint`, `excluded`. */
  workerAssigned: 'worker assigned',
  /** debug: the worker accepted the stream; `worker`, `resumeAfter`. */
  streamConnected: 'stream connected',
  /** debug: `sequence`, `text`. */
  token: 'token',
  /** debug: tokens stopped arriving, the worker is pinged now; `worker`, `silentMs`. */
  stallProbe: 'tokens stalled: probing the worker',
  /** `from`, `reason`, `detectMs`, `lastSequence`, `err`. */
  failover: 'failover',
  /** `worker`, `afterSequence`, `failoverMs`. */
  resumed: 'resumed',
  /** The attempt produced no token: `retryInMs`. */
  retrying: 'retrying after a failed attempt',
  /** `retryInMs`. */
  noWorkerAvailable: 'no worker available',
  /** `director`, `err`, `retryInMs`. */
  directorUnreachable: 'director unreachable',
  /** `tokens`, `lastSequence`, `failovers`, `gaps`, `duplicates`, `perWorker`, `maxFailoverMs`, `elapsedMs`. */
  summary: 'summary',
} as const;
