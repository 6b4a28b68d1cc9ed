/**
 * Token sequence numbers. They travel as uint64 but are JavaScript numbers on both ends, exact only up to 2^53 - 1
 * (`protobuf-runtime.ts` refuses anything larger on the wire), so that is where a session's sequence ends.
 */

/** The last sequence number a session can have: 2^53 - 1. */
export const MAX_SEQUENCE = Number.MAX_SAFE_INTEGER;

/** A sequence number or resume point: an integer in [0, MAX_SEQUENCE]. */
export function isSequence(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}
