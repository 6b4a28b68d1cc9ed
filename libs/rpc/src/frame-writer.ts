import { encodeFrames, frameSize, type Frame } from '@switchyard/protocol';
import { StreamQueue, type QueueAccount, type QueueGroup } from './queue-budget.js';

/** Default bytes queued before senders of messages must wait: 256 KiB. */
export const DEFAULT_WRITE_HIGH_WATER_BYTES = 256 * 1024;

/**
 * Default longest a server's write may wait for its peer to read, in ms, before the stream is reset: the
 * QUIC idle timeout's default, the time after which a peer that sends nothing at all is taken for dead.
 */
export const DEFAULT_WRITE_PROGRESS_TIMEOUT_MS = 10_000;

/**
 * What a frame costs while it waits in the queue besides its bytes on the wire: its object and its payload's
 * own buffer. Measured on Node 20: a queued 42-byte status takes 336 bytes of heap and ArrayBuffer memory. The
 * budget counts it, so a flood of tiny refusals reaches the bounds at the memory it takes, not at a sixth of it.
 */
const QUEUED_FRAME_OVERHEAD_BYTES = 288;

/** What the streams of one connection share, so that limits hold per connection and not only per stream. */
export interface ConnectionShare {
  /** Bytes queued for writing, or being written, on all of the connection's streams. */
  queuedBytes: number;
  /** Calls in flight on all of the connection's streams (server side). */
  calls: number;
  /** What every connection from the same remote address queues together, when the transport knows the address. */
  peer?: QueueAccount;
}

export interface WriteBudget {
  /** Most bytes one stream may have queued or in flight, control frames included. */
  maxStreamBytes: number;
  /** The groups the stream's bytes also count in (its connection, its peer's address, the process), with their bounds. */
  groups: readonly QueueGroup[];
}

export interface FrameWriterOptions {
  highWaterBytes?: number;
  /** Bounds on what may wait for a peer that does not read. Default: unbounded (tests of the writer only). */
  budget?: WriteBudget;
  /**
   * A write that has not completed after this long, in ms, means the peer reads nothing: the writer gives up
   * (`onStall`) rather than hold what it queued for ever. 0 or undefined: no limit.
   */
  progressTimeoutMs?: number;
  /** Called once when a write fails; the writer drops everything after that. */
  onError(error: unknown): void;
  /** Called once when a bound dropped the stream (with why, in words); the writer has dropped everything by then. */
  onOverflow?(reason: string): void;
  /** Called once when a write made no progress for `progressTimeoutMs`; the writer has dropped everything by then. */
  onStall?(): void;
}

/**
 * Coalesces frames into as few writes as possible: every frame queued in one event-loop turn goes
 * out in one `write()`, and while a write is in flight new frames wait and join the next one. Each
 * write costs the QUIC layer a send loop and at least one datagram, so this is what makes many small
 * calls on one stream fast. `waitForCapacity` is the backpressure: it holds message senders while
 * the queue is above the high-water mark, which happens when the transport does not keep up. Frames that
 * do not wait (statuses, refusals, window updates) are bounded by the budget instead: a peer that keeps
 * calling but never reads makes its stream overflow, and the writer gives up rather than grow. A peer that
 * reads nothing at all gives its queue up after the progress timeout, however small the queue.
 */
export class FrameWriter {
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>;
  private readonly highWaterBytes: number;
  /** Queued and in-flight bytes counted against the budget; undefined without one. */
  private readonly budget: StreamQueue | undefined;
  private queue: Frame[] = [];
  /** Bytes the queued frames take on the wire (what the high-water mark is about). */
  private queuedBytes = 0;
  /** What the queued frames cost, their overhead included (what the budget counts). */
  private queuedCharge = 0;
  /** Bytes handed to the writable and not yet written. */
  private inFlightBytes = 0;
  private scheduled = false;
  private writing = false;
  /** When the write in flight began (`performance.now()`), for the progress timeout. */
  private writeStartedAt = 0;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  private state: 'open' | 'closing' | 'closed' | 'failed' = 'open';
  private capacityWaiters: Array<() => void> = [];
  private drainWaiters: Array<() => void> = [];

