/** The longest prompt a Generate request may carry, in UTF-16 code units (what `string.length` counts). */
export const MAX_PROMPT_CHARS = 64 * 1024;
