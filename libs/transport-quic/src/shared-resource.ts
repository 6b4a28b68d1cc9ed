/**
 * A resource the connections of a process share while any is open (the dialling UDP socket): opened by the first
 * `acquire`, kept `lingerMs` after the last `release` for the next dial (a failover closes one connection and dials
 * the next; the timer does not keep the process alive), then closed.
 */
export class SharedResource<T> {
  private resource: Promise<T> | undefined;
  private users = 0;
  private closing: Promise<void> = Promise.resolve();
  private linger: ReturnType<typeof setTimeout> | undefined;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly close: (resource: T) => Promise<void>,
    private readonly lingerMs: number,
  ) {}

  /** The resource, opened with `open` if none is. */
  async acquire(open: () => Promise<T>): Promise<T> {
    this.users++;
    clearTimeout(this.linger);
    try {
      await this.closing;
      this.resource ??= open();
      return await this.resource;
    } catch (error) {
      this.resource = undefined;
      this.release();
      throw error;
    }
  }

  release(): void {
    if (--this.users > 0) return;
    if (this.idleWaiters.length > 0) {
      for (const wake of this.idleWaiters.splice(0)) wake();
      return;
    }
    clearTimeout(this.linger);
    this.linger = setTimeout(() => {
      if (this.users === 0) this.stop();
    }, this.lingerMs).unref();
  }

  /** Resolves once no connection uses the resource any more (they have all finished closing) and it is closed. */
  async drained(): Promise<void> {
    if (this.users > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    if (this.users === 0) this.stop();
    await this.closing;
  }

  private stop(): void {
    clearTimeout(this.linger);
    const resource = this.resource;
    if (!resource) return;
    this.resource = undefined;
    this.closing = resource.then((opened) => this.close(opened)).catch(() => undefined);
  }
}
