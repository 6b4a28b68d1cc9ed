import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RoundRobinPicker } from './round-robin.js';

const all = () => true;
const picks = (picker: RoundRobinPicker, n: number, eligible: (m: string) => boolean = all, excluded?: string) =>
  Array.from({ length: n }, () => picker.pick(eligible, excluded));

function ring(...members: string[]): RoundRobinPicker {
  const picker = new RoundRobinPicker();
  members.forEach((m) => picker.add(m));
  return picker;
}

describe('RoundRobinPicker', () => {
  it('rotates over members in join order', () => {
    expect(picks(ring('a', 'b', 'c'), 7)).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
  });

  it('returns undefined when empty or when nothing is eligible', () => {
    expect(new RoundRobinPicker().pick(all)).toBeUndefined();
    expect(ring('a', 'b').pick(() => false)).toBeUndefined();
  });

  it('skips ineligible members without losing its place', () => {
    const picker = ring('a', 'b', 'c');
    expect(picks(picker, 3, (m) => m !== 'b')).toEqual(['a', 'c', 'a']);
    expect(picker.pick(all)).toBe('b');
  });

  it('skips the excluded member unless it is the only eligible one', () => {
    const picker = ring('a', 'b', 'c');
    expect(picks(picker, 3, all, 'b')).toEqual(['a', 'c', 'a']);
    expect(picker.pick((m) => m === 'b', 'b')).toBe('b');
    expect(picker.pick((m) => m === 'c', 'b')).toBe('c');
  });

  it('keeps the rotation when members join or leave', () => {
    const picker = ring('a', 'b', 'c');
    expect(picks(picker, 2)).toEqual(['a', 'b']);
    picker.add('d');
    expect(picks(picker, 3)).toEqual(['c', 'd', 'a']);
    picker.remove('a'); // the last pick leaves: continue with the one after it
    expect(picks(picker, 2)).toEqual(['b', 'c']);
    picker.remove('b'); // a member before the cursor leaves
    expect(picks(picker, 3)).toEqual(['d', 'c', 'd']);
    picker.remove('d');
    picker.remove('c');
    expect(picker.pick(all)).toBeUndefined();
    picker.add('e');
    expect(picks(picker, 2)).toEqual(['e', 'e']);
  });

  it('is fair under any churn: with stable membership, n consecutive picks are n different members', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('add', 'remove', 'pick', 'pick', 'pick'), fc.nat(5)), { maxLength: 80 }),
        (ops) => {
          const picker = new RoundRobinPicker();
          let turn: string[] = [];
          for (const [op, n] of ops) {
            const member = `m${n}`;
            if (op === 'add' || op === 'remove') {
              const before = picker.members.length;
              if (op === 'add') picker.add(member);
              else picker.remove(member);
              if (picker.members.length !== before) turn = [];
              continue;
            }
            const picked = picker.pick(all);
            if (picked === undefined) {
              expect(picker.members).toHaveLength(0);
              continue;
            }
            expect(picker.members).toContain(picked);
            if (turn.length === picker.members.length) turn = [];
            expect(turn).not.toContain(picked);
            turn.push(picked);
          }
        },
      ),
    );
  });
});