  constructor(
    writable: WritableStream<Uint8Array>,
    private readonly options: FrameWriterOptions,
  ) {
    this.writer = writable.getWriter();
    this.highWaterBytes = options.highWaterBytes ?? DEFAULT_WRITE_HIGH_WATER_BYTES;
    const { budget } = options;
    if (budget) this.budget = new StreamQueue(budget.maxStreamBytes, budget.groups, (reason) => this.overflow(reason));
    // A failure is reported through onError; the closed promise must not reject unobserved.
    this.writer.closed.catch(() => undefined);
  }

  get open(): boolean {
    return this.state === 'open';
  }

  /** Bytes waiting for the peer, queued (with their overhead) or being written: what the budget counts. */
  get pendingBytes(): number {
    return this.queuedCharge + this.inFlightBytes;
  }

  /** Queues a frame; it is written within this event-loop turn's flush. Dropped once closed. */
  send(frame: Frame): void {
    if (this.state !== 'open') return;
    const size = frameSize(frame.payload.byteLength);
    this.queue.push(frame);
    this.queuedBytes += size;
    this.queuedCharge += size + QUEUED_FRAME_OVERHEAD_BYTES;
    if (this.budget && !this.budget.add(size + QUEUED_FRAME_OVERHEAD_BYTES)) return;
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
    this.stopProgressTimer();
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
    this.giveUp('closed');
  }

  private overflow(reason: string): void {
    if (this.state === 'failed') return;
    this.giveUp('failed');
    this.options.onOverflow?.(reason);
  }

  /**
   * Drops everything, the bytes in flight included: they are the writable's until it fails, which the caller's
   * cancel makes it do, and they must not keep counting against the peer's groups meanwhile.
   */
  private giveUp(state: 'closed' | 'failed'): void {
    this.state = state;
    this.stopProgressTimer();
    this.budget?.remove(this.queuedCharge + this.inFlightBytes);
    this.queue = [];
    this.queuedBytes = 0;
    this.queuedCharge = 0;
    this.inFlightBytes = 0;
    this.wakeCapacity();
    this.wakeDrain();
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
    // Encoded, the frames' overhead is gone: only their bytes wait now.
    this.budget?.remove(this.queuedCharge - this.queuedBytes);
    this.inFlightBytes = this.queuedBytes;
    this.queue = [];
    this.queuedBytes = 0;
    this.queuedCharge = 0;
    this.wakeCapacity();
    this.writing = true;
    this.writeStartedAt = performance.now();
    if (this.options.progressTimeoutMs && this.progressTimer === undefined) {
      this.watchProgress(this.options.progressTimeoutMs);
    }
    this.writer.write(bytes).then(
      () => {
        this.writing = false;
        this.settleInFlight();
        if (this.queue.length > 0) this.flush();
        else this.wakeDrain();
      },
      (error: unknown) => {
        this.writing = false;
        this.settleInFlight();
        if (this.state === 'failed' || this.state === 'closed') return;
        this.giveUp('failed');
        this.options.onError(error);
      },
    );
  };

  /** The write in flight is over: its bytes no longer count (unless `giveUp` already took them off). */
  private settleInFlight(): void {
    this.budget?.remove(this.inFlightBytes);
    this.inFlightBytes = 0;
  }

  /**
   * Checks, `delayMs` from now, that the write in flight (if any) began less than the progress timeout ago. One
   * timer per stream at a time, re-armed for the write in flight when it fires: none per write.
   */
  private watchProgress(delayMs: number): void {
    this.progressTimer = setTimeout(() => {
      this.progressTimer = undefined;
      if (!this.writing || this.state === 'closed' || this.state === 'failed') return;
      const timeoutMs = this.options.progressTimeoutMs!;
      const waitedMs = performance.now() - this.writeStartedAt;
      if (waitedMs < timeoutMs) return this.watchProgress(Math.max(1, timeoutMs - waitedMs));
      this.giveUp('failed');
      this.options.onStall?.();
    }, delayMs);
    // A server's streams do not keep its process alive.
    this.progressTimer.unref();
  }

  private stopProgressTimer(): void {
    clearTimeout(this.progressTimer);
    this.progressTimer = undefined;
  }

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
