import { randomUUID } from 'node:crypto';
import { WorkerRegistry } from '@switchyard/assignment';
import { parseHostPort, type HostPort } from '@switchyard/config';
import type { Logger } from '@switchyard/logging';
import { DirectorService, RegistryService, type director } from '@switchyard/protocol';
import { RpcCode, RpcError, RpcServer, type ServiceHandlers } from '@switchyard/rpc';
import { serveRpc, type QuicListener, type TlsMaterial } from '@switchyard/transport-quic';

export interface DirectorOptions {
  clientAddr: HostPort;
  mgmtAddr: HostPort;
  workerTtlMs: number;
  tls: TlsMaterial;
  maxUdpPayloadBytes: number;
  logger: Logger;
}

const SESSION_ID = /^conn-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_LABEL = 128;

/**
 * Hands clients workers (client port) and keeps the worker registry (management port, which only
 * accepts peers presenting a certificate from the shared CA). All state is soft: after a restart
 * the registry rebuilds from the workers' registrations.
 */
export class Director {
  readonly registry: WorkerRegistry;
  private readonly clientServer: RpcServer;
  private readonly mgmtServer: RpcServer;
  private readonly listeners: QuicListener[] = [];
  private sweeper: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: DirectorOptions) {
    this.registry = new WorkerRegistry(options.workerTtlMs);
    const rpcLogger = options.logger.child({ component: 'rpc' });
    this.clientServer = new RpcServer({ logger: rpcLogger }).register(DirectorService, this.clientHandlers());
    this.mgmtServer = new RpcServer({ logger: rpcLogger }).register(RegistryService, this.mgmtHandlers());
  }

  /** Starts both listeners; resolves with the bound ports (useful when configured as 0). */
  async start(): Promise<{ clientPort: number; mgmtPort: number }> {
    const { tls, maxUdpPayloadBytes, logger } = this.options;
    const quicLogger = logger.child({ component: 'quic' });
    const client = await serveRpc(this.clientServer, {
      ...this.options.clientAddr,
      tls,
      maxUdpPayloadBytes,
      logger: quicLogger,
    });
    this.listeners.push(client);
    const mgmt = await serveRpc(this.mgmtServer, {
      ...this.options.mgmtAddr,
      tls,
      maxUdpPayloadBytes,
      requireClientCert: true,
      logger: quicLogger,
    });
    this.listeners.push(mgmt);
    const sweepMs = Math.max(50, Math.min(1000, Math.floor(this.options.workerTtlMs / 4)));
    this.sweeper = setInterval(() => this.expire(), sweepMs);
    return { clientPort: client.port, mgmtPort: mgmt.port };
  }

  async stop(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.all([this.clientServer.close({ graceMs: 1000 }), this.mgmtServer.close({ graceMs: 1000 })]);
    await Promise.all(this.listeners.map((listener) => listener.stop()));
  }

  private expire(): void {
    const now = Date.now();
    for (const entry of this.registry.expire(now)) {
      this.options.logger.warn(
        { worker: entry.label, addr: entry.addr, silentMs: now - entry.lastSeen },
        'worker expired',
      );
    }
  }

  private clientHandlers(): ServiceHandlers<typeof DirectorService> {
    return {
      assignWorker: async (request) => {
        let sessionId = request.sessionId;
        if (!sessionId) sessionId = `conn-${randomUUID()}`;
        else if (!SESSION_ID.test(sessionId))
          throw new RpcError(RpcCode.InvalidArgument, 'session id must be conn-<uuid> as issued by the director');
        // Expire first so a worker that went silent since the last sweep is never handed out.
        this.expire();
        const excluded = request.excludedWorker || undefined;
        const entry = this.registry.assign(excluded);
        if (!entry) {
          this.options.logger.info({ sessionId, excluded, workers: this.registry.size }, 'no worker available');
          throw new RpcError(RpcCode.Unavailable, 'no worker is available');
        }
        this.options.logger.info({ sessionId, worker: entry.label, addr: entry.addr, excluded }, 'worker assigned');
        return { sessionId, worker: entry.label, addr: entry.addr };
      },
      listWorkers: async () => {
        const now = Date.now();
        const workers: director.v1.WorkerStatus.$Properties[] = this.registry.list().map((entry) => ({
          label: entry.label,
          addr: entry.addr,
          available: entry.available,
          load: entry.load,
          lastSeenMsAgo: Math.max(0, now - entry.lastSeen),
        }));
        return { workers };
      },
    };
  }

  private mgmtHandlers(): ServiceHandlers<typeof RegistryService> {
    const { logger } = this.options;
    return {
      register: async (state, ctx) => {
        const label = validLabel(state.label);
        if (!parseHostPort(state.addr)) throw new RpcError(RpcCode.InvalidArgument, 'addr must be host:port');
        const outcome = this.registry.register(
          { label, addr: state.addr, available: state.available, load: state.load },
          Date.now(),
        );
        logger.info(
          {
            worker: label,
            addr: state.addr,
            available: state.available,
            replaced: outcome.kind === 'replaced',
            peer: ctx.peer,
          },
          'worker registered',
        );
        return { ttlMs: this.options.workerTtlMs };
      },
      heartbeat: async (state) => {
        const label = validLabel(state.label);
        const outcome = this.registry.heartbeat({ label, available: state.available, load: state.load }, Date.now());
        if (outcome.kind === 'unknown') throw new RpcError(RpcCode.NotFound, `unknown worker ${label}: register first`);
        if (outcome.availabilityChanged)
          logger.info({ worker: label, load: state.load }, state.available ? 'worker available' : 'worker unavailable');
        return {};
      },
    };
  }
}

function validLabel(label: string): string {
  if (!label || label.length > MAX_LABEL || !/^[\w.-]+$/.test(label)) {
    throw new RpcError(
      RpcCode.InvalidArgument,
      `label must be 1-${MAX_LABEL} characters of letters, digits, '.', '_' or '-'`,
    );
  }
  return label;
}
