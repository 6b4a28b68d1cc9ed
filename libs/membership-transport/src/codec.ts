import type {
  Address,
  AliveMessage,
  DeadMessage,
  Gossip,
  MemberMeta,
  Packet,
  Request,
  SuspectMessage,
} from '@switchyard/membership';
import { membership } from '@switchyard/protocol';

type Wire = typeof membership.v1;

const address = (a: membership.v1.IAddress | null | undefined): Address => ({
  host: a?.host ?? '',
  port: a?.port ?? 0,
});
const meta = (m: membership.v1.IMeta | null | undefined): MemberMeta => ({
  role: m?.role ?? '',
  tags: { ...(m?.tags ?? {}) },
});

function aliveFrom(a: membership.v1.IAlive): AliveMessage {
  return {
    type: 'alive',
    id: a.id ?? '',
    incarnation: Number(a.incarnation ?? 0),
    address: address(a.address),
    meta: meta(a.meta),
    proof: a.proof ?? new Uint8Array(0),
  };
}

function gossipFrom(g: membership.v1.IGossip): Gossip | undefined {
  if (g.alive) return aliveFrom(g.alive);
  if (g.suspect) {
    const { id, incarnation, from } = g.suspect;
    return { type: 'suspect', id: id ?? '', incarnation: Number(incarnation ?? 0), from: from ?? '' };
  }
  if (g.dead) {
    const { id, incarnation, from, left } = g.dead;
    return { type: 'dead', id: id ?? '', incarnation: Number(incarnation ?? 0), from: from ?? '', left: left ?? false };
  }
  return undefined;
}

function gossipTo(g: Gossip): membership.v1.IGossip {
  if (g.type === 'alive') return { alive: aliveTo(g) };
  if (g.type === 'suspect') return { suspect: { id: g.id, incarnation: g.incarnation, from: g.from } };
  return { dead: { id: g.id, incarnation: g.incarnation, from: g.from, left: g.left } };
}

function aliveTo(a: AliveMessage): membership.v1.IAlive {
  return {
    id: a.id,
    incarnation: a.incarnation,
    address: a.address,
    meta: { role: a.meta.role, tags: { ...a.meta.tags } },
    proof: a.proof,
  };
}

function requestTo(request: Request): Partial<membership.v1.IPacket> {
  switch (request.type) {
    case 'ping':
      return { ping: { seq: request.seq, target: request.target } };
    case 'ping-req':
      return { pingReq: { seq: request.seq, target: request.target, targetAddress: request.targetAddress } };
    case 'ack':
      return { ack: { seq: request.seq } };
    case 'nack':
      return { nack: { seq: request.seq } };
    case 'push-pull':
      return {
        pushPull: {
          states: request.states.map(aliveTo),
          failures: request.failures.map(gossipTo),
          reply: request.reply,
        },
      };
  }
}

function requestFrom(p: membership.v1.IPacket): Request | undefined {
  if (p.ping) return { type: 'ping', seq: p.ping.seq ?? 0, target: p.ping.target ?? '' };
  if (p.pingReq) {
    return {
      type: 'ping-req',
      seq: p.pingReq.seq ?? 0,
      target: p.pingReq.target ?? '',
      targetAddress: address(p.pingReq.targetAddress),
    };
  }
  if (p.ack) return { type: 'ack', seq: p.ack.seq ?? 0 };
  if (p.nack) return { type: 'nack', seq: p.nack.seq ?? 0 };
  if (p.pushPull) {
    const failures = (p.pushPull.failures ?? [])
      .map(gossipFrom)
      .filter((g): g is SuspectMessage | DeadMessage => g !== undefined && g.type !== 'alive');
    return {
      type: 'push-pull',
      states: (p.pushPull.states ?? []).map(aliveFrom),
      failures,
      reply: p.pushPull.reply ?? false,
    };
  }
  return undefined;
}

/** What a datagram carries once its signature checked out. */
export type Body =
  | { kind: 'packet'; packet: Packet }
  | { kind: 'certificate-request'; fingerprints: Uint8Array[] }
  | { kind: 'certificates'; certificates: Uint8Array[] };

export function encodeBody(body: Body): Uint8Array {
  const wire: Wire = membership.v1;
  if (body.kind === 'packet') {
    const { packet } = body;
    const p = {
      from: packet.from,
      gossip: packet.gossip.map(gossipTo),
      ...(packet.request ? requestTo(packet.request) : {}),
    };
    return wire.Datagram.encode({ packet: p }).finish();
  }
  if (body.kind === 'certificate-request') {
    return wire.Datagram.encode({ certificateRequest: { fingerprints: body.fingerprints } }).finish();
  }
  return wire.Datagram.encode({ certificates: { certificates: body.certificates } }).finish();
}

/** Decodes a datagram's body; throws on bytes that are not one. */
export function decodeBody(bytes: Uint8Array): Body {
  const datagram = membership.v1.Datagram.decode(bytes);
  if (datagram.packet) {
    const p = datagram.packet;
    const gossip = (p.gossip ?? []).map(gossipFrom).filter((g): g is Gossip => g !== undefined);
    return { kind: 'packet', packet: { from: p.from ?? '', request: requestFrom(p), gossip } };
  }
  if (datagram.certificateRequest)
    return { kind: 'certificate-request', fingerprints: datagram.certificateRequest.fingerprints ?? [] };
  if (datagram.certificates) return { kind: 'certificates', certificates: datagram.certificates.certificates ?? [] };
  throw new Error('empty datagram');
}

const STATEMENT_CONTEXT = 'switchyard-membership-statement-v2';

/**
 * The exact bytes a member signs for its statement: a context label, then every field length-prefixed (u32,
 * big-endian) and the numbers fixed-width, tags in key order with their count first. No two statements have the same
 * bytes, whatever their strings hold (version 1 joined fields with newlines: a tag value holding a newline read as
 * two tags, and one signature fitted both statements).
 */
export function statementBytes(s: Omit<AliveMessage, 'proof' | 'type'>): Uint8Array {
  const keys = Object.keys(s.meta.tags).sort();
  const strings = [
    STATEMENT_CONTEXT,
    s.id,
    s.address.host,
    s.meta.role,
    ...keys.flatMap((key) => [key, s.meta.tags[key]]),
  ];
  const encoded = strings.map((text) => encoder.encode(text));
  const out = new Uint8Array(encoded.reduce((sum, bytes) => sum + 4 + bytes.byteLength, 0) + 8 + 4 + 4);
  const view = new DataView(out.buffer);
  let at = 0;
  const put = (bytes: Uint8Array) => {
    view.setUint32(at, bytes.byteLength);
    out.set(bytes, at + 4);
    at += 4 + bytes.byteLength;
  };
  // context, id, host; then incarnation, port and the tag count; then role and the tags.
  encoded.slice(0, 3).forEach(put);
  view.setBigUint64(at, BigInt(s.incarnation));
  view.setUint32(at + 8, s.address.port);
  view.setUint32(at + 12, keys.length);
  at += 16;
  encoded.slice(3).forEach(put);
  return out;
}

/** Bytes `gossip` takes in a packet (its field's tag and length included): the membership's gossip budget. */
export function measureGossip(gossip: Gossip): number {
  const size = membership.v1.Gossip.encode(gossipTo(gossip)).finish().byteLength;
  return 1 + varintBytes(size) + size;
}

function varintBytes(value: number): number {
  let bytes = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    bytes++;
  }
  return bytes;
}

const encoder = new TextEncoder();
