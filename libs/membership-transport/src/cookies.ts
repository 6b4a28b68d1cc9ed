import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { COOKIE_BYTES, isNoCookie } from './envelope.js';

const CONTEXT = 'switchyard membership cookie v1';

/**
 * Return-routability cookies (as SCTP's, DTLS's and QUIC's address validation): this member gives every member it
 * sends to a cookie, an HMAC of that member's certificate fingerprint under a secret that never leaves this process,
 * and that member presents it in whatever it sends back. A datagram presenting the right cookie for its certificate
 * comes from a member this one has spoken to, or from somebody who can read their traffic (on the path); it is
 * charged to that member's own budget, checked at the cost of one hash and one HMAC, before any signature. Anything
 * else (a first contact, a forged source address, a certificate made by anyone) is charged to the budgets of
 * unauthenticated traffic, so that none of it can spend a known member's.
 *
 * No secret is shared: a cookie is worth nothing to anyone but the member it was given to, a restart makes new ones
 * (the first datagrams after it are unauthenticated until the restarted member's own datagrams hand out fresh ones),
 * and there is nothing to rotate or distribute.
 */
export class Cookies {
  private readonly secret = randomBytes(32);

  /** The cookie of the member whose certificate has `fingerprint`. */
  issue(fingerprint: Uint8Array): Uint8Array {
    return new Uint8Array(
      createHmac('sha256', this.secret).update(CONTEXT).update(fingerprint).digest().subarray(0, COOKIE_BYTES),
    );
  }

  /** True when `presented` is the cookie of `fingerprint` (compared in constant time). */
  valid(fingerprint: Uint8Array, presented: Uint8Array): boolean {
    if (presented.byteLength !== COOKIE_BYTES || isNoCookie(presented)) return false;
    return timingSafeEqual(this.issue(fingerprint), presented);
  }
}
