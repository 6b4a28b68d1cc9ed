/**
 * An unbounded single-consumer async queue. Bounds come from the caller: the RPC layer only pushes
 * what the peer's flow-control window allows.
 */
export class MessageQueue<T> {
  private items: T[] = [];
  private head = 0;
  private waiter: { resolve(result: IteratorResult<T>): void; reject(error: unknown): void } | undefined;
  private ended = false;
  private error: unknown = undefined;
  private failed = false;

  get closed(): boolean {
    return this.ended || this.failed;
  }

  push(item: T): void {
    if (this.closed) return;
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter.resolve({ done: false, value: item });
      return;
    }
    this.items.push(item);
  }

  /** No more items: the consumer sees `done` after the buffered ones. */
  end(): void {
    if (this.closed) return;
    this.ended = true;
    this.settleWaiter();
  }

  /** Fails the queue: the consumer gets `error` after the buffered items. */
  fail(error: unknown): void {
    if (this.closed) return;
    this.failed = true;
    this.error = error;
    this.settleWaiter();
  }

  /** Drops buffered items and fails the queue at once. */
  abort(error: unknown): void {
    this.items = [];
    this.head = 0;
    this.ended = false;
    this.fail(error);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.head < this.items.length) {
      const value = this.items[this.head];
      this.items[this.head++] = undefined as T;
      if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      return Promise.resolve({ done: false, value });
    }
    if (this.failed) return Promise.reject(this.error);
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    if (this.waiter) return Promise.reject(new Error('MessageQueue has a single consumer'));
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  private settleWaiter(): void {
    const waiter = this.waiter;
    if (!waiter || this.head < this.items.length) return;
    this.waiter = undefined;
    if (this.failed) waiter.reject(this.error);
    else waiter.resolve({ done: true, value: undefined });
  }
}
