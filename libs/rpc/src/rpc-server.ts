import {
  DEFAULT_MAX_FRAME_BYTES,
  FrameType,
  rpc,
  type Frame,
  type MethodDescriptor,
  type ServiceDefinition,
} from '@switchyard/protocol';
import type { ByteStream } from './byte-stream.js';
import type { Metadata, RpcLogger, ServerInterceptor, ServiceHandlers } from './call-types.js';
import { silentLogger } from './call-types.js';
import { DEFAULT_CLOSE_TIMEOUT_MS, FramedStream, encodeStatus } from './framed-stream.js';
import {
  DEFAULT_WRITE_HIGH_WATER_BYTES,
  DEFAULT_WRITE_PROGRESS_TIMEOUT_MS,
  type ConnectionShare,
  type WriteBudget,
} from './frame-writer.js';
import type { QueueBudget, QueueGroup } from './queue-budget.js';
import { RpcCode, RpcError, rpcCodeName } from './rpc-error.js';
import { ServerCall, type AnyHandler } from './server-call.js';

export interface RpcServerOptions {
  /** Largest frame accepted from a client, in bytes. Default `DEFAULT_MAX_FRAME_BYTES` (4 MiB). */
  maxFrameBytes?: number;
  /** Ceiling on every call's duration in ms, applied with the client's own deadline (the smaller wins). 0 = none. */
  maxTimeoutMs?: number;
  /** Calls one stream may have in flight; more are refused with RESOURCE_EXHAUSTED. Default 16384. */
  maxConcurrentCallsPerStream?: number;
  /** Calls all streams of one connection may have in flight together (RESOURCE_EXHAUSTED past it). Default 16384. */
  maxConcurrentCallsPerConnection?: number;
  /** Bytes queued for writing per stream before handlers sending messages wait. Default 256 KiB. */
  writeHighWaterBytes?: number;
  /**
   * Most bytes one stream may have waiting for its peer, control frames included; a peer that calls but
   * does not read loses the stream (reset with RESOURCE_EXHAUSTED) past it. Default: the high-water mark
   * plus two of the largest frames.
   */
  maxQueuedBytesPerStream?: number;
  /** The same bound over all streams of one connection. Default: twice the per-stream bound. */
  maxQueuedBytesPerConnection?: number;
  /**
   * The same bound over every connection from one remote address, when the transport says which
   * (`ByteStream.connection.peer`): past it, the largest queue of that address is reset, so a peer cannot
   * multiply the per-connection bound by opening connections. Default: twice the per-connection bound.
   */
  maxQueuedBytesPerPeer?: number;
  /**
   * The same bound over the whole process: give one budget to every server of the process. Past it, the
   * largest queue of the process is reset (a peer that reads is never the largest). Default: a budget of this
   * server's own, of four times the per-address bound.
   */
  queueBudget?: QueueBudget;
  /**
   * A stream with bytes waiting for its peer and no write completed for this long, in ms, is reset with
   * RESOURCE_EXHAUSTED, however little it holds: a queue that never drains is given back. 0: never. Default
   * `DEFAULT_WRITE_PROGRESS_TIMEOUT_MS` (10000, the QUIC idle timeout's default).
   */
  writeProgressTimeoutMs?: number;
  /** How long closing a stream waits for queued frames to reach a peer that does not read. Default 1000 ms. */
  closeTimeoutMs?: number;
  /** Run around every handler, outermost first. */
  interceptors?: readonly ServerInterceptor[];
  /**
   * Called once per call when it ends, refusals included: the method's path (`UNKNOWN_METHOD` for a method
   * not registered here, so a peer cannot make up names) and the status code's name (`OK`, `UNAVAILABLE`, …).
   */
  onCallEnd?: (method: string, code: string) => void;
  logger?: RpcLogger;
}

/** The method name `onCallEnd` reports for calls to methods this server does not have. */
export const UNKNOWN_METHOD = 'unknown';

/**
 * The longest method path a server accepts, in characters: a longer one is refused with INVALID_ARGUMENT and
 * never echoed, so an unknown one, named in its UNIMPLEMENTED status, makes a refusal about as large as the call
 * (a peer that never reads gains nothing by long names). Real paths are a few dozen characters.
 */
export const MAX_METHOD_PATH_CHARS = 128;

export interface CloseOptions {
  /** How long in-flight calls may run on before they are cancelled, in ms. Default 5000. */
  graceMs?: number;
}

interface Registered {
  method: MethodDescriptor;
  handler: AnyHandler;
}

type ResolvedServerOptions = Required<Omit<RpcServerOptions, 'logger' | 'onCallEnd'>> &
  Pick<RpcServerOptions, 'onCallEnd'> & { logger: RpcLogger };

/** What a served stream needs of its server. The server hands it to each one it creates, so none of it is public. */
interface ServerContext {
  readonly options: ResolvedServerOptions;
  /** Registered methods by path. */
  readonly methods: ReadonlyMap<string, Registered>;
  /** True once `close()` was called: new calls are refused. */
  readonly closing: boolean;
}

