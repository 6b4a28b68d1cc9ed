import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { endpointError, formatEndpoint, isIpv6, parseEndpoint } from './endpoint.js';

describe('parseEndpoint / formatEndpoint', () => {
  it('reads names, IPv4 and bracketed IPv6', () => {
    expect(parseEndpoint('localhost:61000')).toEqual({ host: 'localhost', port: 61000 });
    expect(parseEndpoint('10.0.0.7:0')).toEqual({ host: '10.0.0.7', port: 0 });
    expect(parseEndpoint('[::1]:443')).toEqual({ host: '::1', port: 443 });
    expect(parseEndpoint('[fe80::1%eth0]:443')).toEqual({ host: 'fe80::1%eth0', port: 443 });
    expect(parseEndpoint('worker-1.workers.default.svc.cluster.local:62001')?.port).toBe(62001);
  });

  it('refuses what cannot be dialled', () => {
    for (const text of [
      'director',
      ':61000',
      'host:',
      'host:65536',
      '::1:443',
      '[zz::1]:1',
      'a b:1',
      '-bad:1',
      'x'.repeat(254) + ':1',
    ]) {
      expect(parseEndpoint(text)).toBeUndefined();
    }
  });

  it('round-trips every valid endpoint', () => {
    const host = fc.oneof(fc.domain(), fc.ipV4(), fc.ipV6());
    fc.assert(
      fc.property(host, fc.integer({ min: 0, max: 65535 }), (h, port) => {
        const endpoint = { host: h, port };
        expect(parseEndpoint(formatEndpoint(endpoint))).toEqual(endpoint);
      }),
    );
  });
});

describe('endpointError', () => {
  it('accepts a dialable endpoint and names what is wrong otherwise', () => {
    expect(endpointError({ host: 'localhost', port: 1 })).toBeUndefined();
    expect(endpointError(undefined)).toBe('endpoint is missing');
    expect(endpointError({ host: '', port: 1 })).toBe('host is missing');
    expect(endpointError({ host: 'x'.repeat(300), port: 1 })).toBe('host must be a DNS name or an IP address');
    expect(endpointError({ host: 'evil host', port: 1 })).toBe('host must be a DNS name or an IP address');
    expect(endpointError({ host: 'localhost', port: 0 })).toBe('port must be within 1-65535');
    expect(endpointError({ host: 'localhost', port: 0 }, { allowAnyPort: true })).toBeUndefined();
    expect(endpointError({ host: 'localhost', port: 70000 })).toBe('port must be within 1-65535');
  });

  it('knows IPv6 forms', () => {
    for (const ok of ['::', '::1', '1::', '2001:db8::8a2e:370:7334', '::ffff:192.0.2.1', '1:2:3:4:5:6:7:8']) {
      expect(isIpv6(ok)).toBe(true);
    }
    for (const bad of ['1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'localhost', '1.2.3.4', '::1%']) {
      expect(isIpv6(bad)).toBe(false);
    }
  });
});
