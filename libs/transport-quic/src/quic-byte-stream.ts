import type { QUICConnection, QUICStream } from '@matrixai/quic';
import { formatEndpoint } from '@switchyard/protocol';
import type { ByteStream, ConnectionShare } from '@switchyard/rpc';
import { certificateIdentity, identityUri } from './identity.js';
import { quicErrorToRpcError } from './quic-errors.js';

/**
 * Presents a QUIC stream as the RPC layer's `ByteStream`. `peerIdentity` is the identity in the peer's
 * certificate, when it presented one that was verified (listeners that require client certificates).
 */
export function toByteStream(stream: QUICStream, connection: QUICConnection, share?: ConnectionShare): ByteStream {
  return {
    connection: share,
    readable: stream.readable,
    writable: stream.writable,
    cancel: (reason?: unknown) => stream.cancel(reason),
    peer: formatEndpoint({ host: connection.remoteHost, port: connection.remotePort }),
    // Read when a server handler asks (parsing a certificate costs a millisecond of CPU); never on most clients.
    get peerIdentity() {
      return peerIdentityOf(connection);
    },
    toRpcError: quicErrorToRpcError,
  };
}

/** The identity of a connection's verified peer certificate, computed once per connection. */
const identities = new WeakMap<QUICConnection, string | undefined>();
function peerIdentityOf(connection: QUICConnection): string | undefined {
  if (!identities.has(connection)) {
    const [leaf] = connection.getRemoteCertsChain();
    const identity = leaf ? certificateIdentity(leaf) : undefined;
    identities.set(connection, identity && identityUri(identity));
  }
  return identities.get(connection);
}
