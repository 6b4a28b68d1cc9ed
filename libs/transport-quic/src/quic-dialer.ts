import { randomFillSync } from 'node:crypto';
import { QUICClient, events, native } from '@matrixai/quic';
import { RpcCode, RpcError, type ByteStream, type ConnectionShare, type RpcLogger } from '@switchyard/rpc';
import { chainError } from './identity.js';
import { quicErrorToRpcError, streamCodes } from './quic-errors.js';
import {
  quicConfig,
  quicLogger,
  DEFAULT_MAX_STREAMS_PER_CONNECTION,
  type QuicTransportOptions,
} from './quic-options.js';
import { formatEndpoint } from '@switchyard/protocol';
import { toByteStream } from './quic-byte-stream.js';
import { silentLogger } from './silent-logger.js';

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
  /** Give up connecting when this aborts. */
  signal?: AbortSignal;
}

/**
 * One QUIC connection to a server, with TLS certificate verification against `tls.ca`. `openStream`
 * keeps well below the server's stream credit: `@matrixai/quic` poisons a connection forever once a
 * stream beyond the credit is requested, so that must never happen.
 */
export class QuicConnection {
  private openStreams = 0;
  /** What all of this connection's streams queue together. */
  private readonly share: ConnectionShare = { queuedBytes: 0, calls: 0 };
  private readonly maxOpenStreams: number;
  private readonly closedPromise: Promise<RpcError>;
  private closing = false;

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
    client.connection.addEventListener(events.EventQUICConnectionError.name, (evt: events.EventQUICConnectionError) => {
      closeError = quicErrorToRpcError(evt.detail);
      this.logger.debug({ err: evt.detail }, 'QUIC connection error');
    });
    this.closedPromise = client.closedP.then(() => closeError);
  }

  /** Connects and completes the TLS handshake; rejects with an `RpcError` (UNAVAILABLE, UNAUTHENTICATED). */
  static async dial(options: QuicDialOptions): Promise<QuicConnection> {
    const config = quicConfig(options);
    const { signal } = options;
    // The library checks server names against DNS SANs only; this checks the chain, the usage and the name
    // (DNS or IP) itself, and keeps the reason of a refusal for the error.
    let refusal: string | undefined;
    const verifyCallback = async (chain: Uint8Array[], trusted: Uint8Array[]) => {
      refusal = chainError(chain, trusted, { usage: 'server', host: options.serverName ?? options.host });
      return refusal === undefined ? undefined : native.CryptoError.BadCertificate;
    };
    if (signal?.aborted) throw new RpcError(RpcCode.Cancelled, 'dial cancelled');
    // Cancelled through the returned promise rather than `ctx.signal`, which the library accepts only
    // when it is an AbortSignal of its own realm.
    const pending = QUICClient.createQUICClient(
      {
        host: options.host,
        port: options.port,
        serverName: options.serverName,
        crypto: { ops: { randomBytes: async (data: ArrayBuffer) => void randomFillSync(new Uint8Array(data)) } },
        config: { ...config, verifyPeer: true, verifyCallback },
        logger: quicLogger('quic-dialer', options.logger),
        ...streamCodes,
      },
      { timer: options.connectTimeoutMs ?? 5000 },
    );
    const cancel = () => pending.cancel(new RpcError(RpcCode.Cancelled, 'dial cancelled'));
    signal?.addEventListener('abort', cancel);
    try {
      const client = await pending;
      return new QuicConnection(client, options, options.logger ?? silentLogger);
    } catch (error) {
      if (signal?.aborted) throw new RpcError(RpcCode.Cancelled, 'dial cancelled');
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

  /** Closes the connection at once; streams still open fail with UNAVAILABLE. */
  async close(): Promise<void> {
    this.closing = true;
    await this.client.destroy({ force: true });
  }
}
