import { FrameType, type MethodDescriptor } from '@switchyard/protocol';
import type { HandlerContext, Metadata, RpcLogger, ServerInterceptor } from './call-types.js';
import { runInterceptors } from './call-types.js';
import { CallFlow } from './call-flow.js';
import { MAX_TIMEOUT_MS } from './deadline.js';
import type { FramedStream } from './framed-stream.js';
import { encodeStatus } from './framed-stream.js';
import { decodeWindow, messageCost } from './flow-control.js';
import { LazySignal } from './lazy-signal.js';
import { RpcCode, RpcError } from './rpc-error.js';

/** A registered handler with the shape-specific typing erased. */
export type AnyHandler = (input: unknown, ctx: HandlerContext) => unknown;

export interface ServerCallOptions {
  frames: FramedStream;
  id: number;
  method: MethodDescriptor;
  handler: AnyHandler;
  metadata: Metadata;
  /** The client's remaining time in ms, 0 for none. */
  clientTimeoutMs: number;
  /** The server's own ceiling in ms, 0 for none. */
  maxTimeoutMs: number;
  maxFrameBytes: number;
  interceptors: readonly ServerInterceptor[];
  logger: RpcLogger;
  /** Called once when the call ends, with its status code (OK, the error's, or CANCELLED when the client left). */
  onDone(code: RpcCode): void;
}

/** The abort reason of a handler signal once its call completed normally; shared, as it carries no call state. */
const CALL_COMPLETED = new RpcError(RpcCode.Cancelled, 'call completed');

/** What `decodeRequest` returns when it has ended the call instead. */
const REJECTED = Symbol('rejected');

/**
 * One inbound call: feeds requests to the handler, sends its responses under flow control and ends
 * the call with exactly one Status. The server enforces the deadline itself: when it passes, the
 * client gets DEADLINE_EXCEEDED at once and the handler's signal aborts, whatever the handler does.
 */
export class ServerCall {
  readonly ctx: HandlerContext;
  /**
   * Unary method and no interceptors: the handler runs straight from the request frame and its result
   * goes out from its own continuation, with no queue and no async layers (the common small call).
   */
  private readonly direct: boolean;
  /** Streaming state; a direct call never needs it (one request, one response within the first window). */
  private readonly flow: CallFlow | undefined;
  private readonly callSignal = new LazySignal();
  private finishReason: RpcError | undefined;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private received = 0;
  private done = false;

  constructor(private readonly options: ServerCallOptions) {
    this.direct = !options.method.requestStream && !options.method.responseStream && options.interceptors.length === 0;
    if (!this.direct) {
      this.flow = new CallFlow({
        frames: options.frames,
        id: options.id,
        maxFrameBytes: options.maxFrameBytes,
        call: this,
      });
    }
    const timeoutMs = effectiveTimeout(options.clientTimeoutMs, options.maxTimeoutMs);
    if (timeoutMs > 0) {
      this.timer = setTimeout(
        () => this.end(new RpcError(RpcCode.DeadlineExceeded, `deadline of ${timeoutMs} ms exceeded`)),
        timeoutMs,
      );
    }
    // The signal is created on first use: most handlers never look at it.
    const callSignal = this.callSignal;
    this.ctx = {
      method: options.method,
      metadata: options.metadata,
      get signal() {
        return callSignal.signal;
      },
      deadline: timeoutMs > 0 ? performance.now() + timeoutMs : Infinity,
      trailers: {},
      peer: options.frames.peer,
      peerIdentity: options.frames.peerIdentity,
    };
  }

  get isDone(): boolean {
    return this.done;
  }

  /** Starts serving the call; a direct call waits for its request frame instead. */
  start(): void {
    if (!this.direct) void this.run();
  }

  /** Runs interceptors and handler, then sends the final status. Never rejects. */
  private async run(): Promise<void> {
    try {
      await runInterceptors(this.options.interceptors, this.ctx, () => this.invoke());
      this.end(undefined);
    } catch (error) {
      this.handlerFailed(error);
    }
  }

  private handlerFailed(error: unknown): void {
    if (!(error instanceof RpcError) && !this.done) {
      this.options.logger.warn({ err: error, method: this.options.method.path }, 'handler failed');
    }
    this.end(RpcError.from(error));
  }

  /** The request of a direct call: run the handler now. */
  private onDirectRequest(payload: Uint8Array): void {
    const request = this.decodeRequest(payload);
    if (request === REJECTED) return;
    let output: unknown;
    try {
      output = this.options.handler(request, this.ctx);
    } catch (error) {
      return this.handlerFailed(error);
    }
    if (output instanceof Promise) {
      output.then(
        (response: unknown) => this.respond(response),
        (error: unknown) => this.handlerFailed(error),
      );
    } else this.respond(output);
  }

