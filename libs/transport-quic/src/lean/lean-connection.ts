import { formatEndpoint } from '@switchyard/protocol';
import { RpcCode, RpcError, toRpcCode, type ConnectionShare, type RpcLogger } from '@switchyard/rpc';
import { certificateIdentity, identityUri } from '../identity.js';
import type { Endpoint, Routed } from './lean-endpoint.js';
import { LeanStream, type StreamHost } from './lean-stream.js';
import { BAD_CERTIFICATE, quiche, type HostPort, type NativeConnection } from './quiche.js';

export interface LeanConnectionOptions {
  side: 'client' | 'server';
  /** Checks the peer's certificate chain once the handshake is done; a refusal closes the connection. */
  verify?: (chain: Uint8Array[]) => string | undefined;
  keepAliveIntervalMs: number;
  /** What the connection's streams count together (the RPC layer's per-connection budgets). */
  share: ConnectionShare;
  logger: RpcLogger;
  /** Verified and established: streams may flow. */
  onEstablished?(): void;
  /** A stream the peer opened (servers), delivered only once the connection is verified. */
  onStream?(stream: LeanStream): void;
  /** Closed for good (drained, timed out, refused): with why. */
  onClosed(reason: RpcError): void;
}

/** Datagrams one connection sends in one turn at most. */
const MAX_DATAGRAMS_PER_FLUSH = 512;

/** The longest a closed connection drains. */
const MAX_DRAIN_MS = 500;

/** Bytes read from a stream at once: one buffer per process, copied out per read. */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

/**
 * One QUIC connection over the quiche binding: datagrams in (`recv`), the turn's datagrams out (`flush`), one timer
 * re-armed only when quiche's deadline comes earlier than the one armed, a keep-alive PING only when the peer has
 * been silent a keep-alive interval, streams, and a draining close. Nothing reaches the application before the
 * peer's certificate chain has been checked (`verify`): no stream is read until then.
 */
export class LeanConnection implements Routed, StreamHost {
  readonly readBuffer = READ_BUFFER;
  readonly streams = new Map<number, LeanStream>();
  /** performance.now() of the last datagram from the peer. */
  lastRecvAt = performance.now();
  private verified = false;
  /** Datagrams arrived since the last flush: the streams have news. */
  private received = false;
  private finished = false;
  private closeStarted = false;
  private refusal: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;
  private keepAlive: ReturnType<typeof setTimeout> | undefined;
  private drainLimit: ReturnType<typeof setTimeout> | undefined;
  private readonly blockedStreams = new Set<LeanStream>();
  /** Peer stream ids below this, and those in `retired`, are done: never opened again. */
  private retiredBelow = 0;
  private readonly retired = new Set<number>();
  private nextLocalStream = 0;
  private identity: string | null | undefined;
  readonly peerLabel: string;
  private closeSentWaiters: Array<() => void> = [];

  constructor(
    private readonly endpoint: Endpoint,
    readonly conn: NativeConnection,
    readonly key: string,
    /** The peer as quiche names it (and the socket sends to it). */
    private readonly remote: HostPort,
    /** The peer's address as reported (IPv4 plainly). */
    readonly remoteHost: string,
    private readonly options: LeanConnectionOptions,
  ) {
    this.peerLabel = formatEndpoint({ host: remoteHost, port: remote.port });
    this.armKeepAlive(options.keepAliveIntervalMs);
  }

  recv(datagram: Buffer, from: HostPort): void {
    if (this.finished) return;
    try {
      this.conn.recv(datagram, { from, to: this.endpoint.local });
      this.lastRecvAt = performance.now();
    } catch {
      // With a local error quiche has closed the connection itself (a TLS failure, a protocol violation) and it
      // drains; without one the datagram was not taken (garbage for this connection id) and is dropped.
    }
    // The streams are looked at once for all the datagrams of this turn, in the flush.
    this.received = true;
    this.flushSoon();
  }

  flush(): void {
    if (this.finished) return;
    const input = this.received;
    if (input) {
      this.received = false;
      this.afterInput();
    }
    // At most MAX_DATAGRAMS_PER_FLUSH a turn: the rest goes next turn, so no connection holds the event loop.
    for (let sent = 0; ; sent++) {
      if (sent === MAX_DATAGRAMS_PER_FLUSH) {
        this.flushSoon();
        break;
      }
      const result = this.conn.send(this.endpoint.sendBuffer);
      if (result === null) break;
      this.endpoint.send(result[0], this.remote);
    }
    if (this.closeStarted) for (const sent of this.closeSentWaiters.splice(0)) sent();
    this.rearm();
    if (this.conn.isClosed()) this.finish();
    else if (input && this.conn.isDraining() && this.conn.peerError() !== null) {
      // Closed by the peer (only a datagram can tell), a connection only drains and may send nothing more (RFC 9000
      // section 10.2.2): one with no streams ends now rather than after three probe timeouts (a refused dial fails at
      // once); one with streams drains a little longer, for its readers to take what came before the close (a GoAway).
      if (this.streams.size === 0) this.finish();
      else this.boundDraining();
    }
  }

