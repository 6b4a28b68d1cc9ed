/** How a director chooses among the workers it may assign: `least-loaded` (the default) or `round-robin`. */
export type AssignmentStrategy = 'least-loaded' | 'round-robin';

export const ASSIGNMENT_STRATEGIES: readonly AssignmentStrategy[] = ['least-loaded', 'round-robin'];

/** Chooses a member among those eligible now; members are added once and keep the order they joined in. */
export interface Picker {
  /** Every member, in the order they were added. */
  readonly members: readonly string[];
  /** Adds a member (no-op when present). */
  add(member: string): void;
  /** Removes a member. */
  remove(member: string): void;
  /** The load a member last published (sessions it serves); pickers that ignore load ignore it. */
  observeLoad(member: string, load: number): void;
  /**
   * A member for which `eligible` holds, other than `excluded` unless that is the only eligible one; undefined when
   * none is eligible.
   */
  pick(eligible: (member: string) => boolean, excluded?: string): string | undefined;
}
