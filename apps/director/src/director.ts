import { randomUUID } from 'node:crypto';
import { DirectorLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import type { Member, MembershipConfig } from '@switchyard/membership';
import type { DirectorMetrics, Readiness } from '@switchyard/metrics';
import {
  DirectorService,
  RegistryService,
  WORKER_LABEL_RULE,
  formatEndpoint,
  isSessionId,
  isWorkerLabel,
  type Endpoint,
  type director,
} from '@switchyard/protocol';
import { RpcCode, RpcError, RpcServer, type HandlerContext, type ServiceHandlers } from '@switchyard/rpc';
import {
  AddressRateLimiter,
  MembershipNode,
  SERVICE_RPC_LIMITS,
  ThrottledWarning,
  clientAddress,
  type AdmissionSigner,
  type RateLimit,
} from '@switchyard/service-kit';
import {
  identityUri,
  parseIdentityUri,
  serveRpc,
  type QuicListener,
  type TlsMaterial,
} from '@switchyard/transport-quic';
import { WorkerPool, type AssignmentStrategy } from '@switchyard/assignment';
import { systemClock } from '@switchyard/time';
import { ManagementAccess } from './access.js';
import { workerLabelOf, workerOf } from './worker-state.js';

export interface DirectorOptions {
  clientAddr: Endpoint;
  mgmtAddr: Endpoint;
  membership: {
    bind: Endpoint;
    advertise: Endpoint;
    seeds: readonly Endpoint[];
    config?: Partial<MembershipConfig>;
  };
  /** Longest an AssignWorker call waits for a worker (less when the caller's deadline is nearer). */
  assignWaitMs: number;
  /** How a worker is chosen among the available ones; default `least-loaded`. */
  assignment?: AssignmentStrategy;
  /** Signs the admission each assignment carries, which the worker assigned requires. */
  admissions: AdmissionSigner;
  /** AssignWorker calls each client address (IPv6: its /64) may make; more get RESOURCE_EXHAUSTED. */
  assignRateLimit: RateLimit;
  tls: TlsMaterial;
  maxUdpPayloadBytes: number;
  /** Connections one remote address may hold on each port. Default 256. */
  maxConnectionsPerPeer?: number;
  /** Connections each port holds at once, all addresses together. Default 4096. */
  maxConnections?: number;
  /** Handshakes each port runs at once without a stateless retry (`QuicListenerOptions`). Default 16. */
  maxUnvalidatedHandshakes?: number;
  /** Where the director counts what it does (served on the admin port). */
  metrics?: DirectorMetrics;
  logger: Logger;
}

/**
 * An AssignWorker call answers this long before its caller's deadline, so the answer arrives in time: a tenth of
 * the time the caller gave, at least 100 ms (300 ms for the client's default 3 s), room for a busy event loop on
 * either side and a retransmission on the way.
 */
const ANSWER_MARGIN = { fraction: 0.1, minMs: 100 };

/**
 * Hands clients workers (client port) from its view of the cluster membership (a member itself, with the
 * role `director`), and shows that view to operators (management port, mutual TLS). Several directors share
 * the workers through membership; none holds state the others need.
 */
export class Director {
  readonly pool: WorkerPool;
  private readonly clientServer: RpcServer;
  private readonly mgmtServer: RpcServer;
  private readonly listeners: QuicListener[] = [];
  private readonly access: ManagementAccess;
  private readonly rateLimiter: AddressRateLimiter;
  private readonly rateLimited: ThrottledWarning;
  private node: MembershipNode | undefined;
  private listening = false;

  constructor(private readonly options: DirectorOptions) {
    this.pool = new WorkerPool({
      clock: systemClock,
      strategy: options.assignment,
      // A worker a client just left is probed at once rather than at its turn (WorkerPool says why).
      probe: (label, onVerdict) =>
        this.node?.membership.probe(identityUri({ role: 'worker', name: label }), onVerdict) ?? false,
    });
    this.access = new ManagementAccess(options.logger);
    this.rateLimiter = new AddressRateLimiter(options.assignRateLimit);
    this.rateLimited = new ThrottledWarning(options.logger, DirectorLog.rateLimited);
    const rpcOptions = {
      ...SERVICE_RPC_LIMITS,
      onCallEnd: options.metrics?.rpcCallEnded('server'),
      logger: options.logger.child({ component: 'rpc' }),
    };
    this.clientServer = new RpcServer(rpcOptions).register(DirectorService, this.clientHandlers());
    this.mgmtServer = new RpcServer(rpcOptions).register(RegistryService, this.mgmtHandlers());
  }

  /** Joins the cluster and starts both listeners; resolves with the bound ports. */
  async start(): Promise<{ clientPort: number; mgmtPort: number; membershipPort: number }> {
    const {
      tls,
      maxUdpPayloadBytes,
      maxConnectionsPerPeer,
      maxConnections,
      maxUnvalidatedHandshakes,
      logger,
      membership,
    } = this.options;
    const quicLogger = logger.child({ component: 'quic' });
    const observer = this.options.metrics?.transport;
    const listen = {
      tls,
      maxUdpPayloadBytes,
      maxConnectionsPerPeer,
      maxConnections,
      maxUnvalidatedHandshakes,
      observer,
      logger: quicLogger,
    };
    try {
      this.listeners.push(await serveRpc(this.clientServer, { ...this.options.clientAddr, ...listen }));
      this.listeners.push(
        await serveRpc(this.mgmtServer, { ...this.options.mgmtAddr, ...listen, requireClientCert: true }),
      );
      this.node = await MembershipNode.start({
        ...membership,
        tls,
        meta: { role: 'director', tags: {} },
        logger,
        onChange: (member, previous) => this.onMember(member, previous),
        onDatagram: this.options.metrics?.membershipDatagram,
        // Workers found dead or gone leave the pool once membership forgets them (after its retention), so a
        // cluster whose workers come back under new names (a Deployment's pods) keeps a bounded pool.
        onForget: (member) => {
          const label = workerLabelOf(member);
          if (label !== undefined) this.pool.forget(label);
        },
      });
    } catch (error) {
      await Promise.all(this.listeners.map((listener) => listener.stop()));
      throw error;
    }
    this.listening = true;
    return { clientPort: this.listeners[0].port, mgmtPort: this.listeners[1].port, membershipPort: this.node.port };
  }

  /** Leaves the cluster, lets calls in flight finish (1 s), and closes the listeners. */
  async stop(): Promise<void> {
    this.listening = false;
    await this.node?.leave();
    await Promise.all([this.clientServer.close({ graceMs: 1000 }), this.mgmtServer.close({ graceMs: 1000 })]);
    await Promise.all(this.listeners.map((listener) => listener.stop()));
  }

  /** Ready to assign: its ports are bound and it knows at least one live worker. */
  readiness(): Readiness {
    const checks = {
      listening: this.listening,
      workerKnown: this.pool.list().some((worker) => worker.status === 'alive'),
    };
    return { ready: checks.listening && checks.workerKnown, checks };
  }

  /** Sets the gauges that describe the current view (called before every scrape). */
  refreshMetrics(): void {
    const metrics = this.options.metrics;
    if (!metrics) return;
    metrics.members.reset();
    for (const member of this.node?.membership.view() ?? []) {
      metrics.members.inc({ role: member.meta.role, state: member.status });
    }
    metrics.assignableWorkers.set(this.pool.list().filter((worker) => worker.available).length);
    metrics.countCertificateChecks(this.node?.certificatesChecked ?? 0);
  }

  private onMember(member: Member, previous: Member['status'] | undefined): void {
    // Labelled by the certificate's role (a member's id is its certificate's identity), never by what it states.
    if (member.status === 'dead' && previous !== 'dead')
      this.options.metrics?.memberDeaths.inc({ role: parseIdentityUri(member.id)?.role ?? 'unknown' });
    const worker = workerOf(member);
    if (!worker) return;
    const change = this.pool.update(worker);
    // Logged when it becomes available or not, and when an available worker moved (restarted elsewhere).
    if (!(change.availabilityChanged || (change.moved && worker.available))) return;
    const fields = {
      worker: worker.label,
      endpoint: worker.endpoint && formatEndpoint(worker.endpoint),
      status: worker.status,
    };
    this.options.logger.info(fields, worker.available ? DirectorLog.workerAvailable : DirectorLog.workerUnavailable);
  }

  private clientHandlers(): ServiceHandlers<typeof DirectorService> {
    const { logger } = this.options;
    return {
      assignWorker: async (request, ctx) => {
        this.limitRate(ctx);
        let sessionId = request.sessionId;
        if (!sessionId) sessionId = `conn-${randomUUID()}`;
        else if (!isSessionId(sessionId)) {
          throw new RpcError(RpcCode.InvalidArgument, 'session id must be conn-<uuid> as issued by a director');
        }
        const excluded = request.excludedWorker || undefined;
        if (excluded !== undefined && !isWorkerLabel(excluded)) {
          throw new RpcError(RpcCode.InvalidArgument, `excluded_worker must be ${WORKER_LABEL_RULE}`);
        }
        const worker = await this.pool.assign(excluded, { waitMs: this.waitMs(ctx), signal: ctx.signal });
        if (!worker?.endpoint) {
          this.options.metrics?.assignments.inc({ result: 'no_worker' });
          logger.info({ sessionId, excluded, workers: this.pool.list().length }, DirectorLog.noWorkerAvailable);
          throw new RpcError(RpcCode.Unavailable, 'no worker is available');
        }
        this.options.metrics?.assignments.inc({ result: 'assigned' });
        logger.info(
          { sessionId, worker: worker.label, endpoint: formatEndpoint(worker.endpoint), excluded },
          DirectorLog.workerAssigned,
        );
        const admission = this.options.admissions.sign(sessionId, worker.label);
        return { sessionId, worker: worker.label, endpoint: worker.endpoint, admission };
      },
      listModels: async (_request, ctx) => {
        this.limitRate(ctx);
        const counts = new Map<string, number>();
        for (const worker of this.pool.list()) {
          if (worker.available && worker.model !== '') counts.set(worker.model, (counts.get(worker.model) ?? 0) + 1);
        }
        const models = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([id, workers]) => ({ id, workers }));
        return { models };
      },
    };
  }

  /** Takes a call from the caller's address, or refuses it (RESOURCE_EXHAUSTED) when that address calls too often. */
  private limitRate(ctx: HandlerContext): void {
    const address = clientAddress(ctx.peer);
    const retryAfterMs = this.rateLimiter.take(address);
    if (retryAfterMs === 0) return;
    this.options.metrics?.assignments.inc({ result: 'rate_limited' });
    this.rateLimited.record('rate', { peer: ctx.peer });
    ctx.trailers['retry-after-ms'] = String(retryAfterMs);
    const { perSecond, burst } = this.options.assignRateLimit;
    throw new RpcError(
      RpcCode.ResourceExhausted,
      `too many AssignWorker calls from ${address}: at most ${perSecond} a second, in bursts of ${burst}`,
    );
  }

  /**
   * How long a call may wait for a worker: `assignWaitMs`, or until shortly before the call's deadline. A call with no
   * deadline (`Infinity`) waits `assignWaitMs` (the margin arithmetic on it would be NaN, which a timer reads as 1 ms).
   */
  private waitMs(ctx: HandlerContext): number {
    if (ctx.deadline === Infinity) return this.options.assignWaitMs;
    const remaining = ctx.deadline - performance.now();
    const untilDeadline = remaining - Math.max(ANSWER_MARGIN.minMs, remaining * ANSWER_MARGIN.fraction);
    return Math.max(0, Math.min(this.options.assignWaitMs, untilDeadline));
  }

  private mgmtHandlers(): ServiceHandlers<typeof RegistryService> {
    return {
      listWorkers: async (_request, ctx) => {
        this.access.requireReader(ctx);
        const workers: director.v1.WorkerStatus.$Properties[] = this.pool.list().map((worker) => ({ ...worker }));
        return { workers };
      },
    };
  }
}
