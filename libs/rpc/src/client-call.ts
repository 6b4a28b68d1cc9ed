import { FrameType, rpc, type MethodDescriptor } from '@switchyard/protocol';
import type { CallOptions, ClientCallInfo, ClientInterceptor, Metadata } from './call-types.js';
import { runInterceptors } from './call-types.js';
import { createDeadline, type Deadline } from './deadline.js';
import { createDeferred, type Deferred } from './deferred.js';
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
const NO_METADATA: Metadata = Object.freeze({}) as Metadata;

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
 * A streamed response surfaces through `take()`, a single one through `result()`; the call ends with
 * the status, a local abort or the channel.
 *
 * Small unary calls dominate many workloads, so the common case allocates little: no deadline
 * machinery without a timeout or signal, no promise chain without interceptors, no queue for a
 * single response.
 */
export class ClientCall {
  private readonly sendWindow = new SendWindow();
  private readonly deadline: Deadline | undefined;
  private inbound: MessageQueue<Received> | undefined;
  private receiveWindow: ReceiveWindow | undefined;
  /** Settled by the status when interceptors run (they await it through `next()`). */
  private status: Deferred<void> | undefined;
  private opened: Deferred<void> | undefined;
  private outcome: Deferred<unknown> | undefined;
  private signalController: AbortController | undefined;
  private infoObject: ClientCallInfo | undefined;
  private metadata: Metadata;
  private state: 'pending' | 'open' | 'half-closed' | 'done' = 'pending';
  private error: RpcError | undefined;
  private response: unknown;
  private received = 0;
  private finished = false;
  private lastSend: Promise<void> = RESOLVED;

  constructor(
    private readonly channel: FrameChannel,
    readonly id: number,
    readonly method: MethodDescriptor,
    private readonly options: CallOptions,
    private readonly onDone: (call: ClientCall) => void,
    private readonly maxFrameBytes: number,
  ) {
    this.metadata = options.metadata ?? NO_METADATA;
    if (options.timeoutMs || options.signal) {
      this.deadline = createDeadline({
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        onAbort: (reason) => this.abort(reason instanceof RpcError ? reason : RpcError.from(reason, RpcCode.Cancelled)),
      });
    }
  }

  get isDone(): boolean {
    return this.state === 'done';
  }

  /** What interceptors see; built on first use. */
  get info(): ClientCallInfo {
    if (!this.infoObject) {
      const signal = () => this.signal();
      this.metadata = { ...this.metadata };
      this.infoObject = {
        method: this.method,
        metadata: this.metadata,
        get signal() {
          return signal();
        },
      };
    }
    return this.infoObject;
  }

  /** Opens the call, through the interceptors when there are any (the innermost step sends the header). */
  start(interceptors: readonly ClientInterceptor[]): void {
    if (this.state === 'done') return;
    if (interceptors.length === 0) {
      this.open();
      return;
    }
    const status = (this.status = createDeferred<void>());
    status.promise.catch(() => undefined);
    runInterceptors(interceptors, this.info, () =>
      this.state === 'done' ? Promise.reject(this.error) : (this.open(), status.promise),
    ).then(
      () => this.finish(),
      (error: unknown) => this.fail(RpcError.from(error)),
    );
  }

  /** Sends one encoded message once the call is open and the peer's window allows it. */
  send(payload: Uint8Array): Promise<void> {
    const sent = this.sendInOrder(payload);
    // Half-close must not overtake a message still waiting for credit or writer capacity.
    this.lastSend = sent.catch(() => undefined);
    return sent;
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
    if (this.state === 'pending') await this.whenOpened();
    await this.lastSend;
    if (this.state !== 'open') return;
    this.state = 'half-closed';
    this.channel.send({ type: FrameType.HalfClose, callId: this.id, payload: EMPTY });
  }

  /** The single response of a call whose method does not stream responses. */
  result(): Promise<unknown> {
    if (!this.outcome) {
      this.outcome = createDeferred<unknown>();
      if (this.error) this.outcome.reject(this.error);
      else if (this.finished) this.settleOutcome();
    }
    return this.outcome.promise;
  }

