import { verify, type KeyObject } from 'node:crypto';
import type { OwnCredentials } from './credentials.js';

/** Version of the envelope below; a datagram of any other version is refused. */
export const ENVELOPE_VERSION = 2;
/** Datagrams longer than this are dropped before anything is parsed. */
export const MAX_DATAGRAM_BYTES = 4096;
/** Bytes of a cookie (`cookies.ts`). */
export const COOKIE_BYTES = 16;
/** The longest destination (a member id, UTF-8); identities are far shorter. */
export const MAX_DESTINATION_BYTES = 255;
/** An ECDSA P-256 signature in DER is at most this long (and at least 8 bytes). */
export const MAX_SIGNATURE_BYTES = 72;
const MIN_SIGNATURE_BYTES = 8;
const NO_COOKIE = new Uint8Array(COOKIE_BYTES);

/** What a sender writes around a body, besides its certificate. */
export interface EnvelopeHeader {
  /** The member the datagram is meant for; empty for a seed whose identity the sender does not know yet. */
  destination?: string;
  /** Wall-clock milliseconds since the epoch when it was sent; now when unset. */
  sentAt?: number;
  /** The cookie the receiver gave the sender (`cookies.ts`); none when unset. */
  presented?: Uint8Array;
  /** A cookie for the receiver to present when it sends to the sender; none when unset. */
  issued?: Uint8Array;
  /** Zero bytes that make a request as large as the answer it asks for (a certificate). */
  paddingBytes?: number;
}

/** A datagram whose layout checked out, before anything costly: nothing in it is authenticated yet. */
export interface Envelope extends Required<Omit<EnvelopeHeader, 'paddingBytes'>> {
  certificate: Uint8Array;
  body: Uint8Array;
  /** Everything the signature covers. */
  signed: Uint8Array;
  signature: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A datagram (version 2), big-endian:
 *
 * `u8 version | u8 destination length | destination (UTF-8 member id) | f64 sent at (ms since the epoch) |
 * 16 B cookie presented | 16 B cookie issued | u16 certificate length | certificate (DER) | u16 padding length |
 * padding | u16 body length | body | signature`
 *
 * The signature (ECDSA with SHA-256, by the certificate's key) covers everything before it. The certificate travels
 * in every datagram, so a receiver needs no earlier contact to check it; the destination and the time bind the
 * datagram to one receiver and to ±30 s of its clock; the cookies let a member that was given one skip the budgets
 * of unauthenticated traffic (`cookies.ts`).
 */
export function seal(
  own: Pick<OwnCredentials, 'der' | 'sign'>,
  body: Uint8Array,
  header: EnvelopeHeader = {},
): Uint8Array {
  const destination = encoder.encode(header.destination ?? '');
  if (destination.byteLength > MAX_DESTINATION_BYTES) throw new RangeError('destination too long');
  const padding = header.paddingBytes ?? 0;
  const length =
    2 + destination.byteLength + 8 + 2 * COOKIE_BYTES + 2 + own.der.byteLength + 2 + padding + 2 + body.byteLength;
  const head = new Uint8Array(length);
  const view = new DataView(head.buffer);
  let at = 0;
  head[at++] = ENVELOPE_VERSION;
  head[at++] = destination.byteLength;
  head.set(destination, at);
  at += destination.byteLength;
  view.setFloat64(at, header.sentAt ?? Date.now());
  at += 8;
  head.set(header.presented ?? NO_COOKIE, at);
  at += COOKIE_BYTES;
  head.set(header.issued ?? NO_COOKIE, at);
  at += COOKIE_BYTES;
  view.setUint16(at, own.der.byteLength);
  head.set(own.der, at + 2);
  at += 2 + own.der.byteLength;
  view.setUint16(at, padding);
  at += 2 + padding;
  view.setUint16(at, body.byteLength);
  head.set(body, at + 2);
  const signature = own.sign(head);
  const out = new Uint8Array(head.byteLength + signature.byteLength);
  out.set(head);
  out.set(signature, head.byteLength);
  return out;
}

/**
 * The fields of a datagram whose layout is right (version, every length within the datagram, a signature of a
 * plausible length); undefined otherwise. Costs no cryptography: it is the first check, before any budget.
 */
export function parseEnvelope(datagram: Uint8Array): Envelope | undefined {
  const size = datagram.byteLength;
  if (size > MAX_DATAGRAM_BYTES || size < 2 || datagram[0] !== ENVELOPE_VERSION) return undefined;
  const view = new DataView(datagram.buffer, datagram.byteOffset, size);
  let at = 1;
  const destinationLength = datagram[at++];
  const fixed = destinationLength + 8 + 2 * COOKIE_BYTES + 2;
  if (at + fixed > size) return undefined;
  let destination: string;
  try {
    destination = decoder.decode(datagram.subarray(at, at + destinationLength));
  } catch {
    return undefined;
  }
  at += destinationLength;
  const sentAt = view.getFloat64(at);
  at += 8;
  const presented = datagram.subarray(at, at + COOKIE_BYTES);
  const issued = datagram.subarray(at + COOKIE_BYTES, at + 2 * COOKIE_BYTES);
  at += 2 * COOKIE_BYTES;
  const field = (): Uint8Array | undefined => {
    if (at + 2 > size) return undefined;
    const length = view.getUint16(at);
    if (at + 2 + length > size) return undefined;
    const bytes = datagram.subarray(at + 2, at + 2 + length);
    at += 2 + length;
    return bytes;
  };
  const certificate = field();
  const padding = certificate && field();
  const body = padding && field();
  if (!certificate || !body || certificate.byteLength === 0 || !Number.isFinite(sentAt)) return undefined;
  const signatureLength = size - at;
  if (signatureLength < MIN_SIGNATURE_BYTES || signatureLength > MAX_SIGNATURE_BYTES) return undefined;
  return {
    destination,
    sentAt,
    presented,
    issued,
    certificate,
    body,
    signed: datagram.subarray(0, at),
    signature: datagram.subarray(at),
  };
}

/** True when `envelope`'s signature is `publicKey`'s over what it covers. */
export function signatureValid(envelope: Envelope, publicKey: KeyObject): boolean {
  try {
    return verify('sha256', envelope.signed, publicKey, envelope.signature);
  } catch {
    return false;
  }
}

/** True for a cookie field that holds none (all zero). */
export function isNoCookie(cookie: Uint8Array): boolean {
  return cookie.every((byte) => byte === 0);
}

/** Bytes a sealed datagram adds around its body: for the answer budget. */
export function envelopeOverhead(certificateBytes: number, destination: string, paddingBytes = 0): number {
  return (
    2 +
    encoder.encode(destination).byteLength +
    8 +
    2 * COOKIE_BYTES +
    2 +
    certificateBytes +
    2 +
    paddingBytes +
    2 +
    MAX_SIGNATURE_BYTES
  );
}
