import type { Logger } from '@switchyard/logging';
import type { Readiness, WorkerMetrics } from '@switchyard/metrics';
import { WorkerService, type Endpoint } from '@switchyard/protocol';
import { RpcServer } from '@switchyard/rpc';
import { GenerationService, type Admissions, type Engine, type SimulatedFailure } from '@switchyard/serving';
import { SERVICE_RPC_LIMITS } from '@switchyard/service-kit';
import { systemClock } from '@switchyard/time';
import { serveRpc, type QuicListener, type TlsMaterial } from '@switchyard/transport-quic';
import { Presence, type PresenceOptions } from './presence.js';

export interface WorkerOptions {
  label: string;
  listen: Endpoint;
  /** What clients dial; defaults to the bound address. */
  advertise?: Endpoint;
  /** Membership: where to listen, what to advertise, whom to join. */
  membership: Pick<PresenceOptions, 'bind' | 'advertise' | 'seeds' | 'config'>;
  /** What produces the tokens. */
  engine: Engine;
  /** On shutdown, how long streams have to end after GoAway before they are closed. */
  shutdownGraceMs: number;
  /** Generate calls served at once; more are refused with RESOURCE_EXHAUSTED, and a full worker is unavailable. */
  maxSessions: number;
  /**
   * Sessions one client address (an IPv6 client: its /64) may hold at once; more are refused with
   * RESOURCE_EXHAUSTED, and the worker stays available to everyone else.
   */
  maxSessionsPerAddress: number;
  /** Checks the admission a director issued with each assignment: a Generate without a valid one is refused. */
  admissions: Admissions;
  /** Undefined: never fail on purpose. */
  failure?: SimulatedFailure;
  tls: TlsMaterial;
  maxUdpPayloadBytes: number;
  /** Connections one remote address may hold. Default 256. */
  maxConnectionsPerPeer?: number;
  /** Connections the worker's port holds at once, all addresses together. Default 4096. */
  maxConnections?: number;
  /** Handshakes the worker's port runs at once without a stateless retry (`QuicListenerOptions`). Default 16. */
  maxUnvalidatedHandshakes?: number;
  /** Where the worker counts what it does (served on the admin port). */
  metrics?: WorkerMetrics;
  logger: Logger;
}

/**
 * The worker process's parts around its `GenerationService`: the QUIC port clients stream from, its membership
 * (its availability and load, published), readiness, metrics, and a graceful shutdown.
 */
export class Worker {
  private readonly service: GenerationService;
  private readonly server: RpcServer;
  private listener: QuicListener | undefined;
  private presence: Presence | undefined;
  private stopped: Promise<void> | undefined;

  constructor(private readonly options: WorkerOptions) {
    const { logger, metrics } = options;
    this.service = new GenerationService({
      ...options,
      clock: systemClock,
      onChange: () => this.presence?.push(),
    });
    const onCallEnd = metrics?.rpcCallEnded('server');
    this.server = new RpcServer({ ...SERVICE_RPC_LIMITS, onCallEnd, logger: logger.child({ component: 'rpc' }) });
    this.server.register(WorkerService, this.service.handlers);
  }

  /** Whether the director may send it clients: healthy (or hung, unknowingly), its engine ready, and not full. */
  get available(): boolean {
    return this.service.available;
  }

  /** Listens, then joins the cluster. Resolves with the endpoint clients are told to dial. */
  async start(): Promise<{ port: number; advertise: Endpoint }> {
    const { listen, tls, maxUdpPayloadBytes, maxConnectionsPerPeer, maxConnections, maxUnvalidatedHandshakes, logger } =
      this.options;
    this.listener = await serveRpc(this.server, {
      ...listen,
      tls,
      maxUdpPayloadBytes,
      maxConnectionsPerPeer,
      maxConnections,
      maxUnvalidatedHandshakes,
      observer: this.options.metrics?.transport,
      logger: logger.child({ component: 'quic' }),
    });
    const advertise = advertisedEndpoint(this.options.advertise, listen, this.listener.port);
    this.presence = new Presence({
      ...this.options.membership,
      tls,
      logger,
      endpoint: advertise,
      model: this.options.engine.model,
      state: () => ({ available: this.service.available, load: this.service.load }),
      onDatagram: this.options.metrics?.membershipDatagram,
    });
    await this.presence.start().catch(async (error: unknown) => {
      await this.listener?.stop();
      throw error;
    });
    return { port: this.listener.port, advertise };
  }

  /**
   * Ready: a live director sees it (it has joined), its engine can serve, and it takes sessions (not failed, full or
   * stopping).
   */
  readiness(): Readiness {
    const checks = {
      joined: this.presence?.directorAlive ?? false,
      engine: this.service.engineReady,
      accepting: this.service.available,
    };
    return { ready: checks.joined && checks.engine && checks.accepting, checks };
  }

  /** Sets the gauges that describe the current state (called before every scrape). */
  refreshMetrics(): void {
    this.options.metrics?.sessionsInFlight.set(this.service.load);
    this.options.metrics?.available.set(this.service.available ? 1 : 0);
    this.options.metrics?.countCertificateChecks(this.presence?.certificatesChecked ?? 0);
  }

  /**
   * Graceful shutdown: becomes unavailable (published, then a graceful leave), sends every client `GoAway`
   * so it fails over at once, lets the streams finish, then stops.
   */
  shutdown(): Promise<void> {
    this.stopped ??= this.drain();
    return this.stopped;
  }

  private async drain(): Promise<void> {
    this.service.drain();
    // The last heartbeat (unavailable) goes out while the streams end; a client that does not read its
    // GoAway loses its stream after the grace and the close timeout, so this ends within grace + 1 s.
    await Promise.all([this.server.close({ graceMs: this.options.shutdownGraceMs }), this.presence?.leave()]);
    await this.listener?.stop();
  }
}

function advertisedEndpoint(advertise: Endpoint | undefined, listen: Endpoint, boundPort: number): Endpoint {
  if (advertise) return advertise;
  // Certificates are verified by name, so loopback and wildcard binds advertise `localhost`.
  const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(listen.host) ? 'localhost' : listen.host;
  return { host, port: boundPort };
}
