import { randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { formatEndpoint } from '@switchyard/protocol';
import { RpcCode, RpcError, type ByteStream, type ConnectionShare } from '@switchyard/rpc';
import { ChainCache } from '../chain-cache.js';
import type { QuicDialOptions } from '../quic-dialer.js';
import { DEFAULT_KEEP_ALIVE_INTERVAL_MS, DEFAULT_MAX_STREAMS_PER_CONNECTION } from '../quic-options.js';
import { SharedResource } from '../shared-resource.js';
import { silentLogger } from '../silent-logger.js';
import { Endpoint } from './lean-endpoint.js';
import { LeanConnection } from './lean-connection.js';
import { plainHost } from './lean-listener.js';
import { CID_LENGTH, buildConfig, pemToDers, quiche, type NativeConfig } from './quiche.js';

/** Server certificate chains this process accepted recently (see `ChainCache`). */
const serverChains = new ChainCache();

/**
 * The UDP socket every connection this process dials goes through while any is open (each still its own QUIC
 * connection, routed by its own connection id).
 */
const shared = new SharedResource<Endpoint>((endpoint) => endpoint.close(), 500);
const openEndpoint = () => Endpoint.bind('::', 0).catch(() => Endpoint.bind('0.0.0.0', 0));

/** Quiche configs (TLS contexts) by the material and settings they were built from: built once, not per dial. */
const configs = new Map<string, { config: NativeConfig; trusted: Uint8Array[] }>();
const MAX_CONFIGS = 16;

function clientConfig(options: QuicDialOptions) {
  const key = JSON.stringify([
    options.tls.ca,
    options.tls.cert ?? '',
    options.tls.key ?? '',
    options.maxUdpPayloadBytes,
    options.idleTimeoutMs,
    options.keepAliveIntervalMs,
    options.maxStreamsPerConnection,
    options.streamWindowBytes,
    options.connectionWindowBytes,
  ]);
  let found = configs.get(key);
  if (!found) {
    found = { config: buildConfig('client', options, true), trusted: pemToDers(options.tls.ca) };
    if (configs.size >= MAX_CONFIGS) configs.delete(configs.keys().next().value!);
    configs.set(key, found);
  }
  return found;
}

async function resolveHost(host: string): Promise<string> {
  if (isIP(host)) return host;
  try {
    const found = await lookup(host, { all: true });
    return (found.find((a) => a.family === 4) ?? found[0]).address;
  } catch (error) {
    throw new RpcError(RpcCode.Unavailable, 'the host name does not resolve to an address', { cause: error });
  }
}

/** The lean engine's client connection (the `QuicConnection` API). */
export class LeanClientConnection {
  private openStreams = 0;
  private readonly maxOpenStreams: number;

  private constructor(
    private readonly connection: LeanConnection,
    readonly closed: Promise<RpcError>,
    options: QuicDialOptions,
  ) {
    // The same bound as the library engine's: half the server's stream credit, which comes back in batches.
    this.maxOpenStreams = Math.max(
      1,
      Math.floor((options.maxStreamsPerConnection ?? DEFAULT_MAX_STREAMS_PER_CONNECTION) / 2),
    );
  }

  static async dial(options: QuicDialOptions): Promise<LeanClientConnection> {
    const { signal } = options;
    if (signal?.aborted) throw new RpcError(RpcCode.Cancelled, 'dial cancelled');
    const started = performance.now();
    const where = formatEndpoint({ host: options.host, port: options.port });
    const address = await resolveHost(options.host);
    const { config, trusted } = clientConfig(options);
    const endpoint = await shared.acquire(openEndpoint);
    const scid = randomBytes(CID_LENGTH);
    const key = scid.toString('latin1');
    const remote = { host: endpoint.pathHost(address), port: options.port };
    const serverName = options.serverName ?? options.host;
    // What all of the connection's streams queue together.
    const share: ConnectionShare = { queuedBytes: 0, calls: 0 };
    let conn;
    try {
      conn = quiche.Connection.connect(isIP(serverName) ? null : serverName, scid, endpoint.local, remote, config);
    } catch (error) {
      shared.release();
      throw new RpcError(RpcCode.Unavailable, `${where}: cannot connect: ${(error as Error).message}`);
    }
    let settle!: (error?: RpcError) => void;
    const established = new Promise<RpcError | undefined>((resolve) => (settle = resolve));
    let resolveClosed!: (reason: RpcError) => void;
    const closed = new Promise<RpcError>((resolve) => (resolveClosed = resolve));
    const connection = new LeanConnection(endpoint, conn, key, remote, plainHost(address), {
      side: 'client',
      keepAliveIntervalMs: options.keepAliveIntervalMs ?? DEFAULT_KEEP_ALIVE_INTERVAL_MS,
      share,
      logger: options.logger ?? silentLogger,
      verify: (chain) =>
        serverChains.check(chain, trusted, { usage: 'server', host: serverName, identity: options.peer }),
      onEstablished: () => settle(),
      onClosed: (reason) => {
        shared.release();
        settle(reason);
        resolveClosed(reason);
      },
    });
    endpoint.add(key, connection);
    connection.flush();
    const timer = setTimeout(
      () => settle(new RpcError(RpcCode.Unavailable, 'could not connect: handshake timed out')),
      options.connectTimeoutMs ?? 5000,
    );
    const cancel = () => settle(new RpcError(RpcCode.Cancelled, 'dial cancelled'));
    signal?.addEventListener('abort', cancel);
    const failure = await established;
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
    if (failure === undefined) {
      options.observer?.dialled?.(true, (performance.now() - started) / 1000);
      return new LeanClientConnection(connection, closed, options);
    }
    connection.close(false, quiche.ConnectionErrorCode.NoError, '');
    if (failure.code !== RpcCode.Cancelled) options.observer?.dialled?.(false, (performance.now() - started) / 1000);
    if (failure.code === RpcCode.Unauthenticated && failure.rawMessage.startsWith('certificate refused')) {
      throw new RpcError(RpcCode.Unauthenticated, `server ${failure.rawMessage}`);
    }
    if (failure.code === RpcCode.Cancelled) throw failure;
    throw new RpcError(failure.code, `${where}: ${failure.rawMessage}`, { cause: failure });
  }

  silentForMs(): number {
    return performance.now() - this.connection.lastRecvAt;
  }

  probe(): void {
    this.connection.probe();
  }

  openStream(): ByteStream {
    if (this.connection.closing) throw new RpcError(RpcCode.Unavailable, 'connection is closing');
    if (this.openStreams >= this.maxOpenStreams || this.connection.streamsLeft() === 0) {
      throw new RpcError(
        RpcCode.ResourceExhausted,
        `at most ${this.maxOpenStreams} streams may be open on one connection`,
      );
    }
    const stream = this.connection.openStream();
    this.openStreams++;
    // A stream counts until both its directions are done.
    stream.onDone = () => void this.openStreams--;
    return stream;
  }

  async close(): Promise<void> {
    const sent = this.connection.closeSent();
    this.connection.close(true, 0, '');
    await sent;
  }

  static releaseSocket(): Promise<void> {
    return shared.drained();
  }
}
