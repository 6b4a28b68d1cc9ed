import { X509Certificate } from 'node:crypto';
import { isIpAddress } from '@switchyard/protocol';

/**
 * Who a certificate's holder is, in the way SPIFFE names workloads: a URI SAN
 * `spiffe://switchyard/<role>/<name>`. The role says what the holder may do; the name which one it is
 * (a worker's label, a director's name).
 */
export type Role = 'director' | 'worker' | 'client' | 'operator';

export interface Identity {
  role: Role;
  name: string;
}

export const TRUST_DOMAIN = 'switchyard';
const ROLES: readonly Role[] = ['director', 'worker', 'client', 'operator'];
const NAME = /^[\w.-]{1,128}$/;

/** `spiffe://switchyard/<role>/<name>`. */
export function identityUri(identity: Identity): string {
  if (!NAME.test(identity.name)) throw new RangeError(`identity name ${JSON.stringify(identity.name)} is not valid`);
  return `spiffe://${TRUST_DOMAIN}/${identity.role}/${identity.name}`;
}

/** The identity a `spiffe://switchyard/<role>/<name>` URI names; undefined for anything else. */
export function parseIdentityUri(uri: string): Identity | undefined {
  const match = /^spiffe:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(uri);
  if (!match || match[1] !== TRUST_DOMAIN) return undefined;
  const role = match[2] as Role;
  if (!ROLES.includes(role) || !NAME.test(match[3])) return undefined;
  return { role, name: match[3] };
}

/** The identity in a certificate's URI SANs (PEM or DER); undefined when it has none or several. */
export function certificateIdentity(certificate: string | Uint8Array | X509Certificate): Identity | undefined {
  const cert = certificate instanceof X509Certificate ? certificate : new X509Certificate(certificate);
  const uris = (cert.subjectAltName ?? '')
    .split(', ')
    .filter((entry) => entry.startsWith('URI:'))
    .map((entry) => parseIdentityUri(entry.slice(4)));
  return uris.length === 1 ? uris[0] : undefined;
}

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const MAX_CHAIN = 4;

export interface ChainCheck {
  /** What the leaf must be good for: a server (TLS server authentication) or a client. */
  usage: 'server' | 'client';
  /** For a server: the DNS name or IP address it must be valid for. */
  host?: string;
  /** The identity the leaf must name (its URI SAN): this role and, when given, this name. */
  identity?: { role: string; name?: string };
  now?: Date;
}

/**
 * Why a peer's certificate chain (leaf first, DER) is not acceptable, or undefined when it is: every
 * certificate in its validity period, each signed by the next or by a trusted CA, the leaf meant for
 * `usage`, for a server valid for `host` (DNS names and IP addresses alike), and naming `identity` when given.
 */
export function chainError(
  chain: readonly Uint8Array[],
  trusted: readonly Uint8Array[],
  check: ChainCheck,
): string | undefined {
  if (chain.length === 0) return 'no certificate';
  if (chain.length > MAX_CHAIN) return `a chain longer than ${MAX_CHAIN} certificates`;
  let certs: X509Certificate[];
  let anchors: X509Certificate[];
  try {
    certs = chain.map((der) => new X509Certificate(der));
    anchors = trusted.map((der) => new X509Certificate(der));
  } catch {
    return 'a certificate that cannot be parsed';
  }
  const now = check.now ?? new Date();
  for (const cert of certs) {
    if (now < new Date(cert.validFrom) || now > new Date(cert.validTo))
      return `a certificate outside its validity period (${cert.validFrom} to ${cert.validTo})`;
  }
  const leaf = certs[0];
  const eku = leaf.keyUsage ?? [];
  const wanted = check.usage === 'server' ? SERVER_AUTH : CLIENT_AUTH;
  if (!eku.includes(wanted)) return `a certificate not meant for TLS ${check.usage} authentication`;
  if (check.host !== undefined) {
    const host = check.host.replace(/^\[|\]$/g, '');
    const matched = isIpAddress(host) ? leaf.checkIP(host) : leaf.checkHost(host, { subject: 'never' });
    if (!matched) return `a certificate not valid for ${host}`;
  }
  if (check.identity !== undefined) {
    const { role, name } = check.identity;
    const named = certificateIdentity(leaf);
    const wanted = name === undefined ? `a ${role}` : identityUri({ role: role as Role, name });
    if (!named || named.role !== role || (name !== undefined && named.name !== name)) {
      return `a certificate of ${named ? identityUri(named) : 'no identity'} where ${wanted} was expected`;
    }
  }
  for (let i = 0; i < certs.length; i++) {
    const cert = certs[i];
    const anchor = anchors.find((ca) => cert.checkIssued(ca) && cert.verify(ca.publicKey));
    if (anchor) return undefined;
    const next = certs[i + 1];
    if (!next || !next.ca || !cert.checkIssued(next) || !cert.verify(next.publicKey))
      return 'a certificate not issued by the trusted CA';
  }
  return 'a certificate not issued by the trusted CA';
}