  /** Sends the single response of a direct call and ends it. */
  private respond(response: unknown): void {
    if (this.done) return;
    let payload: Uint8Array;
    try {
      payload = this.encode(response);
    } catch (error) {
      return this.end(error as RpcError);
    }
    const capacity = this.options.frames.writer.waitForCapacity();
    if (capacity) {
      void capacity.then(() => this.respond(response));
      return;
    }
    this.options.frames.send({ type: FrameType.Message, callId: this.options.id, payload });
    this.end(undefined);
  }

  onFrame(type: FrameType, payload: Uint8Array): void {
    if (this.done) return;
    switch (type) {
      case FrameType.Message:
        return this.direct ? this.onDirectRequest(payload) : this.onMessage(payload);
      case FrameType.HalfClose:
        if (this.direct && this.received === 0) {
          return this.end(new RpcError(RpcCode.InvalidArgument, 'the client sent no request message'));
        }
        return this.flow?.end();
      case FrameType.Cancel:
        return this.cancel(new RpcError(RpcCode.Cancelled, 'cancelled by the client'));
      case FrameType.Window: {
        const bytes = decodeWindow(payload);
        if (bytes === undefined) return this.end(new RpcError(RpcCode.InvalidArgument, 'malformed window frame'));
        return this.flow?.grant(bytes);
      }
      default:
        return this.end(new RpcError(RpcCode.InvalidArgument, `frame type ${type} is not valid from a client`));
    }
  }

  /** Stops the call without a status (the client has gone or already gave up). */
  cancel(reason: RpcError): void {
    if (this.done) return;
    this.finish(reason);
  }

  /** Ends the call with `error`, or OK when undefined, and tells the client. */
  end(error: RpcError | undefined): void {
    if (this.done) return;
    const payload = error
      ? encodeStatus(error.code, error.rawMessage, this.ctx.trailers)
      : encodeStatus(RpcCode.Ok, '', this.ctx.trailers);
    this.options.frames.send({ type: FrameType.Status, callId: this.options.id, payload });
    this.finish(error ?? CALL_COMPLETED);
  }

  private finish(reason: RpcError): void {
    this.done = true;
    this.finishReason = reason;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.flow?.abort(reason);
    this.callSignal.abort(reason);
    this.options.onDone(reason === CALL_COMPLETED ? RpcCode.Ok : reason.code);
  }

  private onMessage(payload: Uint8Array): void {
    const flow = this.flow!;
    const cost = messageCost(payload.byteLength);
    if (!flow.admit(cost)) {
      return this.end(new RpcError(RpcCode.ResourceExhausted, 'client overran the flow-control window'));
    }
    const message = this.decodeRequest(payload);
    if (message !== REJECTED) flow.push(message, cost);
  }

  /** Decodes one request; on a second request of a unary method or undecodable bytes, ends the call. */
  private decodeRequest(payload: Uint8Array): unknown {
    if (!this.options.method.requestStream && ++this.received > 1) {
      this.end(new RpcError(RpcCode.InvalidArgument, 'more than one request message for a unary request'));
      return REJECTED;
    }
    try {
      return this.options.method.requestType.decode(payload);
    } catch (error) {
      this.end(new RpcError(RpcCode.InvalidArgument, `malformed request: ${(error as Error).message}`));
      return REJECTED;
    }
  }

  private async invoke(): Promise<void> {
    const { method, handler } = this.options;
    let input: unknown;
    if (method.requestStream) input = this.requests();
    else {
      const first = await this.flow!.take();
      if (first.done) throw new RpcError(RpcCode.InvalidArgument, 'the client sent no request message');
      input = first.value;
    }
    const output = handler(input, this.ctx);
    if (method.responseStream) {
      for await (const response of output as AsyncIterable<unknown>) await this.send(response);
    } else {
      await this.send(await output);
    }
  }

  private requests(): AsyncIterable<unknown> {
    const flow = this.flow!;
    return { [Symbol.asyncIterator]: () => ({ next: () => flow.take() }) };
  }

  private encode(response: unknown): Uint8Array {
    try {
      return this.options.method.responseType.encode(response as never).finish();
    } catch (error) {
      throw new RpcError(
        RpcCode.Internal,
        `handler returned a response that cannot be encoded: ${(error as Error).message}`,
      );
    }
  }

  private async send(response: unknown): Promise<void> {
    const payload = this.encode(response);
    const flow = this.flow!;
    const writable = flow.whenWritable();
    if (writable) await writable;
    if (this.done) throw this.finishReason;
    flow.sendMessage(payload);
  }
}

/** The server's effective timeout: the smaller of the client's and its own, 0 when neither is set. */
export function effectiveTimeout(clientTimeoutMs: number, maxTimeoutMs: number): number {
  const limits = [clientTimeoutMs, maxTimeoutMs].filter((ms) => ms > 0);
  return limits.length === 0 ? 0 : Math.min(MAX_TIMEOUT_MS, ...limits);
}
