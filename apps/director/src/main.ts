import { DirectorLog } from '@switchyard/log-events';
import { DirectorMetrics } from '@switchyard/metrics';
import {
  AdmissionSigner,
  appVersion,
  bootService,
  loadSessionKeysOrExit,
  membershipSettings,
  onShutdown,
  serveAdminOrExit,
  startOrExit,
} from '@switchyard/service-kit';
import { directorEnv } from './config.js';
import { Director } from './director.js';

const { config, logger, tls } = await bootService('director', directorEnv, {
  identity: (env) => ({ role: 'director', name: env.DIRECTOR_NAME }),
});
const sessionKeys = await loadSessionKeysOrExit('director', config, logger);
const metrics = new DirectorMetrics(appVersion(import.meta.url));
const director = new Director({
  clientAddr: config.DIRECTOR_CLIENT_ADDR,
  mgmtAddr: config.DIRECTOR_MGMT_ADDR,
  membership: membershipSettings(config),
  assignWaitMs: config.DIRECTOR_ASSIGN_WAIT_MS,
  assignment: config.DIRECTOR_ASSIGNMENT,
  admissions: new AdmissionSigner(sessionKeys.current, { ttlMs: config.DIRECTOR_ADMISSION_TTL_MS }),
  assignRateLimit: { perSecond: config.DIRECTOR_ASSIGN_RATE, burst: config.DIRECTOR_ASSIGN_BURST },
  tls,
  maxUdpPayloadBytes: config.QUIC_MAX_UDP_PAYLOAD,
  maxConnectionsPerPeer: config.QUIC_MAX_CONNECTIONS_PER_PEER,
  maxConnections: config.QUIC_MAX_CONNECTIONS,
  maxUnvalidatedHandshakes: config.QUIC_UNVALIDATED_HANDSHAKES,
  metrics,
  logger,
});
const admin = await serveAdminOrExit(logger, config.ADMIN_ADDR, {
  metrics: () => {
    director.refreshMetrics();
    return metrics.exposition();
  },
  readiness: () => director.readiness(),
});
const ports = await startOrExit(logger, () => director.start());
logger.info(
  {
    ...ports,
    host: config.DIRECTOR_CLIENT_ADDR.host,
    mgmtHost: config.DIRECTOR_MGMT_ADDR.host,
  },
  DirectorLog.listening,
);
onShutdown(logger, () => void Promise.all([director.stop(), admin?.stop()]).then(() => process.exit(0)));
