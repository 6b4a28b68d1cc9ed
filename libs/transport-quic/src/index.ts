export { QuicConnection, type QuicDialOptions } from './quic-dialer.js';
export { quicErrorToRpcError } from './quic-errors.js';
export { QuicListener, type QuicListenerOptions } from './quic-listener.js';
export {
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_KEEP_ALIVE_INTERVAL_MS,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_CONNECTIONS_PER_PEER,
  DEFAULT_MAX_STREAMS_PER_CONNECTION,
  DEFAULT_MAX_UDP_PAYLOAD_BYTES,
  LOOPBACK_MAX_UDP_PAYLOAD_BYTES,
  QUIC_ENGINES,
  quicEngine,
  setQuicEngine,
  type QuicEngine,
  type QuicTransportOptions,
  type TransportObserver,
} from './quic-options.js';
export { connectRpc, serveRpc, RpcConnection, type ConnectRpcOptions, type ServeRpcOptions } from './rpc-over-quic.js';
export {
  certificateIdentity,
  chainError,
  identityUri,
  parseIdentityUri,
  TRUST_DOMAIN,
  type ChainCheck,
  type Identity,
  type Role,
} from './identity.js';
export {
  createCertificateAuthority,
  issueCertificate,
  ROLE_USAGE,
  type CertificateAuthority,
  type IssuedCertificate,
  type IssueOptions,
  type Usage,
} from './pki.js';
export {
  createDevTls,
  DEV_CERT_NAMES,
  loadOrCreateDevCa,
  loadOrCreateDevTls,
  readTlsFiles,
  resolveTls,
  TlsConfigError,
  writeTlsFiles,
  type DialTls,
  type TlsFiles,
  type TlsMaterial,
  type TlsSource,
  type TrustMaterial,
} from './tls.js';
