import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What `/readyz` reports: ready or not, and each check that decides it (true when it passes). */
export interface Readiness {
  ready: boolean;
  checks: Record<string, boolean>;
}

export interface AdminServerOptions {
  /** The Prometheus text exposition, read for every scrape of `/metrics`. */
  metrics: () => Promise<string>;
  /** Called for every `/readyz`. */
  readiness: () => Readiness;
}

/** Prometheus text format, version 0.0.4 (what prom-client writes). */
const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/**
 * The HTTP port an orchestrator and Prometheus use (QUIC runs over UDP, which they cannot probe):
 * `GET /metrics`, `GET /healthz` (200 while the event loop answers), `GET /readyz` (200 when ready, 503 when
 * not, with the checks as JSON). Other paths get 404, other methods 405; request bodies are not read.
 */
export class AdminServer {
  private readonly server: Server;

  constructor(private readonly options: AdminServerOptions) {
    this.server = createServer((request, response) => void this.handle(request, response));
    // Slow or idle peers cannot hold sockets for long: the port answers three short GETs.
    this.server.headersTimeout = 5_000;
    this.server.requestTimeout = 10_000;
    this.server.keepAliveTimeout = 5_000;
    this.server.maxHeadersCount = 50;
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
      return send(response, 200, METRICS_CONTENT_TYPE, await this.options.metrics());
    } catch (error) {
      return send(response, 500, 'text/plain', `${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}
