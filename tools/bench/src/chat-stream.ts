/** One streamed chat answer through a gateway, as its caller saw it. */
export interface ChatStream {
  /** The gateway's `x-request-id`, which its log lines name. */
  requestId: string;
  /** When the request was sent (performance.now()). */
  began: number;
  /** When each token (a chunk with content) arrived. */
  arrivals: number[];
  /** Whether `data: [DONE]` came. */
  done: boolean;
  /** When reading the response failed (the connection broke), if it did. */
  brokeAt?: number;
}

/**
 * Streams one chat completion (`stream: true`) of `tokens` tokens through the gateway at `url` with plain `fetch`,
 * noting each token's arrival (`onToken` with the count so far). Rejects on a status other than 200; a response that
 * breaks resolves with `brokeAt`.
 */
export async function streamChat(
  url: string,
  request: { prompt: string; tokens: number },
  onToken: (count: number) => void = () => {},
): Promise<ChatStream> {
  const began = performance.now();
  const response = await fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'synthetic',
      messages: [{ role: 'user', content: request.prompt }],
      max_tokens: request.tokens,
      stream: true,
    }),
  });
  if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
  const result: ChatStream = {
    requestId: response.headers.get('x-request-id') ?? '',
    began,
    arrivals: [],
    done: false,
  };
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for await (const bytes of response.body!) {
      buffered += decoder.decode(bytes, { stream: true });
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const event = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        if (event === 'data: [DONE]') result.done = true;
        else if (event.includes('"content":"') && !event.includes('"content":""')) {
          result.arrivals.push(performance.now());
          onToken(result.arrivals.length);
        }
      }
    }
  } catch {
    result.brokeAt = performance.now();
  }
  return result;
}
