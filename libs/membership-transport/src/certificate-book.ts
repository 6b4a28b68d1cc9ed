import { X509Certificate, createHash, type KeyObject } from 'node:crypto';
import type { MemberId } from '@switchyard/membership';
import { certificateIdentity, identityUri } from '@switchyard/transport-quic';

/** Roles that may be members: the services. Operators and clients may not join. */
export const MEMBER_ROLES: ReadonlySet<string> = new Set(['director', 'worker']);
/** Bytes of a certificate fingerprint (a prefix of its SHA-256). */
export const FINGERPRINT_BYTES = 16;
/** Certificates remembered, accepted and refused alike (each, least recently used first out). */
const MAX_CERTIFICATES = 4096;
/** A refused certificate is refused without a second look for this long (a clock that was wrong may be right later). */
const REFUSED_FOR_MS = 10 * 60_000;
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

export interface KnownCertificate {
  id: MemberId;
  /** `director` or `worker`: the only labels a member's metrics may carry. */
  role: string;
  der: Uint8Array;
  fingerprint: Uint8Array;
  publicKey: KeyObject;
  /** End of validity (wall clock, ms): past it the certificate is refused like any other expired one. */
  validTo: number;
}

export function fingerprintOf(der: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(der).digest().subarray(0, FINGERPRINT_BYTES));
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');

/**
 * Member certificates this member has checked, by fingerprint and by member, and those it refused. A certificate is
 * a member's when the CA (parsed once, here) issued it directly, it is within its validity, meant for client
 * authentication (members authenticate each other like a worker towards a director), and names a director or
 * worker identity. A refused certificate is remembered too, so a flood of the same one costs a lookup each; a new
 * one costs a parse and two signature checks, which is why the transport admits few new ones a second.
 */
export class CertificateBook {
  /** Full checks made: what a flood of new certificates costs. */
  checked = 0;
  private readonly accepted = new Map<string, KnownCertificate>();
  private readonly refused = new Map<string, number>();
  private readonly byMember = new Map<MemberId, KnownCertificate>();
  private readonly anchors: X509Certificate[];

  /** `now`: wall-clock milliseconds, for validity. */
  constructor(
    caPem: string,
    private readonly now: () => number = Date.now,
  ) {
    this.anchors = caPem
      .split(/(?=-----BEGIN CERTIFICATE-----)/)
      .filter((pem) => pem.includes('BEGIN CERTIFICATE'))
      .map((pem) => new X509Certificate(pem));
  }

  /** A certificate checked before and still valid; `refused` when it was refused lately; undefined if unknown. */
  lookup(fingerprint: Uint8Array): KnownCertificate | 'refused' | undefined {
    const key = hex(fingerprint);
    const known = this.accepted.get(key);
    if (known) {
      if (this.now() <= known.validTo) return known;
      this.refuse(key);
      return 'refused';
    }
    const refusedAt = this.refused.get(key);
    if (refusedAt === undefined) return undefined;
    if (this.now() - refusedAt < REFUSED_FOR_MS) return 'refused';
    this.refused.delete(key);
    return undefined;
  }

  /** The certificate of `der` if it is a member's (checked now unless known); undefined, and remembered, if not. */
  admit(der: Uint8Array, fingerprint = fingerprintOf(der)): KnownCertificate | undefined {
    const found = this.lookup(fingerprint);
    if (found === 'refused') return undefined;
    if (found) return found;
    this.checked++;
    const key = hex(fingerprint);
    const admitted = this.check(der, fingerprint);
    if (!admitted) {
      this.refuse(key);
      return undefined;
    }
    remember(this.accepted, key, admitted);
    const previous = this.byMember.get(admitted.id);
    if (!previous || previous.validTo <= admitted.validTo) this.byMember.set(admitted.id, admitted);
    return admitted;
  }

  /** A certificate checked before and still valid. */
  byPrint(fingerprint: Uint8Array): KnownCertificate | undefined {
    const found = this.lookup(fingerprint);
    return found === 'refused' ? undefined : found;
  }

  /** The latest certificate of `id` checked, while valid. */
  byId(id: MemberId): KnownCertificate | undefined {
    const known = this.byMember.get(id);
    return known && this.now() <= known.validTo && this.accepted.has(hex(known.fingerprint)) ? known : undefined;
  }

  private refuse(key: string): void {
    const known = this.accepted.get(key);
    this.accepted.delete(key);
    if (known && this.byMember.get(known.id) === known) this.byMember.delete(known.id);
    remember(this.refused, key, this.now());
  }

  private check(der: Uint8Array, fingerprint: Uint8Array): KnownCertificate | undefined {
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(der);
    } catch {
      return undefined;
    }
    const now = this.now();
    const validTo = Date.parse(cert.validTo);
    if (now < Date.parse(cert.validFrom) || now > validTo) return undefined;
    if (!(cert.keyUsage ?? []).includes(CLIENT_AUTH)) return undefined;
    const identity = certificateIdentity(cert);
    if (!identity || !MEMBER_ROLES.has(identity.role)) return undefined;
    // Issuer and subject names first (a string comparison), the CA's signature last.
    if (!this.anchors.some((ca) => cert.checkIssued(ca) && cert.verify(ca.publicKey))) return undefined;
    return { id: identityUri(identity), role: identity.role, der, fingerprint, publicKey: cert.publicKey, validTo };
  }
}

/** Sets `key` as the most recently used entry of `map`, dropping the least recently used past the bound. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_CERTIFICATES) map.delete(map.keys().next().value!);
}
