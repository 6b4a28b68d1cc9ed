import { describe, expect, it } from '@jest/globals';
import { parseKeys, hashApiKey } from './api-keys.js';
import { renderChat } from './chat-template.js';

describe('renderChat', () => {
  const messages = [
    { role: 'developer' as const, content: 'be brief' },
    {
      role: 'user' as const,
      content: [
        { type: 'text' as const, text: 'hi' },
        { type: 'text' as const, text: ' there' },
      ],
    },
  ];

  it('chatml: a turn per message (developer as system), then the assistant’s turn opened', () => {
    expect(renderChat('chatml', messages)).toBe(
      '<|im_start|>system\nbe brief<|im_end|>\n<|im_start|>user\nhi there<|im_end|>\n<|im_start|>assistant\n',
    );
  });

  it('plain: the contents, a line each', () => {
    expect(renderChat('plain', messages)).toBe('be brief\nhi there');
  });
});

describe('parseKeys', () => {
  it('reads sha256 lines with optional labels, skipping comments and blank lines', () => {
    const hash = hashApiKey('sk-a');
    const keys = parseKeys(`# keys\n\nsha256:${hash} team a\nsha256:${hashApiKey('sk-b')}\n`);
    expect([...keys.values()]).toEqual([{ name: 'team a' }, { name: hashApiKey('sk-b').slice(0, 8) }]);
    expect(keys.has(hash)).toBe(true);
  });

  it('refuses a line that is not a hash, naming it: a key in clear text is never accepted', () => {
    expect(() => parseKeys(`sha256:${hashApiKey('x')}\nsk-in-clear\n`)).toThrow('line 2 is not sha256:');
  });
});
