import { describe, expect, it } from '@jest/globals';
import { DirectorTargets } from './director-targets.js';

describe('director targets', () => {
  it('a name stands for its addresses, each checked against the name; an IP address stands for itself', async () => {
    const targets = new DirectorTargets([
      { host: 'localhost', port: 61000 },
      { host: '10.0.0.7', port: 61000 },
    ]);
    const found = await targets.resolve();
    expect(found).toEqual([
      { host: '127.0.0.1', port: 61000 },
      { host: '10.0.0.7', port: 61000 },
    ]);
    expect(targets.current).toEqual(found);
    expect(targets.serverNameOf({ host: '127.0.0.1', port: 61000 })).toBe('localhost');
    expect(targets.serverNameOf({ host: '10.0.0.7', port: 61000 })).toBe('10.0.0.7');
    // A worker on a director's address (another port) is checked against its own host.
    expect(targets.serverNameOf({ host: '127.0.0.1', port: 62001 })).toBe('127.0.0.1');
  });
});
