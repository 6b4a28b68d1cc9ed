import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { Membership, type AliveMessage, type MemberId, type Packet } from '@switchyard/membership';
import { systemClock } from '@switchyard/time';
import {
  createCertificateAuthority,
  issueCertificate,
  ROLE_USAGE,
  type CertificateAuthority,
  type Identity,
  type TlsMaterial,
} from '@switchyard/transport-quic';
import { encodeBody, statementBytes } from './codec.js';
import { fingerprintOf } from './certificate-book.js';
import { OwnCredentials } from './credentials.js';
import { seal } from './envelope.js';
import { UdpMembershipTransport } from './udp-transport.js';

// Attacks on the transport by datagram (the security review's findings 2, 7, 8 and 10), against real sockets on
// 127.0.0.1 with real certificates. Every wait is on an event (a datagram seen or handled), never on time.

let ca: CertificateAuthority;
const closing: { close(): unknown }[] = [];

beforeAll(async () => {
  ca = await createCertificateAuthority();
});
afterEach(async () => {
  for (const item of closing.splice(0).reverse()) await item.close();
});

async function tlsFor(identity: Identity, authority = ca): Promise<TlsMaterial> {
  const leaf = await issueCertificate(authority, { identity, usage: ROLE_USAGE[identity.role] });
  return { ca: ca.cert, ...leaf };
}

interface Outcome {
  outcome: string;
  reason?: string;
}

/** A transport with its outcomes recorded, and a wait for the `count`-th one. */
async function endpoint(identity: Identity, options: Partial<Parameters<typeof UdpMembershipTransport.open>[0]> = {}) {
  const outcomes: Outcome[] = [];
  const packets: Packet[] = [];
  const waiters = new Set<() => void>();
  const transport = await UdpMembershipTransport.open({
    tls: await tlsFor(identity),
    bind: { host: '127.0.0.1', port: 0 },
    ...options,
    observe: (outcome, _from, reason?: string) => {
      outcomes.push({ outcome, reason });
      waiters.forEach((wake) => wake());
    },
  });
  transport.onPacket((_from, _sender, packet) => {
    packets.push(packet);
    waiters.forEach((wake) => wake());
  });
  closing.push(transport);
  const until = (done: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!done()) return;
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });
  return { transport, outcomes, packets, until, address: { host: '127.0.0.1', port: transport.port } };
}

/** The signed statement of `member` (alive, at its address, now), as it would relay it. */
function statementOf(member: Awaited<ReturnType<typeof endpoint>>): AliveMessage {
  const claim = {
    type: 'alive' as const,
    id: member.transport.id,
    incarnation: Date.now(),
    address: member.address,
    meta: { role: 'worker', tags: {} },
  };
  return { ...claim, proof: member.transport.verifier.prove(claim) };
}

/** A plain socket that records what it receives: the attacker's own port, or a place to capture datagrams. */
async function listener() {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const received: Uint8Array[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (bytes) => {
    received.push(new Uint8Array(bytes));
    waiters.forEach((wake) => wake());
  });
  closing.push({ close: () => new Promise<void>((resolve) => socket.close(() => resolve())) });
  const next = (count: number) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (received.length < count) return;
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });
  return { socket, received, next, address: { host: '127.0.0.1', port: socket.address().port } };
}

const sendFrom = (socket: Socket, bytes: Uint8Array, port: number) =>
  new Promise((resolve) => socket.send(bytes, port, '127.0.0.1', resolve));

/**
 * Sends `count` datagrams with `send`, ten at a time, each ten once `target` has handled the ten before: a receive
 * buffer that overflows would lose some, and the test would wait for them forever.
 */
async function paced(
  target: { outcomes: unknown[]; until(done: () => boolean): Promise<void> },
  count: number,
  send: () => Promise<unknown>,
): Promise<void> {
  const before = target.outcomes.length;
  for (let sent = 0; sent < count;) {
    for (let n = 0; n < 10 && sent < count; n++, sent++) await send();
    await target.until(() => target.outcomes.length >= before + sent);
  }
}

/**
 * Has `from` send a ping naming a unique target to `to`, and resolves with the number of datagrams `to` had received
 * before it: `from` sent those before, and on loopback they arrive before it.
 */
async function markerFrom(from: UdpMembershipTransport, to: Awaited<ReturnType<typeof listener>>): Promise<number> {
  const marker = `spiffe://switchyard/worker/marker-${randomBytes(8).toString('hex')}`;
  from.send(to.address, ping(from.id, marker), { recipient: marker });
  const found = () => to.received.findIndex((bytes) => Buffer.from(bytes).includes(marker));
  for (let seen = 1; found() < 0; seen++) await to.next(seen);
  return found();
}

