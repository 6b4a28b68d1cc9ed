import { describe, expect, it } from '@jest/globals';
import { SyntheticAnswer } from '@switchyard/protocol';
import { DeliveryCheck, checkDelivery } from './delivery.js';

const PROMPT = 'p';
const answer = new SyntheticAnswer(PROMPT);
const token = (sequence: number, textOf = sequence) => ({ sequence, text: answer.text(textOf) });
const exact = (n: number) => Array.from({ length: n }, (_, i) => token(i + 1));

describe('DeliveryCheck', () => {
  it('passes exactly 1..n, once each, in order, with their texts', () => {
    expect(checkDelivery(exact(20), PROMPT, 20)).toEqual({
      delivered: 20,
      missing: 0,
      repeated: 0,
      wrongText: 0,
      problems: [],
    });
  });

  it('finds a token never received, in the middle or at the end', () => {
    const tokens = exact(20).filter((t) => t.sequence !== 7);
    expect(checkDelivery(tokens, PROMPT, 20)).toMatchObject({ missing: 1, problems: ['tokens 7–7 never received'] });
    expect(checkDelivery(exact(18), PROMPT, 20)).toMatchObject({
      missing: 2,
      problems: ['tokens 19–20 never received'],
    });
  });

  it('finds a token received twice', () => {
    const tokens = [...exact(8), token(8), ...exact(12).slice(8)];
    expect(checkDelivery(tokens, PROMPT, 12)).toMatchObject({ repeated: 1, missing: 0, wrongText: 0 });
  });

  it("finds text that is not its sequence number's, as a resume off by one makes it", () => {
    const shifted = [...exact(5), ...[6, 7, 8].map((s) => token(s, s - 1))];
    const report = checkDelivery(shifted, PROMPT, 8);
    expect(report).toMatchObject({ delivered: 8, missing: 0, repeated: 0, wrongText: 3 });
    expect(report.problems[0]).toMatch(/^token 6 is ".*", not ".*"$/);
    // Another prompt's text is wrong everywhere.
    expect(checkDelivery(exact(5), 'another prompt', 5).wrongText).toBeGreaterThan(0);
  });

  it("finds a token id that is not its sequence number's, when the consumer recorded ids", () => {
    const tokens = exact(6).map((t) => ({ ...t, tokenIds: [answer.tokenId(t.sequence)] }));
    expect(checkDelivery(tokens, PROMPT, 6)).toMatchObject({ wrongText: 0, problems: [] });
    tokens[3] = { ...tokens[3], tokenIds: [answer.tokenId(4) + 1] };
    const report = checkDelivery(tokens, PROMPT, 6);
    expect(report).toMatchObject({ wrongText: 1 });
    expect(report.problems).toEqual([`token 4 has ids [${answer.tokenId(4) + 1}], not [${answer.tokenId(4)}]`]);
  });

  it("without a prompt (a real model's answer): chunks of several ids, in order and complete, or not", () => {
    const chunks = [
      { sequence: 3, text: 'abc', tokenIds: [7, 8, 9] },
      { sequence: 4, text: 'd', tokenIds: [1] },
      { sequence: 6, text: 'ef', tokenIds: [2, 3] },
    ];
    expect(checkDelivery(chunks, undefined, 6)).toMatchObject({ delivered: 3, missing: 0, repeated: 0, problems: [] });
    const gap = [chunks[0], chunks[2]];
    expect(checkDelivery(gap, undefined, 6)).toMatchObject({ missing: 1, problems: ['tokens 4–4 never received'] });
    const again = [chunks[0], { sequence: 4, text: 'cd', tokenIds: [9, 1] }];
    expect(checkDelivery(again, undefined, 4)).toMatchObject({ repeated: 1 });
  });

  it('starts after a resume point, and keeps at most ten problems', () => {
    const check = new DeliveryCheck(PROMPT, 100);
    for (let s = 101; s <= 130; s++) check.add(token(s, s + 1));
    const report = check.finish(130);
    expect(report).toMatchObject({ delivered: 30, wrongText: 30 });
    expect(report.problems).toHaveLength(10);
  });
});
