import { FrameType, rpc, type MethodDescriptor } from '@switchyard/protocol';
import type { CallOptions, ClientCallInfo, ClientInterceptor, Metadata } from './call-types.js';
import { runInterceptors } from './call-types.js';
import { createDeadline, type Deadline } from './deadline.js';
import { createDeferred } from './deferred.js';
import type { FrameChannel } from './frame-channel.js';
import { ReceiveWindow, SendWindow, decodeWindow, encodeWindow, messageCost } from './flow-control.js';
import { MessageQueue } from './message-queue.js';
import { RpcCode, RpcError, toRpcCode } from './rpc-error.js';

interface Received {
  message: unknown;
  cost: number;
}

const EMPTY = new Uint8Array(0);
const RESOLVED = Promise.resolve();

/** Headers of calls with no deadline and no metadata depend only on the method: encoded once each. */
const plainHeaders = new WeakMap<MethodDescriptor, Uint8Array>();

function encodeHeader(method: MethodDescriptor, expiresAt: number, metadata: Metadata): Uint8Array {
  let plain = true;
  for (const _ in metadata) plain = false;
  if (plain && expiresAt === Infinity) {
    let header = plainHeaders.get(method);
    if (!header) {
      header = rpc.v1.RequestHeader.encode({ method: method.path }).finish();
      plainHeaders.set(method, header);
    }
    return header;
  }
  const remaining = expiresAt - Date.now();
  return rpc.v1.RequestHeader.encode({
    method: method.path,
    timeoutMs: Number.isFinite(remaining) ? Math.max(1, Math.ceil(remaining)) : 0,
    metadata,
  }).finish();
}

/**
 * One outbound call on a client's channel: sends the header, messages and half-close, receives
 * messages and the final status, applies the deadline and cancellation, and runs the interceptors.
 * Responses surface through `take()`; the call ends with the status, a local abort or the channel.
 */
export class ClientCall {
  readonly info: ClientCallInfo;
  private readonly inbound = new MessageQueue<Received>();
  private readonly sendWindow = new SendWindow();
  private readonly receiveWindow: ReceiveWindow;
  private readonly status = createDeferred<void>();
  private readonly opened = createDeferred<void>();
  private readonly deadline: Deadline;
  private state: 'pending' | 'open' | 'half-closed' | 'done' = 'pending';
  private error: RpcError | undefined;
  private received = 0;
  private released = false;
  private lastSend: Promise<void> = Promise.resolve();

  constructor(
    private readonly channel: FrameChannel,
    readonly id: number,
    readonly method: MethodDescriptor,
    private readonly options: CallOptions,
    private readonly onDone: (call: ClientCall) => void,
    maxFrameBytes: number,
  ) {
    this.receiveWindow = new ReceiveWindow(maxFrameBytes);
    this.deadline = createDeadline({
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      onAbort: (reason) => this.abort(reason instanceof RpcError ? reason : RpcError.from(reason, RpcCode.Cancelled)),
    });
    const deadline = this.deadline;
    this.info = {
      method,
      metadata: { ...options.metadata },
      get signal() {
        return deadline.signal;
      },
    };
    this.status.promise.catch(() => undefined);
  }

  get isDone(): boolean {
    return this.state === 'done';
  }

  /** Runs the interceptors; the innermost step sends the header. */
  start(interceptors: readonly ClientInterceptor[]): void {
    runInterceptors(interceptors, this.info, () => this.open()).then(
      () => this.finish(undefined),
      (error: unknown) => this.finish(RpcError.from(error)),
    );
  }

  /** Sends one encoded message once the call is open and the peer's window allows it. */
  send(payload: Uint8Array): Promise<void> {
    const sent = this.sendInOrder(payload);
    // Half-close must not overtake a message still waiting for credit or writer capacity.
    this.lastSend = sent.catch(() => undefined);
    return sent;
  }

  private async sendInOrder(payload: Uint8Array): Promise<void> {
    if (this.state === 'pending') await this.opened.promise;
    while (!this.sendWindow.available && this.state !== 'done') await this.sendWindow.wait();
    const capacity = this.channel.writer.waitForCapacity();
    if (capacity) await capacity;
    if (this.state === 'done') throw this.error;
    if (this.state === 'half-closed') throw new RpcError(RpcCode.Internal, 'send after half-close');
    const cost = messageCost(payload.byteLength);
    this.sendWindow.consume(cost);
    this.channel.send({ type: FrameType.Message, callId: this.id, payload });
  }

