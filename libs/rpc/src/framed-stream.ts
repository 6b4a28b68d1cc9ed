import { FrameDecoder, FrameTooLargeError, FrameType, rpc, type Frame } from '@switchyard/protocol';
import type { ByteStream } from './byte-stream.js';
import { FrameWriter, type WriteBudget } from './frame-writer.js';
import { RpcCode, RpcError, boundStatusMessage } from './rpc-error.js';

/** How long closing waits for queued frames to be written before it tears the stream down, by default. */
export const DEFAULT_CLOSE_TIMEOUT_MS = 1000;

export interface FramedStreamOptions {
  maxFrameBytes: number;
  writeHighWaterBytes?: number;
  /** Bounds on bytes waiting for the peer; past them the stream is reset with RESOURCE_EXHAUSTED. */
  budget?: WriteBudget;
  /**
   * A write to the peer that has not completed after this long, in ms, resets the stream with
   * RESOURCE_EXHAUSTED: the peer reads nothing. 0 or undefined: no limit.
   */
  writeProgressTimeoutMs?: number;
  /** How long `close` and `fail` wait for queued frames to go out before tearing the stream down. Default 1000. */
  closeTimeoutMs?: number;
  /** Called for every decoded frame, in order. Must not throw. */
  onFrame(frame: Frame): void;
  /** Called once when the stream ends: `error` is undefined when the peer closed cleanly. */
  onClose(error: RpcError | undefined): void;
}

/**
 * A byte stream seen as frames: reads and decodes until the stream ends, writes through a
 * coalescing `FrameWriter`. A framing error from the peer (oversized or unknown frame) is answered
 * with a stream-level Status (call id 0) before the stream is closed, because nothing after it can
 * be trusted.
 */
export class FramedStream {
  readonly writer: FrameWriter;
  private readonly decoder: FrameDecoder;
  private ended = false;

  constructor(
    private readonly stream: ByteStream,
    private readonly options: FramedStreamOptions,
  ) {
    this.decoder = new FrameDecoder({ maxFrameBytes: options.maxFrameBytes });
    this.writer = new FrameWriter(stream.writable, {
      highWaterBytes: options.writeHighWaterBytes,
      budget: options.budget,
      progressTimeoutMs: options.writeProgressTimeoutMs,
      onError: (error) => this.end(this.toRpcError(error)),
      // A peer that does not read loses this stream, not the process its memory.
      onOverflow: (reason) => this.abort(new RpcError(RpcCode.ResourceExhausted, `the peer does not read: ${reason}`)),
      onStall: () =>
        this.abort(
          new RpcError(
            RpcCode.ResourceExhausted,
            `the peer read nothing for ${options.writeProgressTimeoutMs} ms with bytes waiting for it`,
          ),
        ),
    });
    void this.readLoop();
  }

  get peer(): string | undefined {
    return this.stream.peer;
  }

  get peerIdentity(): string | undefined {
    return this.stream.peerIdentity;
  }

  get isOpen(): boolean {
    return !this.ended;
  }

  send(frame: Frame): void {
    this.writer.send(frame);
  }

  /** Sends a stream-level status that fails every call on the stream, then closes it. */
  fail(error: RpcError): void {
    if (this.ended) return;
    this.writer.send({ type: FrameType.Status, callId: 0, payload: encodeStatus(error.code, error.rawMessage) });
    void this.close().finally(() => this.stream.cancel(error));
    this.end(error);
  }

  /**
   * Flushes what is queued and closes the write side; the read side ends when the peer closes. A peer that
   * does not read within the close timeout gets the stream torn down instead.
   */
  async close(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS);
    });
    const outcome = await Promise.race([this.writer.close(), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') this.abort(new RpcError(RpcCode.Unavailable, 'the peer did not read before the close'));
  }

  /** Tears the stream down at once. */
  abort(reason: RpcError): void {
    this.writer.abort();
    this.stream.cancel(reason);
    this.end(reason);
  }

  private async readLoop(): Promise<void> {
    const reader = this.stream.readable.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || this.ended) break;
        let frames: Frame[];
        try {
          frames = this.decoder.push(value);
        } catch (error) {
          const code = error instanceof FrameTooLargeError ? RpcCode.ResourceExhausted : RpcCode.InvalidArgument;
          this.fail(new RpcError(code, (error as Error).message, { cause: error }));
          break;
        }
        for (const frame of frames) this.options.onFrame(frame);
      }
      if (!this.ended && this.decoder.bufferedBytes > 0) {
        this.end(new RpcError(RpcCode.Unavailable, 'stream ended inside a frame'));
      } else this.end(undefined);
    } catch (error) {
      this.end(this.toRpcError(error));
    } finally {
      reader.releaseLock();
    }
  }

  private end(error: RpcError | undefined): void {
    if (this.ended) return;
    this.ended = true;
    this.options.onClose(error);
  }

  private toRpcError(error: unknown): RpcError {
    if (error instanceof RpcError) return error;
    if (this.stream.toRpcError) return this.stream.toRpcError(error);
    return RpcError.from(error ?? new Error('stream closed'), RpcCode.Unavailable);
  }
}

/** The encoded OK status without trailers: the end of most calls, encoded once. */
const OK_STATUS = rpc.v1.Status.encode({ code: RpcCode.Ok, message: '' }).finish();

/** Encodes an `rpc.v1.Status` payload; the message is cut to `MAX_STATUS_MESSAGE_CHARS`. */
export function encodeStatus(code: RpcCode, message: string, trailers?: Readonly<Record<string, string>>): Uint8Array {
  const noTrailers = trailers === undefined || isEmpty(trailers);
  if (code === RpcCode.Ok && message === '' && noTrailers) return OK_STATUS;
  return rpc.v1.Status.encode({
    code,
    message: boundStatusMessage(message),
    trailers: noTrailers ? {} : trailers,
  }).finish();
}

function isEmpty(record: Readonly<Record<string, string>>): boolean {
  for (const _ in record) return false;
  return true;
}
