import type { Picker } from './picker.js';

interface Load {
  /** The load the member last published. */
  published: number;
  /** Picks of it here since that figure arrived. */
  since: number;
}

/**
 * The least loaded eligible member, ties broken round-robin (the first after the previous pick, in join order). A
 * member's load is what it last published plus the picks of it here since: members publish their load at most once a
 * second, and without counting its own picks a director would send a whole burst of sessions (a dead worker's,
 * failing over together) to the one worker that looked idle. Several directors each count only their own picks, so
 * until the next published figure an idle worker may get up to one burst share from each of them.
 */
export class LeastLoadedPicker implements Picker {
  private readonly loads = new Map<string, Load>();
  private readonly ring: string[] = [];
  /** Index in `ring` of the last pick; -1 before the first. */
  private cursor = -1;

  get members(): readonly string[] {
    return this.ring;
  }

  add(member: string): void {
    if (this.loads.has(member)) return;
    this.loads.set(member, { published: 0, since: 0 });
    this.ring.push(member);
  }

  remove(member: string): void {
    if (!this.loads.delete(member)) return;
    const index = this.ring.indexOf(member);
    this.ring.splice(index, 1);
    if (index <= this.cursor) this.cursor--;
  }

  observeLoad(member: string, load: number): void {
    const entry = this.loads.get(member);
    if (!entry) return;
    entry.published = load;
    entry.since = 0;
  }

  /** The load of `member` as this picker reckons it: published, plus picks since. */
  load(member: string): number {
    const entry = this.loads.get(member);
    return entry ? entry.published + entry.since : 0;
  }

  pick(eligible: (member: string) => boolean, excluded?: string): string | undefined {
    const n = this.ring.length;
    let best: number | undefined;
    let fallback: number | undefined;
    for (let step = 1; step <= n; step++) {
      const index = (((this.cursor + step) % n) + n) % n;
      const member = this.ring[index];
      if (!eligible(member)) continue;
      if (member === excluded) fallback = index;
      else if (best === undefined || this.load(member) < this.load(this.ring[best])) best = index;
    }
    const chosen = best ?? fallback;
    if (chosen === undefined) return undefined;
    this.cursor = chosen;
    const member = this.ring[chosen];
    this.loads.get(member)!.since++;
    return member;
  }
}