  flushSoon(): void {
    if (!this.finished) this.endpoint.dirty(this);
  }

  fail(error: unknown): void {
    this.options.logger.debug({ err: error, peer: this.peerLabel }, 'QUIC connection failed');
    // Already closing, and quiche still fails: it cannot even send its close, so the connection ends here.
    if (this.closing) this.terminate();
    else this.close(false, quiche.ConnectionErrorCode.InternalError, 'internal error');
  }

  blocked(stream: LeanStream): void {
    this.blockedStreams.add(stream);
  }

  forget(stream: LeanStream): void {
    this.streams.delete(stream.id);
    this.blockedStreams.delete(stream);
    if (this.options.side === 'server') {
      this.retired.add(stream.id);
      while (this.retired.delete(this.retiredBelow)) this.retiredBelow += 4;
    }
  }

  get established(): boolean {
    return this.verified;
  }

  get closing(): boolean {
    return this.closeStarted || this.finished;
  }

  /** Client-initiated bidirectional streams the server still allows this end to open. */
  streamsLeft(): number {
    return this.conn.peerStreamsLeftBidi();
  }

  /** Opens a bidirectional stream (clients); it reaches the peer with its first bytes. */
  openStream(): LeanStream {
    const id = this.nextLocalStream;
    this.nextLocalStream += 4;
    return this.track(id, false);
  }

  /** The identity in the peer's verified certificate, parsed once. */
  peerIdentity(): string | undefined {
    if (this.identity === undefined) {
      const [leaf] = this.conn.peerCertChain() ?? [];
      const identity = leaf ? certificateIdentity(leaf) : undefined;
      this.identity = identity ? identityUri(identity) : null;
    }
    return this.identity ?? undefined;
  }

  /** Sends a PING (unless something ack-eliciting is queued anyway). */
  probe(): void {
    if (this.closing) return;
    try {
      this.conn.sendAckEliciting();
    } catch {
      return; // closed or draining
    }
    this.flushSoon();
  }

  /**
   * Closes with `code` (an application code when `app`): streams fail at once, the CONNECTION_CLOSE goes out this
   * turn, and the connection drains (answering stray packets with nothing) until quiche says it is closed.
   */
  close(app: boolean, code: number, reason: string): void {
    if (this.closing) return;
    this.closeStarted = true;
    try {
      this.conn.close(app, code, Buffer.from(reason));
    } catch {
      // Already closing.
    }
    this.abandonStreams(new RpcError(RpcCode.Unavailable, 'connection closed'));
    this.flushSoon();
    this.boundDraining();
  }

  /**
   * quiche drains a closed connection for three probe timeouts, which before any round trip is measured is three
   * seconds; this ends it after MAX_DRAIN_MS at the most (a packet of the peer's that comes later finds no
   * connection and is dropped).
   */
  private boundDraining(): void {
    this.drainLimit ??= setTimeout(() => this.terminate(), MAX_DRAIN_MS);
  }

  /** Ends the connection here and now, without draining (its socket is closing). */
  terminate(): void {
    this.closeStarted = true;
    this.finish();
  }

  /** Resolves once this end's CONNECTION_CLOSE has been handed to the socket (or the connection is gone). */
  closeSent(): Promise<void> {
    if (this.finished) return Promise.resolve();
    return new Promise((resolve) => this.closeSentWaiters.push(resolve));
  }

  private afterInput(): void {
    // A connection the peer closed is never established, though its close came right behind the handshake's last
    // flight (a refusal does): the dial fails with the peer's reason.
    if (!this.verified && !this.closing && !this.conn.isDraining() && this.conn.isEstablished()) this.verify();
    if (this.verified && !this.closing) this.serviceStreams();
  }

  private verify(): void {
    const refusal = this.options.verify?.(this.conn.peerCertChain() ?? []);
    if (refusal !== undefined) {
      this.refusal = refusal;
      this.closeStarted = true;
      try {
        this.conn.close(false, BAD_CERTIFICATE, Buffer.alloc(0));
      } catch {
        // Already closing.
      }
      this.boundDraining();
      return;
    }
    this.verified = true;
    this.options.onEstablished?.();
  }

