import { randomBytes } from 'node:crypto';
import { formatEndpoint } from '@switchyard/protocol';
import { RpcCode, type ConnectionShare, type QueueAccount, type RpcLogger } from '@switchyard/rpc';
import { ChainCache } from '../chain-cache.js';
import { listenError } from '../quic-errors.js';
import { connectionRefusal } from '../connection-bounds.js';
import { DEFAULT_KEEP_ALIVE_INTERVAL_MS, DEFAULT_MAX_UNVALIDATED_HANDSHAKES } from '../quic-options.js';
import type { QuicListenerOptions } from '../quic-listener.js';
import { silentLogger } from '../silent-logger.js';
import { Endpoint } from './lean-endpoint.js';
import { LeanConnection } from './lean-connection.js';
import { CID_LENGTH, buildConfig, pemToDers, quiche, type HostPort, type NativeConfig } from './quiche.js';
import { RetryTokens } from './retry-token.js';
import { UnvalidatedHandshakes } from './unvalidated-handshakes.js';

/** What the connections from one remote address hold together. */
interface Peer {
  connections: number;
  queue: QueueAccount;
}

/**
 * The lean engine's listener: accepts QUIC connections on one UDP socket, at most `maxConnections` in all and
 * `maxConnectionsPerPeer` per remote address, and hands every stream a client opens to `onStream` once the connection
 * is established and, with `requireClientCert`, the client's certificate chain has been checked. While fewer than
 * `maxUnvalidatedHandshakes` handshakes are in flight for clients that have not proven their address (fewer than
 * `MAX_UNVALIDATED_HANDSHAKES_PER_PEER` from the same address), a connection is accepted on the client's first
 * Initial; past that, only after a stateless retry (the client proves its address with a signed token before the
 * listener spends a handshake on it).
 */
export class LeanListener {
  private endpoint: Endpoint | undefined;
  private readonly config: NativeConfig;
  private readonly tokens = new RetryTokens();
  private readonly unvalidated: UnvalidatedHandshakes;
  private readonly logger: RpcLogger;
  private readonly peers = new Map<string, Peer>();
  private readonly open = new Set<LeanConnection>();
  /** Connections admitted and not yet closed (`open` also holds refused ones while their close goes out). */
  private admittedCount = 0;
  private readonly clientChains = new ChainCache();
  private readonly trusted: Uint8Array[];
  private readonly out = Buffer.allocUnsafe(quiche.MIN_CLIENT_INITIAL_LEN);
  private stopping = false;

  constructor(private readonly options: QuicListenerOptions) {
    this.logger = options.logger ?? silentLogger;
    const verifyPeer = options.requireClientCert ?? false;
    this.config = buildConfig('server', options, verifyPeer);
    this.trusted = pemToDers(options.tls.ca);
    this.unvalidated = new UnvalidatedHandshakes(
      options.maxUnvalidatedHandshakes ?? DEFAULT_MAX_UNVALIDATED_HANDSHAKES,
    );
  }

  async start(address: { host: string; port: number }): Promise<void> {
    try {
      this.endpoint = await Endpoint.bind(address.host, address.port, (datagram, from) =>
        this.onUnknown(datagram, from),
      );
    } catch (error) {
      throw listenError(error, formatEndpoint(address));
    }
  }

  get host(): string {
    return this.endpoint?.local.host ?? '';
  }

  get port(): number {
    return this.endpoint?.local.port ?? 0;
  }

  get connections(): number {
    return this.admittedCount;
  }

  connectionsFrom(host: string): number {
    return this.peers.get(host)?.connections ?? 0;
  }

  /** Closes every connection (what they had queued goes first) and releases the socket. */
  async stop(): Promise<void> {
    if (this.stopping || !this.endpoint) return;
    this.stopping = true;
    for (const connection of this.open) {
      connection.flush();
      connection.close(true, RpcCode.Unavailable, 'server stopping');
      connection.flush();
    }
    await this.endpoint.close();
    for (const connection of [...this.open]) connection.terminate();
  }

  /**
   * A datagram for no connection: a client's first Initial (accepted while few handshakes are unvalidated, else
   * answered with a Retry) or its second, carrying the Retry's token (accepted).
   */
  private onUnknown(datagram: Buffer, from: HostPort): void {
    const endpoint = this.endpoint;
    if (!endpoint || this.stopping || (datagram[0] & 0x80) === 0) return;
    let header;
    try {
      header = quiche.Header.fromSlice(datagram, CID_LENGTH);
    } catch {
      return;
    }
    if (!quiche.versionIsSupported(header.version)) {
      const length = quiche.negotiateVersion(header.scid, header.dcid, this.out);
      endpoint.sendDatagram(Buffer.from(this.out.subarray(0, length)), from);
      return;
    }
    // Only a padded Initial opens a connection (RFC 9000 section 14.1): no amplification from short ones.
    if (header.ty !== quiche.Type.Initial || datagram.length < quiche.MIN_CLIENT_INITIAL_LEN) return;
    const peerHost = plainHost(from.host);
    if (!header.token || header.token.length === 0) {
      const release = this.mayAcceptUnvalidated(header.dcid, peerHost) ? this.unvalidated.take(peerHost) : undefined;
      if (release) {
        const unvalidated = { clientDcid: Buffer.from(header.dcid), release };
        try {
          this.accept(endpoint, datagram, from, peerHost, randomBytes(CID_LENGTH), undefined, unvalidated);
        } catch {
          // quiche took no connection from this Initial: its place is free again (the datagram is dropped).
          release();
        }
        return;
      }
      const scid = randomBytes(CID_LENGTH);
      const token = this.tokens.mint(peerHost, from.port, scid, header.dcid);
      const length = quiche.retry(header.scid, header.dcid, scid, token, header.version, this.out);
      endpoint.sendDatagram(Buffer.from(this.out.subarray(0, length)), from);
      return;
    }
    const originalDcid = this.tokens.verify(header.token, peerHost, from.port, header.dcid);
    if (originalDcid === undefined || header.dcid.length !== CID_LENGTH || !this.tokens.use(header.dcid)) return;
    this.accept(endpoint, datagram, from, peerHost, Buffer.from(header.dcid), originalDcid);
  }

