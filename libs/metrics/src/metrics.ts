import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The prefix of every metric this project defines (process and Node.js metrics keep their standard names). */
export const METRIC_PREFIX = 'switchyard_';

/**
 * Failover durations from 50 ms to 30 s: a stall or kill is detected in hundreds of milliseconds, a worker
 * that recovers late holds a client for seconds, the client's longest retry delay is 30 s.
 */
export const FAILOVER_BUCKETS_SECONDS = [0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 5, 7.5, 10, 15, 20, 30];
/** Handshakes on a network: a millisecond on loopback, round trips and retries beyond. */
export const HANDSHAKE_BUCKETS_SECONDS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Time to the first token, and between tokens (500 ms by default): milliseconds to the progress deadline. */
export const TOKEN_BUCKETS_SECONDS = [0.01, 0.05, 0.1, 0.25, 0.5, 0.55, 0.6, 0.75, 1, 1.5, 2, 3, 5, 10];

const MISNAMED_DEFAULT_METRICS = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

export type ServiceName = 'director' | 'worker' | 'client' | 'gateway';

export interface ServiceMetricsOptions {
  service: ServiceName;
  version: string;
  /** Collect prom-client's process and Node.js metrics (CPU, memory, event loop lag, GC). Default true. */
  processMetrics?: boolean;
}

/** A result of `TransportEvents.accepted`. */
export type AcceptResult = 'ok' | 'refused' | 'failed';

/**
 * The metrics every service has: build information, process metrics, RPC calls and QUIC handshakes. Each
 * service's own metrics extend it; one registry per service, served by `AdminServer`.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly rpcCalls: Counter<'side' | 'method' | 'code'>;
  readonly handshakes: Counter<'side' | 'result'>;
  readonly handshakeDuration: Histogram<'side'>;

  constructor(options: ServiceMetricsOptions) {
    const registers = [this.registry];
    if (options.processMetrics ?? true) {
      collectDefaultMetrics({ register: this.registry });
      // Gauges named like counters (promtool flags them); the same counts stay, by type, in nodejs_active_handles,
      // nodejs_active_requests and nodejs_active_resources.
      for (const name of MISNAMED_DEFAULT_METRICS) this.registry.removeSingleMetric(name);
    }
    new Gauge({
      name: `${METRIC_PREFIX}build_info`,
      help: 'Always 1; the labels say which service, version and Node.js runtime this is.',
      labelNames: ['service', 'version', 'node_version'],
      registers,
    }).set({ service: options.service, version: options.version, node_version: process.versions.node }, 1);
    this.rpcCalls = new Counter({
      name: `${METRIC_PREFIX}rpc_calls_total`,
      help: 'RPC calls ended, by side (server: served here; client: made from here), method and status code.',
      labelNames: ['side', 'method', 'code'],
      registers,
    });
    this.handshakes = new Counter({
      name: `${METRIC_PREFIX}quic_handshakes_total`,
      help: 'QUIC connections: client side dialled (ok, failed), server side accepted (ok; failed: certificate refused; refused: too many from one address).',
      labelNames: ['side', 'result'],
      registers,
    });
    this.handshakeDuration = new Histogram({
      name: `${METRIC_PREFIX}quic_handshake_duration_seconds`,
      help: 'Time from dialling to an established QUIC connection (handshake, certificate checks, the server address validation round trip).',
      labelNames: ['side'],
      buckets: HANDSHAKE_BUCKETS_SECONDS,
      registers,
    });
  }

  /** Hooks for the RPC server (`RpcServerOptions.onCallEnd`) and client (`RpcClientOptions.onCallEnd`). */
  rpcCallEnded(side: 'server' | 'client'): (method: string, code: string) => void {
    // One child counter per (method, code), looked up by a string key: a call then costs no label object or
    // label hashing. Bounded: servers report registered methods and `unknown`, clients the methods they call.
    const children = new Map<string, { inc(): void }>();
    return (method, code) => {
      const key = `${method} ${code}`;
      let child = children.get(key);
      if (!child) children.set(key, (child = this.rpcCalls.labels({ side, method, code })));
      child.inc();
    };
  }

  /** Hooks for the QUIC transport (`QuicTransportOptions.observer`). */
  get transport(): TransportEvents {
    return {
      dialled: (ok, seconds) => {
        this.handshakes.inc({ side: 'client', result: ok ? 'ok' : 'failed' });
        if (ok) this.handshakeDuration.observe({ side: 'client' }, seconds);
      },
      accepted: (result) => this.handshakes.inc({ side: 'server', result }),
    };
  }

  /** The exposition in Prometheus text format. */
  async exposition(): Promise<string> {
    return this.registry.metrics();
  }
}

