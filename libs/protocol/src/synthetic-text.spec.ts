import { describe, expect, it } from '@jest/globals';
import { promptHash, syntheticTokenText } from './synthetic-text.js';

describe('syntheticTokenText', () => {
  it('depends only on the prompt and the sequence number', () => {
    const first = Array.from({ length: 50 }, (_, i) => syntheticTokenText(promptHash('prompt'), i + 1));
    const again = Array.from({ length: 50 }, (_, i) => syntheticTokenText(promptHash('prompt'), i + 1));
    expect(again).toEqual(first);
    expect(first[0].startsWith(' ')).toBe(false);
    expect(first.slice(1).every((t) => t.startsWith(' ') && t.length > 1)).toBe(true);
    const other = Array.from({ length: 50 }, (_, i) => syntheticTokenText(promptHash('another prompt'), i + 1));
    expect(other).not.toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(10);
  });
});
