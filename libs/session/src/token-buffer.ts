/** A chunk of the answer as a session's consumer sees it: one or more engine tokens. */
export interface Token {
  /** The sequence number of its last engine token (the first of the answer is 1). */
  sequence: number;
  /** Their text, decoded after the tokens before them. */
  text: string;
  /** The engine's token ids; empty from a worker that sends text alone (one token, then). */
  tokenIds: number[];
  /** The worker that produced it. */
  worker: string;
}

/**
 * Tokens received and not yet taken by the consumer. It holds up to `capacity`; past that, `push`
 * returns a promise that resolves when the consumer has made room, so a slow consumer slows the
 * stream (through RPC flow control) instead of growing memory.
 */
export class TokenBuffer {
  private readonly items: Token[] = [];
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('capacity must be at least 1');
  }

  get size(): number {
    return this.items.length;
  }

  /** Adds a token; undefined when there is room for more, else a promise that resolves when there is. */
  push(token: Token): Promise<void> | undefined {
    this.items.push(token);
    this.wake('consumer');
    if (this.items.length < this.capacity) return undefined;
    return new Promise((resolve) => (this.wakeProducer = resolve));
  }

  shift(): Token | undefined {
    const token = this.items.shift();
    if (this.items.length < this.capacity) this.wake('producer');
    return token;
  }

  /** Resolves when a token is available or `signal` aborts. */
  available(signal: AbortSignal): Promise<void> {
    if (this.items.length > 0 || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        signal.removeEventListener('abort', done);
        this.wakeConsumer = undefined;
        resolve();
      };
      this.wakeConsumer = done;
      signal.addEventListener('abort', done);
    });
  }

  /** Lets a waiting producer go on (the session is stopping). */
  release(): void {
    this.wake('producer');
  }

  private wake(side: 'consumer' | 'producer'): void {
    const wake = side === 'consumer' ? this.wakeConsumer : this.wakeProducer;
    if (side === 'consumer') this.wakeConsumer = undefined;
    else this.wakeProducer = undefined;
    wake?.();
  }
}
