import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a retry token is good for: a client uses it at once, one round trip after it was issued. */
export const RETRY_TOKEN_LIFETIME_MS = 10_000;
const VERSION = 1;
const MAC_BYTES = 16;
const MAX_CID_BYTES = 20;
/** Used tokens remembered at most (a connection accepted every 150 µs for a token lifetime). */
const MAX_USED = 65_536;

/**
 * Stateless-retry tokens (RFC 9000 section 8.1.2): a listener answers a client's first Initial with a Retry
 * carrying one, and accepts a connection only from an Initial that returns a token it signed, for the same client
 * address and port, to the connection id the Retry gave, within RETRY_TOKEN_LIFETIME_MS. So a connection costs the
 * listener a handshake only once the client has shown it receives at its address, and a token cannot be forged,
 * moved to another address or connection id, or used after it expires. The key is the listener's own, random.
 *
 * Layout: version (1) | expiry, on the listener's monotonic clock in ms (8) | original dcid length (1) | original dcid | MAC (16), the MAC
 * an HMAC-SHA256 over everything before it and the address, port and new connection id.
 */
export class RetryTokens {
  private readonly key: Buffer;
  /** Connection ids whose token was used, with when their token expires, oldest first. */
  private readonly used = new Map<string, number>();

  constructor(
    /** Monotonic milliseconds: a token is checked by the process that minted it. */
    private readonly now: () => number = () => performance.now(),
    key: Buffer = randomBytes(32),
  ) {
    this.key = key;
  }

  /** A token for a client at `host:port` whose Initial had `originalDcid`, retried to `retryScid`. */
  mint(host: string, port: number, retryScid: Uint8Array, originalDcid: Uint8Array): Buffer {
    const body = Buffer.alloc(1 + 8 + 1 + originalDcid.length);
    body.writeUInt8(VERSION, 0);
    body.writeBigUInt64BE(BigInt(Math.ceil(this.now() + RETRY_TOKEN_LIFETIME_MS)), 1);
    body.writeUInt8(originalDcid.length, 9);
    body.set(originalDcid, 10);
    return Buffer.concat([body, this.mac(body, host, port, retryScid)]);
  }

  /** The original dcid a valid token carries, or undefined for a token forged, moved, mangled or expired. */
  verify(token: Uint8Array, host: string, port: number, dcid: Uint8Array): Buffer | undefined {
    if (token.length < 1 + 8 + 1 + MAC_BYTES || token[0] !== VERSION) return undefined;
    const length = token[9];
    if (length > MAX_CID_BYTES || token.length !== 10 + length + MAC_BYTES) return undefined;
    const bytes = Buffer.from(token.buffer, token.byteOffset, token.byteLength);
    const body = bytes.subarray(0, 10 + length);
    const given = bytes.subarray(10 + length);
    if (!timingSafeEqual(given, this.mac(body, host, port, dcid))) return undefined;
    if (Number(body.readBigUInt64BE(1)) < this.now()) return undefined;
    return Buffer.from(body.subarray(10));
  }

  /**
   * Marks the connection id a token was minted for as used, so a replayed token (the same Initial sent again, by the
   * client or by anyone who saw it) opens no second connection; false when it was used already. Ids are kept for the
   * token lifetime, at most MAX_USED of them.
   */
  use(retryScid: Uint8Array): boolean {
    const now = this.now();
    for (const [id, expires] of this.used) {
      if (expires >= now && this.used.size < MAX_USED) break;
      this.used.delete(id);
    }
    const key = Buffer.from(retryScid).toString('latin1');
    if (this.used.has(key)) return false;
    this.used.set(key, now + RETRY_TOKEN_LIFETIME_MS);
    return true;
  }

  private mac(body: Uint8Array, host: string, port: number, cid: Uint8Array): Buffer {
    const where = Buffer.from(`${host}|${port}|`, 'latin1');
    return createHmac('sha256', this.key).update(body).update(where).update(cid).digest().subarray(0, MAC_BYTES);
  }
}