/** The transport observer's shape, declared here too so this library needs no transport import. */
export interface TransportEvents {
  dialled(ok: boolean, seconds: number): void;
  accepted(result: AcceptResult): void;
}

/** A membership datagram's outcome, in the membership transport's words (a rejected one comes with a reason). */
export type MembershipDatagramOutcome = 'received' | 'rejected';

/**
 * The metrics of a service that is a member of the cluster (a director or a worker): its membership port's intake,
 * what an operator watches for a flood (docs/security.md, finding 2).
 */
export abstract class MemberMetrics extends ServiceMetrics {
  readonly membershipDatagrams = new Counter({
    name: `${METRIC_PREFIX}membership_datagrams_total`,
    help: 'Membership datagrams received: accepted, or rejected with the reason (malformed, stale, misdirected, over-budget, untrusted, bad-signature, out-of-range, misattributed).',
    labelNames: ['result', 'reason'],
    registers: [this.registry],
  });
  readonly membershipCertificateChecks = new Counter({
    name: `${METRIC_PREFIX}membership_certificate_checks_total`,
    help: 'Certificates of membership datagrams checked against the CA in full: each at most once while it is remembered, accepted or refused, and few new ones a second.',
    registers: [this.registry],
  });
  private certificateChecksCounted = 0;
  private readonly datagramChildren = new Map<string, { inc(): void }>();

  /**
   * Counts one datagram (`MembershipNodeOptions.onDatagram`). One child counter per (result, reason), looked up by
   * the reason: a datagram costs no label object. Bounded: the transport's reasons are a closed set.
   */
  readonly membershipDatagram = (outcome: MembershipDatagramOutcome, reason?: string): void => {
    const key = outcome === 'received' ? '' : (reason ?? 'unknown');
    let child = this.datagramChildren.get(key);
    if (!child) {
      const labels = outcome === 'received' ? { result: 'accepted' } : { result: 'rejected', reason: key };
      this.datagramChildren.set(key, (child = this.membershipDatagrams.labels(labels)));
    }
    child.inc();
  };

  /** Brings the certificate checks up to the transport's running `total` (before a scrape). */
  countCertificateChecks(total: number): void {
    if (total > this.certificateChecksCounted)
      this.membershipCertificateChecks.inc(total - this.certificateChecksCounted);
    this.certificateChecksCounted = total;
  }
}

export class DirectorMetrics extends MemberMetrics {
  readonly assignments = new Counter({
    name: `${METRIC_PREFIX}assignments_total`,
    help: "AssignWorker answers: assigned; no_worker when none became available before the deadline; rate_limited when the caller's address called too often.",
    labelNames: ['result'],
    registers: [this.registry],
  });
  readonly members = new Gauge({
    name: `${METRIC_PREFIX}members`,
    help: "Members in this director's membership view, by role and state.",
    labelNames: ['role', 'state'],
    registers: [this.registry],
  });
  readonly memberDeaths = new Counter({
    name: `${METRIC_PREFIX}member_deaths_total`,
    help: 'Members this director came to consider dead (failed probes, then suspicion not refuted), by role.',
    labelNames: ['role'],
    registers: [this.registry],
  });
  readonly assignableWorkers = new Gauge({
    name: `${METRIC_PREFIX}assignable_workers`,
    help: 'Workers this director would assign now: alive, available, not full.',
    registers: [this.registry],
  });

