import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What `/readyz` reports: ready or not, and each check that decides it (true when it passes). */
export interface Readiness {
  ready: boolean;
  checks: Record<string, boolean>;
}

/** Default for `AdminServerOptions.idleTimeoutMs`: the probes and scrapes this port serves take milliseconds. */
const DEFAULT_ADMIN_IDLE_TIMEOUT_MS = 5_000;
/** Default for `AdminServerOptions.maxConnections`: a kubelet, one or two Prometheus servers and an operator. */
const DEFAULT_ADMIN_MAX_CONNECTIONS = 32;
/** Default for `AdminServerOptions.maxConnectionsPerAddress`. */
const DEFAULT_ADMIN_MAX_CONNECTIONS_PER_ADDRESS = 8;
/** Default for `AdminServerOptions.metricsCacheMs`: well below any scrape interval (Prometheus' default is 60 s). */
const DEFAULT_METRICS_CACHE_MS = 1_000;

export interface AdminServerOptions {
  /** The Prometheus text exposition. Rendered at most once per `metricsCacheMs`; scrapes meanwhile share it. */
  metrics: () => Promise<string>;
  /** Called for every `/readyz`. */
  readiness: () => Readiness;
  /** A connection with nothing sent or received for this long is closed, in ms. Default 5000. */
  idleTimeoutMs?: number;
  /** Connections open at once; one past it is closed as soon as it is accepted. Default 32. */
  maxConnections?: number;
  /** The same for the connections from one remote address. Default 8. */
  maxConnectionsPerAddress?: number;
  /** How long one rendering of `metrics` answers `/metrics`, in ms; 0 renders for every scrape. Default 1000. */
  metricsCacheMs?: number;
}

/** Prometheus text format, version 0.0.4 (what prom-client writes). */
const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/**
 * The HTTP port an orchestrator and Prometheus use (QUIC runs over UDP, which they cannot probe):
 * `GET /metrics`, `GET /healthz` (200 while the event loop answers), `GET /readyz` (200 when ready, 503 when
 * not, with the checks as JSON). Other paths get 404, other methods 405; request bodies are not read. What a
 * peer can cost it is bounded: connections in all and per address, how long one may stay idle or take to
 * send its headers, and how often a flood of scrapes can make it render the exposition.
 */
export class AdminServer {
  private readonly server: Server;
  private readonly maxConnectionsPerAddress: number;
  private readonly metricsCacheMs: number;
  /** Open connections per remote address. */
  private readonly perAddress = new Map<string, number>();
  /** The latest rendering of the exposition and when it began (`performance.now()`). */
  private exposition: { text: Promise<string>; at: number } | undefined;

  constructor(private readonly options: AdminServerOptions) {
    // Header and request deadlines are checked every second rather than every 30 s (Node's default).
    this.server = createServer({ connectionsCheckingInterval: 1_000 }, (request, response) => {
      void this.handle(request, response);
    });
    // Slow or idle peers cannot hold sockets for long: the port answers three short GETs.
    this.server.headersTimeout = 5_000;
    this.server.requestTimeout = 10_000;
    this.server.keepAliveTimeout = 5_000;
    this.server.maxHeadersCount = 50;
    // Node leaves a connection that sends nothing open for ever; this closes it (and one stuck in its headers).
    this.server.timeout = options.idleTimeoutMs ?? DEFAULT_ADMIN_IDLE_TIMEOUT_MS;
    this.server.maxConnections = options.maxConnections ?? DEFAULT_ADMIN_MAX_CONNECTIONS;
    this.maxConnectionsPerAddress = options.maxConnectionsPerAddress ?? DEFAULT_ADMIN_MAX_CONNECTIONS_PER_ADDRESS;
    this.metricsCacheMs = options.metricsCacheMs ?? DEFAULT_METRICS_CACHE_MS;
    this.server.on('connection', (socket: Socket) => this.admit(socket));
  }

  /** Listens; resolves with the bound port (useful with port 0). Rejects when the address cannot be bound. */
  async start(address: { host: string; port: number }): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      this.server.once('error', fail);
      this.server.listen(address.port, address.host, () => {
        this.server.off('error', fail);
        resolve();
      });
    });
    return (this.server.address() as AddressInfo).port;
  }

  /** Stops listening and closes every connection. */
  async stop(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  /** Counts a new connection against its address, or closes it when the address holds its share already. */
  private admit(socket: Socket): void {
    const address = socket.remoteAddress ?? '';
    const held = this.perAddress.get(address) ?? 0;
    if (held >= this.maxConnectionsPerAddress) {
      socket.destroy();
      return;
    }
    this.perAddress.set(address, held + 1);
    socket.once('close', () => {
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left > 0) this.perAddress.set(address, left);
      else this.perAddress.delete(address);
    });
  }

  /** The exposition, rendered anew once the last rendering is `metricsCacheMs` old; a failed one is not kept. */
  private metrics(): Promise<string> {
    const now = performance.now();
    if (this.exposition && now - this.exposition.at < this.metricsCacheMs) return this.exposition.text;
    const rendering = { text: this.options.metrics(), at: now };
    this.exposition = rendering;
    rendering.text.catch(() => {
      if (this.exposition === rendering) this.exposition = undefined;
    });
    return rendering.text;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?', 1)[0];
    if (path !== '/metrics' && path !== '/healthz' && path !== '/readyz') {
      return send(response, 404, 'text/plain', `not found: ${path}\n`);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return send(response, 405, 'text/plain', `method ${request.method} not allowed\n`);
    }
    try {
      if (path === '/healthz') return send(response, 200, 'text/plain', 'ok\n');
      if (path === '/readyz') {
        const readiness = this.options.readiness();
        return send(response, readiness.ready ? 200 : 503, 'application/json', `${JSON.stringify(readiness)}\n`);
      }
      return send(response, 200, METRICS_CONTENT_TYPE, await this.metrics());
    } catch (error) {
      return send(response, 500, 'text/plain', `${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}
