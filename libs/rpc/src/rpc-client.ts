import {
  DEFAULT_MAX_FRAME_BYTES,
  FrameType,
  rpc,
  type Frame,
  type MethodDescriptor,
  type ServiceDefinition,
} from '@switchyard/protocol';
import type { ByteStream } from './byte-stream.js';
import type { CallOptions, ClientInterceptor, ServiceClient } from './call-types.js';
import { ClientCall } from './client-call.js';
import { createDeferred } from './deferred.js';
import { FramedStream } from './framed-stream.js';
import { DEFAULT_WRITE_HIGH_WATER_BYTES } from './frame-writer.js';
import { RpcCode, RpcError, boundStatusMessage, rpcCodeName, toRpcCode } from './rpc-error.js';

export interface RpcClientOptions {
  /** Largest frame accepted from the server, in bytes. Default `DEFAULT_MAX_FRAME_BYTES` (4 MiB). */
  maxFrameBytes?: number;
  /** Bytes queued for writing before message senders wait. Default 256 KiB. */
  writeHighWaterBytes?: number;
  /** Run around every call, outermost first. */
  interceptors?: readonly ClientInterceptor[];
  /** Called once per call when it ends: the method's path and the status code's name (`OK`, `UNAVAILABLE`, …). */
  onCallEnd?: (method: string, code: string) => void;
}

/** Call ids are u32 on the wire and 0 is reserved for the stream itself. */
const MAX_CALL_ID = 0xffffffff;

type Encodable = { encode(message: never): { finish(): Uint8Array } };

/**
 * Runs calls over one byte stream, multiplexed by call id. Use `createClient` for a typed client.
 * `closed` resolves when the stream ends, with the error that ended it (undefined after `close()`).
 */
export class RpcClient {
  private readonly frames: FramedStream;
  private readonly calls = new Map<number, ClientCall>();
  private readonly interceptors: readonly ClientInterceptor[];
  private readonly maxFrameBytes: number;
  private readonly closedDeferred = createDeferred<RpcError | undefined>();
  private nextCallId = 1;
  private closeError: RpcError | undefined;
  /** Shared by every call, rather than a closure per call. */
  private readonly onCallDone = (call: ClientCall): void => {
    this.calls.delete(call.id);
    this.onCallEnd?.(call.method.path, rpcCodeName(call.code));
  };
  private readonly onCallEnd: RpcClientOptions['onCallEnd'];

  constructor(stream: ByteStream, options: RpcClientOptions = {}) {
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    this.interceptors = options.interceptors ?? [];
    this.onCallEnd = options.onCallEnd;
    const highWater = options.writeHighWaterBytes ?? DEFAULT_WRITE_HIGH_WATER_BYTES;
    // Requests wait for capacity; what else a client queues (cancels, window updates) is small, but a
    // server that stops reading still gets a bound: the same as the server's default per stream.
    const maxStreamBytes = highWater + 2 * this.maxFrameBytes;
    this.frames = new FramedStream(stream, {
      maxFrameBytes: this.maxFrameBytes,
      writeHighWaterBytes: highWater,
      budget: {
        maxStreamBytes,
        groups: stream.connection
          ? [{ account: stream.connection, maxBytes: 2 * maxStreamBytes, name: 'its connection' }]
          : [],
      },
      onFrame: (frame) => this.onFrame(frame),
      onClose: (error) => this.onClose(error ?? new RpcError(RpcCode.Unavailable, 'connection closed by the server')),
    });
  }

  /** Resolves once the client can no longer make calls, with the reason. */
  get closed(): Promise<RpcError | undefined> {
    return this.closedDeferred.promise;
  }

  /** Calls in flight. */
  get activeCalls(): number {
    return this.calls.size;
  }

  async unary(method: MethodDescriptor, request: unknown, options: CallOptions = {}): Promise<unknown> {
    const payload = encode(method.requestType, request);
    const call = this.startCall(method, options);
    call.sendOnly(payload).catch(() => undefined);
    return call.result();
  }

  serverStream(method: MethodDescriptor, request: unknown, options: CallOptions = {}): AsyncIterable<unknown> {
    const payload = encode(method.requestType, request);
    const call = this.startCall(method, options);
    call.sendOnly(payload).catch(() => undefined);
    return responses(call);
  }

  async clientStream(
    method: MethodDescriptor,
    requests: AsyncIterable<unknown> | Iterable<unknown>,
    options: CallOptions = {},
  ): Promise<unknown> {
    const call = this.startCall(method, options);
    void pump(call, method, requests);
    return call.result();
  }

