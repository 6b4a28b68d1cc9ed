import type { Endpoint } from '@switchyard/protocol';
import type { RpcClient } from './rpc-client.js';
import type { RpcError } from './rpc-error.js';

/** An RPC client on a connection of its own, as a dialler returns it. */
export interface RpcChannel {
  readonly client: RpcClient;
  /** Resolves when the connection ends, with the reason (undefined after `close()`). */
  readonly closed: Promise<RpcError | undefined>;
  /** Cancels the calls in flight and closes the connection. */
  close(): Promise<void>;
}

/**
 * Opens a new connection to `endpoint`, rejecting with an `RpcError` when it cannot; `timeoutMs` bounds
 * the handshake and `signal` abandons it. Services take one instead of a transport, so their logic runs
 * over any of them.
 */
export type Dial = (endpoint: Endpoint, options: { timeoutMs: number; signal?: AbortSignal }) => Promise<RpcChannel>;
