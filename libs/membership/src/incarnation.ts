import type { MembershipConfig } from './config.js';

/**
 * The largest incarnation: the largest integer a JavaScript number holds exactly, and the largest a uint64 field
 * decodes to (libs/protocol refuses more). Past it `n + 1 === n`, and a member could never outdo an accusation.
 */
export const MAX_INCARNATION = Number.MAX_SAFE_INTEGER;

/**
 * Incarnations are wall-clock milliseconds: a member starts at the time it starts and restates itself at
 * `max(incarnation + 1, now)`. So a restarted process outdoes everything its predecessor said without having to
 * learn it (unless the predecessor restated faster than once a millisecond), and an incarnation far ahead of any
 * clock is a forgery: `incarnationBound` is the highest one a member accepts, `refutableBound` the highest it
 * outdoes when it is accused (half the horizon, so that its refutation is within every other member's bound
 * while their clocks agree within the other half).
 */
export function nextIncarnation(current: number, epochMs: number): number {
  return Math.min(MAX_INCARNATION, Math.max(current + 1, Math.floor(epochMs)));
}

/** The first incarnation of a member starting at `epochMs`. */
export function firstIncarnation(epochMs: number): number {
  return Math.min(MAX_INCARNATION, Math.max(0, Math.floor(epochMs)));
}

/** The highest incarnation a member whose clock reads `epochMs` accepts from anyone. */
export function incarnationBound(config: MembershipConfig, epochMs: number): number {
  return Math.min(MAX_INCARNATION, Math.floor(epochMs) + config.incarnationHorizonMs);
}

/** The highest accusation of itself a member outdoes (beyond it, the accusation is forged and ignored). */
export function refutableBound(config: MembershipConfig, epochMs: number): number {
  return Math.min(MAX_INCARNATION - 1, Math.floor(epochMs) + Math.floor(config.incarnationHorizonMs / 2));
}

/** True for an integer incarnation in [0, bound]. */
export function acceptableIncarnation(incarnation: number, bound: number): boolean {
  return Number.isSafeInteger(incarnation) && incarnation >= 0 && incarnation <= bound;
}
