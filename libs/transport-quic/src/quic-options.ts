import Logger, { Handler, LogLevel } from '@matrixai/logger';
import type { QUICConfig } from '@matrixai/quic';
import type { RpcLogger } from '@switchyard/rpc';
import type { DialTls } from './tls.js';

/** Default largest UDP payload: fits an MTU-1500 path (1500 - 20 IPv4 - 8 UDP - headroom for tunnels). */
export const DEFAULT_MAX_UDP_PAYLOAD_BYTES = 1452;
/** Largest UDP payload a loopback or same-host path allows; never use it across a real network. */
export const LOOPBACK_MAX_UDP_PAYLOAD_BYTES = 65000;
/** Default QUIC idle timeout: a peer silent this long is dead. */
export const DEFAULT_IDLE_TIMEOUT_MS = 10_000;
/** Default keep-alive: an idle connection sends a PING this often, so a live peer is never idle-closed. */
export const DEFAULT_KEEP_ALIVE_INTERVAL_MS = 3_000;
/** Default connections one remote host may hold on a listener at once. */
export const DEFAULT_MAX_CONNECTIONS_PER_PEER = 256;
/** Default connections a listener holds at once, all peers together. */
export const DEFAULT_MAX_CONNECTIONS = 4096;
/**
 * Default handshakes a lean listener runs at once for clients that have not proven their address: while fewer are in
 * flight, a new connection skips the stateless retry and its round trip. 0: every connection is retried first.
 */
export const DEFAULT_MAX_UNVALIDATED_HANDSHAKES = 16;
/** Of those, the most one remote address may hold: a source forged to be another's takes few of that one's places. */
export const MAX_UNVALIDATED_HANDSHAKES_PER_PEER = 4;
/**
 * UDP receive and send buffer asked of the kernel for every socket (Linux caps it at net.core.rmem_max and
 * wmem_max): a burst of datagrams (a thousand sessions failing over at once, handshakes landing together) waits
 * there while the event loop is busy instead of being dropped, which costs a retransmission timeout each.
 */
export const UDP_SOCKET_BUFFER_BYTES = 4 * 1024 * 1024;

/** Asks for `UDP_SOCKET_BUFFER_BYTES` on a started `@matrixai/quic` socket; keeps the kernel's size if refused. */
export function enlargeSocketBuffers(quicSocket: unknown): void {
  const socket = (quicSocket as { socket?: { setRecvBufferSize(n: number): void; setSendBufferSize(n: number): void } })
    .socket;
  try {
    socket?.setRecvBufferSize(UDP_SOCKET_BUFFER_BYTES);
    socket?.setSendBufferSize(UDP_SOCKET_BUFFER_BYTES);
  } catch {
    // Not permitted or not supported: the default buffers still work, with more loss under bursts.
  }
}

/** Default bidirectional streams a peer may open at once on one connection. */
export const DEFAULT_MAX_STREAMS_PER_CONNECTION = 16;
/** Default flow-control credit a peer gets on each stream before this end has read: 4 MiB. */
const DEFAULT_STREAM_WINDOW_BYTES = 4 * 1024 * 1024;
/** Default flow-control credit a peer gets on a connection, all streams together, before this end has read: 16 MiB. */
const DEFAULT_CONNECTION_WINDOW_BYTES = 16 * 1024 * 1024;

/** What the transport reports, for metrics. */
export interface TransportObserver {
  /** A connection this end dialled was established (`ok`) or not, after `seconds`; cancelled dials are not reported. */
  dialled?(ok: boolean, seconds: number): void;
  /** A peer's connection was accepted, refused (too many from its address) or failed (its certificate refused). */
  accepted?(result: 'ok' | 'refused' | 'failed'): void;
}

/**
 * The QUIC implementation under the transport: `lean`, this package's engine directly on the quiche binding
 * (lean/), or `library`, `@matrixai/quic`'s connection and stream classes. Both speak the same QUIC and TLS
 * (ALPN `quic`), so a process on one talks to a process on the other.
 */
export type QuicEngine = 'library' | 'lean';
export const QUIC_ENGINES: readonly QuicEngine[] = ['library', 'lean'];
let processEngine: QuicEngine = 'lean';

