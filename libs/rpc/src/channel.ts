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
  /**
   * Milliseconds since anything at all was last heard from the peer on this connection (any packet, a bare
   * acknowledgement included), when the transport knows. A live peer acknowledges a call within a round trip
   * even when it takes long to answer; a peer that stays silent after a call was sent is gone or cut off.
   */
  silentForMs?(): number;
  /**
   * Has the peer's transport acknowledge something now (a QUIC PING), without a call: what comes back shows in
   * `silentForMs`. The peer's application does no work for it, but its process must be running to answer.
   */
  probe?(): void;
}

/**
 * Who the server at the other end must be: the role of the identity its certificate names and, when given, the
 * name (a worker's label). A server that is anybody else is refused before any call (UNAUTHENTICATED).
 */
export interface PeerExpectation {
  role: string;
  name?: string;
}

export interface DialOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  peer?: PeerExpectation;
}

/**
 * Opens a new connection to `endpoint`, rejecting with an `RpcError` when it cannot; `timeoutMs` bounds
 * the handshake, `signal` abandons it and `peer` says whom the server must prove to be. Services take one instead
 * of a transport, so their logic runs over any of them.
 */
export type Dial = (endpoint: Endpoint, options: DialOptions) => Promise<RpcChannel>;
