import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@switchyard/config';
import { clientEnv } from './config.js';

describe('client configuration', () => {
  it('has the documented defaults', () => {
    expect(loadConfig(clientEnv, {})).toMatchObject({
      DIRECTOR_TARGET: [{ host: 'localhost', port: 61000 }],
      CLIENT_TOKENS: 0,
      CLIENT_HEARTBEAT_INTERVAL_MS: 5000,
      CLIENT_HEARTBEAT_TIMEOUT_MS: 3000,
      CLIENT_CONNECT_TIMEOUT_MS: 3000,
      CLIENT_DIRECTOR_TIMEOUT_MS: 3000,
      CLIENT_FIRST_TOKEN_TIMEOUT_MS: 5000,
      CLIENT_PROGRESS_TIMEOUT_MS: 2000,
      CLIENT_STALL_PROBE: 'on',
      CLIENT_RETRY_MS: 1000,
      CLIENT_NO_WORKER_RETRY_MS: 2000,
      QUIC_MAX_UDP_PAYLOAD: 1452,
    });
  });

  it('takes several directors', () => {
    expect(loadConfig(clientEnv, { DIRECTOR_TARGET: 'd1:61000,d2:61000' }).DIRECTOR_TARGET).toEqual([
      { host: 'd1', port: 61000 },
      { host: 'd2', port: 61000 },
    ]);
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig(clientEnv, { CLIENT_TOKENS: '-1' })).toThrow('CLIENT_TOKENS: must be at least 0');
    expect(() => loadConfig(clientEnv, { DIRECTOR_TARGET: 'director' })).toThrow('DIRECTOR_TARGET: must be host:port');
    expect(() => loadConfig(clientEnv, { CLIENT_CONNECT_TIMEOUT_MS: 'soon' })).toThrow('CLIENT_CONNECT_TIMEOUT_MS');
    expect(() =>
      loadConfig(clientEnv, { CLIENT_HEARTBEAT_INTERVAL_MS: '1s', CLIENT_HEARTBEAT_TIMEOUT_MS: '2s' }),
    ).toThrow('CLIENT_HEARTBEAT_TIMEOUT_MS: must not exceed CLIENT_HEARTBEAT_INTERVAL_MS');
  });
});
