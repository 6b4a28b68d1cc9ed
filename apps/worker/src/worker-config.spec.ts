import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@switchyard/config';
import { tokenIntervalMs, workerEnv } from './config.js';

describe('worker configuration', () => {
  it('has the documented defaults', () => {
    expect(loadConfig(workerEnv, {})).toMatchObject({
      WORKER_ADDR: { host: '0.0.0.0', port: 62001 },
      MEMBERSHIP_ADDR: { host: '0.0.0.0', port: 63001 },
      MEMBERSHIP_SEEDS: [{ host: 'localhost', port: 61002 }],
      WORKER_FAILURE: 'off',
      WORKER_FAIL_AFTER_MS: { min: 10_000, max: 25_000 },
      WORKER_RECOVERY_MS: 10_000,
      WORKER_MAX_SESSIONS: 200,
      WORKER_MAX_SESSIONS_PER_ADDRESS: 32,
      WORKER_SHUTDOWN_GRACE_MS: 2000,
    });
    expect(loadConfig(workerEnv, {}).SESSION_KEY_FILE).toBeUndefined();
    expect(loadConfig(workerEnv, {})).toMatchObject({ WORKER_ENGINE: 'synthetic', WORKER_ENGINE_THREADS: 1 });
    expect(tokenIntervalMs(loadConfig(workerEnv, {}))).toBe(500);
    const llama = loadConfig(workerEnv, { WORKER_ENGINE: 'llama', WORKER_MODEL: 'm.gguf' });
    expect(llama).toMatchObject({ WORKER_MODEL: 'm.gguf' });
    expect(tokenIntervalMs(llama)).toBe(0);
    expect(tokenIntervalMs(loadConfig(workerEnv, { WORKER_TOKEN_INTERVAL_MS: '20ms' }))).toBe(20);
  });

  it('needs a model file for the llama engine, and a pace for the synthetic one', () => {
    expect(() => loadConfig(workerEnv, { WORKER_ENGINE: 'llama' })).toThrow(
      'WORKER_MODEL: is needed with WORKER_ENGINE=llama: a GGUF file',
    );
    expect(() => loadConfig(workerEnv, { WORKER_TOKEN_INTERVAL_MS: '0' })).toThrow(
      'WORKER_TOKEN_INTERVAL_MS: must be at least 1 with WORKER_ENGINE=synthetic',
    );
    expect(() => loadConfig(workerEnv, { WORKER_ENGINE: 'vllm' })).toThrow(
      'WORKER_ENGINE: must be synthetic, llama or openai',
    );
  });

  it('needs the upstream and its model for the openai engine, and has its defaults', () => {
    const openai = { WORKER_ENGINE: 'openai', WORKER_MODEL: 'Qwen/Qwen2.5-1.5B-Instruct' };
    expect(() => loadConfig(workerEnv, openai)).toThrow(
      'WORKER_UPSTREAM_URL: is needed with WORKER_ENGINE=openai: the upstream server, http://host:port',
    );
    expect(() => loadConfig(workerEnv, { WORKER_ENGINE: 'openai', WORKER_UPSTREAM_URL: 'http://v:8000' })).toThrow(
      'WORKER_MODEL: is needed with WORKER_ENGINE=openai: the model the upstream serves',
    );
    expect(() => loadConfig(workerEnv, { ...openai, WORKER_UPSTREAM_URL: 'ftp://v' })).toThrow(
      'WORKER_UPSTREAM_URL: must be an http:// or https:// URL',
    );
    expect(() =>
      loadConfig(workerEnv, { ...openai, WORKER_UPSTREAM_URL: 'http://v', WORKER_UPSTREAM_API: 'tgi' }),
    ).toThrow('WORKER_UPSTREAM_API: must be vllm, llama.cpp, sglang');
    expect(loadConfig(workerEnv, { ...openai, WORKER_UPSTREAM_URL: 'http://vllm:8000' })).toMatchObject({
      WORKER_UPSTREAM_API: 'vllm',
      WORKER_UPSTREAM_IDLE_TIMEOUT_MS: 30_000,
      WORKER_UPSTREAM_HEALTH_INTERVAL_MS: 2000,
    });
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
