// The metric names the services export on GET /metrics (ADMIN_ADDR), as the alert rules and
// docs/operations.md use them. The tests check that every switchyard_* name in deploy/prometheus/alerts.yml is
// one of these, and that docs/operations.md describes each.
export const METRICS = {
  all: [
    'switchyard_build_info',
    'switchyard_quic_handshakes_total',
    'switchyard_quic_handshake_duration_seconds',
    'switchyard_rpc_calls_total',
  ],
  director: [
    'switchyard_assignments_total',
    'switchyard_members',
    'switchyard_member_deaths_total',
    'switchyard_assignable_workers',
  ],
  worker: [
    'switchyard_sessions_in_flight',
    'switchyard_sessions_total',
    'switchyard_tokens_sent_total',
    'switchyard_worker_available',
  ],
  client: [
    'switchyard_tokens_received_total',
    'switchyard_failovers_total',
    'switchyard_failover_duration_seconds',
    'switchyard_first_token_seconds',
    'switchyard_inter_token_delay_seconds',
    'switchyard_protocol_violations_total',
    'switchyard_client_streaming',
  ],
  gateway: [
    'switchyard_gateway_requests_total',
    'switchyard_gateway_tokens_total',
    'switchyard_gateway_failovers_total',
    'switchyard_gateway_requests_in_flight',
  ],
} as const;

export const METRIC_NAMES: readonly string[] = Object.values(METRICS).flat();

/** A series name's metric: a histogram's `_bucket`, `_sum` and `_count` series belong to it. */
export function metricOf(series: string): string {
  const histogram = /^(.*_seconds)_(bucket|sum|count)$/.exec(series);
  return histogram ? histogram[1] : series;
}
