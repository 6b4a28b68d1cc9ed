import type { QUICConnection, QUICStream } from '@matrixai/quic';
import type { ByteStream } from '@switchyard/rpc';
import { quicErrorToRpcError } from './quic-errors.js';

/** Presents a QUIC stream as the RPC layer's `ByteStream`. */
export function toByteStream(stream: QUICStream, connection: QUICConnection): ByteStream {
  return {
    readable: stream.readable,
    writable: stream.writable,
    cancel: (reason?: unknown) => stream.cancel(reason),
    peer: formatAddress(connection.remoteHost, connection.remotePort),
    toRpcError: quicErrorToRpcError,
  };
}

export function formatAddress(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
