import { createSocket } from 'node:dgram';
import fc from 'fast-check';
import type { Address, MemberId, Packet } from '@switchyard/membership';
import { OwnCredentials, UdpMembershipTransport, encodeBody, seal } from '@switchyard/membership-transport';
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

/** Datagrams sent to each membership port: garbage, truncations, bit flips and valid envelopes of junk. */
function datagrams(credentials: OwnCredentials): fc.Arbitrary<Uint8Array> {
  const valid = seal(credentials, encodeBody({ kind: 'packet', packet: { from: credentials.id, gossip: [] } }));
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
    fc.uint8Array({ maxLength: 1000 }).map((body) => seal(credentials, body)),
  );
}

/**
 * `cases` hostile datagrams at each membership port, from a member identity of the CA; afterwards each one
 * must have answered a ping and its member's view must be unchanged.
 */
export async function fuzzMembership(
  targets: MembershipTarget[],
  tls: TlsMaterial,
  options: { cases: number; seed: number },
): Promise<AbuseResult[]> {
  const credentials = new OwnCredentials(tls);
  const socket = createSocket('udp4');
  const results: AbuseResult[] = [];
  try {
    for (const target of targets) {
      let sent = 0;
      for await (const bytes of samples(datagrams(credentials), options.cases, options.seed)) {
        await new Promise((resolve) => socket.send(bytes, target.address.port, target.address.host, resolve));
        sent++;
      }
      const answered = await pingAnswered(tls, target);
      const view = await target.probe().then(
        () => 'unchanged',
        (error: Error) => error.message,
      );
      results.push({
        name: `${target.name}: ${sent} hostile datagrams`,
        outcome: `${answered ? 'answered a ping afterwards' : 'did not answer a ping'}; its view: ${view}`,
        ok: answered && view === 'unchanged',
      });
    }
  } finally {
    socket.close();
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
    impostor.send(director.address, forged);
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
    transport.send(target.address, {
      from: transport.id,
      request: { type: 'ping', seq, target: target.member },
      gossip: [],
    });
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
