import { ClientLog, DirectorLog, WorkerLog } from '@switchyard/log-events';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Cluster } from '@switchyard/service-harness';
import { describeWith } from '@switchyard/service-harness/testing';
import { deliveredExactly, fastCluster, removeTls, writeTls, type TlsFixture } from './harness/cluster.js';
import { NetLab } from './harness/netlab.js';

// Each service on its own host (network namespace) with its own address; the serving worker's
// link is cut instead of its process being killed, so nothing tells the client: no error, no
// closed socket, only silence.
const lab = new NetLab(`sy${process.pid}`, {
  director: '10.77.0.1',
  w1: '10.77.0.11',
  w2: '10.77.0.12',
  client: '10.77.0.21',
});
let tls: TlsFixture;
let cluster: Cluster;
// Services dial IP addresses: each one's certificate names its own (TLS_DEV_NAMES), and dialers check the
// IP SANs with no server name configured.

describeWith(['root', 'ip'], 'separate hosts (network namespaces)', () => {
  beforeAll(async () => {
    tls = await writeTls();
    lab.up();
  });
  afterAll(async () => {
    await cluster?.stop();
    lab.down();
    await removeTls(tls);
  });

  it('cutting the serving worker off the network: the client fails over and completes with no gap or duplicate', async () => {
    cluster = fastCluster(tls);
    const director = cluster.start(
      'director',
      {
        DIRECTOR_CLIENT_ADDR: '0.0.0.0:61000',
        DIRECTOR_MGMT_ADDR: '0.0.0.0:61001',
        MEMBERSHIP_ADDR: '0.0.0.0:61002',
        MEMBERSHIP_SEEDS: 'none',
        TLS_DEV_NAMES: lab.hosts.director,
      },
      { netns: lab.ns('director'), name: 'director' },
    );
    await director.waitForMsg(DirectorLog.listening);
    for (const label of ['w1', 'w2'] as const) {
      const worker = cluster.start(
        'worker',
        {
          WORKER_LABEL: label,
          WORKER_ADDR: '0.0.0.0:62001',
          WORKER_ADVERTISE_ADDR: `${lab.hosts[label]}:62001`,
          MEMBERSHIP_ADDR: '0.0.0.0:63001',
          MEMBERSHIP_SEEDS: '10.77.0.1:61002',
          TLS_DEV_NAMES: lab.hosts[label],
        },
        { netns: lab.ns(label), name: label },
      );
      await worker.waitForMsg(WorkerLog.joined);
      await director.waitForMsg(DirectorLog.workerAvailable, { worker: label });
    }
    const client = cluster.start(
      'client',
      { DIRECTOR_TARGET: '10.77.0.1:61000', CLIENT_TOKENS: '40' },
      { netns: lab.ns('client'), name: 'client' },
    );
    await client.waitFor('token 10', (e) => e.msg === ClientLog.token && (e.sequence as number) >= 10);
    const serving = client.find(ClientLog.workerAssigned)[0];
    expect(serving.endpoint).toBe(`${lab.hosts[serving.worker as string]}:62001`);

    lab.cut(serving.worker as string);

    const failover = await client.waitForMsg(ClientLog.failover);
    expect(failover.from).toBe(serving.worker);
    expect(['stall', 'heartbeat']).toContain(failover.reason);
    await deliveredExactly(client, 40);
    // The director's membership finds the cut worker unreachable and stops assigning it.
    await director.waitForMsg(DirectorLog.workerUnavailable, { worker: serving.worker });
  });
});
