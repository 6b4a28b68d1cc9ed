export type { ByteStream } from './byte-stream.js';
export type {
  CallOptions,
  ClientCallInfo,
  ClientInterceptor,
  ClientMethod,
  HandlerContext,
  Metadata,
  MethodHandler,
  RpcLogger,
  ServerInterceptor,
  ServiceClient,
  ServiceHandlers,
} from './call-types.js';
export { createDeadline, MAX_TIMEOUT_MS, type Deadline, type DeadlineOptions } from './deadline.js';
export { INITIAL_WINDOW_BYTES } from './flow-control.js';
export { RpcClient, createClient, type RpcClientOptions } from './rpc-client.js';
export {
  MAX_STATUS_MESSAGE_CHARS,
  RpcCode,
  RpcError,
  rpcCodeName,
  toRpcCode,
  type RpcErrorOptions,
} from './rpc-error.js';
export {
  MAX_METHOD_PATH_CHARS,
  RpcServer,
  UNKNOWN_METHOD,
  type CloseOptions,
  type RpcServerOptions,
} from './rpc-server.js';
export type { Dial, DialOptions, PeerExpectation, RpcChannel } from './channel.js';
export { DEFAULT_WRITE_PROGRESS_TIMEOUT_MS, type ConnectionShare, type WriteBudget } from './frame-writer.js';
export type { QueueAccount, QueueBudget } from './queue-budget.js';
