import { isIPv4, isIPv6 } from 'node:net';
import { parseEndpoint } from '@switchyard/protocol';

/**
 * What per-client limits count against, from a call's peer (`host:port`, `[v6]:port`): an IPv4 address as it is; an
 * IPv6 address by its /64 prefix (`2001:db8:1:2::/64`), because one host is routinely given a whole /64 and could
 * otherwise change addresses at will; an IPv4-mapped IPv6 address as the IPv4 address. A peer the transport did not
 * describe as an address counts as itself (`unknown` when missing).
 */
export function clientAddress(peer: string | undefined): string {
  if (peer === undefined) return 'unknown';
  const host = parseEndpoint(peer)?.host ?? peer;
  if (isIPv4(host)) return host;
  const groups = isIPv6(host) ? ipv6Groups(host) : undefined;
  if (!groups) return host;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (zone dropped, `::` expanded, a dotted IPv4 tail converted). */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.split('%')[0].toLowerCase();
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number);
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(rest);
  const groups =
    rest === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}
