export { decodeBody, encodeBody, statementBytes, type Body } from './codec.js';
export {
  CertificateBook,
  OwnCredentials,
  fingerprintOf,
  statementVerifier,
  type KnownCertificate,
} from './credentials.js';
export { MAX_DATAGRAM_BYTES, open, seal } from './envelope.js';
export { UdpMembershipTransport, type TransportCounters, type UdpTransportOptions } from './udp-transport.js';