  private serviceStreams(): void {
    if (this.conn.isReadable()) {
      for (const id of this.conn.readable()) {
        let stream = this.streams.get(id);
        if (stream === undefined) {
          // Only a stream the peer opened and that was never done before is new.
          if (this.options.side !== 'server' || (id & 3) !== 0 || id < this.retiredBelow || this.retired.has(id)) {
            continue;
          }
          stream = this.track(id, true);
          this.options.onStream?.(stream);
        }
        stream.onReadable();
      }
    }
    if (this.blockedStreams.size > 0) {
      for (const id of this.conn.writable()) {
        const stream = this.streams.get(id);
        if (stream !== undefined && this.blockedStreams.delete(stream)) stream.onWritable();
      }
    }
  }

  private track(id: number, openedByPeer: boolean): LeanStream {
    const stream = new LeanStream(
      id,
      this,
      this.peerLabel,
      this.options.share,
      () => this.peerIdentity(),
      openedByPeer,
    );
    this.streams.set(id, stream);
    return stream;
  }

  private rearm(): void {
    const delay = this.conn.timeout();
    if (delay === null) {
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = undefined;
      this.timerAt = Infinity;
      return;
    }
    const at = performance.now() + delay;
    // A later deadline is left to the armed timer, which fires early, finds nothing due and re-arms.
    if (this.timer !== undefined && at >= this.timerAt - 1) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(this.onTimer, delay);
  }

  private readonly onTimer = (): void => {
    this.timer = undefined;
    this.timerAt = Infinity;
    if (this.finished) return;
    try {
      this.conn.onTimeout();
      this.flush();
    } catch (error) {
      this.fail(error);
    }
  };

  private armKeepAlive(delay: number): void {
    this.keepAlive = setTimeout(this.onKeepAlive, delay);
  }

  private readonly onKeepAlive = (): void => {
    if (this.finished) return;
    const interval = this.options.keepAliveIntervalMs;
    const silent = performance.now() - this.lastRecvAt;
    if (silent >= interval) this.probe();
    this.armKeepAlive(silent >= interval ? interval : interval - silent);
  };

  private abandonStreams(error: RpcError): void {
    for (const stream of [...this.streams.values()]) stream.abandon(error);
    this.streams.clear();
    this.blockedStreams.clear();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.timer);
    clearTimeout(this.keepAlive);
    clearTimeout(this.drainLimit);
    this.endpoint.remove(this.key, this);
    const reason = this.reason();
    this.abandonStreams(reason);
    for (const sent of this.closeSentWaiters.splice(0)) sent();
    this.options.onClosed(reason);
  }

  /** Why the connection ended, as the RPC layer reads it. */
  private reason(): RpcError {
    if (this.refusal !== undefined) {
      return new RpcError(RpcCode.Unauthenticated, `certificate refused: ${this.refusal}`);
    }
    const peer = this.conn.peerError();
    const local = this.conn.localError();
    const crypto = (code: number) => code >= quiche.CRYPTO_ERROR_START && code <= quiche.CRYPTO_ERROR_STOP;
    if (peer && !peer.isApp && crypto(peer.errorCode)) {
      return new RpcError(
        RpcCode.Unauthenticated,
        `TLS handshake failed: the peer refused (alert ${peer.errorCode - 0x100})`,
      );
    }
    if (local && !local.isApp && crypto(local.errorCode)) {
      return new RpcError(RpcCode.Unauthenticated, `TLS handshake failed (alert ${local.errorCode - 0x100})`);
    }
    if (peer && !peer.isApp && peer.errorCode === quiche.ConnectionErrorCode.ConnectionRefused) {
      const text = Buffer.from(peer.reason).toString('utf8');
      return new RpcError(RpcCode.ResourceExhausted, `the server refused the connection${text ? `: ${text}` : ''}`, {
        remote: true,
      });
    }
    if (peer?.isApp && peer.errorCode !== 0) {
      const code = toRpcCode(peer.errorCode);
      const text = Buffer.from(peer.reason).toString('utf8');
      return new RpcError(
        code === RpcCode.Ok ? RpcCode.Unavailable : (code as Exclude<RpcCode, 0>),
        `the peer closed the connection${text ? `: ${text}` : ''}`,
        { remote: true },
      );
    }
    if (this.conn.isTimedOut()) {
      return new RpcError(
        RpcCode.Unavailable,
        this.verified ? 'peer stopped answering (QUIC idle timeout)' : 'could not connect: handshake timed out',
      );
    }
    return new RpcError(RpcCode.Unavailable, 'connection closed');
  }
}
