import { X509Certificate } from 'node:crypto';
import { chainError, type ChainCheck } from './identity.js';

/**
 * `chainError` with a memory of chains it accepted. A client dials the same few servers again and again
 * (every failover is a new connection) and a server sees the same client certificates again and again;
 * parsing and verifying the same certificates costs about a millisecond of CPU per handshake. An accepted
 * chain is accepted again without that work while every certificate in it is within its validity period;
 * a refused chain is always checked in full. At most `maxEntries` chains are kept (oldest dropped first).
 */
export class ChainCache {
  private readonly accepted = new Map<string, { notBefore: number; notAfter: number }>();

  constructor(private readonly maxEntries = 256) {}

  check(chain: readonly Uint8Array[], trusted: readonly Uint8Array[], check: ChainCheck): string | undefined {
    const identity = check.identity ? `${check.identity.role}/${check.identity.name ?? ''}` : '';
    const key = [check.usage, check.host ?? '', identity, ...chain.map(base64), '', ...trusted.map(base64)].join('\n');
    const now = (check.now ?? new Date()).getTime();
    const known = this.accepted.get(key);
    if (known && now >= known.notBefore && now <= known.notAfter) return undefined;
    const refusal = chainError(chain, trusted, check);
    if (refusal !== undefined) {
      this.accepted.delete(key);
      return refusal;
    }
    const certs = chain.map((der) => new X509Certificate(der));
    this.accepted.delete(key);
    this.accepted.set(key, {
      notBefore: Math.max(...certs.map((cert) => Date.parse(cert.validFrom))),
      notAfter: Math.min(...certs.map((cert) => Date.parse(cert.validTo))),
    });
    if (this.accepted.size > this.maxEntries) this.accepted.delete(this.accepted.keys().next().value!);
    return undefined;
  }
}

function base64(der: Uint8Array): string {
  return Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
}
