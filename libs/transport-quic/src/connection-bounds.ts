import { DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS_PER_PEER } from './quic-options.js';

/** The bounds a listener holds new connections to (`QuicListenerOptions`). */
export interface ConnectionBounds {
  maxConnections?: number;
  maxConnectionsPerPeer?: number;
}

/**
 * Why a listener holding `total` connections, `fromPeer` of them from `peer`, refuses one more from it, or undefined
 * when it takes it: the listener-wide bound first, then the peer's.
 */
export function connectionRefusal(
  bounds: ConnectionBounds,
  total: number,
  fromPeer: number,
  peer: string,
): string | undefined {
  const max = bounds.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  if (total >= max) return `the server holds its limit of ${max} connections`;
  const perPeer = bounds.maxConnectionsPerPeer ?? DEFAULT_MAX_CONNECTIONS_PER_PEER;
  if (fromPeer >= perPeer) return `more than ${perPeer} connections from ${peer}`;
  return undefined;
}
