import { encodeFrames, frameSize, type Frame } from '@switchyard/protocol';

/** Default bytes queued before senders of messages must wait: 256 KiB. */
export const DEFAULT_WRITE_HIGH_WATER_BYTES = 256 * 1024;

/** What the streams of one connection share, so that limits hold per connection and not only per stream. */
export interface ConnectionShare {
  /** Bytes queued for writing, or being written, on all of the connection's streams. */
  queuedBytes: number;
  /** Calls in flight on all of the connection's streams (server side). */
  calls: number;
}

export interface WriteBudget {
  /** Most bytes one stream may have queued or in flight, control frames included. */
  maxStreamBytes: number;
  /** Most bytes all streams of a connection may have queued or in flight together. */
  maxConnectionBytes: number;
  /** The connection's running totals, when the transport provides them. */
  connection?: ConnectionShare;
}

export interface FrameWriterOptions {
  highWaterBytes?: number;
  /** Bounds on what may wait for a peer that does not read. Default: unbounded (tests of the writer only). */
  budget?: WriteBudget;
  /** Called once when a write fails; the writer drops everything after that. */
  onError(error: unknown): void;
  /** Called once when the budget is exceeded; the writer has dropped everything by then. */
  onOverflow?(bytes: number): void;
}

/**
 * Coalesces frames into as few writes as possible: every frame queued in one event-loop turn goes
 * out in one `write()`, and while a write is in flight new frames wait and join the next one. Each
 * write costs the QUIC layer a send loop and at least one datagram, so this is what makes many small
 * calls on one stream fast. `waitForCapacity` is the backpressure: it holds message senders while
 * the queue is above the high-water mark, which happens when the transport does not keep up. Frames that
 * do not wait (statuses, refusals, window updates) are bounded by the budget instead: a peer that keeps
 * calling but never reads makes its stream overflow, and the writer gives up rather than grow.
 */
export class FrameWriter {
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>;
  private readonly highWaterBytes: number;
  private queue: Frame[] = [];
  private queuedBytes = 0;
  /** Bytes handed to the writable and not yet written. */
  private inFlightBytes = 0;
  private scheduled = false;
  private writing = false;
  private state: 'open' | 'closing' | 'closed' | 'failed' = 'open';
  private capacityWaiters: Array<() => void> = [];
  private drainWaiters: Array<() => void> = [];

  constructor(
    writable: WritableStream<Uint8Array>,
    private readonly options: FrameWriterOptions,
  ) {
    this.writer = writable.getWriter();
    this.highWaterBytes = options.highWaterBytes ?? DEFAULT_WRITE_HIGH_WATER_BYTES;
    // A failure is reported through onError; the closed promise must not reject unobserved.
    this.writer.closed.catch(() => undefined);
  }

  get open(): boolean {
    return this.state === 'open';
  }

  /** Queues a frame; it is written within this event-loop turn's flush. Dropped once closed. */
  send(frame: Frame): void {
    if (this.state !== 'open') return;
    const size = frameSize(frame.payload.byteLength);
    this.queue.push(frame);
    this.queuedBytes += size;
    const budget = this.options.budget;
    if (budget) {
      if (budget.connection) budget.connection.queuedBytes += size;
      const stream = this.queuedBytes + this.inFlightBytes;
      if (stream > budget.maxStreamBytes || (budget.connection?.queuedBytes ?? 0) > budget.maxConnectionBytes) {
        return this.overflow(stream);
      }
    }
    if (this.writing) return;
    if (this.queuedBytes >= this.highWaterBytes) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }

  /** Resolves when the queue is below the high-water mark (at once when it is, or when the writer is done). */
  waitForCapacity(): Promise<void> | undefined {
    if (this.queuedBytes < this.highWaterBytes || this.state !== 'open') return undefined;
    return new Promise((resolve) => this.capacityWaiters.push(resolve));
  }

  /** Writes what is queued, then closes the writable. */
  async close(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'closing';
    await this.drained();
    if (this.state !== 'closing') return;
    this.state = 'closed';
    this.wakeCapacity();
    try {
      await this.writer.close();
    } catch (error) {
      this.options.onError(error);
    }
  }

  /** Drops the queue; the caller cancels the stream itself. */
  abort(): void {
    if (this.state === 'closed' || this.state === 'failed') return;
    this.state = 'closed';
    this.dropQueue();
    this.wakeCapacity();
    this.wakeDrain();
  }

  private overflow(bytes: number): void {
    this.state = 'failed';
    this.dropQueue();
    this.wakeCapacity();
    this.wakeDrain();
    this.options.onOverflow?.(bytes);
  }

  /** Forgets the queue and gives its bytes back to the connection's budget. */
  private dropQueue(): void {
    this.release(this.queuedBytes);
    this.queue = [];
    this.queuedBytes = 0;
  }

  private release(bytes: number): void {
    const connection = this.options.budget?.connection;
    if (connection) connection.queuedBytes -= bytes;
  }

  private drained(): Promise<void> {
    if (!this.writing && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    if (this.writing || this.queue.length === 0 || this.state === 'closed' || this.state === 'failed') {
      if (!this.writing && this.queue.length === 0) this.wakeDrain();
      return;
    }
    const bytes = encodeFrames(this.queue);
    const written = this.queuedBytes;
    this.queue = [];
    this.queuedBytes = 0;
    this.inFlightBytes = written;
    this.wakeCapacity();
    this.writing = true;
    this.writer.write(bytes).then(
      () => {
        this.writing = false;
        this.inFlightBytes = 0;
        this.release(written);
        if (this.queue.length > 0) this.flush();
        else this.wakeDrain();
      },
      (error: unknown) => {
        this.writing = false;
        this.inFlightBytes = 0;
        this.release(written);
        if (this.state === 'failed' || this.state === 'closed') return;
        this.state = 'failed';
        this.dropQueue();
        this.wakeCapacity();
        this.wakeDrain();
        this.options.onError(error);
      },
    );
  };

  private wakeCapacity(): void {
    const waiters = this.capacityWaiters;
    this.capacityWaiters = [];
    for (const wake of waiters) wake();
  }

  private wakeDrain(): void {
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const wake of waiters) wake();
  }
}
