import type { Endpoint } from '@switchyard/protocol';
import { connectRpc, type ConnectRpcOptions, type RpcConnection } from '@switchyard/transport-quic';
import type { DirectorTargets } from './director-targets.js';

/** What a session asks of each dial: its timeout, its cancellation, whom it expects to find. */
export interface SessionDialRequest {
  timeoutMs: number;
  signal?: AbortSignal;
  peer?: ConnectRpcOptions['peer'];
}

/** What every connection of a process's sessions shares: TLS, datagram size, observer, logger, RPC hooks. */
export type SessionDialOptions = Omit<ConnectRpcOptions, 'host' | 'port' | 'signal' | 'peer' | 'connectTimeoutMs'>;

/**
 * The QUIC dial of the sessions a client or a gateway runs (`StreamSession`'s `dial`): each server's certificate is
 * checked against `options.serverName` (TLS_SERVER_NAME) when set, else against the name its address was resolved
 * from (a director behind a DNS name), else against the host dialled.
 */
export function sessionDial(directors: DirectorTargets, options: SessionDialOptions) {
  return (endpoint: Endpoint, { timeoutMs, signal, peer }: SessionDialRequest): Promise<RpcConnection> =>
    connectRpc({
      ...options,
      ...endpoint,
      signal,
      peer,
      serverName: options.serverName ?? directors.serverNameOf(endpoint),
      connectTimeoutMs: timeoutMs,
    });
}
