import { X509Certificate, createPrivateKey, sign, verify, type KeyObject } from 'node:crypto';
import type { AliveMessage, MemberId, StateVerifier } from '@switchyard/membership';
import { certificateIdentity, identityUri, type TlsMaterial } from '@switchyard/transport-quic';
import { FINGERPRINT_BYTES, MEMBER_ROLES, fingerprintOf, type CertificateBook } from './certificate-book.js';
import { statementBytes } from './codec.js';

/** This member's key and certificate, and the member they make it. */
export class OwnCredentials {
  readonly id: MemberId;
  /** `director` or `worker`, from the certificate. */
  readonly role: string;
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
    this.role = identity.role;
    this.der = new Uint8Array(cert.raw);
    this.fingerprint = fingerprintOf(this.der);
    this.key = createPrivateKey(tls.key);
  }

  sign(data: Uint8Array): Uint8Array {
    return new Uint8Array(sign('sha256', data, this.key));
  }
}

/**
 * Statements are signed by the member they are about: the proof is the fingerprint of its certificate and its
 * signature over the statement's exact bytes (`statementBytes`). A statement is accepted only with a known
 * certificate that names the member it is about, a role that is the certificate's (so that what a member says of
 * itself cannot make up a role: metrics are labelled by it), and a valid signature: no member can state another
 * one's address or tags.
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
      if (!cert || cert.id !== message.id || cert.role !== message.meta.role) return false;
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
