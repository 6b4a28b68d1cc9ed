import { createSocket, type Socket } from 'node:dgram';
import fc from 'fast-check';
import type { Address, Gossip, MemberId, Packet, Request } from '@switchyard/membership';
import {
  DEFAULT_INTAKE_BUDGETS,
  OwnCredentials,
  UdpMembershipTransport,
  encodeBody,
  seal,
} from '@switchyard/membership-transport';
import type { TlsMaterial } from '@switchyard/transport-quic';
import type { AbuseResult } from './abuse.js';
import { samples } from './samples.js';

/** A membership port under fuzz: whose it is, and a check that its member still sees the cluster as before. */
export interface MembershipTarget {
  name: string;
  address: Address;
  member: MemberId;
  /** Throws when the member's view of the cluster changed. */
  probe(): Promise<void>;
}

/**
 * Where the hostile datagrams come from: 8 loopback addresses (Linux answers for all of 127.0.0.0/8) with 8
 * ports each, round-robin. None is 127.0.0.1, which the services and the campaign's own checks use.
 */
const SOURCE_HOSTS = Array.from({ length: 8 }, (_, i) => `127.0.1.${i + 1}`);
const PORTS_PER_HOST = 8;
/**
 * Datagrams a second from each source address: under its budget (`DEFAULT_INTAKE_BUDGETS.source`), and all of them
 * under the budget of unauthenticated traffic together, so that every datagram is checked through, none dropped
 * unread by a budget, and the campaign fuzzes the parsing rather than the budgets.
 */
const RATE_PER_HOST = Math.floor(
  Math.min(DEFAULT_INTAKE_BUDGETS.source.rate, DEFAULT_INTAKE_BUDGETS.unauthenticated.rate / SOURCE_HOSTS.length) * 0.8,
);

const MEMBERS = ['spiffe://switchyard/worker/w1', 'spiffe://switchyard/director/d1', 'spiffe://switchyard/worker/zz'];
const incarnations = fc.oneof(
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(0, 1, 2 ** 32, Number.MAX_SAFE_INTEGER),
);
const memberId = fc.oneof(fc.constantFrom(...MEMBERS), fc.string({ maxLength: 64 }));
const address = fc.record({ host: fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 32 })), port: fc.nat(65_535) });
const seq = fc.nat(0xffffffff);

/** Accusations and requests with hostile fields, well formed: they reach the membership logic itself. */
function hostilePackets(from: MemberId): fc.Arbitrary<Packet> {
  const accusation: fc.Arbitrary<Gossip> = fc.oneof(
    fc.record({ type: fc.constant('suspect' as const), id: memberId, incarnation: incarnations, from: memberId }),
    fc.record({
      type: fc.constant('dead' as const),
      id: memberId,
      incarnation: incarnations,
      from: memberId,
      left: fc.boolean(),
    }),
  );
  const request: fc.Arbitrary<Request> = fc.oneof(
    fc.record({ type: fc.constant('ping' as const), seq, target: memberId }),
    fc.record({ type: fc.constant('ack' as const), seq }),
    fc.record({ type: fc.constant('nack' as const), seq }),
    fc.record({ type: fc.constant('ping-req' as const), seq, target: memberId, targetAddress: address }),
  );
  return fc.record({
    from: fc.constant(from),
    request: fc.option(request, { nil: undefined }),
    gossip: fc.array(accusation, { maxLength: 6 }),
  });
}

/**
 * Datagrams sent to each membership port: garbage, truncations, bit flips, valid envelopes of junk, and well-formed
 * packets with hostile fields, signed by a member of the CA for this port's member and time.
 */
function datagrams(credentials: OwnCredentials, target: MembershipTarget): fc.Arbitrary<Uint8Array> {
  const header = () => ({ destination: target.member, sentAt: Date.now() });
  const valid = seal(
    credentials,
    encodeBody({ kind: 'packet', packet: { from: credentials.id, gossip: [] } }),
    header(),
  );
  return fc.oneof(
    fc.uint8Array({ maxLength: 1500 }),
    fc.uint8Array({ minLength: 60_000, maxLength: 65_000 }),
    fc.integer({ min: 0, max: valid.length - 1 }).map((n) => valid.subarray(0, n)),
    fc.tuple(fc.integer({ min: 0, max: valid.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, bits]) => {
      const flipped = Uint8Array.from(valid);
      flipped[at] ^= bits;
      return flipped;
    }),
    // Correctly signed by a member of the CA, with a body that is not a membership message.
    fc.uint8Array({ maxLength: 1000 }).map((body) => seal(credentials, body, header())),
    hostilePackets(credentials.id).map((packet) => seal(credentials, encodeBody({ kind: 'packet', packet }), header())),
  );
}

