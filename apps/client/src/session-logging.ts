import { ClientLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import { formatEndpoint } from '@switchyard/protocol';
import type { StreamSession } from '@switchyard/session';

/** Writes a session's events as the client's log lines (README "Logs"). */
export function logSessionEvents(session: StreamSession, logger: Logger): void {
  session.on('assigned', ({ sessionId, worker, endpoint, excluded, director }) =>
    logger.info(
      { sessionId, worker, endpoint: formatEndpoint(endpoint), excluded, director: formatEndpoint(director) },
      ClientLog.workerAssigned,
    ),
  );
  session.on('connected', (event) => logger.debug(event, ClientLog.streamConnected));
  session.on('stall', (event) => logger.debug(event, ClientLog.stallProbe));
  session.on('failover', ({ error, ...event }) => logger.warn({ ...event, err: error.message }, ClientLog.failover));
  session.on('resumed', (event) => logger.info(event, ClientLog.resumed));
  session.on('retry', ({ sessionId, cause, delayMs: retryInMs, director, error }) => {
    if (cause === 'no-worker') logger.info({ sessionId, retryInMs }, ClientLog.noWorkerAvailable);
    else if (cause === 'attempt-failed') logger.info({ sessionId, retryInMs }, ClientLog.retrying);
    else {
      const fields = { sessionId, director: director && formatEndpoint(director), err: error?.message, retryInMs };
      logger.warn(fields, cause === 'rate-limited' ? ClientLog.rateLimited : ClientLog.directorUnreachable);
    }
  });
}
