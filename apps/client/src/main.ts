import { bootService, onShutdown } from '@switchyard/service-kit';
import { clientEnv } from './config.js';
import { ProgressLine } from './progress.js';
import { StreamClient } from './stream-client.js';

let progress: ProgressLine | undefined;
const { config, logger, tls } = await bootService('client', clientEnv, (env) => {
  // On a terminal: pretty logs, with a live progress line kept below them.
  if (!process.stdout.isTTY) return {};
  progress = new ProgressLine(process.stdout, env.CLIENT_TOKENS);
  return { pretty: true, destination: progress.output };
});
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
  tls,
  maxUdpPayloadBytes: config.QUIC_MAX_UDP_PAYLOAD,
  logger,
});

const stop = new AbortController();
onShutdown(logger, () => stop.abort());
logger.info({ director: config.DIRECTOR_TARGET, tokens: config.CLIENT_TOKENS }, 'client starting');
progress?.start(() => client.status());
const summary = await client.run(stop.signal);
progress?.stop();
logger.info(summary, 'summary');
// Let the last lines reach stdout before exiting.
logger.flush(() => process.exit(0));
