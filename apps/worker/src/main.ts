import { loadConfigOrExit } from '@switchyard/config';
import { createLogger } from '@switchyard/logging';
import { resolveTls } from '@switchyard/transport-quic';
import { workerEnv } from './config.js';
import { Worker } from './worker.js';

const config = loadConfigOrExit('worker', workerEnv, process.env);
const logger = createLogger({ service: 'worker', level: config.LOG_LEVEL }).child({ worker: config.WORKER_LABEL });
const tls = await resolveTls({
  caFile: config.TLS_CA_FILE,
  certFile: config.TLS_CERT_FILE,
  keyFile: config.TLS_KEY_FILE,
  devDir: config.TLS_DEV_DIR,
  devNames: config.TLS_DEV_NAMES,
});
if (tls.development) logger.warn({ dir: config.TLS_DEV_DIR }, 'using development TLS material');

const worker = new Worker({
  label: config.WORKER_LABEL,
  listen: config.WORKER_ADDR,
  advertise: config.WORKER_ADVERTISE_ADDR,
  director: config.DIRECTOR_MGMT_TARGET,
  serverName: config.TLS_SERVER_NAME,
  heartbeatIntervalMs: config.WORKER_HEARTBEAT_INTERVAL_MS,
  tokenIntervalMs: config.WORKER_TOKEN_INTERVAL_MS,
  failure: config.WORKER_FAILURE === 'simulated' ? { afterMs: config.WORKER_FAIL_AFTER_MS, recoveryMs: config.WORKER_RECOVERY_MS } : undefined,
  tls: tls.material,
  maxUdpPayloadBytes: config.QUIC_MAX_UDP_PAYLOAD,
  logger,
});
const { port, advertise } = await worker.start();
logger.info({ port, advertise, failure: config.WORKER_FAILURE, tokenIntervalMs: config.WORKER_TOKEN_INTERVAL_MS }, 'worker listening');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker stopping');
    void worker.shutdown().then(() => process.exit(0));
  });
}
