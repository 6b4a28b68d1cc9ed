import { verify } from 'node:crypto';
import type { CertificateBook, KnownCertificate, OwnCredentials } from './credentials.js';

/** Version of the envelope below. */
const VERSION = 1;
/** Datagrams longer than this are dropped before anything is parsed. */
export const MAX_DATAGRAM_BYTES = 4096;

/**
 * A datagram: `u8 version | u16 certificate length | certificate (DER) | u16 body length | body |
 * signature`, the signature (ECDSA with SHA-256, by the certificate's key) covering everything before it.
 * The certificate travels in every datagram, so a receiver needs no earlier contact to check it.
 */
export function seal(own: Pick<OwnCredentials, 'der' | 'sign'>, body: Uint8Array): Uint8Array {
  const head = new Uint8Array(1 + 2 + own.der.byteLength + 2 + body.byteLength);
  const view = new DataView(head.buffer);
  head[0] = VERSION;
  view.setUint16(1, own.der.byteLength);
  head.set(own.der, 3);
  view.setUint16(3 + own.der.byteLength, body.byteLength);
  head.set(body, 5 + own.der.byteLength);
  const signature = own.sign(head);
  const out = new Uint8Array(head.byteLength + signature.byteLength);
  out.set(head);
  out.set(signature, head.byteLength);
  return out;
}

/** The sender and body of a datagram whose certificate and signature check out; undefined otherwise. */
export function open(
  book: CertificateBook,
  datagram: Uint8Array,
): { sender: KnownCertificate; body: Uint8Array } | undefined {
  if (datagram.byteLength > MAX_DATAGRAM_BYTES || datagram.byteLength < 5 || datagram[0] !== VERSION) return undefined;
  const view = new DataView(datagram.buffer, datagram.byteOffset, datagram.byteLength);
  const certLength = view.getUint16(1);
  if (3 + certLength + 2 > datagram.byteLength) return undefined;
  const bodyLength = view.getUint16(3 + certLength);
  const signed = 5 + certLength + bodyLength;
  if (signed >= datagram.byteLength) return undefined;
  const sender = book.admit(datagram.subarray(3, 3 + certLength));
  if (!sender) return undefined;
  try {
    if (!verify('sha256', datagram.subarray(0, signed), sender.publicKey, datagram.subarray(signed))) return undefined;
  } catch {
    return undefined;
  }
  return { sender, body: datagram.subarray(5 + certLength, signed) };
}