const ping = (from: MemberId, target: MemberId): Packet => ({
  from,
  request: { type: 'ping', seq: 1 + Math.floor(Math.random() * 1e9), target },
  gossip: [],
});

describe('incarnations on the wire (finding 1)', () => {
  it('an incarnation past 2^53 - 1 refuses the whole datagram, with its reason, rather than a rounded number', async () => {
    const d1 = await endpoint({ role: 'director', name: 'd1' });
    const mallory = await endpoint({ role: 'worker', name: 'mallory' });
    const accuse = (incarnation: number) =>
      mallory.transport.send(
        d1.address,
        {
          from: mallory.transport.id,
          gossip: [
            { type: 'dead', id: 'spiffe://switchyard/worker/w1', incarnation, from: mallory.transport.id, left: false },
          ],
        },
        { recipient: d1.transport.id },
      );
    accuse(2 ** 53);
    accuse(Number.MAX_SAFE_INTEGER);
    await d1.until(() => d1.outcomes.length === 2);
    expect(d1.outcomes).toEqual([
      { outcome: 'rejected', reason: 'out-of-range' },
      { outcome: 'received', reason: undefined },
    ]);
  });
});

describe('replays and answers (finding 7)', () => {
  it('a datagram sent to one member is refused by any other', async () => {
    const d1 = await endpoint({ role: 'director', name: 'd1' });
    const w1 = await endpoint({ role: 'worker', name: 'w1' });
    const w2 = await endpoint({ role: 'worker', name: 'w2' });
    const capture = await listener();
    d1.transport.send(capture.address, ping(d1.transport.id, w1.transport.id), { recipient: w1.transport.id });
    await capture.next(1);
    await sendFrom(capture.socket, capture.received[0], w2.transport.port);
    await w2.until(() => w2.outcomes.length === 1);
    expect(w2.outcomes).toEqual([{ outcome: 'rejected', reason: 'misdirected' }]);
    await sendFrom(capture.socket, capture.received[0], w1.transport.port);
    await w1.until(() => w1.packets.length === 1);
  });

  it('a datagram sent more than 30 s ago (by the receiver’s clock) is refused', async () => {
    const d1 = await endpoint({ role: 'director', name: 'd1' });
    const w1 = await endpoint({ role: 'worker', name: 'w1' }, { wallClock: () => Date.now() + 31_000 });
    const capture = await listener();
    d1.transport.send(capture.address, ping(d1.transport.id, w1.transport.id), { recipient: w1.transport.id });
    await capture.next(1);
    await sendFrom(capture.socket, capture.received[0], w1.transport.port);
    await w1.until(() => w1.outcomes.length === 1);
    expect(w1.outcomes).toEqual([{ outcome: 'rejected', reason: 'stale' }]);
  });

  it('a certificate request is answered with no more bytes than it holds', async () => {
    const d1 = await endpoint({ role: 'director', name: 'd1' });
    const asker = new OwnCredentials(await tlsFor({ role: 'worker', name: 'w1' }));
    const attacker = await listener();
    // Eight times the director's own fingerprint: today one certificate answer each, twelve times the request.
    const fingerprints = Array.from({ length: 8 }, () => fingerprintOf(d1.transport.credentials.der));
    const body = encodeBody({ kind: 'certificate-request', fingerprints });
    const request = seal(asker, body, { destination: d1.transport.id });
    await sendFrom(attacker.socket, request, d1.transport.port);
    await d1.until(() => d1.outcomes.length === 1);
    // Anything the director answered was sent before this datagram, and arrives before it.
    const marker = await markerFrom(d1.transport, attacker);
    const answered = attacker.received.slice(0, marker).reduce((sum, bytes) => sum + bytes.byteLength, 0);
    expect(answered).toBeLessThanOrEqual(request.byteLength);
  });

  it('answers to one address are rate-limited, however many requests are replayed', async () => {
    const d1 = await endpoint({ role: 'director', name: 'd1' }, { now: () => 0 });
    const membership = new Membership({
      id: d1.transport.id,
      address: d1.address,
      meta: { role: 'director', tags: {} },
      clock: systemClock,
      random: Math.random,
      transport: d1.transport,
      verifier: d1.transport.verifier,
    });
    d1.transport.onPacket((from, sender, packet, received) => membership.receive(from, sender, packet, received));
    membership.start();
    closing.push({ close: () => membership.stop() });
    const w1 = new OwnCredentials(await tlsFor({ role: 'worker', name: 'w1' }));
    const attacker = await listener();
    const request = seal(w1, encodeBody({ kind: 'packet', packet: ping(w1.id, d1.transport.id) }), {
      destination: d1.transport.id,
    });
    await paced(d1, 300, () => sendFrom(attacker.socket, request, d1.transport.port));
    const acks = await markerFrom(d1.transport, attacker);
    expect(acks).toBeGreaterThan(0);
    expect(acks).toBeLessThanOrEqual(100);
  });
});

