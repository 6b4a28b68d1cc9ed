import { loadConfigOrExit } from '@switchyard/config';
import { createLogger } from '@switchyard/logging';
import { resolveTls } from '@switchyard/transport-quic';
import { clientEnv } from './config.js';
import { ProgressLine } from './progress.js';
import { StreamClient } from './stream-client.js';

const config = loadConfigOrExit('client', clientEnv, process.env);
const progress = process.stdout.isTTY ? new ProgressLine(process.stdout, config.CLIENT_TOKENS) : undefined;
const logger = createLogger({ service: 'client', level: config.LOG_LEVEL, pretty: progress !== undefined, destination: progress?.output });
const tls = await resolveTls({
  caFile: config.TLS_CA_FILE,
  certFile: config.TLS_CERT_FILE,
  keyFile: config.TLS_KEY_FILE,
  devDir: config.TLS_DEV_DIR,
  devNames: config.TLS_DEV_NAMES,
});
if (tls.development) logger.warn({ dir: config.TLS_DEV_DIR }, 'using development TLS material');

const client = new StreamClient({
  director: config.DIRECTOR_TARGET,
  serverName: config.TLS_SERVER_NAME,
  tokens: config.CLIENT_TOKENS,
  prompt: config.CLIENT_PROMPT,
  heartbeatIntervalMs: config.CLIENT_HEARTBEAT_INTERVAL_MS,
  heartbeatTimeoutMs: config.CLIENT_HEARTBEAT_TIMEOUT_MS,
  stallProbe: config.CLIENT_STALL_PROBE === 'on',
  retryMs: config.CLIENT_RETRY_MS,
  noWorkerRetryMs: config.CLIENT_NO_WORKER_RETRY_MS,
  retryMaxMs: config.CLIENT_RETRY_MAX_MS,
  tls: tls.material,
  maxUdpPayloadBytes: config.QUIC_MAX_UDP_PAYLOAD,
  logger,
});

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    logger.info({ signal }, 'client stopping');
    stop.abort();
  });
}
logger.info({ director: config.DIRECTOR_TARGET, tokens: config.CLIENT_TOKENS }, 'client starting');
progress?.start(() => client.status());
const summary = await client.run(stop.signal);
progress?.stop();
logger.info(summary, 'summary');
// Let the log line reach stdout before exiting.
logger.flush(() => process.exit(0));
