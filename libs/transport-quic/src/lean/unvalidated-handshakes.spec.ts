import { describe, expect, it } from '@jest/globals';
import { MAX_UNVALIDATED_HANDSHAKES_PER_PEER } from '../quic-options.js';
import { UnvalidatedHandshakes } from './unvalidated-handshakes.js';

describe('UnvalidatedHandshakes', () => {
  it('gives at most its bound of places in all, and frees one each release (a second release of one does nothing)', () => {
    const handshakes = new UnvalidatedHandshakes(3);
    const releases = ['10.0.0.1', '10.0.0.2', '10.0.0.3'].map((peer) => handshakes.take(peer));
    expect(releases.every((release) => release !== undefined)).toBe(true);
    expect(handshakes.take('10.0.0.4')).toBeUndefined();
    releases[0]!();
    releases[0]!();
    expect(handshakes.inFlight).toBe(2);
    expect(handshakes.take('10.0.0.4')).toBeDefined();
    expect(handshakes.take('10.0.0.5')).toBeUndefined();
  });

  it('gives one address at most MAX_UNVALIDATED_HANDSHAKES_PER_PEER, and the others their own', () => {
    const handshakes = new UnvalidatedHandshakes(16);
    const held = Array.from({ length: MAX_UNVALIDATED_HANDSHAKES_PER_PEER }, () => handshakes.take('10.0.0.1'));
    expect(held.every((release) => release !== undefined)).toBe(true);
    expect(handshakes.take('10.0.0.1')).toBeUndefined();
    expect(handshakes.take('10.0.0.2')).toBeDefined();
    held[0]!();
    expect(handshakes.take('10.0.0.1')).toBeDefined();
  });

  it('with a bound of 0 gives no place (every connection is retried)', () => {
    expect(new UnvalidatedHandshakes(0).take('10.0.0.1')).toBeUndefined();
  });
});
