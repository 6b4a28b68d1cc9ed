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
  /** No `SESSION_KEY_FILE` (a director or worker): the development session key in `file` is used. */
  developmentSessionKey: 'using a development session key',
  /** Start-up failed (a port in use, say): `err` names what and why; the process exits 1. */
  startFailed: 'cannot start',
  /** The admin HTTP port (`/metrics`, `/healthz`, `/readyz`) is bound: `host`, `port`. */
  adminListening: 'admin listening',
} as const;

/** Lines of every member of the cluster (directors and workers). */
export const MemberLog = {
  /** The membership socket is bound: `port`, `advertise`, `seeds`. */
  listening: 'membership listening',
  /** Another member appeared, or is alive again: `member`, `role`, `address`, `incarnation`. */
  joined: 'member joined',
  /** `member`, `incarnation`. */
  suspected: 'member suspected',
  /** `member`, `incarnation`. */
  dead: 'member dead',
  /** `member`: it announced its own graceful leave. */
  left: 'member left',
  /**
   * warn: datagrams that failed their checks (unsigned, malformed, or from a certificate outside the CA) came
   * from `from`; logged on the first from each address, then at most once a minute with `count` since the last.
   */
  refused: 'membership datagrams refused',
} as const;

export const DirectorLog = {
  /** Ports bound and the cluster joined: `clientPort`, `mgmtPort`, `membershipPort`. */
  listening: 'director listening',
  /**
   * A worker became available (alive, `available=true`) or stopped being so, or an available worker moved to a
   * new endpoint (restarted): `worker`, `endpoint`, `status`.
   */
  workerAvailable: 'worker available',
  workerUnavailable: 'worker unavailable',
  /** `sessionId`, `worker`, `endpoint`, `excluded`. */
  workerAssigned: 'worker assigned',
  /** No worker became available before the call's deadline: `sessionId`, `excluded`, `workers`. */
  noWorkerAvailable: 'no worker available',
  /** A management call refused: `identity`, `peer`, `action`; once per identity and action. */
  permissionDenied: 'permission denied',
  /**
   * warn: AssignWorker calls refused because their source address called too often: `peer` (the last one),
   * `count` since the last line; the first at once, then at most once a minute.
   */
  rateLimited: 'assignments rate-limited',
} as const;

export const WorkerLog = {
  /** `port`, `advertise`, `failure`, `engine`, `model`, `tokenIntervalMs`, `fault` (test only). */
  listening: 'worker listening',
  /** The worker sees a director: directors can now assign it. `director`. */
  joined: 'joined the cluster',
  /** `sessionId`, `resumeAfter`, `peer`, `streams`. */
  streamStarted: 'stream started',
  /** `sessionId`, `lastSequence`, `sent`, `ended` (`cancelled`, `failed`, `goaway`, `replaced`, `refused`: a prompt longer than the model holds, `finished`: the answer's last token and finish reason sent). */
  streamEnded: 'stream ended',
  /**
   * warn: Generate calls refused before anything was reserved: `reason` (`missing`, `malformed`, `unknown-key`,
   * `forged`, `expired`, `other-worker`: the admission; `address-quota`: too many sessions from one address),
   * `peer` and `sessionId` of the last one, `count` of that reason since its last line; the first at once, then at
   * most once a minute per reason.
   */
  sessionsRefused: 'sessions refused',
  /** `afterMs`, `streams`, `recoveryMs`. */
  simulatedFailure: 'simulated failure',
  /** Available again after a simulated failure. */
  recovered: 'recovered',
  /** warn: the engine failed a stream (an error, not an answer's end): `sessionId`, `err`. */
  engineFailed: 'engine failed',
  /** info when it can serve again, warn when not (an upstream engine down or loading): `model`, `upstream`, `ready`, `reason`. */
  engineReadiness: 'engine readiness',
} as const;

export const ClientLog = {
  /** `directors`, `tokens`. */
  starting: 'client starting',
  /** `sessionId`, `worker`, `endpoint`, `excluded`. */
  workerAssigned: 'worker assigned',
  /** debug: the worker accepted the stream; `worker`, `resumeAfter`. */
  streamConnected: 'stream connected',
  /** debug: `sequence` (of the chunk's last token), `text`, `tokenIds`. */
  token: 'token',
  /** debug: tokens stopped arriving, the worker is pinged now; `worker`, `silentMs`. */
  stallProbe: 'tokens stalled: probing the worker',
  /** `from`, `reason`, `violation` (for `protocol-violation`), `detectMs`, `lastSequence`, `err`. */
  failover: 'failover',
  /** `worker`, `afterSequence`, `failoverMs`. */
  resumed: 'resumed',
  /** The attempt produced no token: `retryInMs`. */
  retrying: 'retrying after a failed attempt',
  /** `retryInMs`. */
  noWorkerAvailable: 'no worker available',
  /** `director`, `err`, `retryInMs`. */
  directorUnreachable: 'director unreachable',
  /** warn: the director refused to assign because this address calls too often: `director`, `err`, `retryInMs`. */
  rateLimited: 'rate-limited by the director',
  /**
   * error: a worker refused the request itself (a bad parameter, a model it does not serve), so the session ended
   * without its answer: `sessionId`, `code`, `err`.
   */
  refused: 'request refused',
  /**
   * `finishReason` (`stop`, `length`, or none when stopped before the end), `tokens`, `lastSequence`, `failovers`,
   * `violations` (by kind), `perWorker`, `maxFailoverMs`, `elapsedMs`.
   */
  summary: 'summary',
} as const;

/** Lines of the engine server (tools/engine-server: a model served the way vLLM serves one). */
export const EngineServerLog = {
  /** HTTP bound, the model still loading (`/health` answers 503): `host`, `port`. */
  listening: 'engine server listening',
  /** The model is loaded and served (`/health` answers 200): `model`, `contextTokens`. */
  serving: 'serving model',
} as const;

/** Lines of the gateway (apps/gateway: the OpenAI-compatible front door). */
export const GatewayLog = {
  /** HTTP bound: `host`, `port`, `scheme` (`http` or `https`). */
  listening: 'gateway listening',
  /**
   * One per request, when it ended: `requestId`, `route`, `status`, `caller` (its API key's label), `model`, `stream`,
   * `tokens`, `failovers`, `finishReason`, `err`, `elapsedMs`. Never the prompt or the key.
   */
  request: 'request',
  /** warn: a request's session left its worker mid-answer (the caller sees nothing): `requestId`, `from`, `reason`, `err`. */
  failover: 'failover',
  /** info: a request's session waits to try again (no worker, a failed attempt, a director down): `requestId`, `cause`, `retryInMs`, `err`. */
  retrying: 'retrying',
  /** debug only: a request's prompt (`requestId`, `prompt`). */
  prompt: 'prompt',
  /** warn: the API keys file could not be read again (`err`); the keys read before stay in force. */
  apiKeysUnreadable: 'api keys unreadable',
  /** info: the HTTPS certificate and key changed on disk and new connections are served with them. */
  tlsReloaded: 'https certificate reloaded',
  /** warn: the HTTPS certificate or key could not be read again, or do not match (`err`); the pair before stays. */
  tlsUnreadable: 'https certificate unreadable',
} as const;
