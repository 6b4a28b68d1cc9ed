// The synthetic stream every worker serves: the text of a token is a pure function of the prompt and the
// sequence number, so any worker continues any session, and anyone holding the prompt can check what a client
// received, token by token, without trusting the client's own count.

const WORDS = (
  'the a quick lazy bright quiet river stone signal packet stream token worker client director ' +
  'north south east west early late over under through across light heavy open closed swift slow ' +
  'copper silver amber cobalt harbor bridge tunnel valley summit meadow forest desert island canyon ' +
  'ember frost storm breeze thunder echo orbit comet nebula pulse rhythm cipher anchor lantern compass'
).split(' ');

/** FNV-1a over the prompt: computed once per stream, then mixed with each sequence number. */
export function promptHash(prompt: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < prompt.length; i++) hash = Math.imul(hash ^ prompt.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * The text of token `sequence` of the prompt with hash `prompt` (see `promptHash`): a pure function, so
 * any worker produces the same continuation of any session and a resumed stream is indistinguishable from
 * an uninterrupted one.
 */
export function syntheticTokenText(prompt: number, sequence: number): string {
  let hash = Math.imul(prompt ^ sequence, 0x01000193);
  hash = Math.imul(hash ^ Math.floor(sequence / 2 ** 32), 0x01000193);
  hash ^= hash >>> 15;
  return `${sequence === 1 ? '' : ' '}${WORDS[(hash >>> 0) % WORDS.length]}`;
}
