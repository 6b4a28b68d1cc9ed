import { describe, expect, it } from '@jest/globals';
import { SyntheticAnswer, syntheticDecode, syntheticPromptTokenIds } from './synthetic-text.js';

const answer = (prompt: string | number[], count: number) => {
  const synthetic = new SyntheticAnswer(prompt);
  return Array.from({ length: count }, (_, i) => ({ id: synthetic.tokenId(i + 1), text: synthetic.text(i + 1) }));
};

describe('SyntheticAnswer', () => {
  it('depends only on the prompt and the position', () => {
    const first = answer('prompt', 50);
    expect(answer('prompt', 50)).toEqual(first);
    expect(first[0].text.startsWith(' ')).toBe(false);
    expect(first.slice(1).every((t) => t.text.startsWith(' ') && t.text.length > 1)).toBe(true);
    expect(answer('another prompt', 50)).not.toEqual(first);
    expect(new Set(first.map((t) => t.text)).size).toBeGreaterThan(10);
  });

  it('answers the same from the prompt as from its token ids, and tokenizes by word', () => {
    const ids = syntheticPromptTokenIds('  a  b\ta ');
    expect(ids).toHaveLength(3);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(answer(ids, 20)).toEqual(answer('a b a', 20));
  });

  it('decodes a token by its position: the first of the answer has no leading space', () => {
    const [token] = answer('p', 1);
    expect(syntheticDecode(token.id, 1)).toBe(token.text);
    expect(syntheticDecode(token.id, 2)).toBe(` ${token.text}`);
    expect(syntheticDecode(1 << 20, 2)).toBe('');
  });
});
