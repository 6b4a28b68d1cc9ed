import { loadConfigOrExit } from '@switchyard/config';
import { createLogger } from '@switchyard/logging';
import { resolveTls } from '@switchyard/transport-quic';
import { directorEnv } from './config.js';
import { Director } from './director.js';

const config = loadConfigOrExit('director', directorEnv, process.env);
const logger = createLogger({ service: 'director', level: config.LOG_LEVEL });
const tls = await resolveTls({
  caFile: config.TLS_CA_FILE,
  certFile: config.TLS_CERT_FILE,
  keyFile: config.TLS_KEY_FILE,
  devDir: config.TLS_DEV_DIR,
  devNames: config.TLS_DEV_NAMES,
});
if (tls.development) logger.warn({ dir: config.TLS_DEV_DIR }, 'using development TLS material');

const director = new Director({
  clientAddr: config.DIRECTOR_CLIENT_ADDR,
  mgmtAddr: config.DIRECTOR_MGMT_ADDR,
  workerTtlMs: config.DIRECTOR_WORKER_TTL_MS,
  tls: tls.material,
  maxUdpPayloadBytes: config.QUIC_MAX_UDP_PAYLOAD,
  logger,
});
const ports = await director.start();
logger.info({ ...ports, host: config.DIRECTOR_CLIENT_ADDR.host, mgmtHost: config.DIRECTOR_MGMT_ADDR.host, workerTtlMs: config.DIRECTOR_WORKER_TTL_MS }, 'director listening');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'director stopping');
    void director.stop().then(() => process.exit(0));
  });
}
