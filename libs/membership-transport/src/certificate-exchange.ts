import type { Address, AliveMessage, Delivery, MemberId, Packet } from '@switchyard/membership';
import { fingerprintOf, type CertificateBook, type KnownCertificate } from './certificate-book.js';
import type { Body } from './codec.js';
import { proofFingerprint } from './credentials.js';
import { envelopeOverhead } from './envelope.js';
import { PendingStatements } from './pending-statements.js';
import type { SourceBudget } from './source-budget.js';

/** Certificates asked of a relayer because of one datagram from it, at most. */
const MAX_REQUESTS_PER_DATAGRAM = 4;
/** Fingerprints answered from one certificate request, at most. */
const MAX_FINGERPRINTS_ANSWERED = 8;
/** Room left for a certificate asked for, beyond the size of the ones this member knows. */
const CERTIFICATE_SLACK_BYTES = 256;
/** Bytes of a certificate request's body for one fingerprint. */
const FINGERPRINT_REQUEST_BYTES = 24;
/** Bytes of a certificates answer's body around the certificates. */
const ANSWER_BODY_BYTES = 8;

/** What the exchange needs from the transport. */
export interface CertificateExchangeOptions {
  book: CertificateBook;
  /** This member's id and certificate (DER). */
  own: { id: MemberId; der: Uint8Array };
  /** Certificate requests each relayer may be sent. */
  requests: SourceBudget;
  /** Monotonic milliseconds, for the statements held. */
  now(): number;
  /** Sends `body` to `to`, bound to `recipient`; `answering` bounds and rate-limits an answer; `paddingBytes` pads it. */
  send(to: Address, body: Body, recipient: MemberId, options: { answering?: Delivery; paddingBytes?: number }): void;
  /** Delivers statements whose certificate came. */
  deliver(from: Address, sender: MemberId, packet: Packet): void;
}

/**
 * Relayed certificates fetched on demand: a statement relayed about a member whose certificate this one has not
 * seen is held back (`PendingStatements`) and its certificate asked of the relayer, in a request padded to the size
 * of its answer; certificates asked of this member are sent back no larger than the request; a certificate that
 * comes is checked only when it was asked for.
 */
export class CertificateExchange {
  private readonly pending: PendingStatements;

  constructor(private readonly options: CertificateExchangeOptions) {
    this.pending = new PendingStatements(options.now);
  }

  /**
   * Statements in `packet` signed with certificates not seen yet: held. Their certificates are asked of the relayer
   * when it presented its cookie (`authenticated`: a member this one has spoken to, so the request cannot be aimed
   * at anyone else by a forged source address), within its request budget and at most a few for one datagram; so
   * are those of statements it relayed before it had a cookie to present (a seed's answer to a join, a member's
   * answer to a restarted one's first datagram), which would otherwise wait for a push-pull to bring them again.
   */
  holdUnknown(from: Address, relayer: KnownCertificate, packet: Packet, authenticated: boolean): void {
    const { book, own, requests } = this.options;
    const statements: AliveMessage[] = packet.gossip.filter((g): g is AliveMessage => g.type === 'alive');
    if (packet.request?.type === 'push-pull') statements.push(...packet.request.states);
    for (const statement of statements) {
      const fingerprint = proofFingerprint(statement);
      if (!fingerprint || book.byPrint(fingerprint)) continue;
      this.pending.hold(hex(fingerprint), { from, sender: relayer.id, statement });
    }
    if (!authenticated || this.pending.size === 0) return;
    let asked = 0;
    for (const key of this.pending.awaitedFrom(relayer.id)) {
      const fingerprint = new Uint8Array(Buffer.from(key, 'hex'));
      // Learnt meanwhile (its member spoke to this one directly): nothing to ask.
      if (book.byPrint(fingerprint)) {
        this.deliverHeld(key);
        continue;
      }
      if (asked >= MAX_REQUESTS_PER_DATAGRAM || this.pending.asked(key)) continue;
      if (!requests.take(relayer.id)) break;
      this.pending.markAsked(key);
      asked++;
      // Padded to hold the answer: the relayer's envelope and a certificate about as large as the largest known.
      const answerBytes =
        envelopeOverhead(relayer.der.byteLength, own.id) +
        Math.max(relayer.der.byteLength, own.der.byteLength) +
        CERTIFICATE_SLACK_BYTES;
      const requestBytes = envelopeOverhead(own.der.byteLength, relayer.id) + FINGERPRINT_REQUEST_BYTES;
      const paddingBytes = Math.max(0, answerBytes - requestBytes);
      this.options.send(from, { kind: 'certificate-request', fingerprints: [fingerprint] }, relayer.id, {
        paddingBytes,
      });
    }
  }

  /**
   * Sends `requester` the certificates it asked for that this member knows, as many as fit in the size of its
   * request (a requester pads its request for the one it needs), in one datagram.
   */
  answer(
    to: Address,
    requester: MemberId,
    fingerprints: Uint8Array[],
    request: Delivery & { requestBytes: number },
  ): void {
    const { book, own } = this.options;
    let room = request.requestBytes - envelopeOverhead(own.der.byteLength, requester) - ANSWER_BODY_BYTES;
    const certificates: Uint8Array[] = [];
    for (const fingerprint of fingerprints.slice(0, MAX_FINGERPRINTS_ANSWERED)) {
      const cert = book.byPrint(fingerprint);
      if (!cert || certificates.includes(cert.der)) continue;
      if (cert.der.byteLength + 4 > room) break;
      certificates.push(cert.der);
      room -= cert.der.byteLength + 4;
    }
    if (certificates.length > 0)
      this.options.send(to, { kind: 'certificates', certificates }, requester, { answering: request });
  }

  /** A certificate that came: checked if it was asked for, then the statements that waited for it are delivered. */
  release(der: Uint8Array): void {
    const fingerprint = fingerprintOf(der);
    const key = hex(fingerprint);
    // Only certificates this member asked for (within the relayers' request budgets) are checked: a member cannot
    // make this one check certificates at will by relaying statements and sending certificates nobody asked for.
    if (!this.pending.asked(key) || !this.pending.waitsFor(key) || !this.options.book.admit(der, fingerprint)) return;
    this.deliverHeld(key);
  }

  /** Delivers the statements that waited for the certificate `key` (hex fingerprint), now known. */
  private deliverHeld(key: string): void {
    for (const { from, sender, statement } of this.pending.release(key)) {
      this.options.deliver(from, sender, { from: sender, gossip: [statement] });
    }
  }
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
