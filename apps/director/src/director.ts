import { randomUUID } from 'node:crypto';
import { WorkerRegistry } from '@switchyard/assignment';
import { systemClock, type Clock } from '@switchyard/heartbeat';
import { DirectorLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import {
  DirectorService,
  RegistryService,
  WORKER_LABEL_RULE,
  endpointError,
  formatEndpoint,
  isSessionId,
  isWorkerLabel,
  validEndpoint,
  type Endpoint,
  type director,
} from '@switchyard/protocol';
import { RpcCode, RpcError, RpcServer, type ServiceHandlers } from '@switchyard/rpc';
import { serveRpc, type QuicListener, type TlsMaterial } from '@switchyard/transport-quic';
import { SERVICE_RPC_LIMITS } from '@switchyard/service-kit';
import { ManagementAccess } from './access.js';

export interface DirectorOptions {
  clientAddr: Endpoint;
  mgmtAddr: Endpoint;
  workerTtlMs: number;
  /** Time for the TTL. Default: the monotonic system clock. */
  clock?: Clock;
  tls: TlsMaterial;
  maxUdpPayloadBytes: number;
  /** Connections one remote address may hold on each port. Default 256. */
  maxConnectionsPerPeer?: number;
  logger: Logger;
}

/**
 * Hands clients workers (client port) and keeps the worker registry (management port, which only
 * accepts peers presenting a certificate from the shared CA, and each of them only for what its
 * identity allows). All state is soft: after a restart the registry rebuilds from the workers'
 * registrations.
 */
export class Director {
  readonly registry: WorkerRegistry;
  private readonly clientServer: RpcServer;
  private readonly mgmtServer: RpcServer;
  private readonly listeners: QuicListener[] = [];
  private sweeper: ReturnType<typeof setInterval> | undefined;
  private readonly clock: Clock;
  private readonly access: ManagementAccess;

  constructor(private readonly options: DirectorOptions) {
    this.clock = options.clock ?? systemClock;
    this.access = new ManagementAccess(options.logger);
    this.registry = new WorkerRegistry(options.workerTtlMs);
    const rpcLogger = options.logger.child({ component: 'rpc' });
    const rpcOptions = { ...SERVICE_RPC_LIMITS, logger: rpcLogger };
    this.clientServer = new RpcServer(rpcOptions).register(DirectorService, this.clientHandlers());
    this.mgmtServer = new RpcServer(rpcOptions).register(RegistryService, this.mgmtHandlers());
  }

  /** Starts both listeners; resolves with the bound ports (useful when configured as 0). */
  async start(): Promise<{ clientPort: number; mgmtPort: number }> {
    const { tls, maxUdpPayloadBytes, maxConnectionsPerPeer, logger } = this.options;
    const quicLogger = logger.child({ component: 'quic' });
    const client = await serveRpc(this.clientServer, {
      ...this.options.clientAddr,
      tls,
      maxUdpPayloadBytes,
      maxConnectionsPerPeer,
      logger: quicLogger,
    });
    this.listeners.push(client);
    const mgmt = await serveRpc(this.mgmtServer, {
      ...this.options.mgmtAddr,
      tls,
      maxUdpPayloadBytes,
      maxConnectionsPerPeer,
      requireClientCert: true,
      logger: quicLogger,
    }).catch(async (error: unknown) => {
      await client.stop();
      throw error;
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
    const now = this.clock.now();
    for (const entry of this.registry.expire(now)) {
      const fields = { worker: entry.label, endpoint: formatEndpoint(entry.endpoint), silentMs: now - entry.lastSeen };
      this.options.logger.warn(fields, DirectorLog.workerExpired);
    }
  }

  private clientHandlers(): ServiceHandlers<typeof DirectorService> {
    const { logger } = this.options;
    return {
      assignWorker: async (request) => {
        let sessionId = request.sessionId;
        if (!sessionId) sessionId = `conn-${randomUUID()}`;
        else if (!isSessionId(sessionId)) {
          throw new RpcError(RpcCode.InvalidArgument, 'session id must be conn-<uuid> as issued by the director');
        }
        const excluded = request.excludedWorker || undefined;
        if (excluded !== undefined && !isWorkerLabel(excluded)) {
          throw new RpcError(RpcCode.InvalidArgument, `excluded_worker must be ${WORKER_LABEL_RULE}`);
        }
        // Expire first so a worker that went silent since the last sweep is never handed out.
        this.expire();
        const entry = this.registry.assign(excluded);
        if (!entry) {
          logger.info({ sessionId, excluded, workers: this.registry.size }, DirectorLog.noWorkerAvailable);
          throw new RpcError(RpcCode.Unavailable, 'no worker is available');
        }
        const endpoint = formatEndpoint(entry.endpoint);
        logger.info({ sessionId, worker: entry.label, endpoint, excluded }, DirectorLog.workerAssigned);
        return { sessionId, worker: entry.label, endpoint: entry.endpoint };
      },
    };
  }

  private mgmtHandlers(): ServiceHandlers<typeof RegistryService> {
    const { logger } = this.options;
    return {
      register: async (state, ctx) => {
        const label = validLabel(state.label);
        this.access.requireWorker(ctx, label);
        const endpoint = validEndpoint(state.endpoint);
        if (!endpoint) throw new RpcError(RpcCode.InvalidArgument, `endpoint: ${endpointError(state.endpoint)}`);
        const { available, load } = state;
        const instance = validInstance(state.instanceId);
        const outcome = this.registry.register({ label, instance, endpoint, available, load }, this.clock.now());
        const replaced = outcome.kind === 'replaced';
        const fields = { worker: label, endpoint: formatEndpoint(endpoint), available, replaced, peer: ctx.peer };
        logger.info(fields, DirectorLog.workerRegistered);
        return { ttlMs: this.options.workerTtlMs };
      },
      heartbeat: async (state, ctx) => {
        const label = validLabel(state.label);
        this.access.requireWorker(ctx, label);
        const { available, load } = state;
        const instance = validInstance(state.instanceId);
        const outcome = this.registry.heartbeat({ label, instance, available, load }, this.clock.now());
        if (outcome.kind === 'unknown') throw new RpcError(RpcCode.NotFound, `unknown worker ${label}: register first`);
        if (outcome.kind === 'superseded') {
          logger.info({ worker: label, instance }, DirectorLog.staleInstance);
          throw new RpcError(
            RpcCode.FailedPrecondition,
            `instance ${instance} of ${label} was replaced by a newer one`,
          );
        }
        if (outcome.availabilityChanged) {
          logger.info({ worker: label, load }, available ? DirectorLog.workerAvailable : DirectorLog.workerUnavailable);
        }
        return {};
      },
      listWorkers: async (_request, ctx) => {
        this.access.requireReader(ctx);
        const now = this.clock.now();
        const workers: director.v1.WorkerStatus.$Properties[] = this.registry.list().map((entry) => ({
          label: entry.label,
          endpoint: entry.endpoint,
          available: entry.available,
          load: entry.load,
          lastSeenMsAgo: Math.max(0, Math.round(now - entry.lastSeen)),
        }));
        return { workers };
      },
    };
  }
}

/** A worker label from a request, or INVALID_ARGUMENT. */
function validLabel(label: string): string {
  if (!isWorkerLabel(label)) throw new RpcError(RpcCode.InvalidArgument, `label must be ${WORKER_LABEL_RULE}`);
  return label;
}

/** A worker instance id from a request (1-64 characters), or INVALID_ARGUMENT. */
function validInstance(instance: string): string {
  if (!instance || instance.length > 64)
    throw new RpcError(RpcCode.InvalidArgument, 'instance_id must be 1-64 characters');
  return instance;
}
