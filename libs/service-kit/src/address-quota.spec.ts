import { describe, expect, it } from '@jest/globals';
import { AddressQuota } from './address-quota.js';

describe('AddressQuota', () => {
  it('gives each address at most perAddress slots and forgets an address that holds none', () => {
    const quota = new AddressQuota(2);
    expect([quota.acquire('a'), quota.acquire('a'), quota.acquire('a')]).toEqual([true, true, false]);
    expect(quota.acquire('b')).toBe(true);
    expect(quota.holding('a')).toBe(2);
    quota.release('a');
    expect(quota.acquire('a')).toBe(true);
    for (const address of ['a', 'a', 'b']) quota.release(address);
    expect(quota.addresses).toBe(0);
  });
});
