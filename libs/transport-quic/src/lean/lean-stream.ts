import { RpcCode, RpcError, type ByteStream, type ConnectionShare } from '@switchyard/rpc';
import { quicErrorToRpcError, streamCodes } from '../quic-errors.js';
import { quiche, quicheError, type NativeConnection } from './quiche.js';

/** What a stream needs of its connection. */
export interface StreamHost {
  readonly conn: NativeConnection;
  /** Queues this turn's send (the stream wrote, finished or shut down). */
  flushSoon(): void;
  /** The stream waits for send credit: tell it (`writable()`) once it has some. */
  blocked(stream: LeanStream): void;
  /** Both directions are over: forget the stream. */
  forget(stream: LeanStream): void;
  /** The bytes every read goes through; copied out before the next. */
  readonly readBuffer: Buffer;
}

/**
 * One bidirectional QUIC stream as the RPC layer's `ByteStream`. Reads happen only while the reader asks (a read
 * pending): until then the bytes stay in quiche, whose flow control stops the peer, so a reader that never reads
 * holds at most the stream window. Writes resolve once quiche took every byte; past the peer's credit they wait
 * until the connection says the stream is writable again.
 */
export class LeanStream implements ByteStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
  readonly toRpcError = quicErrorToRpcError;
  private readController!: ReadableStreamDefaultController<Uint8Array>;
  private writeController!: WritableStreamDefaultController;
  /** A read is pending: resolve it when bytes (or the end) arrive. */
  private wantRead: (() => void) | undefined;
  /** A write waits for credit. */
  private wantWrite: (() => void) | undefined;
  private readDone = false;
  private writeDone = false;
  private forgotten = false;
  /** quiche knows the stream: the peer opened it, or this end has sent on it. */
  private opened: boolean;
  /** Called once both directions are done. */
  onDone: (() => void) | undefined;
  /** Why writing ended early, for a write that was waiting. */
  private writeError: RpcError | undefined;

  constructor(
    readonly id: number,
    private readonly host: StreamHost,
    readonly peer: string,
    readonly connection: ConnectionShare,
    private readonly identity: () => string | undefined,
    openedByPeer: boolean,
  ) {
    this.opened = openedByPeer;
    this.readable = new ReadableStream<Uint8Array>(
      {
        start: (controller) => void (this.readController = controller),
        pull: () => this.pull(),
        cancel: (reason) => this.shutdownRead(reason),
      },
      { highWaterMark: 0 },
    );
    this.writable = new WritableStream<Uint8Array>({
      start: (controller) => void (this.writeController = controller),
      write: (chunk) => this.write(chunk),
      close: () => this.write(EMPTY, true),
      abort: (reason) => this.shutdownWrite(reason),
    });
  }

  get peerIdentity(): string | undefined {
    return this.identity();
  }

  cancel(reason?: unknown): void {
    const error = reason instanceof RpcError ? reason : new RpcError(RpcCode.Cancelled, 'stream cancelled');
    this.failRead(error, true);
    this.failWrite(error, true);
  }

  /** The connection has bytes (or an end) for this stream: hand them to a pending read. */
  onReadable(): void {
    const wake = this.wantRead;
    if (wake === undefined) {
      // Nobody reads: the bytes stay in quiche, but a reset (or the end) is told at once. A stream the peer reset
      // holds no bytes any more, and is finished.
      if (this.opened && !this.readDone && this.host.conn.streamFinished(this.id)) this.readOnce();
      return;
    }
    if (this.readOnce()) {
      this.wantRead = undefined;
      wake();
    }
  }

  /** The connection has credit for this stream again. */
  onWritable(): void {
    const wake = this.wantWrite;
    this.wantWrite = undefined;
    wake?.();
  }

  /** The connection is gone: both directions fail with `error`. */
  abandon(error: RpcError): void {
    this.failRead(error, false);
    this.failWrite(error, false);
  }

  private pull(): Promise<void> | void {
    if (this.readOnce()) return;
    return new Promise<void>((resolve) => (this.wantRead = resolve));
  }

  /** Reads what quiche holds for this stream; false when it holds nothing yet. */
  private readOnce(): boolean {
    if (this.readDone) return true;
    // A stream this end opened exists in quiche from its first byte sent: nothing to read before.
    if (!this.opened) return false;
    let result: [number, boolean] | null;
    try {
      result = this.host.conn.streamRecv(this.id, this.host.readBuffer);
    } catch (error) {
      const { name, code } = quicheError(error);
      if (name === 'StreamReset') this.failRead(streamCodes.codeToReason('read', code ?? 0), false);
      else this.failRead(new RpcError(RpcCode.Unavailable, `stream read failed: ${name}`), false);
      return true;
    }
    if (result === null) return false;
    const [length, fin] = result;
    if (length > 0) this.readController.enqueue(Uint8Array.prototype.slice.call(this.host.readBuffer, 0, length));
    if (fin) {
      this.readDone = true;
      this.readController.close();
      this.settle();
    }
    // The read gave credit back: the window update goes out with this turn's send.
    this.host.flushSoon();
    return true;
  }

  private async write(chunk: Uint8Array, fin = false): Promise<void> {
    let offset = 0;
    for (;;) {
      if (this.writeDone) throw this.writeError ?? new RpcError(RpcCode.Unavailable, 'stream closed');
      let written: number | null;
      try {
        written = this.host.conn.streamSend(this.id, offset === 0 ? chunk : chunk.subarray(offset), fin);
      } catch (error) {
        const { name, code } = quicheError(error);
        const reason =
          name === 'StreamStopped'
            ? streamCodes.codeToReason('write', code ?? 0)
            : new RpcError(RpcCode.Unavailable, `stream write failed: ${name}`);
        this.failWrite(reason, false);
        throw reason;
      }
      offset += written ?? 0;
      this.opened = true;
      this.host.flushSoon();
      if (offset >= chunk.length && (written !== null || chunk.length > 0)) break;
      await new Promise<void>((resolve) => {
        this.wantWrite = resolve;
        this.host.blocked(this);
      });
    }
    if (fin) {
      this.writeDone = true;
      this.settle();
    }
  }

  private shutdownRead(reason: unknown): void {
    if (this.readDone) return;
    this.readDone = true;
    this.shutdown(quiche.Shutdown.Read, reason);
    this.settle();
  }

  private shutdownWrite(reason: unknown): void {
    if (this.writeDone) return;
    this.writeDone = true;
    this.shutdown(quiche.Shutdown.Write, reason);
    this.settle();
  }

  private failRead(error: RpcError, tellPeer: boolean): void {
    if (this.readDone) return;
    this.readDone = true;
    if (tellPeer) this.shutdown(quiche.Shutdown.Read, error);
    this.readController.error(error);
    const wake = this.wantRead;
    this.wantRead = undefined;
    wake?.();
    this.settle();
  }

  private failWrite(error: RpcError, tellPeer: boolean): void {
    if (this.writeDone) return;
    this.writeDone = true;
    this.writeError = error;
    if (tellPeer) this.shutdown(quiche.Shutdown.Write, error);
    this.writeController.error(error);
    this.onWritable();
    this.settle();
  }

  private shutdown(direction: number, reason: unknown): void {
    // A stream this end opened and never sent on is unknown to quiche (and to the peer): nothing to shut.
    if (!this.opened) return;
    try {
      this.host.conn.streamShutdown(this.id, direction, streamCodes.reasonToCode('write', reason));
    } catch {
      // Already shut, or the stream is gone: nothing to tell the peer.
    }
    this.host.flushSoon();
  }

  private settle(): void {
    if (!this.readDone || !this.writeDone || this.forgotten) return;
    this.forgotten = true;
    this.host.forget(this);
    this.onDone?.();
  }
}

const EMPTY = new Uint8Array(0);
