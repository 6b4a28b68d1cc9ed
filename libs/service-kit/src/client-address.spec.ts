import { describe, expect, it } from '@jest/globals';
import { clientAddress } from './client-address.js';

describe('clientAddress', () => {
  it.each([
    ['127.0.0.1:5000', '127.0.0.1'],
    ['10.1.2.3:61000', '10.1.2.3'],
    ['[2001:db8:1:2:aaaa:bbbb:cccc:dddd]:443', '2001:db8:1:2::/64'],
    ['[2001:db8:1:2::7]:443', '2001:db8:1:2::/64'],
    ['[2001:DB8::1]:443', '2001:db8:0:0::/64'],
    ['[::1]:1', '0:0:0:0::/64'],
    ['[::ffff:192.0.2.7]:9', '192.0.2.7'],
    ['[fe80::1%eth0]:9', 'fe80:0:0:0::/64'],
    ['memory-peer', 'memory-peer'],
    [undefined, 'unknown'],
  ])('%s counts as %s', (peer, key) => {
    expect(clientAddress(peer)).toBe(key);
  });
});
