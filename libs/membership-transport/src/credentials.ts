import { X509Certificate, createHash, createPrivateKey, sign, verify, type KeyObject } from 'node:crypto';
import type { AliveMessage, MemberId, StateVerifier } from '@switchyard/membership';
import { certificateIdentity, chainError, identityUri, type TlsMaterial } from '@switchyard/transport-quic';
import { statementBytes } from './codec.js';

/** Roles that may be members: the services. Operators and clients may not join. */
const MEMBER_ROLES = new Set(['director', 'worker']);
/** Certificates remembered, most recently used last. */
const MAX_CERTIFICATES = 4096;
const FINGERPRINT_BYTES = 16;

export interface KnownCertificate {
  id: MemberId;
  der: Uint8Array;
  publicKey: KeyObject;
  /** End of validity (wall clock, ms): past it the certificate is refused like any other expired one. */
  validTo: number;
}

export function fingerprintOf(der: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(der).digest().subarray(0, FINGERPRINT_BYTES));
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/**
 * Member certificates this member has checked (chain to the CA, validity, a director or worker identity),
 * by fingerprint and by member. Anything else is refused: nothing from outside the CA joins.
 */
export class CertificateBook {
  private readonly byFingerprint = new Map<string, KnownCertificate>();
  private readonly trusted: Uint8Array[];

  constructor(caPem: string) {
    this.trusted = caPem
      .split(/(?=-----BEGIN CERTIFICATE-----)/)
      .filter((pem) => pem.includes('BEGIN CERTIFICATE'))
      .map((pem) => new Uint8Array(new X509Certificate(pem).raw));
  }

  /** Checks and remembers a member's certificate; undefined (and nothing kept) when it is not acceptable. */
  admit(der: Uint8Array): KnownCertificate | undefined {
    const key = hex(fingerprintOf(der));
    const known = this.byFingerprint.get(key);
    if (known && Date.now() <= known.validTo) {
      this.touch(key, known);
      return known;
    }
    if (known) {
      this.byFingerprint.delete(key);
      return undefined;
    }
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(der);
    } catch {
      return undefined;
    }
    // Members authenticate to each other: the client usage, like a worker towards the director.
    if (chainError([der], this.trusted, { usage: 'client' }) !== undefined) return undefined;
    const identity = certificateIdentity(cert);
    if (!identity || !MEMBER_ROLES.has(identity.role)) return undefined;
    const admitted: KnownCertificate = {
      id: identityUri(identity),
      der,
      publicKey: cert.publicKey,
      validTo: new Date(cert.validTo).getTime(),
    };
    this.touch(key, admitted);
    return admitted;
  }

  /** A certificate checked before and still valid. */
  byPrint(fingerprint: Uint8Array): KnownCertificate | undefined {
    const known = this.byFingerprint.get(hex(fingerprint));
    return known && Date.now() <= known.validTo ? known : undefined;
  }

  private touch(key: string, entry: KnownCertificate): void {
    this.byFingerprint.delete(key);
    this.byFingerprint.set(key, entry);
    if (this.byFingerprint.size > MAX_CERTIFICATES) {
      const [oldest] = this.byFingerprint.keys();
      this.byFingerprint.delete(oldest);
    }
  }
}

/** This member's key and certificate, and the member they make it. */
export class OwnCredentials {
  readonly id: MemberId;
  readonly der: Uint8Array;
  readonly fingerprint: Uint8Array;
  private readonly key: KeyObject;

  constructor(tls: TlsMaterial) {
    const cert = new X509Certificate(tls.cert);
    const identity = certificateIdentity(cert);
    if (!identity || !MEMBER_ROLES.has(identity.role)) {
      throw new Error('a member needs a certificate naming a director or worker identity');
    }
    this.id = identityUri(identity);
    this.der = new Uint8Array(cert.raw);
    this.fingerprint = fingerprintOf(this.der);
    this.key = createPrivateKey(tls.key);
  }

  sign(data: Uint8Array): Uint8Array {
    return new Uint8Array(sign('sha256', data, this.key));
  }
}

/**
 * Statements are signed by the member they are about: the proof is the fingerprint of its certificate and
 * its signature over the statement's exact bytes. A statement is accepted only with a known certificate that
 * names the member it is about and a valid signature, so no member can state another one's address or tags.
 */
export function statementVerifier(own: OwnCredentials, book: CertificateBook): StateVerifier {
  return {
    prove: (statement) => {
      const signature = own.sign(statementBytes(statement));
      const proof = new Uint8Array(FINGERPRINT_BYTES + signature.byteLength);
      proof.set(own.fingerprint);
      proof.set(signature, FINGERPRINT_BYTES);
      return proof;
    },
    verify: (message: AliveMessage) => {
      if (message.proof.byteLength <= FINGERPRINT_BYTES) return false;
      const cert = book.byPrint(message.proof.subarray(0, FINGERPRINT_BYTES));
      if (!cert || cert.id !== message.id) return false;
      try {
        return verify('sha256', statementBytes(message), cert.publicKey, message.proof.subarray(FINGERPRINT_BYTES));
      } catch {
        return false;
      }
    },
  };
}

/** The fingerprint a statement's proof refers to. */
export function proofFingerprint(message: AliveMessage): Uint8Array | undefined {
  return message.proof.byteLength > FINGERPRINT_BYTES ? message.proof.subarray(0, FINGERPRINT_BYTES) : undefined;
}
