import { RpcClient, type RpcClientOptions, type RpcError, type RpcServer } from '@switchyard/rpc';
import { QuicConnection, type QuicDialOptions } from './quic-dialer.js';
import { QuicListener, type QuicListenerOptions } from './quic-listener.js';

export type ConnectRpcOptions = QuicDialOptions & { rpc?: RpcClientOptions };

/**
 * An RPC client on its own QUIC connection: all calls share one long-lived stream (many calls per
 * stream is what makes the transport fast; see docs/wire-protocol.md). `closed` resolves when either
 * the stream or the connection ends.
 */
export class RpcConnection {
  readonly closed: Promise<RpcError | undefined>;

  constructor(
    readonly connection: QuicConnection,
    readonly client: RpcClient,
  ) {
    this.closed = Promise.race([client.closed, connection.closed]);
  }

  /** Milliseconds since the server was last heard from on this connection. */
  silentForMs(): number {
    return this.connection.silentForMs();
  }

  /** Sends the server a PING; its acknowledgement shows in `silentForMs`. */
  probe(): void {
    this.connection.probe();
  }

  /** Cancels calls in flight and closes the connection. */
  async close(): Promise<void> {
    await this.client.close();
    await this.connection.close();
  }
}

/** Dials a QUIC server and opens the RPC stream. Rejects with an `RpcError`. */
export async function connectRpc(options: ConnectRpcOptions): Promise<RpcConnection> {
  const connection = await QuicConnection.dial(options);
  try {
    return new RpcConnection(connection, new RpcClient(connection.openStream(), options.rpc));
  } catch (error) {
    await connection.close();
    throw error;
  }
}

export type ServeRpcOptions = Omit<QuicListenerOptions, 'onStream'> & { host: string; port: number };

/** Serves `server` on a new QUIC listener; stop it with `server.close()` then `listener.stop()`. */
export async function serveRpc(server: RpcServer, options: ServeRpcOptions): Promise<QuicListener> {
  const listener = new QuicListener({ ...options, onStream: (stream) => server.handleStream(stream) });
  await listener.start({ host: options.host, port: options.port });
  return listener;
}