/** The flood's sockets: `PORTS_PER_HOST` on each of `SOURCE_HOSTS`. */
async function openSources(): Promise<Socket[][]> {
  return Promise.all(
    SOURCE_HOSTS.map((host) =>
      Promise.all(
        Array.from({ length: PORTS_PER_HOST }, async () => {
          const socket = createSocket('udp4');
          socket.on('error', () => undefined);
          await new Promise<void>((resolve) => socket.bind(0, host, resolve));
          return socket;
        }),
      ),
    ),
  );
}

/**
 * `cases` hostile datagrams at each membership port, from a member identity of the CA, from 64 source ports on 8
 * addresses, paced under the per-source budget; afterwards each port must answer a ping and its member's view
 * must be unchanged.
 */
export async function fuzzMembership(
  targets: MembershipTarget[],
  tls: TlsMaterial,
  options: { cases: number; seed: number },
): Promise<AbuseResult[]> {
  const credentials = new OwnCredentials(tls);
  const sources = await openSources();
  const results: AbuseResult[] = [];
  try {
    for (const target of targets) {
      let sent = 0;
      const started = performance.now();
      for await (const bytes of samples(datagrams(credentials, target), options.cases, options.seed)) {
        // Round-robin over the addresses, then over each one's ports; paced to RATE_PER_HOST from each address.
        const host = sent % SOURCE_HOSTS.length;
        const socket = sources[host][Math.floor(sent / SOURCE_HOSTS.length) % PORTS_PER_HOST];
        const due = started + (sent / (RATE_PER_HOST * SOURCE_HOSTS.length)) * 1000;
        if (due > performance.now()) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
        await new Promise((resolve) => socket.send(bytes, target.address.port, target.address.host, resolve));
        sent++;
      }
      const answered = await pingAnswered(tls, target);
      const view = await target.probe().then(
        () => 'unchanged',
        (error: Error) => error.message,
      );
      const ports = SOURCE_HOSTS.length * PORTS_PER_HOST;
      const rate = RATE_PER_HOST * SOURCE_HOSTS.length;
      results.push({
        name: `${target.name}: ${sent} hostile datagrams from ${ports} ports, ${rate} a second`,
        outcome: `${answered ? 'answered a ping afterwards' : 'did not answer a ping'}; its view: ${view}`,
        ok: answered && view === 'unchanged',
      });
    }
  } finally {
    for (const socket of sources.flat()) socket.close();
  }
  return results;
}

/**
 * A member holding another worker's certificate (`tls`) relays a statement that w1 is elsewhere and
 * unavailable, newer than w1's own; the director's view of w1 must not change.
 */
export async function forgedStatement(
  director: MembershipTarget,
  tls: TlsMaterial,
  genuineIncarnation: number,
): Promise<AbuseResult> {
  const impostor = await UdpMembershipTransport.open({ tls, bind: { host: '127.0.0.1', port: 0 } });
  try {
    const forged: Packet = {
      from: impostor.id,
      gossip: [
        {
          type: 'alive',
          id: 'spiffe://switchyard/worker/w1',
          incarnation: genuineIncarnation + 10,
          address: { host: '127.0.0.1', port: 9 },
          meta: { role: 'worker', tags: { available: 'false', endpoint: 'evil.example:1' } },
          proof: new Uint8Array(72),
        },
      ],
    };
    impostor.send(director.address, forged, { recipient: director.member });
    const answered = await ping(impostor, director);
    const view = await director.probe().then(
      () => 'unchanged',
      (error: Error) => error.message,
    );
    return {
      name: `${director.name}: worker/fuzz relays "w1 is elsewhere and unavailable"`,
      outcome: `view of w1: ${view}`,
      ok: answered && view === 'unchanged',
    };
  } finally {
    await impostor.close();
  }
}

async function pingAnswered(tls: TlsMaterial, target: MembershipTarget): Promise<boolean> {
  const transport = await UdpMembershipTransport.open({ tls, bind: { host: '127.0.0.1', port: 0 } });
  try {
    return await ping(transport, target);
  } finally {
    await transport.close();
  }
}

/**
 * Pings `target` until it acks (every 250 ms, for at most 10 s: datagrams may be lost, a receive buffer just
 * flooded may drop one). A member handles datagrams in order, so once it answers, it has handled everything
 * sent before.
 */
function ping(transport: UdpMembershipTransport, target: MembershipTarget): Promise<boolean> {
  const seq = 1 + Math.floor(Math.random() * 1e9);
  const send = () =>
    transport.send(
      target.address,
      { from: transport.id, request: { type: 'ping', seq, target: target.member }, gossip: [] },
      { recipient: target.member },
    );
  return new Promise((resolve) => {
    const finish = (answered: boolean) => {
      clearInterval(resend);
      clearTimeout(timer);
      resolve(answered);
    };
    const resend = setInterval(send, 250);
    const timer = setTimeout(() => finish(false), 10_000);
    transport.onPacket((_from, _sender, packet) => {
      if (packet.request?.type === 'ack' && packet.request.seq === seq) finish(true);
    });
    send();
  });
}
