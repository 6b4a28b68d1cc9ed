import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { DirectorLog, MemberLog, WorkerLog } from '@switchyard/log-events';
import type { Packet } from '@switchyard/membership';
import { OwnCredentials, UdpMembershipTransport, encodeBody, seal } from '@switchyard/membership-transport';
import { DirectorService } from '@switchyard/protocol';
import { createClient } from '@switchyard/rpc';
import type { Cluster, ServiceProcess } from '@switchyard/service-harness';
import { describeWith } from '@switchyard/service-harness/testing';
import {
  connectRpc,
  createCertificateAuthority,
  issueCertificate,
  loadOrCreateDevTls,
  ROLE_USAGE,
  type RpcConnection,
} from '@switchyard/transport-quic';
import { deliveredExactly, fastCluster, removeTls, writeTls, type TlsFixture } from './harness/cluster.js';
import { NetLab } from './harness/netlab.js';

// The security review's membership attacks (findings 1, 2, 3 and 8) against real director and worker processes. For
// finding 2 (a flood of self-made certificates) the test counts what the flood cost the director, by its own
// metrics; what a flood at a given rate does to a cluster's timing depends on the CPU it leaves the members, a
// measurement (npm run bench:flood), not a check CI can make on a shared machine. Membership runs at its default
// timings (a probe a second), as deployed. Every wait is on an event (a log line, a token, an ack, a count in the
// director's metrics, which it renders at most once a second and is read until it shows the count); how long an
// attack lasts is set by a client's stream, and its rate is a parameter.

const member = (role: string, name: string) => `spiffe://switchyard/${role}/${name}`;
const W1 = member('worker', 'w1');
/** Membership as deployed: the defaults, not the fast timings of the other scenarios. */
const DEFAULT_MEMBERSHIP = {
  MEMBERSHIP_PROBE_INTERVAL_MS: '1000',
  MEMBERSHIP_GOSSIP_INTERVAL_MS: '200',
  MEMBERSHIP_PUSH_PULL_INTERVAL_MS: '30000',
};

let tls: TlsFixture;
let cluster: Cluster;
const closing: { close(): unknown }[] = [];

afterEach(async () => {
  for (const item of closing.splice(0).reverse()) await item.close();
  await cluster?.stop();
});

/** Suspicions and deaths of live members that `processes` logged since `since` (epoch ms). */
function accusations(
  processes: ServiceProcess[],
  since: number,
  kinds: string[] = [MemberLog.suspected, MemberLog.dead],
) {
  return processes.flatMap((p) =>
    kinds.flatMap((msg) =>
      p
        .find(msg)
        .filter((e) => e.time >= since)
        .map((e) => `${p.name}: ${msg} ${String(e.member)}`),
    ),
  );
}

/** A member identity of the CA (a worker certificate), speaking membership from the test process. */
async function insider(port = 0, host = '127.0.0.1') {
  const material = await loadOrCreateDevTls(tls.env.TLS_DEV_DIR, { role: 'worker', name: 'mallory' });
  const transport = await UdpMembershipTransport.open({ tls: material, bind: { host, port } });
  closing.push(transport);
  const acks = new Map<number, () => void>();
  transport.onPacket((_from, _sender, packet) => {
    if (packet.request?.type === 'ack') acks.get(packet.request.seq)?.();
  });
  return {
    transport,
    send(to: { host: string; port: number }, recipient: string, packet: Omit<Packet, 'from'>) {
      transport.send(to, { from: transport.id, ...packet }, { recipient });
    },
    /**
     * Pings `recipient` until it acks: it handles datagrams in order, so once it answers it has handled everything
     * sent before. A flooded socket may drop the ping; it is sent again each time the previous one went unanswered
     * for a second.
     */
    async pingUntilAnswered(to: { host: string; port: number }, recipient: string): Promise<void> {
      const seq = 1 + Math.floor(Math.random() * 2 ** 31);
      let timer: ReturnType<typeof setInterval> | undefined;
      const send = () =>
        transport.send(
          to,
          { from: transport.id, request: { type: 'ping', seq, target: recipient }, gossip: [] },
          { recipient },
        );
      await new Promise<void>((resolve) => {
        acks.set(seq, resolve);
        timer = setInterval(send, 1000);
        send();
      }).finally(() => {
        clearInterval(timer);
        acks.delete(seq);
      });
    },
  };
}

