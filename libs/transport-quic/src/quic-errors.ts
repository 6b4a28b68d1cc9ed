import { errors } from '@matrixai/quic';
import { RpcCode, RpcError, toRpcCode } from '@switchyard/rpc';

/**
 * Maps failures of `@matrixai/quic` to `RpcError`s: the one place where transport errors get
 * RPC meaning. UNAVAILABLE means "the peer or path is gone; another peer may serve the call".
 * quic-errors.spec.ts pins every branch; quic-transport.spec.ts and peer-liveness.spec.ts show them
 * arising from real connections.
 */
export function quicErrorToRpcError(error: unknown): RpcError {
  if (error instanceof RpcError) return error;
  // A stream reset whose reason was decoded by streamCodes.codeToReason.
  if (error instanceof Error && error.cause instanceof RpcError) return error.cause;
  // A forced close rejects pending reads and writes with `undefined` (library behaviour): the
  // connection was torn down under the stream.
  if (error === undefined || error === null) return new RpcError(RpcCode.Unavailable, 'connection closed');
  // No packets from the peer within maxIdleTimeout: it is dead or unreachable.
  if (error instanceof errors.ErrorQUICConnectionIdleTimeout) {
    return new RpcError(RpcCode.Unavailable, 'peer stopped answering (QUIC idle timeout)', { cause: error });
  }
  // The handshake failed on certificate checks, on either side: retrying the same peer will not help.
  if (error instanceof errors.ErrorQUICConnectionLocalTLS || error instanceof errors.ErrorQUICConnectionPeerTLS) {
    return new RpcError(RpcCode.Unauthenticated, `TLS handshake failed: ${describe(error)}`, { cause: error });
  }
  // The peer reset the stream: its reason travels as an RpcCode (see streamCodes below).
  if (error instanceof errors.ErrorQUICStreamPeerRead || error instanceof errors.ErrorQUICStreamPeerWrite) {
    return new RpcError(RpcCode.Cancelled, 'stream reset by peer', { cause: error, remote: true });
  }
  if (error instanceof errors.ErrorQUICHostInvalid) {
    return new RpcError(RpcCode.Unavailable, 'the host name does not resolve to an address', { cause: error });
  }
  if (error instanceof errors.ErrorQUICClientCreateTimeout || error instanceof errors.ErrorQUICConnectionStartTimeout) {
    return new RpcError(RpcCode.Unavailable, 'could not connect: handshake timed out', { cause: error });
  }
  // Everything else on a connection or socket (closed, stopping, peer closed, internal) ends it.
  if (error instanceof errors.ErrorQUIC) return new RpcError(RpcCode.Unavailable, describe(error), { cause: error });
  return RpcError.from(error, RpcCode.Unavailable);
}

const BIND_FAILURES: Record<string, string> = {
  EADDRINUSE: 'the address is already in use',
  EADDRNOTAVAIL: 'no local interface has that address',
  EACCES: 'permission denied',
};

/** Why a listener could not bind `address` (`host:port`), in one line. */
export function listenError(error: unknown, address: string): RpcError {
  const code = (error as { cause?: { code?: string } } | undefined)?.cause?.code;
  const reason =
    (code && BIND_FAILURES[code]) ??
    (error instanceof errors.ErrorQUICHostInvalid
      ? 'the host name does not resolve'
      : quicErrorToRpcError(error).rawMessage);
  return new RpcError(RpcCode.Unavailable, `cannot listen on ${address}: ${reason}`, { cause: error });
}

/**
 * Stream reset reasons on the wire: a stream cancelled with an `RpcError` resets with its code,
 * and the peer reads that code back as an `RpcError`. Anything else (a connection torn down under its
 * streams) resets with UNAVAILABLE: the peer is going away.
 */
export const streamCodes = {
  reasonToCode: (_type: 'read' | 'write', reason?: unknown): number =>
    reason instanceof RpcError ? reason.code : RpcCode.Unavailable,
  codeToReason: (_type: 'read' | 'write', code: number): RpcError =>
    new RpcError(code === 0 ? RpcCode.Cancelled : (toRpcCode(code) as Exclude<RpcCode, 0>), 'stream reset by peer', {
      remote: true,
    }),
};

function describe(error: Error): string {
  const data = (error as { data?: { message?: string } }).data;
  return [error.message, data?.message].filter(Boolean).join(': ') || error.name;
}
