import { ClientLog, DirectorLog, MemberLog, WorkerLog } from '@switchyard/log-events';
import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals';
import type { Cluster, ServiceProcess } from '@switchyard/service-harness';
import { describeWith } from '@switchyard/service-harness/testing';
import { deliveredExactly, fastCluster, removeTls, streamingAt, writeTls, type TlsFixture } from './harness/cluster.js';
import { NetLab } from './harness/netlab.js';

// Three directors and three workers, every one a process on its own host (network namespace), joined through
// membership; clients ask any director. Directors seed from each other, workers from the directors.
const lab = new NetLab(`sm${process.pid}`, {
  d1: '10.78.0.1',
  d2: '10.78.0.2',
  d3: '10.78.0.3',
  w1: '10.78.0.11',
  w2: '10.78.0.12',
  w3: '10.78.0.13',
  c1: '10.78.0.21',
  c2: '10.78.0.22',
});
const DIRECTORS = ['d1', 'd2', 'd3'] as const;
const WORKERS = ['w1', 'w2', 'w3'] as const;
const SEEDS = DIRECTORS.map((d) => `${lab.hosts[d]}:61002`).join(',');
const memberId = (role: string, name: string) => `spiffe://switchyard/${role}/${name}`;

let tls: TlsFixture;
let cluster: Cluster;
let directors: Record<string, ServiceProcess>;
let workers: Record<string, ServiceProcess>;

function startDirector(name: string): ServiceProcess {
  return cluster.start(
    'director',
    {
      DIRECTOR_NAME: name,
      DIRECTOR_CLIENT_ADDR: '0.0.0.0:61000',
      DIRECTOR_MGMT_ADDR: '0.0.0.0:61001',
      MEMBERSHIP_ADDR: '0.0.0.0:61002',
      MEMBERSHIP_SEEDS: SEEDS,
      TLS_DEV_NAMES: lab.hosts[name],
    },
    { netns: lab.ns(name), name },
  );
}

function startWorker(label: string): ServiceProcess {
  return cluster.start(
    'worker',
    {
      WORKER_LABEL: label,
      WORKER_ADDR: '0.0.0.0:62001',
      WORKER_ADVERTISE_ADDR: `${lab.hosts[label]}:62001`,
      MEMBERSHIP_ADDR: '0.0.0.0:63001',
      MEMBERSHIP_SEEDS: SEEDS,
      TLS_DEV_NAMES: lab.hosts[label],
    },
    { netns: lab.ns(label), name: label },
  );
}

function startClient(host: 'c1' | 'c2', tokens: number, directorOrder: readonly string[] = DIRECTORS) {
  const targets = directorOrder.map((d) => `${lab.hosts[d]}:61000`).join(',');
  return cluster.start(
    'client',
    { DIRECTOR_TARGET: targets, CLIENT_TOKENS: String(tokens) },
    { netns: lab.ns(host), name: host },
  );
}

/** Resolves once `director` has logged that `worker` is available, after `since` (epoch ms). */
function seenAvailable(director: ServiceProcess, worker: string, since: number) {
  return director.waitFor(
    `${worker} available`,
    (e) => e.msg === DirectorLog.workerAvailable && e.worker === worker && e.time >= since,
  );
}

/** The three directors and three workers, once every director sees every worker available. */
async function startAll(): Promise<void> {
  cluster = fastCluster(tls);
  const since = Date.now();
  directors = Object.fromEntries(DIRECTORS.map((d) => [d, startDirector(d)]));
  await Promise.all(Object.values(directors).map((d) => d.waitForMsg(DirectorLog.listening)));
  workers = Object.fromEntries(WORKERS.map((w) => [w, startWorker(w)]));
  await Promise.all(Object.values(workers).map((w) => w.waitForMsg(WorkerLog.joined)));
  await Promise.all(DIRECTORS.flatMap((d) => WORKERS.map((w) => seenAvailable(directors[d], w, since))));
}

