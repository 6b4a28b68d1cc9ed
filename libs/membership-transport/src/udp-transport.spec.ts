import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { X509Certificate, createPrivateKey, sign } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { systemClock } from '@switchyard/time';
import { Membership, type Member, type MembershipConfig } from '@switchyard/membership';
import {
  createCertificateAuthority,
  issueCertificate,
  ROLE_USAGE,
  type CertificateAuthority,
  type Identity,
  type TlsMaterial,
} from '@switchyard/transport-quic';
import { seal } from './envelope.js';
import { encodeBody } from './codec.js';
import { OwnCredentials } from './credentials.js';
import { UdpMembershipTransport } from './udp-transport.js';

// Members over real UDP on 127.0.0.1 with real certificates: who may join, and what a member may say.

const FAST: Partial<MembershipConfig> = { probeIntervalMs: 100, gossipIntervalMs: 20, pushPullIntervalMs: 500 };
let ca: CertificateAuthority;
const running: { membership: Membership; transport: UdpMembershipTransport }[] = [];

beforeAll(async () => {
  ca = await createCertificateAuthority();
});
afterEach(async () => {
  for (const { membership, transport } of running.splice(0)) {
    membership.stop();
    await transport.close();
  }
});

async function tlsFor(identity: Identity, authority = ca): Promise<TlsMaterial> {
  const leaf = await issueCertificate(authority, { identity, usage: ROLE_USAGE[identity.role] });
  return { ca: ca.cert, ...leaf };
}

/** A member on its own UDP port; `changes` fire on every change it sees. */
async function member(identity: Identity, tags: Record<string, string> = {}, authority = ca) {
  const outcomes: string[] = [];
  const outcomeWaiters = new Set<() => void>();
  const transport = await UdpMembershipTransport.open({
    tls: await tlsFor(identity, authority),
    bind: { host: '127.0.0.1', port: 0 },
    observe: (outcome) => {
      outcomes.push(outcome);
      outcomeWaiters.forEach((wake) => wake());
    },
  });
  /** Resolves once this member's transport has seen `count` datagrams with `outcome`. */
  const datagrams = (outcome: 'received' | 'rejected', count: number) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (outcomes.filter((o) => o === outcome).length < count) return;
        outcomeWaiters.delete(check);
        resolve();
      };
      outcomeWaiters.add(check);
      check();
    });
  const listeners = new Set<() => void>();
  const membership = new Membership({
    id: transport.id,
    address: { host: '127.0.0.1', port: transport.port },
    meta: { role: identity.role, tags },
    config: FAST,
    clock: systemClock,
    random: Math.random,
    transport,
    verifier: transport.verifier,
    onChange: () => listeners.forEach((wake) => wake()),
  });
  transport.onPacket((from, sender, packet, delivery) => membership.receive(from, sender, packet, delivery));
  running.push({ membership, transport });
  /** Resolves once `predicate` holds for this member's view (checked on every change). */
  const until = (predicate: (view: Member[]) => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!predicate(membership.view())) return;
        listeners.delete(check);
        resolve();
      };
      listeners.add(check);
      check();
    });
  return { membership, transport, until, datagrams, address: { host: '127.0.0.1', port: transport.port } };
}

const alive = (view: Member[]) =>
  view
    .filter((m) => m.status === 'alive')
    .map((m) => m.id)
    .sort();