  /**
   * Sends the only request of a call that does not stream requests, then half-closes. Once the call is
   * open with credit and writer capacity (the usual case) both frames are queued at once, with no promise
   * per step.
   */
  sendOnly(payload: Uint8Array): Promise<void> {
    if (this.state === 'open' && this.sendWindow.available && this.channel.writer.waitForCapacity() === undefined) {
      this.sendWindow.consume(messageCost(payload.byteLength));
      this.channel.send({ type: FrameType.Message, callId: this.id, payload });
      this.state = 'half-closed';
      this.channel.send({ type: FrameType.HalfClose, callId: this.id, payload: EMPTY });
      return RESOLVED;
    }
    return this.send(payload).then(() => this.halfClose());
  }

  /** Tells the server no more messages follow. */
  async halfClose(): Promise<void> {
    if (this.state === 'pending') await this.opened.promise;
    await this.lastSend;
    if (this.state !== 'open') return;
    this.state = 'half-closed';
    this.channel.send({ type: FrameType.HalfClose, callId: this.id, payload: EMPTY });
  }

  /** Next response, `done` after an OK status; rejects with the call's `RpcError`. */
  async take(): Promise<IteratorResult<unknown, undefined>> {
    const result = await this.inbound.next();
    if (result.done) return result;
    const grant = this.receiveWindow.consume(result.value.cost);
    if (grant > 0 && this.state !== 'done') {
      this.channel.send({ type: FrameType.Window, callId: this.id, payload: encodeWindow(grant) });
    }
    return { done: false, value: result.value.message };
  }

  /** Ends the call locally; the server is told to stop. */
  abort(error: RpcError): void {
    if (this.state === 'done') return;
    if (this.state !== 'pending') this.channel.send({ type: FrameType.Cancel, callId: this.id, payload: EMPTY });
    this.fail(error);
  }

  /** Called by the client for each frame addressed to this call. */
  onFrame(type: FrameType, payload: Uint8Array): void {
    if (this.state === 'done') return;
    switch (type) {
      case FrameType.Message:
        return this.onMessage(payload);
      case FrameType.Status:
        return this.onStatus(payload);
      case FrameType.Window: {
        const bytes = decodeWindow(payload);
        if (bytes === undefined) return this.abort(new RpcError(RpcCode.Internal, 'malformed window frame from server'));
        return this.sendWindow.grant(bytes);
      }
      default:
        return this.abort(new RpcError(RpcCode.Internal, `server sent frame type ${type}, which only clients send`));
    }
  }

  /** The channel ended: the call fails with its error. */
  onChannelClosed(error: RpcError): void {
    this.fail(error);
  }

  private open(): Promise<void> {
    if (this.state === 'done') return this.status.promise;
    const header = encodeHeader(this.method, this.deadline.expiresAt, this.info.metadata);
    this.channel.send({ type: FrameType.Header, callId: this.id, payload: header });
    this.state = 'open';
    this.opened.resolve();
    return this.status.promise;
  }

  private onMessage(payload: Uint8Array): void {
    const cost = messageCost(payload.byteLength);
    if (!this.receiveWindow.receive(cost)) {
      return this.abort(new RpcError(RpcCode.ResourceExhausted, 'server overran the flow-control window'));
    }
    if (!this.method.responseStream && ++this.received > 1) {
      return this.abort(new RpcError(RpcCode.Internal, 'server sent more than one response to a unary call'));
    }
    let message: unknown;
    try {
      message = this.method.responseType.decode(payload);
    } catch (error) {
      return this.abort(new RpcError(RpcCode.Internal, `malformed response: ${(error as Error).message}`, { cause: error }));
    }
    this.inbound.push({ message, cost });
  }

  private onStatus(payload: Uint8Array): void {
    let status: rpc.v1.Status;
    try {
      status = rpc.v1.Status.decode(payload);
    } catch (error) {
      return this.abort(new RpcError(RpcCode.Internal, 'malformed status from server', { cause: error }));
    }
    const trailers = status.trailers as Metadata;
    this.options.onTrailers?.(trailers);
    const code = toRpcCode(status.code);
    if (code === RpcCode.Ok) {
      if (!this.method.responseStream && this.received === 0) {
        return this.fail(new RpcError(RpcCode.Internal, 'server ended a unary call without a response'));
      }
      this.state = 'done';
      this.status.resolve();
      return;
    }
    this.fail(new RpcError(code, status.message, { remote: true, trailers }));
  }

  private fail(error: RpcError): void {
    if (this.error) return;
    this.state = 'done';
    this.error = error;
    this.status.reject(error);
    this.opened.resolve();
    this.inbound.fail(error);
    this.release();
  }

  private finish(error: RpcError | undefined): void {
    if (error) {
      this.fail(error);
      return;
    }
    this.inbound.end();
    this.release();
  }

  private release(): void {
    if (this.released) return;
    this.released = true;
    // Undefined only when the caller's signal was already aborted while the constructor ran.
    this.deadline?.cleanup();
    this.sendWindow.release();
    this.onDone(this);
  }
}
