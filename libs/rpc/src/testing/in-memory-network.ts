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
  /** Time since the server was last heard from: since it last sent anything, or took in what the client sent. */
  silentForMs(): number;
  /** The server acknowledges at once, unless its host went silent. */
  probe(): void;
}

export interface InMemoryNetworkOptions {
  /** The time `silentForMs` is measured on. Default `performance.now`. */
  now?: () => number;
}

/**
 * Servers reachable by endpoint, without sockets: `listen` puts an `RpcServer` at an endpoint, `dial`
 * opens a new connection (an in-memory stream pair) to it. `reset` breaks every connection to an
 * endpoint, as a crashed peer or a cut link would; dialling an endpoint where nothing listens is
 * refused with UNAVAILABLE, as a QUIC dial would be. `silence` makes an endpoint a host that vanished without
 * a word (powered off, cut off): dials to it never complete and its open connections deliver nothing.
 */
export class InMemoryNetwork {
  private readonly servers = new Map<string, RpcServer>();
  private readonly open = new Map<string, Set<{ cancel(reason: unknown): void }>>();
  /** Every dial, in order, as `host:port`. */
  readonly dials: string[] = [];
  private readonly silenced = new Set<string>();
  private readonly now: () => number;

  constructor(options: InMemoryNetworkOptions = {}) {
    this.now = options.now ?? (() => performance.now());
  }

  listen(endpoint: Endpoint, server: RpcServer): void {
    this.servers.set(formatEndpoint(endpoint), server);
    this.silenced.delete(formatEndpoint(endpoint));
  }

  /**
   * The host at `endpoint` goes silent for good (until something listens there again): new dials hang until their
   * signal aborts, and open connections drop everything either way without breaking, as packets to a dead host are
   * lost without an answer.
   */
  silence(endpoint: Endpoint): void {
    this.silenced.add(formatEndpoint(endpoint));
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

  async dial(endpoint: Endpoint, options: { signal?: AbortSignal } = {}): Promise<InMemoryConnection> {
    const key = formatEndpoint(endpoint);
    this.dials.push(key);
    if (this.silenced.has(key)) {
      const { signal } = options;
      await new Promise((_resolve, reject) => {
        const cancelled = () => reject(new RpcError(RpcCode.Cancelled, 'dial cancelled'));
        if (signal?.aborted) cancelled();
        else signal?.addEventListener('abort', cancelled, { once: true });
      });
    }
    const server = this.servers.get(key);
    if (!server) throw new RpcError(RpcCode.Unavailable, `nothing listens at ${key}`);
    let heardAt = this.now();
    let lost = false;
    /** Whether the server's host still answers, noting that it was heard from now; once silent, silent for good. */
    const heard = () => {
      lost ||= this.silenced.has(key);
      if (!lost) heardAt = this.now();
      return !lost;
    };
    // Delivered either way is heard: a chunk from the server, or the server's (instant) acknowledgement of one.
    const [clientSide, serverSide] = createInMemoryStreamPair({ deliver: heard });
    let streams = this.open.get(key);
    if (!streams) this.open.set(key, (streams = new Set()));
    streams.add(clientSide);
    server.handleStream(serverSide);
    const client = new RpcClient(clientSide);
    void client.closed.then(() => streams.delete(clientSide));
    return {
      client,
      closed: client.closed,
      close: () => client.close(),
      silentForMs: () => this.now() - heardAt,
      probe: () => void heard(),
    };
  }
}
