import type { ClientMetrics, Readiness } from '@switchyard/metrics';
import type { StreamSession, Token } from '@switchyard/session';

/** What the client measures of its session: fed by the session's events and by each token the CLI takes. */
export interface SessionMetrics {
  /** Call for every token taken from `session.tokens()`. */
  token(token: Token): void;
  /** Ready while a token stream from a worker is live. */
  readiness(): Readiness;
}

/** Counts a session's tokens, failovers and timings into `metrics`; `now` is a monotonic clock in ms. */
export function measureSession(session: StreamSession, metrics: ClientMetrics, now: () => number): SessionMetrics {
  const started = now();
  let live = false;
  let last: { worker: string; at: number } | undefined;
  session.on('connected', () => {
    live = true;
    metrics.streaming.set(1);
  });
  session.on('failover', ({ reason, violation }) => {
    live = false;
    metrics.streaming.set(0);
    metrics.failovers.inc({ reason });
    if (violation) metrics.protocolViolations.inc({ kind: violation });
  });
  session.on('resumed', ({ failoverMs }) => metrics.failoverDuration.observe(failoverMs / 1000));
  return {
    token(token) {
      const at = now();
      // Engine tokens: a chunk carries one or more (one, when it has text alone).
      metrics.tokensReceived.inc(Math.max(1, token.tokenIds.length));
      if (!last) metrics.firstToken.observe((at - started) / 1000);
      // Across a failover the wait is the failover's, measured by its own histogram.
      else if (last.worker === token.worker) metrics.interTokenDelay.observe((at - last.at) / 1000);
      last = { worker: token.worker, at };
    },
    readiness() {
      return { ready: live, checks: { streaming: live } };
    },
  };
}
