import { randomFillSync } from 'node:crypto';
import { QUICClient, QUICSocket, events, native } from '@matrixai/quic';
import type Logger from '@matrixai/logger';
import { RpcCode, RpcError, type ByteStream, type ConnectionShare, type RpcLogger } from '@switchyard/rpc';
import { ChainCache } from './chain-cache.js';
import { quicErrorToRpcError, streamCodes } from './quic-errors.js';
import {
  quicConfig,
  quicLogger,
  DEFAULT_MAX_STREAMS_PER_CONNECTION,
  enlargeSocketBuffers,
  quicEngine,
  type QuicTransportOptions,
} from './quic-options.js';
import { formatEndpoint } from '@switchyard/protocol';
import { toByteStream } from './quic-byte-stream.js';
import { SharedResource } from './shared-resource.js';
import { silentLogger } from './silent-logger.js';
import { LeanClientConnection } from './lean/lean-dialer.js';

/** What the library patch `idle-only-keepalive` adds to a connection: when it last read a packet (performance.now). */
interface PatchedConnection {
  lastRecvAt: number;
  /** The quiche connection: `sendAckEliciting` queues a PING unless something ack-eliciting is queued already. */
  conn: { sendAckEliciting(): void };
  send(): Promise<void>;
}

/** Server certificate chains this process accepted recently (see `ChainCache`). */
const serverChains = new ChainCache();

/**
 * The UDP socket every connection this process dials goes through, while any is open. Each connection is still
 * its own QUIC connection (its own connection ids, keys and streams); what they share is the local port. Starting
 * and stopping a socket of its own cost a dial about 3 ms of CPU (the library's lifecycle locks), and a process
 * holding a thousand sessions held a thousand sockets.
 */
const sharedSocket = new SharedResource<QUICSocket>((socket) => socket.stop({ force: true }), 500);
const openSocket = (logger: Logger) => async () => {
  const socket = new QUICSocket({ logger });
  await socket.start({ host: '::', port: 0 });
  enlargeSocketBuffers(socket);
  return socket;
};

export interface QuicDialOptions extends QuicTransportOptions {
  host: string;
  port: number;
  /**
   * The name (DNS name or IP address) the server's certificate must be valid for, and the SNI; defaults to
   * `host`, so dialling an IP address checks the certificate's IP SANs.
   */
  serverName?: string;
  /** Give up connecting after this long, in ms. Default 5000. */
  connectTimeoutMs?: number;
  /**
   * Whom the server's certificate must name (its `spiffe://switchyard/<role>/<name>` URI SAN): this role and, when
   * given, this name. Without it any server certificate of the CA valid for `serverName` is accepted.
   */
  peer?: { role: string; name?: string };
  /** Give up connecting when this aborts. */
  signal?: AbortSignal;
}

/**
 * The library engine's connection to a server, with TLS certificate verification against `tls.ca`. `openStream`
 * keeps well below the server's stream credit: `@matrixai/quic` poisons a connection forever once a
 * stream beyond the credit is requested, so that must never happen.
 */
class LibraryConnection implements EngineConnection {
  private openStreams = 0;
  /** What all of this connection's streams queue together. */
  private readonly share: ConnectionShare = { queuedBytes: 0, calls: 0 };
  private readonly maxOpenStreams: number;
  private readonly closedPromise: Promise<RpcError>;
  private closing = false;
  private destroyed: Promise<void> | undefined;
  /** Resolves once this end has closed the connection and its close went out (the send after it). */
  private readonly closeSent: Promise<void>;

