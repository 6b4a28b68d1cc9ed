import { GatewayLog } from '@switchyard/log-events';
import { DirectorService, formatEndpoint } from '@switchyard/protocol';
import { createClient } from '@switchyard/rpc';
import { GatewayMetrics } from '@switchyard/metrics';
import {
  DirectorTargets,
  appVersion,
  bootService,
  onShutdown,
  serveAdminOrExit,
  sessionDial,
  startOrExit,
} from '@switchyard/service-kit';
import { StreamSession } from '@switchyard/session';
import { systemClock } from '@switchyard/time';
import { ApiKeys } from './api-keys.js';
import { gatewayEnv } from './config.js';
import { Gateway } from './gateway.js';
import { WatchedTls } from './tls-files.js';

const { config, logger, tls } = await bootService('gateway', gatewayEnv, {
  // Like a client, it proves no identity to directors and workers: it needs only the CA.
  identity: () => undefined,
});
const directors = new DirectorTargets(config.DIRECTOR_TARGET);
const apiKeys =
  config.GATEWAY_API_KEYS_FILE === undefined
    ? undefined
    : await startOrExit(
        logger,
        async () =>
          new ApiKeys(config.GATEWAY_API_KEYS_FILE!, (err) => logger.warn({ err }, GatewayLog.apiKeysUnreadable)),
      );
const https =
  config.GATEWAY_TLS_CERT_FILE === undefined
    ? undefined
    : await startOrExit(
        logger,
        async () =>
          new WatchedTls(
            config.GATEWAY_TLS_CERT_FILE!,
            config.GATEWAY_TLS_KEY_FILE!,
            (files) => {
              gateway.setTls(files);
              logger.info(GatewayLog.tlsReloaded);
            },
            (err) => logger.warn({ err }, GatewayLog.tlsUnreadable),
          ),
      );
const quicLogger = logger.child({ component: 'quic' });
/** How long a connection to a director may take when listing models. */
const MODELS_CONNECT_TIMEOUT_MS = 3000;
const metrics = new GatewayMetrics(appVersion(import.meta.url));
const dial = sessionDial(directors, {
  serverName: config.TLS_SERVER_NAME,
  tls,
  maxUdpPayloadBytes: config.QUIC_MAX_UDP_PAYLOAD,
  observer: metrics.transport,
  logger: quicLogger,
});
const gateway = new Gateway({
  openSession: ({ prompt, model, sampling }) =>
    new StreamSession({
      directors: directors.current,
      refreshDirectors: () => directors.resolve(),
      prompt,
      model,
      sampling,
      allowInexact: config.GATEWAY_ALLOW_INEXACT === 'on',
      dial,
    }),
  listModels: async (signal) => {
    // The first director that answers; each call on a connection of its own, closed after.
    let last: unknown = new Error('no director');
    for (const endpoint of directors.current) {
      try {
        const connection = await dial(endpoint, {
          timeoutMs: MODELS_CONNECT_TIMEOUT_MS,
          signal,
          peer: { role: 'director' },
        });
        try {
          const answer = await createClient(DirectorService, connection.client).listModels({}, { signal });
          return answer.models.map((model) => ({ id: model.id ?? '', workers: model.workers ?? 0 }));
        } finally {
          await connection.close();
        }
      } catch (error) {
        last = error;
        if (signal.aborted) break;
      }
    }
    throw last;
  },
  chatTemplate: config.GATEWAY_CHAT_TEMPLATE,
  apiKeys,
  requestTimeoutMs: config.GATEWAY_REQUEST_TIMEOUT_MS,
  maxBodyBytes: config.GATEWAY_MAX_BODY_BYTES,
  maxConcurrent: config.GATEWAY_MAX_CONCURRENT,
  maxConcurrentPerKey: config.GATEWAY_MAX_CONCURRENT_PER_KEY,
  tokensPerMinutePerKey: config.GATEWAY_TOKENS_PER_MINUTE_PER_KEY,
  maxConnections: config.GATEWAY_MAX_CONNECTIONS,
  tls: https?.current,
  corsOrigins: config.GATEWAY_CORS_ORIGINS,
  clock: systemClock,
  metrics,
  logger,
});
await directors.resolve();
let listening = false;
const admin = await serveAdminOrExit(logger, config.ADMIN_ADDR, {
  metrics: () => metrics.exposition(),
  // Ready once its HTTP port takes requests; each request finds its worker through the directors.
  readiness: () => ({ ready: listening, checks: { listening } }),
});
const { host } = config.GATEWAY_ADDR;
const port = await startOrExit(logger, () => gateway.listen(host, config.GATEWAY_ADDR.port));
listening = true;
logger.info(
  {
    host,
    port,
    scheme: https ? 'https' : 'http',
    directors: directors.current.map(formatEndpoint),
    keys: apiKeys?.size ?? 0,
  },
  GatewayLog.listening,
);
onShutdown(logger, () => {
  apiKeys?.close();
  https?.close();
  void Promise.all([gateway.close(config.GATEWAY_SHUTDOWN_GRACE_MS), admin?.stop()]).then(() => process.exit(0));
});
