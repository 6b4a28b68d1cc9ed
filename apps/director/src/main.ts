import { DirectorLog } from '@switchyard/log-events';
import { bootService, membershipSettings, onShutdown, startOrExit } from '@switchyard/service-kit';
import { directorEnv } from './config.js';
import { Director } from './director.js';

const { config, logger, tls } = await bootService('director', directorEnv, {
  identity: (env) => ({ role: 'director', name: env.DIRECTOR_NAME }),
});
const director = new Director({
  clientAddr: config.DIRECTOR_CLIENT_ADDR,
  mgmtAddr: config.DIRECTOR_MGMT_ADDR,
  membership: membershipSettings(config),
  assignWaitMs: config.DIRECTOR_ASSIGN_WAIT_MS,
  tls,
  maxUdpPayloadBytes: config.QUIC_MAX_UDP_PAYLOAD,
  maxConnectionsPerPeer: config.QUIC_MAX_CONNECTIONS_PER_PEER,
  logger,
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
onShutdown(logger, () => void director.stop().then(() => process.exit(0)));