  private constructor(
    private readonly client: QUICClient,
    options: QuicDialOptions,
    private readonly logger: RpcLogger,
  ) {
    // Credit returns lazily in batches, so stay at half of what the server grants.
    this.maxOpenStreams = Math.max(
      1,
      Math.floor((options.maxStreamsPerConnection ?? DEFAULT_MAX_STREAMS_PER_CONNECTION) / 2),
    );
    let closeError: RpcError = new RpcError(RpcCode.Unavailable, 'connection closed');
    let closing: () => void = () => undefined;
    this.closeSent = new Promise((resolve) => (closing = resolve));
    client.connection.addEventListener(events.EventQUICConnectionError.name, (evt: events.EventQUICConnectionError) => {
      closeError = quicErrorToRpcError(evt.detail);
      this.logger.debug({ err: evt.detail }, 'QUIC connection error');
      // The connection has ended: closed by the peer, timed out, or closed here, in which case the
      // library has sent its CONNECTION_CLOSE by the end of this turn.
      setImmediate(closing);
    });
    this.closedPromise = client.closedP.then(() => closeError);
  }

  /** Connects and completes the TLS handshake; rejects with an `RpcError` (UNAVAILABLE, UNAUTHENTICATED). */
  static async dial(options: QuicDialOptions): Promise<LibraryConnection> {
    const config = quicConfig(options);
    const { signal } = options;
    // The library checks server names against DNS SANs only; this checks the chain, the usage and the name
    // (DNS or IP) itself, and keeps the reason of a refusal for the error.
    let refusal: string | undefined;
    const verifyCallback = async (chain: Uint8Array[], trusted: Uint8Array[]) => {
      refusal = serverChains.check(chain, trusted, {
        usage: 'server',
        host: options.serverName ?? options.host,
        identity: options.peer,
      });
      return refusal === undefined ? undefined : native.CryptoError.BadCertificate;
    };
    if (signal?.aborted) throw new RpcError(RpcCode.Cancelled, 'dial cancelled');
    const started = performance.now();
    const logger = quicLogger('quic-dialer', options.logger);
    let socket: QUICSocket;
    try {
      socket = await sharedSocket.acquire(openSocket(logger));
    } catch (error) {
      throw quicErrorToRpcError(error);
    }
    let released = false;
    const release = () => {
      if (!released) sharedSocket.release();
      released = true;
    };
    // Cancelled through the returned promise rather than `ctx.signal`, which the library accepts only
    // when it is an AbortSignal of its own realm.
    const pending = QUICClient.createQUICClient(
      {
        host: options.host,
        port: options.port,
        socket,
        serverName: options.serverName,
        crypto: { ops: { randomBytes: async (data: ArrayBuffer) => void randomFillSync(new Uint8Array(data)) } },
        config: { ...config, verifyPeer: true, verifyCallback },
        logger,
        ...streamCodes,
      },
      { timer: options.connectTimeoutMs ?? 5000 },
    );
    const cancel = () => pending.cancel(new RpcError(RpcCode.Cancelled, 'dial cancelled'));
    signal?.addEventListener('abort', cancel);
    try {
      const client = await pending;
      options.observer?.dialled?.(true, (performance.now() - started) / 1000);
      client.closedP.then(release, release);
      return new LibraryConnection(client, options, options.logger ?? silentLogger);
    } catch (error) {
      release();
      if (signal?.aborted) throw new RpcError(RpcCode.Cancelled, 'dial cancelled');
      options.observer?.dialled?.(false, (performance.now() - started) / 1000);
      if (refusal) throw new RpcError(RpcCode.Unauthenticated, `server certificate refused: ${refusal}`);
      const mapped = quicErrorToRpcError(error);
      throw new RpcError(
        mapped.code,
        `${formatEndpoint({ host: options.host, port: options.port })}: ${mapped.rawMessage}`,
        {
          cause: error,
        },
      );
    } finally {
      signal?.removeEventListener('abort', cancel);
    }
  }

  /** Resolves when the connection has closed, with the reason. */
  get closed(): Promise<RpcError> {
    return this.closedPromise;
  }

  /** Milliseconds since the server was last heard from (any packet it sent that this end could read). */
  silentForMs(): number {
    return performance.now() - (this.client.connection as unknown as PatchedConnection).lastRecvAt;
  }

  /** Sends the server a PING (unless something else it must acknowledge is on its way); nothing once closing. */
  probe(): void {
    if (this.closing) return;
    const connection = this.client.connection as unknown as PatchedConnection;
    try {
      connection.conn.sendAckEliciting();
    } catch {
      return; // closed or draining: nothing to probe
    }
    connection.send().catch((error: unknown) => this.logger.debug({ err: error }, 'QUIC probe not sent'));
  }