  /**
   * Whether a client's first Initial may open a connection without a retry: its Destination Connection ID has the
   * length a client's first one must have (RFC 9000 section 7.2: at least 8 bytes) and no bound refuses the
   * connection (a refusal comes after a retry, so that only a proven address is told why).
   */
  private mayAcceptUnvalidated(dcid: Uint8Array, peerHost: string): boolean {
    if (dcid.length < 8) return false;
    return connectionRefusal(this.options, this.admittedCount, this.connectionsFrom(peerHost), peerHost) === undefined;
  }

  /**
   * Accepts a connection on `datagram`, a client's Initial. `originalDcid` is the id its first Initial named when it
   * was retried; `unvalidated`, when it was not: the client's own id, routed to the connection too until it ends
   * (the client's Initials name it until the server's first flight reaches it), and the place it holds among the
   * unvalidated handshakes.
   */
  private accept(
    endpoint: Endpoint,
    datagram: Buffer,
    from: HostPort,
    peerHost: string,
    scid: Buffer,
    originalDcid: Buffer | undefined,
    unvalidated?: { clientDcid: Buffer; release: () => void },
  ): void {
    const key = scid.toString('latin1');
    const conn = quiche.Connection.accept(scid, originalDcid, endpoint.local, from, this.config);
    const held = this.connectionsFrom(peerHost);
    const refusal = connectionRefusal(this.options, this.admittedCount, held, peerHost);
    const admitted = refusal === undefined;
    const peer = this.peers.get(peerHost) ?? { connections: 0, queue: { queuedBytes: 0 } };
    if (admitted) {
      this.admittedCount++;
      peer.connections++;
      this.peers.set(peerHost, peer);
    }
    const share: ConnectionShare = { queuedBytes: 0, calls: 0, peer: peer.queue };
    const requireClientCert = this.options.requireClientCert ?? false;
    const connection: LeanConnection = new LeanConnection(endpoint, conn, key, from, peerHost, {
      side: 'server',
      keepAliveIntervalMs: this.options.keepAliveIntervalMs ?? DEFAULT_KEEP_ALIVE_INTERVAL_MS,
      share,
      logger: this.logger,
      verify: requireClientCert
        ? (chain) => {
            const refusal = this.clientChains.check(chain, this.trusted, { usage: 'client' });
            if (refusal !== undefined) {
              this.logger.debug({ refusal }, 'client certificate refused');
              this.options.observer?.accepted?.('failed');
            }
            return refusal;
          }
        : undefined,
      onEstablished: () => {
        unvalidated?.release();
        if (admitted) this.options.observer?.accepted?.('ok');
      },
      onStream: (stream) => this.options.onStream(stream),
      onClosed: () => {
        this.open.delete(connection);
        if (unvalidated) {
          unvalidated.release();
          endpoint.remove(unvalidated.clientDcid.toString('latin1'), connection);
        }
        if (!admitted) return;
        this.admittedCount--;
        if (--peer.connections === 0) this.peers.delete(peerHost);
      },
    });
    endpoint.add(key, connection);
    if (unvalidated) endpoint.add(unvalidated.clientDcid.toString('latin1'), connection);
    this.open.add(connection);
    connection.recv(datagram, from);
    if (!admitted) {
      this.logger.debug({ peer: peerHost, connections: held, refusal }, 'connection refused');
      this.options.observer?.accepted?.('refused');
      // The server's first flight goes out before the close: quiche sends the close under the handshake keys alone,
      // which the client derives from that flight. A transport close, because it keeps its reason during the
      // handshake where an application close loses its code and reason (RFC 9000 section 10.2.3); the client reads
      // CONNECTION_REFUSED as RESOURCE_EXHAUSTED.
      try {
        connection.flush();
      } catch {
        // quiche could not send the flight: the close below still ends the connection (its drain is bounded).
      }
      connection.close(false, quiche.ConnectionErrorCode.ConnectionRefused, refusal);
    }
  }
}

/** An address as people write it: IPv4 without its IPv4-mapped IPv6 prefix. */
export function plainHost(host: string): string {
  return host.startsWith('::ffff:') && host.includes('.') ? host.slice('::ffff:'.length) : host;
}
