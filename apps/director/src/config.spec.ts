import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@switchyard/config';
import { directorEnv } from './config.js';

describe('director configuration', () => {
  it('has the documented defaults', () => {
    expect(loadConfig(directorEnv, {})).toMatchObject({
      DIRECTOR_CLIENT_ADDR: { host: '0.0.0.0', port: 61000 },
      DIRECTOR_MGMT_ADDR: { host: '0.0.0.0', port: 61001 },
      DIRECTOR_WORKER_TTL_MS: 15_000,
    });
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig(directorEnv, { DIRECTOR_WORKER_TTL_MS: '5' })).toThrow(
      'DIRECTOR_WORKER_TTL_MS: must be at least 100 ms',
    );
    expect(() => loadConfig(directorEnv, { DIRECTOR_MGMT_ADDR: ':x' })).toThrow(
      'DIRECTOR_MGMT_ADDR: must be host:port',
    );
  });
});