async function openSockets(count: number): Promise<Socket[]> {
  const sockets = await Promise.all(
    Array.from({ length: count }, async () => {
      const socket = createSocket('udp4');
      await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
      socket.on('error', () => undefined);
      return socket;
    }),
  );
  closing.push({
    close: () => Promise.all(sockets.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))),
  });
  return sockets;
}

/** The value of one series in a Prometheus text exposition (0 when it has no such series yet). */
function seriesValue(exposition: string, series: string): number {
  const line = exposition.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

async function assigner(): Promise<{ assign(): Promise<string> }> {
  const connection: RpcConnection = await connectRpc({
    tls: tls.trust,
    host: '127.0.0.1',
    port: cluster.directorPorts!.clientPort,
  });
  closing.push(connection);
  const director = createClient(DirectorService, connection.client);
  return { assign: async () => (await director.assignWorker({}, { timeoutMs: 5000 })).worker };
}

beforeAll(async () => {
  tls = await writeTls();
});
afterAll(async () => {
  await removeTls(tls);
});

describe('membership attacks on real processes', () => {
  it('finding 1: "w1 is dead at 2^53 - 1" (or 2^53) from a member identity: w1 stays alive and assigned', async () => {
    cluster = fastCluster(tls);
    const director = await cluster.startDirector();
    await cluster.startWorker('w1');
    const mallory = await insider();
    const d1 = { host: '127.0.0.1', port: cluster.directorPorts!.membershipPort };
    const since = Date.now();
    for (const incarnation of [Number.MAX_SAFE_INTEGER, 2 ** 53]) {
      mallory.send(d1, member('director', 'd1'), {
        gossip: [{ type: 'dead', id: W1, incarnation, from: mallory.transport.id, left: false }],
      });
    }
    await mallory.pingUntilAnswered(d1, member('director', 'd1'));
    expect(director.find(MemberLog.dead, { member: W1 }).filter((e) => e.time >= since)).toEqual([]);
    expect(await (await assigner()).assign()).toBe('w1');
  });

  it('finding 2: 2,000 datagrams from 100 sockets with self-made certificates: each certificate checked once, assignment goes on', async () => {
    cluster = fastCluster(tls);
    const director = await cluster.startDirector();
    await cluster.startWorker('w1');
    await cluster.startWorker('w2');
    const client = cluster.startClient({ CLIENT_TOKENS: '40' });
    const d1 = { host: '127.0.0.1', port: cluster.directorPorts!.membershipPort };
    const directorId = member('director', 'd1');
    // Each socket its own certificate, from a CA of the attacker's, naming a worker identity. A hundred: the first
    // round fits the budgets of unauthenticated traffic and of new certificates, so every one of them is checked.
    const forger = await createCertificateAuthority({ name: 'switchyard CA' });
    const strangers = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const identity = { role: 'worker' as const, name: `x${i}` };
        return new OwnCredentials({
          ca: forger.cert,
          ...(await issueCertificate(forger, { identity, usage: ROLE_USAGE.worker })),
        });
      }),
    );
    const datagrams = strangers.map((s) =>
      seal(
        s,
        encodeBody({
          kind: 'packet',
          packet: { from: s.id, request: { type: 'ping', seq: 1, target: directorId }, gossip: [] },
        }),
        { destination: directorId },
      ),
    );
    const sockets = await openSockets(strangers.length);
    // A member of the CA pings the director between batches: it answers once it has handled every datagram sent
    // before, so no batch waits in a receive buffer that could overflow. Its first ping earns it the director's cookie,
    // so the flood's budgets do not apply to it (as to no member).
    const mallory = await insider();
    await mallory.pingUntilAnswered(d1, directorId);
    const assign = (await assigner()).assign;
    let sent = 0;
    const round = async () => {
      for (let start = 0; start < sockets.length; start += 50) {
        await Promise.all(
          sockets
            .slice(start, start + 50)
            .map(
              (socket, i) =>
                new Promise((resolve) => socket.send(datagrams[start + i], d1.port, d1.host, () => resolve(sent++))),
            ),
        );
        await mallory.pingUntilAnswered(d1, directorId);
      }
    };
    // The director renders /metrics at most once a second: read until it counts every datagram sent so far (the pings
    // between batches mean each was handled).
    const url = `${await director.adminUrl()}/metrics`;
    const rejected = (text: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith('switchyard_membership_datagrams_total{result="rejected"'))
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
    const countedAll = async () => {
      for (;;) {
        const text = await (await fetch(url)).text();
        if (rejected(text) >= sent) return seriesValue(text, 'switchyard_membership_certificate_checks_total');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };

    await round();
    const afterFirst = await countedAll();
    // Every stranger was checked in the first round (with the members' certificates before it).
    expect(afterFirst).toBeGreaterThanOrEqual(strangers.length);
    for (let again = 0; again < 19; again++) {
      await round();
      expect(['w1', 'w2']).toContain(await assign());
    }
    await deliveredExactly(client, 40);
    // 1,900 more datagrams with the same certificates: refused at a lookup or by a budget, never checked again. Before
    // the change every datagram's certificate was checked (~870 µs each).
    expect(await countedAll()).toBe(afterFirst);
  });

  it('finding 8: member counts and deaths are labelled by certificate role, whatever a member states', async () => {
    cluster = fastCluster(tls);
    const director = await cluster.startDirector();
    await cluster.startWorker('w1');
    const mallory = await insider();
    const d1 = { host: '127.0.0.1', port: cluster.directorPorts!.membershipPort };
    const directorId = member('director', 'd1');
    const base = Date.now();
    // Mallory states itself alive under a new role, then dead, 150 times: 300 signed datagrams.
    for (let i = 1; i <= 150; i++) {
      const claim = {
        type: 'alive' as const,
        id: mallory.transport.id,
        incarnation: base + i,
        address: { host: '127.0.0.1', port: mallory.transport.port },
        meta: { role: `role-${i}-${'x'.repeat(200)}`, tags: {} },
      };
      mallory.send(d1, directorId, { gossip: [{ ...claim, proof: mallory.transport.verifier.prove(claim) }] });
      mallory.send(d1, directorId, {
        gossip: [
          { type: 'dead', id: mallory.transport.id, incarnation: base + i, from: mallory.transport.id, left: false },
        ],
      });
    }
    await mallory.pingUntilAnswered(d1, directorId);
    const metrics = await (await fetch(`${await director.adminUrl()}/metrics`)).text();
    const roles = new Set(
      [...metrics.matchAll(/^switchyard_member(?:s|_deaths_total)\{[^}]*role="([^"]*)"/gm)].map((m) => m[1]),
    );
    expect([...roles].filter((role) => role !== 'director' && role !== 'worker')).toEqual([]);
  });

  it('finding 8: 20,000 refused datagrams from 1,000 source ports make one summary line, not one each', async () => {
    cluster = fastCluster(tls);
    const director = await cluster.startDirector();
    await cluster.startWorker('w1');
    const mallory = await insider();
    const d1 = { host: '127.0.0.1', port: cluster.directorPorts!.membershipPort };
    const sockets = await openSockets(1000);
    for (let round = 0; round < 20; round++) {
      await Promise.all(
        sockets.map((socket) => new Promise((resolve) => socket.send(randomBytes(5), d1.port, d1.host, resolve))),
      );
    }
    await mallory.pingUntilAnswered(d1, member('director', 'd1'));
    // The first refusal at once, then a summary at most once a minute: this test takes less than two.
    expect(director.find(MemberLog.refused).length).toBeLessThanOrEqual(2);
  });
});

