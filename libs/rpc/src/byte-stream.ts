import type { ConnectionShare } from './frame-writer.js';
import type { RpcError } from './rpc-error.js';

/**
 * What the RPC layer needs from a transport: one ordered, reliable, bidirectional byte stream.
 * The RPC layer owns this interface; transports (QUIC, the in-memory pair used in tests) implement it.
 */
export interface ByteStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
  /** Abandons both directions at once; pending reads and writes fail. */
  cancel(reason?: unknown): void;
  /** Describes the peer for handlers and logs, for example `127.0.0.1:4433`. */
  readonly peer?: string;
  /**
   * Totals shared by the streams of one connection (queued bytes, calls), when the transport multiplexes
   * streams over connections; limits then hold per connection as well as per stream.
   */
  readonly connection?: ConnectionShare;
  /** The identity the peer authenticated with (a client certificate's URI SAN, say); undefined when anonymous. */
  readonly peerIdentity?: string;
  /**
   * Turns an error raised by `readable` or `writable` into an `RpcError`. Transports map their own
   * failures here (one place per transport); when absent, failures become `Unavailable`.
   */
  toRpcError?(error: unknown): RpcError;
}
