import type { Picker } from './picker.js';

/**
 * Round-robin over a changing membership. Members keep their join order in a ring and the cursor
 * remembers the last member picked, so joins and leaves do not restart the rotation: the next pick
 * is always the first eligible member after the previous pick. Load plays no part.
 */
export class RoundRobinPicker implements Picker {
  private readonly ring: string[] = [];
  /** Index in `ring` of the last pick; -1 before the first. */
  private cursor = -1;

  get members(): readonly string[] {
    return this.ring;
  }

  /** Adds a member at the end of the ring (no-op when present). */
  add(member: string): void {
    if (!this.ring.includes(member)) this.ring.push(member);
  }

  /** Removes a member; the rotation continues with the member that followed it. */
  remove(member: string): void {
    const index = this.ring.indexOf(member);
    if (index < 0) return;
    this.ring.splice(index, 1);
    if (index <= this.cursor) this.cursor--;
  }

  observeLoad(): void {
    // Load plays no part in a rotation.
  }

  /**
   * The next member after the previous pick for which `eligible` holds, skipping `excluded` unless
   * it is the only eligible member. Undefined when none is eligible.
   */
  pick(eligible: (member: string) => boolean, excluded?: string): string | undefined {
    const n = this.ring.length;
    let fallback: number | undefined;
    for (let step = 1; step <= n; step++) {
      const index = (((this.cursor + step) % n) + n) % n;
      const member = this.ring[index];
      if (!eligible(member)) continue;
      if (member === excluded) {
        fallback = index;
        continue;
      }
      this.cursor = index;
      return member;
    }
    if (fallback === undefined) return undefined;
    this.cursor = fallback;
    return this.ring[fallback];
  }
}