  /** Next streamed response, `done` after an OK status; rejects with the call's `RpcError`. */
  async take(): Promise<IteratorResult<unknown, undefined>> {
    const result = await this.queue().next();
    if (result.done) return result;
    const grant = this.window().consume(result.value.cost);
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
        if (bytes === undefined)
          return this.abort(new RpcError(RpcCode.Internal, 'malformed window frame from server'));
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

  private open(): void {
    const header = encodeHeader(this.method, this.deadline?.expiresAt ?? Infinity, this.metadata);
    this.channel.send({ type: FrameType.Header, callId: this.id, payload: header });
    this.state = 'open';
    this.opened?.resolve();
  }

  private async sendInOrder(payload: Uint8Array): Promise<void> {
    if (this.state === 'pending') await this.whenOpened();
    while (!this.sendWindow.available && this.state !== 'done') await this.sendWindow.wait();
    const capacity = this.channel.writer.waitForCapacity();
    if (capacity) await capacity;
    if (this.state === 'done') throw this.error;
    if (this.state === 'half-closed') throw new RpcError(RpcCode.Internal, 'send after half-close');
    this.sendWindow.consume(messageCost(payload.byteLength));
    this.channel.send({ type: FrameType.Message, callId: this.id, payload });
  }

  private whenOpened(): Promise<void> {
    this.opened ??= createDeferred<void>();
    return this.opened.promise;
  }

  private onMessage(payload: Uint8Array): void {
    const streamed = this.method.responseStream;
    const cost = messageCost(payload.byteLength);
    if (streamed && !this.window().receive(cost)) {
      return this.abort(new RpcError(RpcCode.ResourceExhausted, 'server overran the flow-control window'));
    }
    if (!streamed && ++this.received > 1) {
      return this.abort(new RpcError(RpcCode.Internal, 'server sent more than one response to a unary call'));
    }
    let message: unknown;
    try {
      message = this.method.responseType.decode(payload);
    } catch (error) {
      return this.abort(
        new RpcError(RpcCode.Internal, `malformed response: ${(error as Error).message}`, { cause: error }),
      );
    }
    if (streamed) this.queue().push({ message, cost });
    else this.response = message;
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
    if (code !== RpcCode.Ok) return this.fail(new RpcError(code, status.message, { remote: true, trailers }));
    if (!this.method.responseStream && this.received === 0) {
      return this.fail(new RpcError(RpcCode.Internal, 'server ended a unary call without a response'));
    }
    this.state = 'done';
    // With interceptors, the outcome waits for them: they may still fail the call.
    if (this.status) this.status.resolve();
    else this.finish();
  }

  private fail(error: RpcError): void {
    if (this.error || this.finished) return;
    this.state = 'done';
    this.error = error;
    this.status?.reject(error);
    this.opened?.resolve();
    this.inbound?.fail(error);
    this.outcome?.reject(error);
    this.signalController?.abort(error);
    this.release();
  }

  private finish(): void {
    if (this.error || this.finished) return;
    this.finished = true;
    this.inbound?.end();
    this.settleOutcome();
    this.release();
  }

  private settleOutcome(): void {
    if (!this.outcome) return;
    if (this.method.responseStream) this.outcome.resolve(undefined);
    else this.outcome.resolve(this.response);
  }

  private release(): void {
    this.deadline?.cleanup();
    this.sendWindow.release();
    this.onDone(this);
  }

  private queue(): MessageQueue<Received> {
    this.inbound ??= new MessageQueue<Received>();
    if (this.error && !this.inbound.closed) this.inbound.fail(this.error);
    else if (this.finished && !this.inbound.closed) this.inbound.end();
    return this.inbound;
  }

  private window(): ReceiveWindow {
    this.receiveWindow ??= new ReceiveWindow(this.maxFrameBytes);
    return this.receiveWindow;
  }

  private signal(): AbortSignal {
    if (this.deadline) return this.deadline.signal;
    if (!this.signalController) {
      this.signalController = new AbortController();
      if (this.error) this.signalController.abort(this.error);
    }
    return this.signalController.signal;
  }
}
