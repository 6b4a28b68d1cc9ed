import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { QUICServer, events, native } from '@matrixai/quic';
import { RpcCode, type ByteStream, type ConnectionShare, type QueueAccount, type RpcLogger } from '@switchyard/rpc';
import { silentLogger } from './silent-logger.js';
import { listenError, streamCodes } from './quic-errors.js';
import { connectionRefusal } from './connection-bounds.js';
import { enlargeSocketBuffers, quicConfig, quicEngine, quicLogger, type QuicTransportOptions } from './quic-options.js';
import { formatEndpoint } from '@switchyard/protocol';
import { toByteStream } from './quic-byte-stream.js';
import { LeanListener } from './lean/lean-listener.js';
import { ChainCache } from './chain-cache.js';
import type { TlsMaterial } from './tls.js';

export interface QuicListenerOptions extends QuicTransportOptions {
  /** The CA, and the certificate and key this server proves itself with. */
  tls: TlsMaterial;
  /**
   * Require a client certificate that chains to `tls.ca` (mutual TLS). A peer without one is refused
   * during the handshake and never reaches `onStream`. Default false.
   */
  requireClientCert?: boolean;
  /**
   * Connections one peer (remote IP address) may hold at once; a connection past it is closed at once
   * with RESOURCE_EXHAUSTED. Default 256.
   */
  maxConnectionsPerPeer?: number;
  /**
   * Connections the listener holds at once, all peers together; a connection past it is closed at once with
   * RESOURCE_EXHAUSTED. Default 4096.
   */
  maxConnections?: number;
  /**
   * Lean engine: handshakes run at once without a stateless retry, for clients that have not proven their address
   * yet (at most `MAX_UNVALIDATED_HANDSHAKES_PER_PEER` from one address); past it a new connection is retried first,
   * which costs it a round trip and a forged source address nothing. 0: always retry. Default 16.
   */
  maxUnvalidatedHandshakes?: number;
  /** Called for every stream a client opens. */
  onStream(stream: ByteStream): void;
}

/** What the connections from one remote address hold together. */
interface Peer {
  connections: number;
  /** Bytes queued for the address on all its connections (`ConnectionShare.peer` of each). */
  queue: QueueAccount;
}

/**
 * The library engine's listener (`@matrixai/quic`'s QUICServer).
 */
class LibraryListener implements EngineListener {
  private readonly server: QUICServer;
  private readonly logger: RpcLogger;
  /** Open connections, and their queued bytes, per remote host. */
  private readonly peers = new Map<string, Peer>();
  /** Client certificate chains accepted recently. */
  private readonly clientChains = new ChainCache();
  /** Connections admitted and not yet closed. */
  private admittedCount = 0;

  constructor(private readonly options: QuicListenerOptions) {
    this.logger = options.logger ?? silentLogger;
    // Key for the server's stateless-retry tokens; HMAC-SHA256 computed synchronously.
    const key = randomBytes(32);
    this.server = new QUICServer({
      crypto: {
        key: key.buffer.slice(key.byteOffset, key.byteOffset + key.byteLength),
        ops: {
          sign: async (k: ArrayBuffer, data: ArrayBuffer) =>
            toArrayBuffer(createHmac('sha256', Buffer.from(k)).update(Buffer.from(data)).digest()),
          verify: async (k: ArrayBuffer, data: ArrayBuffer, sig: ArrayBuffer) => {
            const expected = createHmac('sha256', Buffer.from(k)).update(Buffer.from(data)).digest();
            const given = Buffer.from(sig);
            // Constant time: a retry token's signature must not leak how much of it matched.
            return given.byteLength === expected.byteLength && timingSafeEqual(given, expected);
          },
        },
      },
      config: {
        ...quicConfig(options),
        key: options.tls.key,
        cert: options.tls.cert,
        verifyPeer: options.requireClientCert ?? false,
        // The chain, validity and client-authentication usage of a client's certificate. Only with
        // verifyPeer: the library holds every stream of a connection until a set callback has run.
        verifyCallback: options.requireClientCert ? (chain, trusted) => this.verifyClient(chain, trusted) : undefined,
      },
      logger: quicLogger('quic-listener', options.logger),
      ...streamCodes,
    });
    this.server.addEventListener(events.EventQUICServerConnection.name, this.onConnection);
    this.server.addEventListener(events.EventQUICServerError.name, (evt: events.EventQUICServerError) => {
      this.logger.warn({ err: evt.detail }, 'QUIC server error');
    });
  }

  private async verifyClient(chain: Uint8Array[], trusted: Uint8Array[]): Promise<native.CryptoError | undefined> {
    const refusal = this.clientChains.check(chain, trusted, { usage: 'client' });
    if (refusal === undefined) return undefined;
    this.logger.debug({ refusal }, 'client certificate refused');
    this.options.observer?.accepted?.('failed');
    return native.CryptoError.BadCertificate;
  }

