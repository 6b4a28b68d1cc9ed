/**
 * Token sequence numbers and the size of a session. A session's resume state is its prompt's token ids and every
 * id generated so far: a resumed `GenerateRequest` carries all of them, so they are bounded together.
 */

/**
 * The most token ids a session holds, its prompt's and its answer's together: an answer reaching it ends with
 * finish reason LENGTH. At most 3 bytes per id on the wire (MAX_TOKEN_ID), a resumed request stays within one RPC
 * frame (256 KiB).
 */
export const MAX_CONTEXT_TOKENS = 65_536;

/** The highest token id (2^21 - 1, 3 bytes as a varint): vocabularies in use have fewer than 2^18 ids. */
export const MAX_TOKEN_ID = 2 ** 21 - 1;

/** A sequence number or resume point: an integer in [0, MAX_CONTEXT_TOKENS]. */
export function isSequence(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_CONTEXT_TOKENS;
}

/** A token id: an integer in [0, MAX_TOKEN_ID]. */
export function isTokenId(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_TOKEN_ID;
}