/** The engine listeners and dials use when their options name none (QUIC_ENGINE, set once by a service's main). */
export function setQuicEngine(engine: QuicEngine): void {
  processEngine = engine;
}

export function quicEngine(): QuicEngine {
  return processEngine;
}

/** Options shared by listeners and dialers. */
export interface QuicTransportOptions {
  /** The engine; default the process's (`setQuicEngine`). */
  engine?: QuicEngine;
  /** The CA peers must chain to, and this end's certificate and key when it proves who it is. */
  tls: DialTls;
  /**
   * Largest UDP payload sent or accepted, in bytes; the smaller of both ends' values applies. There is
   * no path-MTU discovery, so above the path MTU packets are lost: keep 1200–1452 on real networks
   * and use `LOOPBACK_MAX_UDP_PAYLOAD_BYTES` only on one host. Default 1452.
   */
  maxUdpPayloadBytes?: number;
  /** A connection with no packets from its peer for this long is closed, in ms. Default 10000. */
  idleTimeoutMs?: number;
  /** PING interval on an idle connection, in ms; must be below `idleTimeoutMs`. Default 3000. */
  keepAliveIntervalMs?: number;
  /** Streams the peer may open at once on one connection. Default 16. */
  maxStreamsPerConnection?: number;
  /**
   * Bytes the peer may send on one stream before this end reads them (the initial QUIC flow-control credit,
   * which grows while this end reads quickly). Default 4 MiB.
   */
  streamWindowBytes?: number;
  /** The same for all streams of a connection together, in bytes. Default 16 MiB. */
  connectionWindowBytes?: number;
  observer?: TransportObserver;
  logger?: RpcLogger;
}

/** Builds the `@matrixai/quic` config both ends share. Throws when keep-alive is not below idle timeout. */
export function quicConfig(options: QuicTransportOptions): Partial<QUICConfig> {
  const idle = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const keepAlive = options.keepAliveIntervalMs ?? DEFAULT_KEEP_ALIVE_INTERVAL_MS;
  if (!(keepAlive < idle))
    throw new RangeError(`keepAliveIntervalMs (${keepAlive}) must be below idleTimeoutMs (${idle})`);
  const payload = options.maxUdpPayloadBytes ?? DEFAULT_MAX_UDP_PAYLOAD_BYTES;
  if (!(payload >= 1200 && payload <= 65527))
    throw new RangeError(`maxUdpPayloadBytes (${payload}) must be within 1200–65527`);
  return {
    ca: options.tls.ca,
    key: options.tls.key,
    cert: options.tls.cert,
    maxIdleTimeout: idle,
    keepAliveIntervalTime: keepAlive,
    maxSendUdpPayloadSize: payload,
    maxRecvUdpPayloadSize: payload,
    initialMaxStreamsBidi: options.maxStreamsPerConnection ?? DEFAULT_MAX_STREAMS_PER_CONNECTION,
    initialMaxStreamsUni: 0,
    // 64 KiB reads: the default 4 KiB costs 16 pulls (and 16 send loops) per 64 KiB received.
    readableChunkSize: 64 * 1024,
    initialMaxData: options.connectionWindowBytes ?? DEFAULT_CONNECTION_WINDOW_BYTES,
    initialMaxStreamDataBidiLocal: options.streamWindowBytes ?? DEFAULT_STREAM_WINDOW_BYTES,
    initialMaxStreamDataBidiRemote: options.streamWindowBytes ?? DEFAULT_STREAM_WINDOW_BYTES,
    // Off, although the library turns it on: 0-RTT data is not protected against replay (RFC 9001 section 9.2),
    // so a call in it could be carried out twice by anyone who recorded it. Both ends set it.
    enableEarlyData: false,
  };
}

class ForwardingHandler extends Handler {
  constructor(private readonly logger: RpcLogger) {
    super();
  }
  emit(output: string): void {
    this.logger.warn({ component: 'quic' }, output);
  }
}

/** The library's logger: warnings and errors only, forwarded to ours (or dropped when none). */
export function quicLogger(name: string, logger: RpcLogger | undefined): Logger {
  return logger ? new Logger(name, LogLevel.WARN, [new ForwardingHandler(logger)]) : new Logger(name, LogLevel.SILENT);
}