  /** Binds and listens; rejects with UNAVAILABLE naming the address and why it cannot be used. */
  async start(address: { host: string; port: number }): Promise<void> {
    try {
      await this.server.start({ host: address.host, port: address.port });
      enlargeSocketBuffers((this.server as unknown as { socket: unknown }).socket);
    } catch (error) {
      throw listenError(error, formatEndpoint({ host: address.host, port: address.port }));
    }
  }

  /** The bound host. */
  get host(): string {
    return this.server.host;
  }

  /** The bound port (useful after listening on port 0). */
  get port(): number {
    return this.server.port;
  }

  /** Closes every connection at once and releases the socket. */
  async stop(): Promise<void> {
    await this.server.stop({ force: true });
  }

  get connections(): number {
    return this.admittedCount;
  }

  /** Connections held now by peers at `host`. */
  connectionsFrom(host: string): number {
    return this.peers.get(host)?.connections ?? 0;
  }

  private readonly onConnection = (evt: events.EventQUICServerConnection): void => {
    const connection = evt.detail;
    const host = connection.remoteHost;
    const held = this.connectionsFrom(host);
    const refusal = connectionRefusal(this.options, this.admittedCount, held, host);
    if (refusal !== undefined) {
      const reason = new TextEncoder().encode(refusal);
      this.logger.debug({ peer: host, connections: held, refusal }, 'connection refused');
      this.options.observer?.accepted?.('refused');
      void connection
        .stop({ isApp: true, errorCode: RpcCode.ResourceExhausted, reason, force: true })
        .catch(() => undefined);
      return;
    }
    const peer = this.peers.get(host) ?? { connections: 0, queue: { queuedBytes: 0 } };
    peer.connections++;
    this.admittedCount++;
    this.peers.set(host, peer);
    this.options.observer?.accepted?.('ok');
    const release = () => {
      this.admittedCount--;
      if (--peer.connections === 0) this.peers.delete(host);
    };
    connection.closedP.then(release, release);
    // Every stream of the connection counts against the same budgets (queued bytes, calls), and those of the
    // address's connections against its own.
    const share: ConnectionShare = { queuedBytes: 0, calls: 0, peer: peer.queue };
    connection.addEventListener(
      events.EventQUICConnectionStream.name,
      (streamEvt: events.EventQUICConnectionStream) => {
        this.options.onStream(toByteStream(streamEvt.detail, connection, share));
      },
    );
    connection.addEventListener(events.EventQUICConnectionError.name, (errorEvt: events.EventQUICConnectionError) => {
      this.logger.debug(
        { err: errorEvt.detail, peer: `${connection.remoteHost}:${connection.remotePort}` },
        'QUIC connection error',
      );
    });
  };
}

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** What each engine's listener does (`QuicListener` passes every call on). */
interface EngineListener {
  start(address: { host: string; port: number }): Promise<void>;
  readonly host: string;
  readonly port: number;
  stop(): Promise<void>;
  readonly connections: number;
  connectionsFrom(host: string): number;
}

/**
 * Accepts QUIC connections (TLS 1.3) and hands every bidirectional stream to `onStream`, over the engine
 * `options.engine` names (or the process's, `setQuicEngine`). Streams per connection are capped by QUIC stream
 * credit (`maxStreamsPerConnection`), connections by `maxConnections` in all and by `maxConnectionsPerPeer` per remote
 * address; every stream
 * says which connection and which remote address it belongs to (`ByteStream.connection`), so the RPC layer bounds
 * them per address too.
 */
export class QuicListener {
  private readonly engine: EngineListener;

  constructor(options: QuicListenerOptions) {
    this.engine =
      (options.engine ?? quicEngine()) === 'lean' ? new LeanListener(options) : new LibraryListener(options);
  }

  /** Binds and listens; rejects with UNAVAILABLE naming the address and why it cannot be used. */
  start(address: { host: string; port: number }): Promise<void> {
    return this.engine.start(address);
  }

  /** The bound host. */
  get host(): string {
    return this.engine.host;
  }

  /** The bound port (useful after listening on port 0). */
  get port(): number {
    return this.engine.port;
  }

  /** Closes every connection at once and releases the socket. */
  stop(): Promise<void> {
    return this.engine.stop();
  }

  /** Connections held now, all peers together (those refused at a bound are not counted). */
  get connections(): number {
    return this.engine.connections;
  }

  /** Connections held now by peers at `host`. */
  connectionsFrom(host: string): number {
    return this.engine.connectionsFrom(host);
  }
}