  /** Opens a bidirectional stream; throws RESOURCE_EXHAUSTED rather than exceed the safe stream count. */
  openStream(): ByteStream {
    if (this.closing) throw new RpcError(RpcCode.Unavailable, 'connection is closing');
    if (this.openStreams >= this.maxOpenStreams) {
      throw new RpcError(
        RpcCode.ResourceExhausted,
        `at most ${this.maxOpenStreams} streams may be open on one connection`,
      );
    }
    let stream;
    try {
      stream = this.client.connection.newStream('bidi');
    } catch (error) {
      throw quicErrorToRpcError(error);
    }
    this.openStreams++;
    const release = () => void this.openStreams--;
    stream.closedP.then(release, release);
    return toByteStream(stream, this.client.connection, this.share);
  }

  /**
   * Resolves once every connection this process dialled has finished closing and their shared UDP socket is
   * released (it otherwise lingers 500 ms for the next dial): for a process or test that is done dialling.
   */
  static releaseSocket(): Promise<void> {
    return sharedSocket.drained();
  }

  /**
   * Closes the connection at once; streams still open fail with UNAVAILABLE. Resolves once the close
   * has been sent to the server: the draining period that follows (three probe timeouts, from tens to
   * hundreds of milliseconds) runs in the background and releases the socket at its end (`closed`).
   */
  async close(): Promise<void> {
    if (!this.closing) {
      this.closing = true;
      this.destroyed = this.client.destroy({ force: true }).catch((error: unknown) => {
        this.logger.debug({ err: error }, 'QUIC connection close failed');
      });
    }
    await Promise.race([this.destroyed, this.closeSent]);
  }
}

/** What each engine's client connection does (`QuicConnection` passes every call on). */
interface EngineConnection {
  readonly closed: Promise<RpcError>;
  silentForMs(): number;
  probe(): void;
  openStream(): ByteStream;
  close(): Promise<void>;
}

/**
 * One QUIC connection to a server, with TLS certificate verification against `tls.ca` (the chain, its usage, the
 * name or IP address dialled, and `peer`'s identity), over the engine `options.engine` names (or the process's,
 * `setQuicEngine`).
 */
export class QuicConnection {
  private constructor(private readonly engine: EngineConnection) {}

  /** Connects and completes the TLS handshake; rejects with an `RpcError` (UNAVAILABLE, UNAUTHENTICATED, CANCELLED). */
  static async dial(options: QuicDialOptions): Promise<QuicConnection> {
    const engine = (options.engine ?? quicEngine()) === 'lean' ? LeanClientConnection : LibraryConnection;
    return new QuicConnection(await engine.dial(options));
  }

  /** Resolves when the connection has closed, with the reason. */
  get closed(): Promise<RpcError> {
    return this.engine.closed;
  }

  /** Milliseconds since the server was last heard from (any packet it sent that this end could read). */
  silentForMs(): number {
    return this.engine.silentForMs();
  }

  /** Sends the server a PING (unless something else it must acknowledge is on its way); nothing once closing. */
  probe(): void {
    this.engine.probe();
  }

  /** Opens a bidirectional stream; throws RESOURCE_EXHAUSTED rather than exceed the safe stream count. */
  openStream(): ByteStream {
    return this.engine.openStream();
  }

  /**
   * Closes the connection at once; streams still open fail with UNAVAILABLE. Resolves once the close has been
   * sent to the server; the draining period that follows runs in the background.
   */
  close(): Promise<void> {
    return this.engine.close();
  }

  /**
   * Resolves once every connection this process dialled has finished closing and the shared UDP sockets are
   * released (they otherwise linger 500 ms for the next dial): for a process or test that is done dialling.
   */
  static async releaseSocket(): Promise<void> {
    await Promise.all([LibraryConnection.releaseSocket(), LeanClientConnection.releaseSocket()]);
  }
}