describe('a flood of self-made certificates (finding 2)', () => {
  it('each refused certificate is checked once, and no more than the first-seen budget are checked at all', async () => {
    const d1 = await endpoint({ role: 'director', name: 'd1' });
    const mallory = await createCertificateAuthority({ name: 'mallory CA' });
    const strangers = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const leaf = await issueCertificate(mallory, {
          identity: { role: 'worker', name: `x${i}` },
          usage: ROLE_USAGE.worker,
        });
        return new OwnCredentials({ ca: mallory.cert, ...leaf });
      }),
    );
    const sockets = await Promise.all(Array.from({ length: 20 }, () => listener()));
    let i = 0;
    const checkedBefore = d1.transport.counters.certificatesChecked;
    await paced(d1, 200, () => {
      const stranger = strangers[i % strangers.length];
      const datagram = seal(stranger, encodeBody({ kind: 'packet', packet: ping(stranger.id, d1.transport.id) }), {
        destination: d1.transport.id,
      });
      return sendFrom(sockets[i++ % sockets.length].socket, datagram, d1.transport.port);
    });
    expect(d1.outcomes.every((o) => o.outcome === 'rejected')).toBe(true);
    expect(d1.transport.counters.certificatesChecked - checkedBefore).toBeLessThanOrEqual(strangers.length);
  });
});

