/**
 * Network addresses as they travel in messages (`director.v1.Endpoint`) and as people write them
 * (`host:port`, `[ipv6]:port`). Pure: parsing and validation only, no name resolution.
 */
export interface Endpoint {
  /** A DNS name or an IP address, without brackets. */
  host: string;
  port: number;
}

/** Longest DNS name (RFC 1035). */
export const MAX_HOST_LENGTH = 253;

// Underscores are not in RFC 1123 host names but appear in real ones (container names, SRV labels).
const DNS_LABEL = /^(?!-)[\w-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** True for a dotted-quad IPv4 address. */
export function isIpv4(host: string): boolean {
  return IPV4.test(host);
}

/** True for an IPv6 address (hex groups, one `::`, optional trailing IPv4, optional `%zone`). */
export function isIpv6(host: string): boolean {
  const [address, zone, extra] = host.split('%');
  if (extra !== undefined || zone === '' || !address.includes(':')) return false;
  if (zone !== undefined && !/^[\w.-]{1,32}$/.test(zone)) return false;
  let groups = address;
  let words = 0;
  const lastColon = groups.lastIndexOf(':');
  if (groups.slice(lastColon + 1).includes('.')) {
    if (!isIpv4(groups.slice(lastColon + 1))) return false;
    groups = groups.slice(0, lastColon + 1) + '0';
    words = 1;
  }
  const halves = groups.split('::');
  if (halves.length > 2) return false;
  const count = (half: string) => (half === '' ? 0 : half.split(':').length);
  const valid = (half: string) => half === '' || half.split(':').every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g));
  if (!halves.every(valid)) return false;
  const total = halves.reduce((n, half) => n + count(half), 0) + words;
  return halves.length === 2 ? total <= 7 : total === 8;
}

/** True for an IP address of either family. */
export function isIpAddress(host: string): boolean {
  return isIpv4(host) || isIpv6(host);
}

/** True for a DNS name (letters, digits, `-` and `_` in dot-separated labels, at most 253 characters). */
export function isDnsName(host: string): boolean {
  const name = host.endsWith('.') ? host.slice(0, -1) : host;
  return name.length > 0 && name.length <= MAX_HOST_LENGTH && name.split('.').every((label) => DNS_LABEL.test(label));
}

/**
 * Why `endpoint` cannot be dialled, or undefined when it can: the host must be a DNS name or an IP
 * address and the port within 1–65535 (`allowAnyPort` admits 0, "any free port", for listeners).
 */
export function endpointError(
  endpoint: { host?: string | null; port?: number | null } | null | undefined,
  options: { allowAnyPort?: boolean } = {},
): string | undefined {
  if (!endpoint) return 'endpoint is missing';
  const { host, port } = endpoint;
  if (!host) return 'host is missing';
  if (host.length > MAX_HOST_LENGTH || !(isDnsName(host) || isIpAddress(host))) {
    return 'host must be a DNS name or an IP address';
  }
  const min = options.allowAnyPort ? 0 : 1;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < min || port > 65535) {
    return `port must be within ${min}-65535`;
  }
  return undefined;
}

/** Parses `host:port` or `[ipv6]:port` (port 0–65535); undefined when malformed or the host is invalid. */
export function parseEndpoint(text: string): Endpoint | undefined {
  const match = /^(?:\[([^\]]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(text);
  if (!match) return undefined;
  const endpoint = { host: match[1] ?? match[2], port: Number(match[3]) };
  if (match[1] !== undefined && !isIpv6(endpoint.host)) return undefined;
  return endpointError(endpoint, { allowAnyPort: true }) ? undefined : endpoint;
}

/** The inverse of `parseEndpoint`: IPv6 hosts get brackets. */
export function formatEndpoint({ host, port }: Endpoint): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** A clean copy of `value` when it is a dialable endpoint (see `endpointError`), else undefined. */
export function validEndpoint(
  value: { host?: string | null; port?: number | null } | null | undefined,
): Endpoint | undefined {
  return endpointError(value) === undefined ? { host: value!.host!, port: value!.port! } : undefined;
}