  constructor(version: string, processMetrics = true) {
    super({ service: 'director', version, processMetrics });
  }
}

export class WorkerMetrics extends MemberMetrics {
  readonly sessionsInFlight = new Gauge({
    name: `${METRIC_PREFIX}sessions_in_flight`,
    help: 'Token streams this worker is serving now.',
    registers: [this.registry],
  });
  readonly sessions = new Counter({
    name: `${METRIC_PREFIX}sessions_total`,
    help: 'Token streams started; refused (worker full, unavailable or shutting down); unadmitted (no valid admission from a director); over_quota (too many from one address).',
    labelNames: ['result'],
    registers: [this.registry],
  });
  readonly tokensSent = new Counter({
    name: `${METRIC_PREFIX}tokens_sent_total`,
    help: 'Tokens sent to clients.',
    registers: [this.registry],
  });
  readonly available = new Gauge({
    name: `${METRIC_PREFIX}worker_available`,
    help: '1 while this worker publishes itself available to directors, 0 otherwise (recovering, full, stopping).',
    registers: [this.registry],
  });

  constructor(version: string, processMetrics = true) {
    super({ service: 'worker', version, processMetrics });
  }
}

export class ClientMetrics extends ServiceMetrics {
  readonly tokensReceived = new Counter({
    name: `${METRIC_PREFIX}tokens_received_total`,
    help: 'Tokens delivered to the application, each once and in order.',
    registers: [this.registry],
  });
  readonly failovers = new Counter({
    name: `${METRIC_PREFIX}failovers_total`,
    help: 'Workers left mid-stream, by the reason the client left.',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  readonly failoverDuration = new Histogram({
    name: `${METRIC_PREFIX}failover_duration_seconds`,
    help: 'From leaving a worker to the first token from the next one.',
    buckets: FAILOVER_BUCKETS_SECONDS,
    registers: [this.registry],
  });
  readonly firstToken = new Histogram({
    name: `${METRIC_PREFIX}first_token_seconds`,
    help: "From the session's start to its first token.",
    buckets: TOKEN_BUCKETS_SECONDS,
    registers: [this.registry],
  });
  readonly interTokenDelay = new Histogram({
    name: `${METRIC_PREFIX}inter_token_delay_seconds`,
    help: 'Between consecutive tokens from the same worker (a failover is measured by failover_duration_seconds).',
    buckets: TOKEN_BUCKETS_SECONDS,
    registers: [this.registry],
  });
  readonly protocolViolations = new Counter({
    name: `${METRIC_PREFIX}protocol_violations_total`,
    help: 'Tokens or streams refused because a worker broke the protocol (never delivered), by kind.',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  readonly streaming = new Gauge({
    name: `${METRIC_PREFIX}client_streaming`,
    help: '1 while a token stream from a worker is live, 0 while failing over or waiting for a worker.',
    registers: [this.registry],
  });

  constructor(version: string, processMetrics = true) {
    super({ service: 'client', version, processMetrics });
  }
}

/** The gateway's metrics: requests by route and status, what they streamed, and the failovers hidden in them. */
export class GatewayMetrics extends ServiceMetrics {
  readonly requests = new Counter({
    name: `${METRIC_PREFIX}gateway_requests_total`,
    help: 'HTTP requests answered, by route and status (499: the client left first).',
    labelNames: ['route', 'status'],
    registers: [this.registry],
  });
  readonly tokens = new Counter({
    name: `${METRIC_PREFIX}gateway_tokens_total`,
    help: 'Tokens of answers sent to callers.',
    registers: [this.registry],
  });
  readonly failovers = new Counter({
    name: `${METRIC_PREFIX}gateway_failovers_total`,
    help: 'Workers left mid-answer by the sessions behind requests (invisible to the callers).',
    registers: [this.registry],
  });
  readonly inFlight = new Gauge({
    name: `${METRIC_PREFIX}gateway_requests_in_flight`,
    help: 'Requests being answered now.',
    registers: [this.registry],
  });

  constructor(version: string, processMetrics = true) {
    super({ service: 'gateway', version, processMetrics });
  }
}
