import { afterEach, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@switchyard/time/testing';
import { ClientLog } from '@switchyard/log-events';
import { createLogSink } from '@switchyard/logging/testing';
import { settle } from '@switchyard/rpc/testing';
import { StreamSession } from '@switchyard/session';
import { InProcessCluster } from '@switchyard/session/testing';
import { logSessionEvents } from './session-logging.js';

// The client CLI's log lines (README "Logs") from a real session, in-process: directors and workers on
// in-memory streams, a manual clock.

const D1 = { host: 'director-1', port: 61000 };
let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

function run(options: { directors?: (typeof D1)[] } = {}) {
  const clock = new ManualClock({ settle: () => settle(10) });
  const cluster = new InProcessCluster(clock);
  cluster.addDirector(D1);
  for (const label of ['w1', 'w2']) {
    cluster.addWorker(label, { host: `${label}.workers`, port: 62000 }).onStream = (stream) => stream.every(500);
  }
  const logs = createLogSink('client', 'debug');
  const session = new StreamSession({
    directors: options.directors ?? [D1],
    prompt: 'p',
    dial: (endpoint) => cluster.network.dial(endpoint),
    clock,
    random: () => 0.5,
  });
  logSessionEvents(session, logs.logger);
  const abort = new AbortController();
  const consuming = (async () => {
    for await (const token of session.tokens({ signal: abort.signal })) void token;
  })();
  stop = async () => {
    abort.abort();
    await consuming;
    await cluster.close();
  };
  const until = async (predicate: () => boolean) => {
    while (!predicate()) await clock.advance(100);
  };
  return { clock, cluster, logs, session, until };
}

describe('client log lines', () => {
  it('worker assigned, failover with its reason, resumed: the lines the README documents', async () => {
    const h = run();
    await h.until(() => h.session.status().tokens >= 3);
    h.cluster.worker('w1').stream.fail('w1 failed (simulated failure)');
    await h.until(() => h.logs.find(ClientLog.resumed).length > 0);

    const sessionId = h.session.status().sessionId;
    expect(h.logs.find(ClientLog.workerAssigned)).toEqual([
      expect.objectContaining({ sessionId, worker: 'w1', endpoint: 'w1.workers:62000', director: 'director-1:61000' }),
      expect.objectContaining({ sessionId, worker: 'w2', endpoint: 'w2.workers:62000', excluded: 'w1' }),
    ]);
    expect(h.logs.find(ClientLog.failover)).toEqual([
      expect.objectContaining({
        sessionId,
        from: 'w1',
        reason: 'error-frame',
        lastSequence: 3,
        err: expect.stringContaining('w1 failed (simulated failure)'),
      }),
    ]);
    expect(h.logs.find(ClientLog.resumed)).toEqual([
      expect.objectContaining({ sessionId, worker: 'w2', afterSequence: 3 }),
    ]);
    expect(h.logs.find(ClientLog.streamConnected).map((line) => line.worker)).toEqual(['w1', 'w2']);
  });

  it('director unreachable and no worker available, each with the delay before the next try', async () => {
    const h = run();
    h.cluster.kill(D1);
    await h.until(() => h.logs.find(ClientLog.directorUnreachable).length >= 2);
    expect(h.logs.find(ClientLog.directorUnreachable).map((line) => [line.director, line.retryInMs])).toEqual([
      ['director-1:61000', 1000],
      ['director-1:61000', 2000],
    ]);
    for (const director of h.cluster.directors) for (const label of ['w1', 'w2']) director.setAvailable(label, false);
    h.cluster.network.listen(D1, h.cluster.directors[0].server);
    await h.until(() => h.logs.find(ClientLog.noWorkerAvailable).length >= 2);
    expect(h.logs.find(ClientLog.noWorkerAvailable).map((line) => line.retryInMs)).toEqual([2000, 4000]);
  });

  it('rate-limited by the director, with the delay the director asked for', async () => {
    const h = run();
    h.cluster.directors[0].rateLimitedCalls = 1;
    h.cluster.directors[0].retryAfterMs = 5000;
    await h.until(() => h.session.status().tokens >= 1);
    expect(h.logs.find(ClientLog.rateLimited)).toEqual([
      expect.objectContaining({
        director: 'director-1:61000',
        retryInMs: 5000,
        err: expect.stringContaining('too many'),
      }),
    ]);
    expect(h.logs.find(ClientLog.directorUnreachable)).toEqual([]);
  });
});
