import { ClientLog } from '@switchyard/log-events';
import { formatEndpoint } from '@switchyard/protocol';
import { ClientMetrics } from '@switchyard/metrics';
import {
  DirectorTargets,
  appVersion,
  bootService,
  onShutdown,
  serveAdminOrExit,
  sessionDial,
} from '@switchyard/service-kit';
import { StreamSession } from '@switchyard/session';
import { clientEnv } from './config.js';
import { ProgressLine } from './progress.js';
import { logSessionEvents } from './session-logging.js';
import { measureSession } from './session-metrics.js';

let progress: ProgressLine | undefined;
const { config, logger, tls } = await bootService('client', clientEnv, {
  // A client authenticates nobody: it needs only the CA.
  identity: () => undefined,
  logging: (env) => {
    // On a terminal: pretty logs, with a live progress line kept below them.
    if (!process.stdout.isTTY) return {};
    progress = new ProgressLine(process.stdout, env.CLIENT_TOKENS);
    return { pretty: true, destination: progress.output };
  },
});
const quicLogger = logger.child({ component: 'quic' });
const metrics = new ClientMetrics(appVersion(import.meta.url));
const rpc = { onCallEnd: metrics.rpcCallEnded('client') };
const directors = new DirectorTargets(config.DIRECTOR_TARGET);
const session = new StreamSession({
  directors: await directors.resolve(),
  refreshDirectors: () => directors.resolve(),
  prompt: config.CLIENT_PROMPT,
  model: config.CLIENT_MODEL,
  sampling: { maxTokens: config.CLIENT_MAX_TOKENS },
  allowInexact: config.CLIENT_ALLOW_INEXACT === 'on',
  dial: sessionDial(directors, {
    serverName: config.TLS_SERVER_NAME,
    tls,
    maxUdpPayloadBytes: config.QUIC_MAX_UDP_PAYLOAD,
    observer: metrics.transport,
    rpc,
    logger: quicLogger,
  }),
  heartbeatIntervalMs: config.CLIENT_HEARTBEAT_INTERVAL_MS,
  heartbeatTimeoutMs: config.CLIENT_HEARTBEAT_TIMEOUT_MS,
  connectTimeoutMs: config.CLIENT_CONNECT_TIMEOUT_MS,
  directorTimeoutMs: config.CLIENT_DIRECTOR_TIMEOUT_MS,
  firstTokenTimeoutMs: config.CLIENT_FIRST_TOKEN_TIMEOUT_MS,
  progressTimeoutMs: config.CLIENT_PROGRESS_TIMEOUT_MS,
  stallProbe: config.CLIENT_STALL_PROBE === 'on',
  retryMs: config.CLIENT_RETRY_MS,
  noWorkerRetryMs: config.CLIENT_NO_WORKER_RETRY_MS,
  retryMaxMs: config.CLIENT_RETRY_MAX_MS,
});
logSessionEvents(session, logger);
const measured = measureSession(session, metrics, () => performance.now());
const admin = await serveAdminOrExit(logger, config.ADMIN_ADDR, {
  metrics: () => metrics.exposition(),
  readiness: () => measured.readiness(),
});

const stop = new AbortController();
onShutdown(logger, () => stop.abort());
logger.info({ directors: directors.current.map(formatEndpoint), tokens: config.CLIENT_TOKENS }, ClientLog.starting);
progress?.start(() => session.status());
let exitCode = 0;
try {
  for await (const token of session.tokens({ signal: stop.signal })) {
    measured.token(token);
    const { sequence, text, tokenIds } = token;
    logger.debug({ sessionId: session.status().sessionId, sequence, text, tokenIds }, ClientLog.token);
    if (config.CLIENT_TOKENS > 0 && token.sequence >= config.CLIENT_TOKENS) break;
  }
} catch (error) {
  // A worker refused the request itself: no other worker would take it either.
  const { code, message } = error as { code?: number; message: string };
  logger.error({ sessionId: session.status().sessionId, code, err: message }, ClientLog.refused);
  exitCode = 1;
}
progress?.stop();
await admin?.stop();
logger.info(session.summary(), ClientLog.summary);
// Let the last lines reach stdout before exiting.
logger.flush(() => process.exit(exitCode));