// Finding 3 needs another host's address as a source: the attacker runs on a host of its own in a network lab and
// sends from the addresses of d1 and w2, which it takes on its own interface (answering no ARP for them).
const lab = new NetLab(`sa${process.pid}`, {
  d1: '10.79.0.1',
  w1: '10.79.0.11',
  w2: '10.79.0.12',
  c1: '10.79.0.21',
  x: '10.79.0.66',
});

describeWith(['root', 'ip'], 'membership attacks from another host (network namespaces)', () => {
  let attacker: ChildProcess | undefined;
  // Certificates of its own: each names its host's lab address.
  let labTls: TlsFixture;
  beforeAll(async () => {
    labTls = await writeTls();
    lab.up();
  });
  afterAll(async () => {
    attacker?.kill('SIGKILL');
    lab.down();
    await removeTls(labTls);
  });

  it("finding 3: 2,000 datagrams/s from d1's and w2's addresses at w1: nobody declares w1 dead", async () => {
    cluster = fastCluster(labTls);
    const start = (app: 'director' | 'worker', name: string, env: Record<string, string>) =>
      cluster.start(
        app,
        { ...env, ...DEFAULT_MEMBERSHIP, TLS_DEV_NAMES: lab.hosts[name] },
        { netns: lab.ns(name), name },
      );
    const seeds = `${lab.hosts.d1}:61002`;
    const director = start('director', 'd1', {
      DIRECTOR_NAME: 'd1',
      DIRECTOR_CLIENT_ADDR: '0.0.0.0:61000',
      DIRECTOR_MGMT_ADDR: '0.0.0.0:61001',
      MEMBERSHIP_ADDR: '0.0.0.0:61002',
      MEMBERSHIP_SEEDS: 'none',
    });
    await director.waitForMsg(DirectorLog.listening);
    const workers = ['w1', 'w2'].map((label) =>
      start('worker', label, {
        WORKER_LABEL: label,
        WORKER_ADDR: '0.0.0.0:62001',
        WORKER_ADVERTISE_ADDR: `${lab.hosts[label]}:62001`,
        MEMBERSHIP_ADDR: '0.0.0.0:63001',
        MEMBERSHIP_SEEDS: seeds,
      }),
    );
    await Promise.all(workers.map((w) => w.waitForMsg(WorkerLog.joined)));
    await Promise.all(['w1', 'w2'].map((w) => director.waitForMsg(DirectorLog.workerAvailable, { worker: w })));

    // Half 5-byte garbage, half datagrams that look like d1's: its real certificate, a signature that is not its.
    const lookalike = new OwnCredentials({
      ...(await loadOrCreateDevTls(labTls.env.TLS_DEV_DIR, { role: 'director', name: 'd1' })),
      ca: labTls.trust.ca,
    });
    const forged = seal(
      { der: lookalike.der, sign: () => new Uint8Array(randomBytes(72)) },
      encodeBody({
        kind: 'packet',
        packet: { from: lookalike.id, request: { type: 'ping', seq: 1, target: W1 }, gossip: [] },
      }),
      { destination: W1 },
    );
    const x = lab.ns('x');
    execFileSync('ip', ['-n', x, 'addr', 'add', `${lab.hosts.d1}/32`, 'dev', 'eth0']);
    execFileSync('ip', ['-n', x, 'addr', 'add', `${lab.hosts.w2}/32`, 'dev', 'eth0']);
    execFileSync('ip', [
      'netns',
      'exec',
      x,
      'sysctl',
      '-qw',
      'net.ipv4.conf.all.arp_ignore=8',
      'net.ipv4.conf.eth0.arp_ignore=8',
    ]);
    execFileSync('ip', [
      'netns',
      'exec',
      x,
      'sysctl',
      '-qw',
      'net.ipv4.conf.all.arp_announce=2',
      'net.ipv4.conf.eth0.arp_announce=2',
    ]);
    const script = `
      import { createSocket } from 'node:dgram';
      const [target, rate, forged, ...sources] = process.argv.slice(1);
      const bytes = [Buffer.alloc(5), Buffer.from(forged, 'base64')];
      const sockets = await Promise.all(sources.map((s) => new Promise((resolve) => {
        const [host, port] = s.split(':');
        const socket = createSocket('udp4');
        socket.on('error', () => {});
        socket.bind(Number(port), host, () => resolve(socket));
      })));
      console.log('ready');
      let i = 0;
      setInterval(() => {
        for (let n = 0; n < Number(rate) / 100; n++, i++) sockets[i % sockets.length].send(bytes[(i >> 1) % 2], 63001, target);
      }, 10);
    `;
    const since = Date.now();
    attacker = spawn(
      'ip',
      [
        'netns',
        'exec',
        x,
        process.execPath,
        '--input-type=module',
        '-e',
        script,
        lab.hosts.w1,
        '2000',
        Buffer.from(forged).toString('base64'),
        `${lab.hosts.d1}:61002`,
        `${lab.hosts.w2}:63001`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => attacker!.stdout!.once('data', () => resolve()));

    const client = cluster.start(
      'client',
      { DIRECTOR_TARGET: `${lab.hosts.d1}:61000`, CLIENT_TOKENS: '150' },
      { netns: lab.ns('c1'), name: 'c1' },
    );
    await deliveredExactly(client, 150);
    attacker.kill('SIGKILL');
    // Before the cookies this attack made w1 dead in everyone's view (4 deaths in a minute). A refuted suspicion is
    // not asserted away: on a machine busy with other tests an ack can miss its deadline attack or not (an
    // unloaded CI run saw two), so the claim that holds is that nobody declares anyone dead.
    expect(accusations([director, ...workers], since, [MemberLog.dead])).toEqual([]);
  });
});