/** The server's side of the same object. */
interface ServerState extends ServerContext {
  readonly methods: Map<string, Registered>;
  closing: boolean;
}

/**
 * Serves registered services on any number of byte streams (`handleStream`), each carrying many
 * calls. Unknown methods get UNIMPLEMENTED at once; a framing error from a client closes only that
 * client's stream.
 */
export class RpcServer {
  private readonly state: ServerState;
  private readonly streams = new Set<ServerStream>();

  constructor(options: RpcServerOptions = {}) {
    const maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    const writeHighWaterBytes = options.writeHighWaterBytes ?? DEFAULT_WRITE_HIGH_WATER_BYTES;
    const maxQueuedBytesPerStream = options.maxQueuedBytesPerStream ?? writeHighWaterBytes + 2 * maxFrameBytes;
    const maxQueuedBytesPerConnection = options.maxQueuedBytesPerConnection ?? 2 * maxQueuedBytesPerStream;
    const maxQueuedBytesPerPeer = options.maxQueuedBytesPerPeer ?? 2 * maxQueuedBytesPerConnection;
    const queueBudget = options.queueBudget ?? { maxBytes: 4 * maxQueuedBytesPerPeer, queuedBytes: 0 };
    if (!(queueBudget.maxBytes >= 1)) {
      throw new RangeError(`queueBudget.maxBytes (${queueBudget.maxBytes}) must be at least 1`);
    }
    this.state = {
      options: {
        maxFrameBytes,
        maxTimeoutMs: options.maxTimeoutMs ?? 0,
        maxConcurrentCallsPerStream: options.maxConcurrentCallsPerStream ?? 16384,
        maxConcurrentCallsPerConnection: options.maxConcurrentCallsPerConnection ?? 16384,
        writeHighWaterBytes,
        maxQueuedBytesPerStream,
        maxQueuedBytesPerConnection,
        maxQueuedBytesPerPeer,
        queueBudget,
        writeProgressTimeoutMs: options.writeProgressTimeoutMs ?? DEFAULT_WRITE_PROGRESS_TIMEOUT_MS,
        closeTimeoutMs: options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS,
        interceptors: options.interceptors ?? [],
        onCallEnd: options.onCallEnd,
        logger: options.logger ?? silentLogger,
      },
      methods: new Map(),
      closing: false,
    };
  }

  /** Registers every method of `service`; throws if one of its paths is already registered. */
  register<S extends ServiceDefinition>(service: S, handlers: ServiceHandlers<S>): this {
    const { methods } = this.state;
    for (const [key, method] of Object.entries(service.methods)) {
      if (methods.has(method.path)) throw new Error(`${method.path} is already registered`);
      if (method.path.length > MAX_METHOD_PATH_CHARS) {
        throw new Error(`${method.path} is longer than ${MAX_METHOD_PATH_CHARS} characters`);
      }
      const handler = (handlers as Record<string, AnyHandler>)[key];
      if (typeof handler !== 'function') throw new Error(`no handler for ${method.path}`);
      methods.set(method.path, { method, handler });
    }
    return this;
  }

  /** Serves calls arriving on `stream` until it ends. */
  handleStream(stream: ByteStream): void {
    if (this.state.closing) {
      stream.cancel(new RpcError(RpcCode.Unavailable, 'server is shutting down'));
      return;
    }
    const served = new ServerStream(this.state, stream, (done) => this.streams.delete(done));
    this.streams.add(served);
  }

  /** Calls in flight across all streams. */
  get activeCalls(): number {
    let total = 0;
    for (const served of this.streams) total += served.activeCalls;
    return total;
  }

  /** Bytes waiting for peers across all streams, in bytes (what the queue bounds count). */
  get queuedBytes(): number {
    let total = 0;
    for (const served of this.streams) total += served.queuedBytes;
    return total;
  }

  /**
   * Stops accepting calls (new ones get UNAVAILABLE), lets in-flight calls finish for up to
   * `graceMs`, cancels the rest with UNAVAILABLE, and closes every stream: a stream whose peer does not
   * read is torn down after the close timeout, so this ends within `graceMs` plus that timeout.
   */
  async close(options: CloseOptions = {}): Promise<void> {
    this.state.closing = true;
    const graceMs = options.graceMs ?? 5000;
    const streams = [...this.streams];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const graceOver = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.all(streams.map((s) => s.idle())), graceOver]);
    clearTimeout(timer);
    await Promise.all(streams.map((s) => s.shutdown(new RpcError(RpcCode.Unavailable, 'server is shutting down'))));
  }
}

