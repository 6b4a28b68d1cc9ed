import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@switchyard/config';
import { directorEnv } from './config.js';

describe('director configuration', () => {
  it('has the documented defaults', () => {
    expect(loadConfig(directorEnv, {})).toMatchObject({
      DIRECTOR_CLIENT_ADDR: { host: '0.0.0.0', port: 61000 },
      DIRECTOR_MGMT_ADDR: { host: '0.0.0.0', port: 61001 },
      DIRECTOR_ASSIGN_WAIT_MS: 10_000,
      DIRECTOR_ASSIGNMENT: 'least-loaded',
      DIRECTOR_ADMISSION_TTL_MS: 10_000,
      DIRECTOR_ASSIGN_RATE: 10,
      DIRECTOR_ASSIGN_BURST: 40,
      MEMBERSHIP_ADDR: { host: '0.0.0.0', port: 61002 },
      MEMBERSHIP_SEEDS: [],
    });
  });

  it('takes seeds as host:port lists', () => {
    expect(loadConfig(directorEnv, { MEMBERSHIP_SEEDS: 'd1:61002, d2.svc:61002' }).MEMBERSHIP_SEEDS).toEqual([
      { host: 'd1', port: 61002 },
      { host: 'd2.svc', port: 61002 },
    ]);
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig(directorEnv, { DIRECTOR_ASSIGN_WAIT_MS: 'later' })).toThrow('DIRECTOR_ASSIGN_WAIT_MS');
    expect(() => loadConfig(directorEnv, { DIRECTOR_ADMISSION_TTL_MS: '5m' })).toThrow(
      'DIRECTOR_ADMISSION_TTL_MS: must be at most 60000 ms',
    );
    expect(() => loadConfig(directorEnv, { DIRECTOR_ASSIGN_RATE: '0' })).toThrow(
      'DIRECTOR_ASSIGN_RATE: must be at least 1',
    );
    expect(loadConfig(directorEnv, { DIRECTOR_ASSIGNMENT: 'round-robin' }).DIRECTOR_ASSIGNMENT).toBe('round-robin');
    expect(() => loadConfig(directorEnv, { DIRECTOR_ASSIGNMENT: 'random' })).toThrow('DIRECTOR_ASSIGNMENT');
    expect(() => loadConfig(directorEnv, { DIRECTOR_MGMT_ADDR: ':x' })).toThrow(
      'DIRECTOR_MGMT_ADDR: must be host:port',
    );
    expect(() => loadConfig(directorEnv, { MEMBERSHIP_SEEDS: 'nowhere' })).toThrow(
      'MEMBERSHIP_SEEDS: must be host:port',
    );
  });
});