  bidiStream(
    method: MethodDescriptor,
    requests: AsyncIterable<unknown> | Iterable<unknown>,
    options: CallOptions = {},
  ): AsyncIterable<unknown> {
    const call = this.startCall(method, options);
    void pump(call, method, requests);
    return responses(call);
  }

  /** Cancels every call in flight and closes the stream. */
  async close(): Promise<void> {
    if (this.closeError) return;
    const error = new RpcError(RpcCode.Cancelled, 'client closed');
    for (const call of [...this.calls.values()]) call.abort(error);
    this.onClose(error, undefined);
    await this.frames.close();
  }

  private startCall(method: MethodDescriptor, options: CallOptions): ClientCall {
    if (this.closeError) throw this.closeError;
    if (this.nextCallId > MAX_CALL_ID) {
      throw new RpcError(RpcCode.ResourceExhausted, 'call ids exhausted on this stream; open a new connection');
    }
    const id = this.nextCallId++;
    const call = new ClientCall({
      frames: this.frames,
      id,
      method,
      callOptions: options,
      maxFrameBytes: this.maxFrameBytes,
      onDone: this.onCallDone,
    });
    if (!call.isDone) this.calls.set(id, call);
    call.start(this.interceptors);
    return call;
  }

  private onFrame(frame: Frame): void {
    if (frame.callId === 0) {
      if (frame.type !== FrameType.Status) return this.protocolError(`server sent frame type ${frame.type} on call 0`);
      let error: RpcError;
      try {
        const status = rpc.v1.Status.decode(frame.payload);
        error = new RpcError(toRpcCode(status.code) || RpcCode.Unknown, boundStatusMessage(status.message), {
          remote: true,
        });
      } catch (cause) {
        error = new RpcError(RpcCode.Internal, 'malformed stream status from server', { cause });
      }
      this.frames.abort(error);
      return;
    }
    // Frames for calls that already ended locally (cancelled, timed out) are expected and dropped.
    this.calls.get(frame.callId)?.onFrame(frame.type, frame.payload);
  }

  private protocolError(message: string): void {
    this.frames.abort(new RpcError(RpcCode.Internal, message));
  }

  private onClose(error: RpcError, closeStream: 'abort' | undefined = 'abort'): void {
    if (this.closeError) return;
    this.closeError = error;
    for (const call of [...this.calls.values()]) call.onChannelClosed(error);
    if (closeStream === 'abort' && this.frames.isOpen) this.frames.abort(error);
    this.closedDeferred.resolve(error.code === RpcCode.Cancelled && !error.remote ? undefined : error);
  }
}

/** A typed client for `service` whose calls run on `client`. */
export function createClient<S extends ServiceDefinition>(service: S, client: RpcClient): ServiceClient<S> {
  const methods: Record<string, unknown> = {};
  for (const [key, method] of Object.entries(service.methods)) {
    if (method.requestStream) {
      methods[key] = method.responseStream
        ? (requests: AsyncIterable<unknown>, options?: CallOptions) => client.bidiStream(method, requests, options)
        : (requests: AsyncIterable<unknown>, options?: CallOptions) => client.clientStream(method, requests, options);
    } else {
      methods[key] = method.responseStream
        ? (request: unknown, options?: CallOptions) => client.serverStream(method, request, options)
        : (request: unknown, options?: CallOptions) => client.unary(method, request, options);
    }
  }
  return methods as ServiceClient<S>;
}

function encode(type: Encodable, message: unknown): Uint8Array {
  try {
    return type.encode(message as never).finish();
  } catch (error) {
    throw new RpcError(RpcCode.InvalidArgument, `cannot encode request: ${(error as Error).message}`, { cause: error });
  }
}

function responses(call: ClientCall): AsyncIterable<unknown> {
  return {
    [Symbol.asyncIterator]: () => ({
      next: () => call.take(),
      return: async () => {
        call.abort(new RpcError(RpcCode.Cancelled, 'response stream abandoned by the caller'));
        return { done: true, value: undefined };
      },
    }),
  };
}

async function pump(
  call: ClientCall,
  method: MethodDescriptor,
  requests: AsyncIterable<unknown> | Iterable<unknown>,
): Promise<void> {
  try {
    for await (const request of requests) {
      if (call.isDone) break;
      await call.send(encode(method.requestType, request));
    }
    await call.halfClose();
  } catch (error) {
    if (!call.isDone) call.abort(RpcError.from(error, RpcCode.Cancelled));
  }
}
