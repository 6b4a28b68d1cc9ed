import { contentText, type ChatMessage } from './openai-api.js';

/**
 * How a chat's messages become the prompt a session asks for (`GATEWAY_CHAT_TEMPLATE`):
 * - `chatml`: `<|im_start|>role\ncontent<|im_end|>\n` per message, then `<|im_start|>assistant\n`: the template of the
 *   ChatML family (Qwen, many fine-tunes), for workers that run an instruct model from its token ids;
 * - `plain`: the messages' contents, one per line, for base models (and the tests' models).
 * A `developer` message is a `system` one.
 */
export type ChatTemplate = 'chatml' | 'plain';

export function renderChat(template: ChatTemplate, messages: readonly ChatMessage[]): string {
  if (template === 'plain') return messages.map(contentText).join('\n');
  const turns = messages.map(
    (m) => `<|im_start|>${m.role === 'developer' ? 'system' : m.role}\n${contentText(m)}<|im_end|>\n`,
  );
  return `${turns.join('')}<|im_start|>assistant\n`;
}
