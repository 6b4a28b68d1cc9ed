import { describe, expect, it } from '@jest/globals';
import { RETRY_TOKEN_LIFETIME_MS, RetryTokens } from './retry-token.js';

const scid = Buffer.alloc(16, 7);
const odcid = Buffer.alloc(8, 3);

describe('RetryTokens', () => {
  it('gives back the original dcid for the address, port and connection id it was minted for', () => {
    const tokens = new RetryTokens();
    const token = tokens.mint('127.0.0.1', 5000, scid, odcid);
    expect(tokens.verify(token, '127.0.0.1', 5000, scid)).toEqual(odcid);
  });

  it('refuses a token moved to another address, port or connection id, or from another listener', () => {
    const tokens = new RetryTokens();
    const token = tokens.mint('127.0.0.1', 5000, scid, odcid);
    expect(tokens.verify(token, '127.0.0.2', 5000, scid)).toBeUndefined();
    expect(tokens.verify(token, '127.0.0.1', 5001, scid)).toBeUndefined();
    expect(tokens.verify(token, '127.0.0.1', 5000, Buffer.alloc(16, 8))).toBeUndefined();
    expect(new RetryTokens().verify(token, '127.0.0.1', 5000, scid)).toBeUndefined();
  });

  it('refuses every token with a byte changed, cut or lengthened, and garbage', () => {
    const tokens = new RetryTokens();
    const token = tokens.mint('127.0.0.1', 5000, scid, odcid);
    for (let i = 0; i < token.length; i++) {
      const changed = Buffer.from(token);
      changed[i] ^= 0x01;
      expect(tokens.verify(changed, '127.0.0.1', 5000, scid)).toBeUndefined();
    }
    expect(tokens.verify(token.subarray(0, token.length - 1), '127.0.0.1', 5000, scid)).toBeUndefined();
    expect(tokens.verify(Buffer.concat([token, Buffer.of(0)]), '127.0.0.1', 5000, scid)).toBeUndefined();
    expect(tokens.verify(Buffer.alloc(0), '127.0.0.1', 5000, scid)).toBeUndefined();
    expect(tokens.verify(Buffer.alloc(300, 1), '127.0.0.1', 5000, scid)).toBeUndefined();
  });

  it('refuses a token once it has expired', () => {
    let now = 1_000_000;
    const tokens = new RetryTokens(() => now);
    const token = tokens.mint('127.0.0.1', 5000, scid, odcid);
    now += RETRY_TOKEN_LIFETIME_MS;
    expect(tokens.verify(token, '127.0.0.1', 5000, scid)).toEqual(odcid);
    now += 1;
    expect(tokens.verify(token, '127.0.0.1', 5000, scid)).toBeUndefined();
  });

  it('lets each connection id be used once while its token lives, then forgets it', () => {
    let now = 1_000_000;
    const tokens = new RetryTokens(() => now);
    expect(tokens.use(scid)).toBe(true);
    expect(tokens.use(scid)).toBe(false);
    expect(tokens.use(Buffer.alloc(16, 9))).toBe(true);
    now += RETRY_TOKEN_LIFETIME_MS + 1;
    expect(tokens.use(scid)).toBe(true);
  });
});
