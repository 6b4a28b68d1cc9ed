// The synthetic engine every worker can serve: a deterministic stand-in for a model. Its answer to a prompt is a
// pure function of the prompt's token ids, token by token, so any worker continues any session, and anyone
// holding the prompt can check what a client received without trusting the client's own count.
//
// Its vocabulary: ids below WORDS.length are the words an answer is made of; a prompt is tokenized into one id per
// whitespace-separated word, hashed above them. Like a real tokenizer's, a token's text depends on what precedes
// it: a word is preceded by a space except at the start of the answer.

const WORDS = (
  'the a quick lazy bright quiet river stone signal packet stream token worker client director ' +
  'north south east west early late over under through across light heavy open closed swift slow ' +
  'copper silver amber cobalt harbor bridge tunnel valley summit meadow forest desert island canyon ' +
  'ember frost storm breeze thunder echo orbit comet nebula pulse rhythm cipher anchor lantern compass'
).split(' ');

/** The name of the model the synthetic engine serves. */
export const SYNTHETIC_MODEL = 'synthetic';

/** Ids of prompt words lie in [WORDS.length, PROMPT_ID_LIMIT). */
const PROMPT_ID_LIMIT = 1 << 16;

function fnv1a(values: Iterable<number>): number {
  let hash = 0x811c9dc5;
  for (const value of values) hash = Math.imul(hash ^ value, 0x01000193);
  return hash;
}

/** The synthetic engine's tokenization of a prompt: one id per whitespace-separated word. */
export function syntheticPromptTokenIds(prompt: string): number[] {
  const words = prompt.split(/\s+/).filter((word) => word.length > 0);
  return words.map((word) => {
    const hash = fnv1a(Array.from(word, (c) => c.codePointAt(0)!));
    return WORDS.length + ((hash >>> 0) % (PROMPT_ID_LIMIT - WORDS.length));
  });
}

/** The text of answer token `tokenId` at position `sequence` (1 for the first): a space before all but the first. */
export function syntheticDecode(tokenId: number, sequence: number): string {
  const word = WORDS[tokenId];
  if (word === undefined) return '';
  return sequence === 1 ? word : ` ${word}`;
}

/** The synthetic answer to one prompt: its token ids and their text, each a pure function of the position. */
export class SyntheticAnswer {
  readonly promptTokenIds: readonly number[];
  private readonly hash: number;

  /** From the prompt's text, or its token ids (a resumed stream sends those). */
  constructor(prompt: string | readonly number[]) {
    this.promptTokenIds = typeof prompt === 'string' ? syntheticPromptTokenIds(prompt) : prompt;
    this.hash = fnv1a(this.promptTokenIds);
  }

  /** The id of answer token `sequence` (1 for the first). */
  tokenId(sequence: number): number {
    let hash = Math.imul(this.hash ^ sequence, 0x01000193);
    hash = Math.imul(hash ^ Math.floor(sequence / 2 ** 32), 0x01000193);
    hash ^= hash >>> 15;
    return (hash >>> 0) % WORDS.length;
  }

  /** The text of answer token `sequence`. */
  text(sequence: number): string {
    return syntheticDecode(this.tokenId(sequence), sequence);
  }
}
