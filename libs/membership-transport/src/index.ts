export { CertificateBook, fingerprintOf, type KnownCertificate } from './certificate-book.js';
export { decodeBody, encodeBody, measureGossip, statementBytes, type Body } from './codec.js';
export { OwnCredentials, statementVerifier } from './credentials.js';
export {
  ENVELOPE_VERSION,
  MAX_DATAGRAM_BYTES,
  parseEnvelope,
  seal,
  signatureValid,
  type Envelope,
  type EnvelopeHeader,
} from './envelope.js';
export { DEFAULT_INTAKE_BUDGETS, type Budget, type IntakeBudgets } from './intake-budgets.js';
export {
  DEFAULT_RECEIVE_BUFFER_BYTES,
  MAX_CLOCK_SKEW_MS,
  UdpMembershipTransport,
  type RefusalReason,
  type TransportCounters,
  type UdpTransportOptions,
} from './udp-transport.js';
