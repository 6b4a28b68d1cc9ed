import { describe, expect, it } from '@jest/globals';
import { worker } from './index.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// 64-bit fields become JavaScript numbers (--force-number), which are exact only up to 2^53 - 1. Past it, 2^53 + 1
// reads as 2^53 and `sequence + 1 === sequence`: a worker resumed after 2^53 - 2 would send token 2^53 for ever,
// and a client checking `sequence === last + 1` would deliver it every time. Decoding refuses such values.
const token = (sequence: number) => worker.v1.GenerateEvent.encode({ token: { sequence, text: 't' } }).finish();

/** A GenerateEvent whose token sequence is `value`, written as a varint by hand (any uint64 a peer could send). */
function rawToken(value: bigint): Uint8Array {
  const varint: number[] = [];
  for (let v = value; ; v >>= 7n) {
    if (v < 0x80n) {
      varint.push(Number(v));
      break;
    }
    varint.push(Number(v & 0x7fn) | 0x80);
  }
  // GenerateEvent.token (field 2, length-delimited) { sequence (field 1, varint) }
  return Uint8Array.from([0x12, varint.length + 1, 0x08, ...varint]);
}

describe('64-bit fields', () => {
  it('carry every safe integer exactly, up to 2^53 - 1', () => {
    for (const sequence of [0, 1, 2 ** 32, MAX_SAFE - 1, MAX_SAFE]) {
      expect(worker.v1.GenerateEvent.decode(token(sequence)).token?.sequence).toBe(sequence);
    }
  });

  it('refuse to decode a value past 2^53 - 1 instead of rounding it', () => {
    expect(worker.v1.GenerateEvent.decode(rawToken(BigInt(MAX_SAFE))).token?.sequence).toBe(MAX_SAFE);
    for (const value of [2n ** 53n, 2n ** 53n + 1n, 2n ** 60n, 2n ** 64n - 1n]) {
      expect(() => worker.v1.GenerateEvent.decode(rawToken(value))).toThrow(/2\^53/);
    }
    const request = Uint8Array.from([0x18, ...rawToken(2n ** 53n + 1n).slice(3)]); // resume_after (field 3)
    expect(() => worker.v1.GenerateRequest.decode(request)).toThrow(/2\^53/);
  });
});
