import { FrameType } from '@switchyard/protocol';
import type { FramedStream } from './framed-stream.js';
import { ReceiveWindow, SendWindow, encodeWindow, messageCost } from './flow-control.js';
import { MessageQueue } from './message-queue.js';
import type { RpcError } from './rpc-error.js';

interface Received {
  message: unknown;
  cost: number;
}

export interface CallFlowOptions {
  frames: FramedStream;
  /** The call whose messages these are. */
  id: number;
  /** Largest frame the peer may send, which bounds how far it may overrun the receive window. */
  maxFrameBytes: number;
  /** The call that owns this flow: once it is done, senders stop waiting for credit and no credit is granted. */
  call: { readonly isDone: boolean };
}

/**
 * The streamed messages of one call, on either side, under per-call flow control: the inbound queue
 * with its receive window (credit goes back to the peer in Window frames as the consumer takes
 * messages) and the send window the peer grants. What the call does when it ends, fails or is
 * cancelled stays with the call; it tells the flow through `end`, `fail`, `abort` and `release`.
 *
 * Only calls that stream need one: a unary call carries its single message in each direction without it.
 */
export class CallFlow {
  private readonly frames: FramedStream;
  private readonly id: number;
  private readonly call: { readonly isDone: boolean };
  private readonly inbound = new MessageQueue<Received>();
  private readonly receiveWindow: ReceiveWindow;
  private readonly sendWindow = new SendWindow();

  constructor(options: CallFlowOptions) {
    this.frames = options.frames;
    this.id = options.id;
    this.call = options.call;
    this.receiveWindow = new ReceiveWindow(options.maxFrameBytes);
  }

  /** Counts an arriving message against the receive window; false when the peer sent more than it was allowed. */
  admit(cost: number): boolean {
    return this.receiveWindow.receive(cost);
  }

  /** Queues a decoded message that `admit` accepted, for `take`. */
  push(message: unknown, cost: number): void {
    this.inbound.push({ message, cost });
  }

  /** The next inbound message, `done` after `end`; rejects after `fail` or `abort`. Grants credit as it goes. */
  async take(): Promise<IteratorResult<unknown, undefined>> {
    const result = await this.inbound.next();
    if (result.done) return result;
    const grant = this.receiveWindow.consume(result.value.cost);
    if (grant > 0 && !this.call.isDone) {
      this.frames.send({ type: FrameType.Window, callId: this.id, payload: encodeWindow(grant) });
    }
    return { done: false, value: result.value.message };
  }

  /** No more messages arrive: `take` reports done once the buffered ones are taken. */
  end(): void {
    this.inbound.end();
  }

  /** `take` rejects with `error` once the buffered messages are taken. */
  fail(error: RpcError): void {
    this.inbound.fail(error);
  }

  /** Drops the buffered messages, makes `take` reject with `reason` and wakes waiting senders. */
  abort(reason: RpcError): void {
    this.inbound.abort(reason);
    this.sendWindow.release();
  }

  /** Wakes senders waiting for credit, for example when the call ends; they then observe the call's state. */
  release(): void {
    this.sendWindow.release();
  }

  /** Credit granted by the peer in a Window frame. */
  grant(bytes: number): void {
    this.sendWindow.grant(bytes);
  }

  /**
   * Resolves once the peer's window has credit (or the call is done) and the writer is below its
   * high-water mark; undefined when both already hold, which is the usual case and costs no promise.
   * The caller then checks its own state and sends with `sendMessage`.
   */
  whenWritable(): Promise<void> | undefined {
    if (this.sendWindow.available) return this.frames.writer.waitForCapacity();
    return this.waitUntilWritable();
  }

  /** Sends one encoded message, taking its cost from the peer's window. */
  sendMessage(payload: Uint8Array): void {
    this.sendWindow.consume(messageCost(payload.byteLength));
    this.frames.send({ type: FrameType.Message, callId: this.id, payload });
  }

  private async waitUntilWritable(): Promise<void> {
    while (!this.sendWindow.available && !this.call.isDone) await this.sendWindow.wait();
    const capacity = this.frames.writer.waitForCapacity();
    if (capacity) await capacity;
  }
}
