import { WorkerLog } from '@switchyard/log-events';
import { formatEndpoint } from '@switchyard/protocol';
import { WorkerMetrics } from '@switchyard/metrics';
import {
  AdmissionVerifier,
  appVersion,
  bootService,
  loadSessionKeysOrExit,
  membershipSettings,
  onShutdown,
  serveAdminOrExit,
  startOrExit,
} from '@switchyard/service-kit';
import { tokenIntervalMs as workerTokenIntervalMs, workerEnv } from './config.js';
import { createEngine } from './engine.js';
import { Worker } from './worker.js';

const runtime = await bootService('worker', workerEnv, {
  identity: (env) => ({ role: 'worker', name: env.WORKER_LABEL }),
});
const { config, tls } = runtime;
const logger = runtime.logger.child({ worker: config.WORKER_LABEL });
const sessionKeys = await loadSessionKeysOrExit('worker', config, logger);
const metrics = new WorkerMetrics(appVersion(import.meta.url));
const engine = await startOrExit(logger, () => createEngine(config, logger));
const worker = new Worker({
  label: config.WORKER_LABEL,
  listen: config.WORKER_ADDR,
  advertise: config.WORKER_ADVERTISE_ADDR,
  membership: membershipSettings(config),
  engine,
  maxSessions: config.WORKER_MAX_SESSIONS,
  maxSessionsPerAddress: config.WORKER_MAX_SESSIONS_PER_ADDRESS,
  admissions: new AdmissionVerifier(sessionKeys, config.WORKER_LABEL),
  shutdownGraceMs: config.WORKER_SHUTDOWN_GRACE_MS,
  failure:
    config.WORKER_FAILURE === 'off'
      ? undefined
      : { mode: config.WORKER_FAILURE, afterMs: config.WORKER_FAIL_AFTER_MS, recoveryMs: config.WORKER_RECOVERY_MS },
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
    worker.refreshMetrics();
    return metrics.exposition();
  },
  readiness: () => worker.readiness(),
});
const { port, advertise } = await startOrExit(logger, () => worker.start());
logger.info(
  {
    port,
    advertise: formatEndpoint(advertise),
    failure: config.WORKER_FAILURE,
    fault: config.WORKER_FAULT,
    engine: config.WORKER_ENGINE,
    model: engine.model,
    tokenIntervalMs: workerTokenIntervalMs(config),
  },
  WorkerLog.listening,
);
// Graceful: unavailable and leaving the cluster, GoAway to every client, streams finished, exit 0.
onShutdown(
  logger,
  () =>
    void Promise.all([worker.shutdown(), admin?.stop()]).then(async () => {
      await engine.close?.();
      process.exit(0);
    }),
);
