import { formatEndpoint, type Endpoint } from '@switchyard/protocol';
import { RpcClient } from '../rpc-client.js';
import { RpcCode, RpcError } from '../rpc-error.js';
import type { RpcServer } from '../rpc-server.js';
import { createInMemoryStreamPair } from './in-memory-stream-pair.js';

/** A client on an in-memory connection: the shape services expect from a dialled connection. */
export interface InMemoryConnection {
  readonly client: RpcClient;
  /** Resolves when the connection ends, with the reason (undefined after `close()`). */
  readonly closed: Promise<RpcError | undefined>;
  close(): Promise<void>;
}

/**
 * Servers reachable by endpoint, without sockets: `listen` puts an `RpcServer` at an endpoint, `dial`
 * opens a new connection (an in-memory stream pair) to it. `reset` breaks every connection to an
 * endpoint, as a crashed peer or a cut link would; dialling an endpoint where nothing listens is
 * refused with UNAVAILABLE, as a QUIC dial would be.
 */
export class InMemoryNetwork {
  private readonly servers = new Map<string, RpcServer>();
  private readonly open = new Map<string, Set<{ cancel(reason: unknown): void }>>();
  /** Every dial, in order, as `host:port`. */
  readonly dials: string[] = [];

  listen(endpoint: Endpoint, server: RpcServer): void {
    this.servers.set(formatEndpoint(endpoint), server);
  }

  /** Stops accepting new connections at `endpoint`; open ones stay. */
  unlisten(endpoint: Endpoint): void {
    this.servers.delete(formatEndpoint(endpoint));
  }

  /** Breaks every open connection to `endpoint`. */
  reset(endpoint: Endpoint, reason = new RpcError(RpcCode.Unavailable, 'connection reset')): void {
    const key = formatEndpoint(endpoint);
    for (const stream of this.open.get(key) ?? []) stream.cancel(reason);
    this.open.delete(key);
  }

  async dial(endpoint: Endpoint): Promise<InMemoryConnection> {
    const key = formatEndpoint(endpoint);
    this.dials.push(key);
    const server = this.servers.get(key);
    if (!server) throw new RpcError(RpcCode.Unavailable, `nothing listens at ${key}`);
    const [clientSide, serverSide] = createInMemoryStreamPair();
    let streams = this.open.get(key);
    if (!streams) this.open.set(key, (streams = new Set()));
    streams.add(clientSide);
    server.handleStream(serverSide);
    const client = new RpcClient(clientSide);
    void client.closed.then(() => streams.delete(clientSide));
    return { client, closed: client.closed, close: () => client.close() };
  }
}