describeWith(['root', 'ip'], 'membership: three directors, three workers, separate hosts', () => {
  beforeAll(async () => {
    tls = await writeTls();
    lab.up();
  });
  afterEach(async () => {
    await cluster.stop();
  });
  afterAll(async () => {
    lab.down();
    await removeTls(tls);
  });

  it('a director killed -9 while clients stream: streams go on, and a client needing a worker asks another director', async () => {
    await startAll();
    const c1 = startClient('c1', 60);
    const c2 = startClient('c2', 60, ['d2', 'd3', 'd1']);
    const serving = await streamingAt(c1, 10);
    await streamingAt(c2, 10);
    // c1 got its worker from the director its log names (d1, first in its list, unless d1 was slower to answer than
    // the hedge budget and d2 answered first); that director dies, then c1's worker.
    const assigned = c1.find(ClientLog.workerAssigned)[0];
    const sessionId = assigned.sessionId;
    const assigner = DIRECTORS.find((d) => `${lab.hosts[d]}:61000` === assigned.director)!;
    expect(directors[assigner].find(DirectorLog.workerAssigned, { sessionId, worker: serving })).toHaveLength(1);
    const survivors = DIRECTORS.filter((d) => d !== assigner).map((d) => directors[d]);

    await directors[assigner].kill();
    const killedAt = Date.now();
    await workers[serving].kill();

    const summary = await deliveredExactly(c1, 60);
    expect(summary.failovers).toBeGreaterThanOrEqual(1);
    const reassigned = survivors.flatMap((d) =>
      d.find(DirectorLog.workerAssigned, { sessionId }).filter((e) => e.time >= killedAt),
    );
    expect(reassigned.length).toBeGreaterThanOrEqual(1);
    expect(reassigned[0].worker).not.toBe(serving);
    await deliveredExactly(c2, 60);
    // The survivors find the director dead (it did not leave: it was killed).
    for (const d of survivors) await d.waitForMsg(MemberLog.dead, { member: memberId('director', assigner) });
  });

  it('a worker partitioned away: every director stops assigning it, and it rejoins when the partition heals', async () => {
    await startAll();
    lab.cut('w1');

    // How soon is measured by `npm run bench:membership`; here, that every director gets there.
    await Promise.all(DIRECTORS.map((d) => directors[d].waitForMsg(DirectorLog.workerUnavailable, { worker: 'w1' })));
    // Meanwhile clients get the other workers from every director.
    const c1 = startClient('c1', 10);
    const c2 = startClient('c2', 10, ['d3', 'd2', 'd1']);
    for (const client of [c1, c2]) {
      const summary = await deliveredExactly(client, 10);
      expect(summary.perWorker.w1).toBeUndefined();
    }

    const healedAt = Date.now();
    lab.heal('w1');
    await Promise.all(DIRECTORS.map((d) => seenAvailable(directors[d], 'w1', healedAt)));
    // w1 refuted its suspicion (or death) with a higher incarnation: alive again everywhere.
    for (const d of DIRECTORS) {
      const back = directors[d].find(MemberLog.joined, { member: memberId('worker', 'w1') }).at(-1)!;
      expect(back.time).toBeGreaterThanOrEqual(healedAt);
      expect(back.incarnation).toBeGreaterThan(0);
    }
  });

  it('a worker restarted under the same identity after it was found dead: refuted, not stuck dead', async () => {
    await startAll();
    await workers.w3.kill();
    await Promise.all(
      DIRECTORS.map((d) => directors[d].waitForMsg(MemberLog.dead, { member: memberId('worker', 'w3') })),
    );

    const restartedAt = Date.now();
    workers.w3 = startWorker('w3');
    await Promise.all(DIRECTORS.map((d) => seenAvailable(directors[d], 'w3', restartedAt)));
    for (const d of DIRECTORS) {
      const back = directors[d].find(MemberLog.joined, { member: memberId('worker', 'w3') }).at(-1)!;
      expect(back.time).toBeGreaterThanOrEqual(restartedAt);
      expect(back.incarnation).toBeGreaterThan(0);
    }
  });
});
