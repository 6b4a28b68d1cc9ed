import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@switchyard/config';
import { workerEnv } from './config.js';

describe('worker configuration', () => {
  it('has the documented defaults', () => {
    expect(loadConfig(workerEnv, {})).toMatchObject({
      WORKER_ADDR: { host: '0.0.0.0', port: 62001 },
      MEMBERSHIP_ADDR: { host: '0.0.0.0', port: 63001 },
      MEMBERSHIP_SEEDS: [{ host: 'localhost', port: 61002 }],
      WORKER_TOKEN_INTERVAL_MS: 500,
      WORKER_FAILURE: 'off',
      WORKER_FAIL_AFTER_MS: { min: 10_000, max: 25_000 },
      WORKER_RECOVERY_MS: 10_000,
      WORKER_MAX_SESSIONS: 200,
      WORKER_MAX_SESSIONS_PER_ADDRESS: 32,
      WORKER_SHUTDOWN_GRACE_MS: 2000,
    });
    expect(loadConfig(workerEnv, {}).SESSION_KEY_FILE).toBeUndefined();
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig(workerEnv, { WORKER_FAILURE: 'sometimes' })).toThrow(
      'WORKER_FAILURE: must be off, simulated or hang',
    );
    expect(() => loadConfig(workerEnv, { WORKER_FAIL_AFTER_MS: '25000-10000' })).toThrow(
      'WORKER_FAIL_AFTER_MS: must be a range',
    );
    expect(() => loadConfig(workerEnv, { WORKER_LABEL: 'has space' })).toThrow('WORKER_LABEL:');
    expect(() => loadConfig(workerEnv, { WORKER_MAX_SESSIONS_PER_ADDRESS: '0' })).toThrow(
      'WORKER_MAX_SESSIONS_PER_ADDRESS: must be at least 1',
    );
    expect(() => loadConfig(workerEnv, { SESSION_KEY_FILE: '/nonexistent/session.key' })).toThrow(
      'SESSION_KEY_FILE: must name an existing file',
    );
    expect(() => loadConfig(workerEnv, { WORKER_ADVERTISE_ADDR: 'worker-1' })).toThrow(
      'WORKER_ADVERTISE_ADDR: must be host:port',
    );
  });
});
