import { FrameType, rpc, type MethodDescriptor } from '@switchyard/protocol';
import type { CallOptions, ClientCallInfo, ClientInterceptor, Metadata } from './call-types.js';
import { runInterceptors } from './call-types.js';
import { CallFlow } from './call-flow.js';
import { createDeadline, type Deadline } from './deadline.js';
import { createDeferred, type Deferred } from './deferred.js';
import type { FramedStream } from './framed-stream.js';
import { decodeWindow, messageCost } from './flow-control.js';
import { LazySignal } from './lazy-signal.js';
import { RpcCode, RpcError, boundStatusMessage, toRpcCode } from './rpc-error.js';

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
  const remaining = expiresAt - performance.now();
  return rpc.v1.RequestHeader.encode({
    method: method.path,
    timeoutMs: Number.isFinite(remaining) ? Math.max(1, Math.ceil(remaining)) : 0,
    metadata,
  }).finish();
}

export interface ClientCallOptions {
  frames: FramedStream;
  id: number;
  method: MethodDescriptor;
  /** What the caller asked for: deadline, signal, metadata, trailers callback. */
  callOptions: CallOptions;
  /** Largest frame the server may send. */
  maxFrameBytes: number;
  /** Called once when the call ends, however it ends. */
  onDone(call: ClientCall): void;
}

/**
 * One outbound call on a client's stream: sends the header, messages and half-close, receives
 * messages and the final status, applies the deadline and cancellation, and runs the interceptors.
 * A streamed response surfaces through `take()`, a single one through `result()`; the call ends with
 * the status, a local abort or the end of the stream.
 *
 * Small unary calls dominate many workloads, so the common case allocates little: no deadline
 * machinery without a timeout or signal, no promise chain without interceptors, no flow-control
 * state (queue, windows) for a single request and a single response.
 */
export class ClientCall {
  readonly id: number;
  readonly method: MethodDescriptor;
  private readonly frames: FramedStream;
  private readonly options: CallOptions;
  private readonly maxFrameBytes: number;
  private readonly onDone: (call: ClientCall) => void;
  private readonly deadline: Deadline | undefined;
  /** Created by the first streamed message in either direction (or a Window frame). */
  private flow: CallFlow | undefined;
  /** Settled by the status when interceptors run (they await it through `next()`). */
  private status: Deferred<void> | undefined;
  private opened: Deferred<void> | undefined;
  private outcome: Deferred<unknown> | undefined;
  /** The signal interceptors see when the call has no deadline; created with `info`. */
  private callSignal: LazySignal | undefined;
  private infoObject: ClientCallInfo | undefined;
  private metadata: Metadata;
  private state: 'pending' | 'open' | 'half-closed' | 'done' = 'pending';
  private error: RpcError | undefined;
  private response: unknown;
  private received = 0;
  private finished = false;
  private lastSend: Promise<void> = RESOLVED;

  constructor({ frames, id, method, callOptions: options, maxFrameBytes, onDone }: ClientCallOptions) {
    this.frames = frames;
    this.id = id;
    this.method = method;
    this.options = options;
    this.maxFrameBytes = maxFrameBytes;
    this.onDone = onDone;
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

  /** The call's status code once it has ended: OK, or its error's. */
  get code(): RpcCode {
    return this.error?.code ?? RpcCode.Ok;
  }

  /** What interceptors see; built on first use. */
  get info(): ClientCallInfo {
    if (!this.infoObject) {
      const source = this.deadline ?? (this.callSignal = new LazySignal());
      if (this.error) this.callSignal?.abort(this.error);
      this.metadata = { ...this.metadata };
      this.infoObject = {
        method: this.method,
        metadata: this.metadata,
        get signal() {
          return source.signal;
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
   * open with writer capacity (the usual case) both frames are queued at once, with no promise per step.
   * With no flow state yet this is the call's first message, for which a fresh window always has credit,
   * and as none follows there is no need to create the state only to record its cost.
   */
  sendOnly(payload: Uint8Array): Promise<void> {
    if (this.state === 'open' && this.flow === undefined && this.frames.writer.waitForCapacity() === undefined) {
      this.frames.send({ type: FrameType.Message, callId: this.id, payload });
      this.state = 'half-closed';
      this.frames.send({ type: FrameType.HalfClose, callId: this.id, payload: EMPTY });
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
    this.frames.send({ type: FrameType.HalfClose, callId: this.id, payload: EMPTY });
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
  take(): Promise<IteratorResult<unknown, undefined>> {
    return this.streams().take();
  }

  /** Ends the call locally; the server is told to stop. */
  abort(error: RpcError): void {
    if (this.state === 'done') return;
    if (this.state !== 'pending') this.frames.send({ type: FrameType.Cancel, callId: this.id, payload: EMPTY });
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
        return this.streams().grant(bytes);
      }
      default:
        return this.abort(new RpcError(RpcCode.Internal, `server sent frame type ${type}, which only clients send`));
    }
  }

  /** The stream ended: the call fails with its error. */
  onChannelClosed(error: RpcError): void {
    this.fail(error);
  }

  private open(): void {
    const header = encodeHeader(this.method, this.deadline?.expiresAt ?? Infinity, this.metadata);
    this.frames.send({ type: FrameType.Header, callId: this.id, payload: header });
    this.state = 'open';
    this.opened?.resolve();
  }

  private async sendInOrder(payload: Uint8Array): Promise<void> {
    if (this.state === 'pending') await this.whenOpened();
    const flow = this.streams();
    const writable = flow.whenWritable();
    if (writable) await writable;
    if (this.state === 'done') throw this.error;
    if (this.state === 'half-closed') throw new RpcError(RpcCode.Internal, 'send after half-close');
    flow.sendMessage(payload);
  }

  private whenOpened(): Promise<void> {
    this.opened ??= createDeferred<void>();
    return this.opened.promise;
  }

  private onMessage(payload: Uint8Array): void {
    const flow = this.method.responseStream ? this.streams() : undefined;
    const cost = messageCost(payload.byteLength);
    if (flow && !flow.admit(cost)) {
      return this.abort(new RpcError(RpcCode.ResourceExhausted, 'server overran the flow-control window'));
    }
    if (!flow && ++this.received > 1) {
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
    if (flow) flow.push(message, cost);
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
    if (code !== RpcCode.Ok) {
      return this.fail(new RpcError(code, boundStatusMessage(status.message), { remote: true, trailers }));
    }
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
    this.flow?.fail(error);
    this.outcome?.reject(error);
    this.callSignal?.abort(error);
    this.release();
  }

  private finish(): void {
    if (this.error || this.finished) return;
    this.finished = true;
    this.flow?.end();
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
    this.flow?.release();
    this.onDone(this);
  }

  /** The call's flow-control state, created on first use in the state the call is in. */
  private streams(): CallFlow {
    if (!this.flow) {
      this.flow = new CallFlow({ frames: this.frames, id: this.id, maxFrameBytes: this.maxFrameBytes, call: this });
      if (this.error) this.flow.fail(this.error);
      else if (this.finished) this.flow.end();
    }
    return this.flow;
  }
}