describe('membership over UDP', () => {
  it('directors and workers join through a seed and see each other with their tags', async () => {
    const director = await member({ role: 'director', name: 'd1' });
    const w1 = await member({ role: 'worker', name: 'w1' }, { available: 'true', endpoint: 'w1.example:62001' });
    const w2 = await member({ role: 'worker', name: 'w2' });
    director.membership.start();
    w1.membership.start([director.address]);
    w2.membership.start([director.address]);
    const everyone = [director, w1, w2].map((m) => m.transport.id).sort();
    await Promise.all([director, w1, w2].map((m) => m.until((view) => alive(view).join() === everyone.join())));
    expect(director.membership.get(w1.transport.id)?.meta.tags).toEqual({
      available: 'true',
      endpoint: 'w1.example:62001',
    });
    w1.membership.updateMeta({ role: 'worker', tags: { available: 'false', endpoint: 'w1.example:62001' } });
    await w2.until(() => w2.membership.get(w1.transport.id)?.meta.tags.available === 'false');
    expect(director.transport.counters.rejected).toBe(0);
  });

  it('nothing from outside the CA, and no operator, joins; its datagrams are rejected', async () => {
    const director = await member({ role: 'director', name: 'd1' });
    director.membership.start();
    const other = await createCertificateAuthority({ name: 'another CA' });
    const outsider = await member({ role: 'worker', name: 'w9' }, {}, other);
    outsider.membership.start([director.address]);
    // An operator's certificate is from the CA, but operators are not members.
    const operatorTls = await tlsFor({ role: 'operator', name: 'ops' });
    const operatorKey = createPrivateKey(operatorTls.key);
    const operator = {
      der: new Uint8Array(new X509Certificate(operatorTls.cert).raw),
      sign: (data: Uint8Array) => new Uint8Array(sign('sha256', data, operatorKey)),
    };
    const socket = createSocket('udp4');
    const packet = encodeBody({ kind: 'packet', packet: { from: 'spiffe://switchyard/operator/ops', gossip: [] } });
    await new Promise((resolve) => socket.send(seal(operator, packet), director.address.port, '127.0.0.1', resolve));
    socket.close();
    await director.datagrams('rejected', 2);
    expect(alive(director.membership.view())).toEqual([director.transport.id]);
  });

  it("a tampered datagram, or a member relaying another member's statement with a changed address, changes nothing", async () => {
    const director = await member({ role: 'director', name: 'd1' });
    const w1 = await member({ role: 'worker', name: 'w1' });
    director.membership.start();
    w1.membership.start([director.address]);
    await director.until((view) => alive(view).length === 2);
    const liar = new OwnCredentials(await tlsFor({ role: 'worker', name: 'w2' }));
    const genuine = director.membership.get(w1.transport.id)!;
    // w2 relays "w1 is at 127.0.0.1:9" with a higher incarnation; the proof cannot be w1's.
    const forged = {
      type: 'alive' as const,
      id: w1.transport.id,
      incarnation: genuine.incarnation + 10,
      address: { host: '127.0.0.1', port: 9 },
      meta: genuine.meta,
      proof: new Uint8Array(80),
    };
    const datagram = seal(liar, encodeBody({ kind: 'packet', packet: { from: liar.id, gossip: [forged] } }), {
      destination: director.transport.id,
    });
    const tampered = Uint8Array.from(datagram);
    tampered[tampered.length - 200] ^= 1;
    const rejectedBefore = director.transport.counters.rejected;
    const receivedBefore = director.transport.counters.received;
    const socket = createSocket('udp4');
    for (const bytes of [tampered, datagram]) {
      await new Promise((resolve) => socket.send(bytes, director.address.port, '127.0.0.1', resolve));
    }
    socket.close();
    await director.datagrams('rejected', rejectedBefore + 1);
    // The forged statement came in a well-signed datagram from w2: received, then refused by its proof.
    await director.datagrams('received', receivedBefore + 1);
    expect(director.membership.get(w1.transport.id)).toMatchObject({ address: genuine.address, status: 'alive' });
  });

  it('drops what a source address sends past its budget before checking it; a member presenting its cookie is unaffected', async () => {
    const director = await member({ role: 'director', name: 'd1' });
    const w1 = await member({ role: 'worker', name: 'w1' });
    director.membership.start();
    w1.membership.start([director.address]);
    await director.until((view) => alive(view).length === 2);
    // Cookies go both ways once each side has sent the other a datagram knowing its certificate.
    await w1.datagrams('received', 3);
    const flooder = new OwnCredentials(await tlsFor({ role: 'worker', name: 'w2' }));
    const datagram = seal(
      flooder,
      encodeBody({
        kind: 'packet',
        packet: { from: flooder.id, request: { type: 'ping', seq: 1, target: director.transport.id }, gossip: [] },
      }),
      { destination: director.transport.id },
    );
    const socket = createSocket('udp4');
    const before = director.transport.counters.rejected;
    // Far past the source budget of 127.0.0.1 (bursts of 400), from the address every member here shares.
    for (let i = 0; i < 600; i++)
      await new Promise((resolve) => socket.send(datagram, director.address.port, '127.0.0.1', resolve));
    socket.close();
    await director.datagrams('rejected', before + 1);
    const received = director.transport.counters.received;
    w1.membership.updateMeta({ role: 'worker', tags: { available: 'false' } });
    await director.until(() => director.membership.get(w1.transport.id)?.meta.tags.available === 'false');
    expect(director.transport.counters.received).toBeGreaterThan(received);
  });
});
