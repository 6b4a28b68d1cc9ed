import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LeastLoadedPicker } from './least-loaded.js';

const all = () => true;

function picker(loads: Record<string, number>): LeastLoadedPicker {
  const p = new LeastLoadedPicker();
  for (const [member, load] of Object.entries(loads)) {
    p.add(member);
    p.observeLoad(member, load);
  }
  return p;
}

function counts(p: LeastLoadedPicker, n: number, excluded?: string): Record<string, number> {
  const result: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const member = p.pick(all, excluded)!;
    result[member] = (result[member] ?? 0) + 1;
  }
  return result;
}

describe('LeastLoadedPicker', () => {
  it('takes the least loaded, and counts its own picks until the member publishes again', () => {
    const p = picker({ a: 5, b: 2 });
    expect([1, 2, 3].map(() => p.pick(all))).toEqual(['b', 'b', 'b']);
    expect(p.load('b')).toBe(5);
    // Equal now: round-robin among the tied.
    expect([1, 2, 3, 4].map(() => p.pick(all))).toEqual(['a', 'b', 'a', 'b']);
    // A published figure replaces the estimate.
    p.observeLoad('a', 0);
    expect(p.load('a')).toBe(0);
    expect(p.pick(all)).toBe('a');
  });

  it('among equally loaded members rotates in join order: with no load at all it is round-robin', () => {
    const p = picker({ a: 0, b: 0, c: 0 });
    expect([1, 2, 3, 4, 5, 6].map(() => p.pick(all))).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });

  it("spreads a burst (a dead worker's sessions failing over together) evenly, before anyone publishes", () => {
    const p = picker({ w1: 0, w2: 0, w3: 0, w4: 0 });
    expect(counts(p, 400)).toEqual({ w1: 100, w2: 100, w3: 100, w4: 100 });
  });

  it('fills a fresh member up to the others first, then spreads', () => {
    const p = picker({ w1: 60, w2: 60, w3: 0 });
    expect(counts(p, 60)).toEqual({ w3: 60 });
    expect(counts(p, 90)).toEqual({ w1: 30, w2: 30, w3: 30 });
  });

  it('never takes the member just left while another is eligible; takes it when it is the only one', () => {
    const p = picker({ a: 0, b: 9, c: 9 });
    expect(counts(p, 50, 'a')).toEqual({ b: 25, c: 25 });
    const alone = picker({ a: 0, b: 0 });
    expect(alone.pick((m) => m === 'a', 'a')).toBe('a');
    expect(alone.pick(() => false, 'a')).toBeUndefined();
    expect(new LeastLoadedPicker().pick(all)).toBeUndefined();
  });

  it('keeps members in the order they joined; a removed member is never picked', () => {
    const p = picker({ a: 0, b: 0, c: 0 });
    p.add('a');
    expect(p.pick(all)).toBe('a');
    p.remove('b');
    p.remove('zz');
    expect(p.members).toEqual(['a', 'c']);
    expect(counts(p, 20)).toEqual({ a: 10, c: 10 });
  });

  it('whatever the loads, ineligibility and exclusion, takes an eligible member no other eligible one is below', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ load: fc.nat(50), eligible: fc.boolean() }), { minLength: 1, maxLength: 6 }),
        fc.nat(5),
        fc.nat(20),
        (members, excludedIndex, picksBefore) => {
          const p = new LeastLoadedPicker();
          members.forEach((m, i) => {
            p.add(`m${i}`);
            p.observeLoad(`m${i}`, m.load);
          });
          for (let i = 0; i < picksBefore; i++) p.pick(all);
          const eligible = (id: string) => members[Number(id.slice(1))].eligible;
          const excluded = `m${excludedIndex}`;
          const candidates = p.members.filter((m) => eligible(m) && m !== excluded);
          const loads = new Map(p.members.map((m) => [m, p.load(m)]));
          const chosen = p.pick(eligible, excluded);
          if (candidates.length === 0) {
            return chosen === (p.members.includes(excluded) && eligible(excluded) ? excluded : undefined);
          }
          return (
            chosen !== undefined &&
            candidates.includes(chosen) &&
            candidates.every((m) => loads.get(m)! >= loads.get(chosen)!)
          );
        },
      ),
    );
  });
});