describe('statements (findings 8 and 10)', () => {
  const statement = (tags: Record<string, string>): Omit<AliveMessage, 'proof' | 'type'> => ({
    id: 'spiffe://switchyard/worker/w1',
    incarnation: 7,
    address: { host: '10.0.0.1', port: 63001 },
    meta: { role: 'worker', tags },
  });

  it('two different statements never have the same signed bytes', () => {
    const bytes = (tags: Record<string, string>) => Buffer.from(statementBytes(statement(tags))).toString('hex');
    expect(bytes({ a: '1\nb=2' })).not.toBe(bytes({ a: '1', b: '2' }));
    expect(bytes({ 'a=1\nb': '2' })).not.toBe(bytes({ a: '1', b: '2' }));
  });

  it("a member's statement naming another role than its certificate's is refused", async () => {
    const d1 = await endpoint({ role: 'director', name: 'd1' });
    const w1 = await endpoint({ role: 'worker', name: 'w1' });
    const claim = {
      type: 'alive' as const,
      id: w1.transport.id,
      incarnation: Date.now(),
      address: w1.address,
      meta: { role: 'junk-role-1', tags: {} },
    };
    // The director has w1's certificate (from any datagram of w1's).
    w1.transport.send(d1.address, { from: w1.transport.id, gossip: [] }, { recipient: d1.transport.id });
    await d1.until(() => d1.packets.length === 1);
    const forged: AliveMessage = { ...claim, proof: w1.transport.verifier.prove(claim) };
    expect(d1.transport.verifier.verify(forged)).toBe(false);
    const genuine = { ...claim, meta: { role: 'worker', tags: {} } };
    expect(d1.transport.verifier.verify({ ...genuine, proof: w1.transport.verifier.prove(genuine) })).toBe(true);
  });

  it("a statement relayed before the relayer had the receiver's cookie gets its certificate once the relayer presents one", async () => {
    const d1 = await endpoint({ role: 'director', name: 'd1' });
    const relayer = await endpoint({ role: 'worker', name: 'w2' });
    const w3 = await endpoint({ role: 'worker', name: 'w3' });
    const genuine = statementOf(w3);
    // The relayer knows w3's certificate; the director has never seen it.
    w3.transport.send(
      relayer.address,
      { from: w3.transport.id, gossip: [genuine] },
      { recipient: relayer.transport.id },
    );
    await relayer.until(() => relayer.packets.length === 1);
    // Its first datagram to the director presents no cookie (as a seed's answer to a join): held, nothing asked.
    relayer.transport.send(
      d1.address,
      { from: relayer.transport.id, gossip: [genuine] },
      { recipient: d1.transport.id },
    );
    await d1.until(() => d1.packets.length === 1);
    expect(d1.transport.counters.sent).toBe(0);
    // The director answers (handing out its cookie), and the relayer's next datagram presents it.
    d1.transport.send(relayer.address, { from: d1.transport.id, gossip: [] }, { recipient: relayer.transport.id });
    await relayer.until(() => relayer.packets.length === 2);
    relayer.transport.send(d1.address, { from: relayer.transport.id, gossip: [] }, { recipient: d1.transport.id });
    // The held statement is delivered on its own once its certificate came from the relayer.
    await d1.until(() =>
      d1.packets.some((p, i) => i > 1 && p.gossip.length === 1 && p.gossip[0].id === w3.transport.id),
    );
  });

  it('a certificate nobody asked for is not checked, even when a statement relayed earlier waits for it', async () => {
    const d1 = await endpoint({ role: 'director', name: 'd1' });
    const w3 = await endpoint({ role: 'worker', name: 'w3' });
    const relayer = new OwnCredentials(await tlsFor({ role: 'worker', name: 'w9' }));
    const socket = await listener();
    // A statement of w3 relayed without a cookie: held, its certificate not asked for.
    const relayed = encodeBody({ kind: 'packet', packet: { from: relayer.id, gossip: [statementOf(w3)] } });
    await sendFrom(socket.socket, seal(relayer, relayed, { destination: d1.transport.id }), d1.transport.port);
    await d1.until(() => d1.outcomes.length === 1);
    const checked = d1.transport.counters.certificatesChecked;
    // Then w3's certificate, unasked.
    const offered = encodeBody({ kind: 'certificates', certificates: [w3.transport.credentials.der] });
    await sendFrom(socket.socket, seal(relayer, offered, { destination: d1.transport.id }), d1.transport.port);
    await d1.until(() => d1.outcomes.length === 2);
    expect(d1.transport.counters.certificatesChecked).toBe(checked);
    expect(
      d1.packets.filter((p) => p.gossip.some((g) => g.id === w3.transport.id && p.from === w3.transport.id)),
    ).toEqual([]);
  });

  it('statements waiting for their certificate expire, and a flood of them does not crowd out a genuine one', async () => {
    let now = 0;
    const d1 = await endpoint({ role: 'director', name: 'd1' }, { now: () => now });
    const relayer = await endpoint({ role: 'worker', name: 'w2' });
    const w3 = await endpoint({ role: 'worker', name: 'w3' });
    // The director and the relayer have spoken (each holds the other's cookie), as members do.
    relayer.transport.send(d1.address, { from: relayer.transport.id, gossip: [] }, { recipient: d1.transport.id });
    await d1.until(() => d1.packets.length === 1);
    d1.transport.send(relayer.address, { from: d1.transport.id, gossip: [] }, { recipient: relayer.transport.id });
    await relayer.until(() => relayer.packets.length === 1);
    // 512 statements whose certificates nobody has: the director asks the relayer, who cannot answer.
    for (let batch = 0; batch < 64; batch++) {
      const gossip: AliveMessage[] = Array.from({ length: 8 }, (_, i) => ({
        type: 'alive',
        id: `spiffe://switchyard/worker/fake-${batch}-${i}`,
        incarnation: Date.now(),
        address: { host: '127.0.0.1', port: 9 },
        meta: { role: 'worker', tags: {} },
        proof: new Uint8Array(randomBytes(16 + 72)),
      }));
      relayer.transport.send(d1.address, { from: relayer.transport.id, gossip }, { recipient: d1.transport.id });
    }
    await d1.until(() => d1.packets.length === 65);
    now += 60_000;
    // A genuine statement of w3, whose certificate the director has not seen but the relayer has.
    const genuine = statementOf(w3);
    w3.transport.send(
      relayer.address,
      { from: w3.transport.id, gossip: [genuine] },
      { recipient: relayer.transport.id },
    );
    await relayer.until(() => relayer.packets.length === 2);
    relayer.transport.send(
      d1.address,
      { from: relayer.transport.id, gossip: [genuine] },
      { recipient: d1.transport.id },
    );
    await d1.until(() =>
      d1.packets.some((p) => p.gossip.length === 1 && p.gossip[0].id === w3.transport.id && d1.packets.indexOf(p) > 65),
    );
  });
});
