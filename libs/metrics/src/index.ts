export { AdminServer, type AdminServerOptions, type Readiness } from './admin-server.js';
export {
  ClientMetrics,
  GatewayMetrics,
  DirectorMetrics,
  FAILOVER_BUCKETS_SECONDS,
  HANDSHAKE_BUCKETS_SECONDS,
  MemberMetrics,
  METRIC_PREFIX,
  ServiceMetrics,
  TOKEN_BUCKETS_SECONDS,
  WorkerMetrics,
  type AcceptResult,
  type MembershipDatagramOutcome,
  type ServiceMetricsOptions,
  type ServiceName,
  type TransportEvents,
} from './metrics.js';
export { sampleValue } from './sample.js';
