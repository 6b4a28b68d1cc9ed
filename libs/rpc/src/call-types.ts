import type { MessageInput, MessageOutput, MethodDescriptor, ServiceDefinition } from '@switchyard/protocol';

/** Call metadata and trailers: string keys (lower-case ASCII by convention) to string values. */
export type Metadata = Record<string, string>;

/** Options of every outbound call. */
export interface CallOptions {
  /** Milliseconds the call may take in all; sent to the server, which enforces it too. */
  timeoutMs?: number;
  /** Aborting it cancels the call locally and on the server. */
  signal?: AbortSignal;
  /** Sent in the request header. */
  metadata?: Metadata;
  /** Receives the response trailers when the call ends (successfully or not). */
  onTrailers?(trailers: Readonly<Metadata>): void;
}

/** What a handler (and a server interceptor) sees of its call. */
export interface HandlerContext {
  readonly method: MethodDescriptor;
  /** Request metadata as sent by the client. */
  readonly metadata: Readonly<Metadata>;
  /** Aborts when the call is cancelled, its deadline passes, the server closes, or the call completes. */
  readonly signal: AbortSignal;
  /** Absolute deadline on the monotonic clock (`performance.now()` ms), `Infinity` when none. */
  readonly deadline: number;
  /** Trailers sent with the final status; handlers and interceptors may add to them. */
  readonly trailers: Metadata;
  /** The transport's description of the client, such as its address. */
  readonly peer: string | undefined;
  /**
   * Who the peer proved to be, when the transport authenticated it (a client certificate's identity, such as
   * `spiffe://switchyard/worker/w1`); undefined for an anonymous peer.
   */
  readonly peerIdentity: string | undefined;
}

/** What a client interceptor sees of its call. It may change `metadata` before calling `next`. */
export interface ClientCallInfo {
  readonly method: MethodDescriptor;
  readonly metadata: Metadata;
  readonly signal: AbortSignal;
}

/**
 * Wraps every outbound call. `next` sends the request header and resolves when the call ends with
 * OK (rejects with its `RpcError` otherwise); throwing fails the call with that error.
 */
export type ClientInterceptor = (call: ClientCallInfo, next: () => Promise<void>) => Promise<void>;

/**
 * Wraps every handler invocation. `next` runs the handler to completion; throwing (before or after)
 * ends the call with that error, for example `RpcError(Unauthenticated)` when a token is missing.
 */
export type ServerInterceptor = (ctx: HandlerContext, next: () => Promise<void>) => Promise<void>;

type Req<M extends MethodDescriptor> = M['requestType'];
type Res<M extends MethodDescriptor> = M['responseType'];

/** The client-side function for one method, chosen by its call shape. */
export type ClientMethod<M extends MethodDescriptor> = M['requestStream'] extends true
  ? M['responseStream'] extends true
    ? (
        requests: AsyncIterable<MessageInput<Req<M>>> | Iterable<MessageInput<Req<M>>>,
        options?: CallOptions,
      ) => AsyncIterable<MessageOutput<Res<M>>>
    : (
        requests: AsyncIterable<MessageInput<Req<M>>> | Iterable<MessageInput<Req<M>>>,
        options?: CallOptions,
      ) => Promise<MessageOutput<Res<M>>>
  : M['responseStream'] extends true
    ? (request: MessageInput<Req<M>>, options?: CallOptions) => AsyncIterable<MessageOutput<Res<M>>>
    : (request: MessageInput<Req<M>>, options?: CallOptions) => Promise<MessageOutput<Res<M>>>;

/** A typed client: one function per method of the service. */
export type ServiceClient<S extends ServiceDefinition> = { [K in keyof S['methods']]: ClientMethod<S['methods'][K]> };

/** The server-side handler for one method, chosen by its call shape. */
export type MethodHandler<M extends MethodDescriptor> = M['requestStream'] extends true
  ? M['responseStream'] extends true
    ? (requests: AsyncIterable<MessageOutput<Req<M>>>, ctx: HandlerContext) => AsyncIterable<MessageInput<Res<M>>>
    : (requests: AsyncIterable<MessageOutput<Req<M>>>, ctx: HandlerContext) => Promise<MessageInput<Res<M>>>
  : M['responseStream'] extends true
    ? (request: MessageOutput<Req<M>>, ctx: HandlerContext) => AsyncIterable<MessageInput<Res<M>>>
    : (request: MessageOutput<Req<M>>, ctx: HandlerContext) => Promise<MessageInput<Res<M>>>;

/** Handlers for every method of a service; a missing or mistyped one is a compile error. */
export type ServiceHandlers<S extends ServiceDefinition> = {
  [K in keyof S['methods']]: MethodHandler<S['methods'][K]>;
};

/** The logging surface the RPC layer uses (pino loggers satisfy it). */
export interface RpcLogger {
  debug(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export const silentLogger: RpcLogger = { debug() {}, warn() {} };

/** Runs `final` inside a chain of interceptors, outermost first. */
export function runInterceptors<C>(
  interceptors: ReadonlyArray<(ctx: C, next: () => Promise<void>) => Promise<void>>,
  ctx: C,
  final: () => Promise<void>,
): Promise<void> {
  if (interceptors.length === 0) return final();
  const dispatch = (index: number): Promise<void> => {
    if (index === interceptors.length) return final();
    let called = false;
    return interceptors[index](ctx, () => {
      if (called) return Promise.reject(new Error('interceptor called next() twice'));
      called = true;
      return dispatch(index + 1);
    });
  };
  return dispatch(0);
}