/** One byte stream's calls on the server. */
class ServerStream {
  private readonly frames: FramedStream;
  private readonly calls = new Map<number, ServerCall>();
  /** Calls of every stream of this stream's connection; this stream's own when the transport shares none. */
  private readonly connection: ConnectionShare;
  private lastCallId = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly server: ServerContext,
    stream: ByteStream,
    private readonly onEnd: (served: ServerStream) => void,
  ) {
    const { options } = server;
    this.connection = stream.connection ?? { queuedBytes: 0, calls: 0 };
    this.frames = new FramedStream(stream, {
      maxFrameBytes: options.maxFrameBytes,
      writeHighWaterBytes: options.writeHighWaterBytes,
      closeTimeoutMs: options.closeTimeoutMs,
      writeProgressTimeoutMs: options.writeProgressTimeoutMs,
      budget: writeBudget(options, this.connection),
      onFrame: (frame) => this.onFrame(frame),
      onClose: (error) => void this.shutdown(error ?? new RpcError(RpcCode.Cancelled, 'client closed the stream')),
    });
  }

  get activeCalls(): number {
    return this.calls.size;
  }

  get queuedBytes(): number {
    return this.frames.writer.pendingBytes;
  }

  idle(): Promise<void> {
    if (this.calls.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async shutdown(reason: RpcError): Promise<void> {
    for (const call of [...this.calls.values()]) {
      if (this.frames.writer.open) call.end(reason);
      else call.cancel(reason);
    }
    this.onEnd(this);
    await this.frames.close();
  }

  private onFrame(frame: Frame): void {
    if (frame.type === FrameType.Header) return this.openCall(frame);
    if (frame.type === FrameType.Status || frame.callId === 0 || frame.callId > this.lastCallId) {
      return this.frames.fail(
        new RpcError(RpcCode.InvalidArgument, `unexpected frame type ${frame.type} for call ${frame.callId}`),
      );
    }
    // Frames for calls that already ended (completed, cancelled, timed out) are expected and dropped.
    this.calls.get(frame.callId)?.onFrame(frame.type, frame.payload);
  }

  private openCall(frame: Frame): void {
    const { callId } = frame;
    if (callId <= this.lastCallId) {
      return this.frames.fail(
        new RpcError(RpcCode.InvalidArgument, `call id ${callId} is not above ${this.lastCallId}`),
      );
    }
    this.lastCallId = callId;
    const { options, methods, closing } = this.server;
    // A refusal is a status and nothing more: no RpcError (with its stack trace) for each call a flood makes.
    const refuse = (code: Exclude<RpcCode, 0>, message: string, method = UNKNOWN_METHOD) => {
      this.frames.send({ type: FrameType.Status, callId, payload: encodeStatus(code, message) });
      options.onCallEnd?.(method, rpcCodeName(code));
    };
    let header: rpc.v1.RequestHeader;
    try {
      header = rpc.v1.RequestHeader.decode(frame.payload);
    } catch (error) {
      return refuse(RpcCode.InvalidArgument, `malformed request header: ${(error as Error).message}`);
    }
    if (header.method.length > MAX_METHOD_PATH_CHARS) {
      return refuse(RpcCode.InvalidArgument, `method name longer than ${MAX_METHOD_PATH_CHARS} characters`);
    }
    const registered = methods.get(header.method);
    const known = registered?.method.path;
    if (closing) return refuse(RpcCode.Unavailable, 'server is shutting down', known);
    if (!registered) return refuse(RpcCode.Unimplemented, `unknown method ${header.method}`);
    if (this.calls.size >= options.maxConcurrentCallsPerStream) {
      const limit = options.maxConcurrentCallsPerStream;
      return refuse(RpcCode.ResourceExhausted, `more than ${limit} concurrent calls on one stream`, known);
    }
    if (this.connection.calls >= options.maxConcurrentCallsPerConnection) {
      const limit = options.maxConcurrentCallsPerConnection;
      return refuse(RpcCode.ResourceExhausted, `more than ${limit} concurrent calls on one connection`, known);
    }
    const method = registered.method;
    const call = new ServerCall({
      frames: this.frames,
      id: callId,
      method,
      handler: registered.handler,
      metadata: header.metadata as Metadata,
      clientTimeoutMs: header.timeoutMs,
      maxTimeoutMs: options.maxTimeoutMs,
      maxFrameBytes: options.maxFrameBytes,
      interceptors: options.interceptors,
      logger: options.logger,
      onDone: (code) => {
        this.onCallDone(callId);
        options.onCallEnd?.(method.path, rpcCodeName(code));
      },
    });
    this.calls.set(callId, call);
    this.connection.calls++;
    call.start();
  }

  private onCallDone(callId: number): void {
    if (this.calls.delete(callId)) this.connection.calls--;
    if (this.calls.size === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const wake of waiters) wake();
    }
  }
}

/** What a stream's queued bytes count against: its own bound, its connection, its peer's address, the process. */
function writeBudget(options: ResolvedServerOptions, connection: ConnectionShare): WriteBudget {
  const groups: QueueGroup[] = [
    { account: connection, maxBytes: options.maxQueuedBytesPerConnection, name: 'its connection' },
  ];
  if (connection.peer) {
    groups.push({ account: connection.peer, maxBytes: options.maxQueuedBytesPerPeer, name: 'its address' });
  }
  groups.push({ account: options.queueBudget, maxBytes: options.queueBudget.maxBytes, name: 'this process' });
  return { maxStreamBytes: options.maxQueuedBytesPerStream, groups };
}
