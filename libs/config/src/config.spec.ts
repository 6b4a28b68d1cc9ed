import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import {
  adminAddr,
  ConfigError,
  durationMs,
  durationRange,
  filePath,
  hostPort,
  hostPortList,
  integer,
  loadConfig,
  serviceEnv,
  sessionKeyEnv,
} from './index.js';

const schema = z.object({
  LISTEN_ADDR: hostPort().prefault('0.0.0.0:61000'),
  HEARTBEAT_INTERVAL_MS: durationMs({ min: 10 }).default(5000),
  RETRIES: integer({ min: 0, max: 10 }).default(3),
});

describe('loadConfig()', () => {
  it('applies defaults when variables are unset', () => {
    expect(loadConfig(schema, {})).toEqual({
      LISTEN_ADDR: { host: '0.0.0.0', port: 61000 },
      HEARTBEAT_INTERVAL_MS: 5000,
      RETRIES: 3,
    });
  });

  it('parses durations with units, host:port with IPv6, and integers', () => {
    const config = loadConfig(schema, { LISTEN_ADDR: '[::1]:4433', HEARTBEAT_INTERVAL_MS: '2s', RETRIES: '0' });
    expect(config).toEqual({ LISTEN_ADDR: { host: '::1', port: 4433 }, HEARTBEAT_INTERVAL_MS: 2000, RETRIES: 0 });
    expect(loadConfig(schema, { HEARTBEAT_INTERVAL_MS: '150ms' }).HEARTBEAT_INTERVAL_MS).toBe(150);
  });

  it('names every bad variable and its rule', () => {
    const attempt = () => loadConfig(schema, { LISTEN_ADDR: 'nowhere', HEARTBEAT_INTERVAL_MS: '5', RETRIES: 'many' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).issues).toEqual([
        'LISTEN_ADDR: must be host:port (for example 0.0.0.0:61000 or [::1]:61000)',
        'HEARTBEAT_INTERVAL_MS: must be at least 10 ms',
        'RETRIES: must be an integer',
      ]);
    }
  });

  it('rejects a port above 65535', () => {
    expect(() => loadConfig(schema, { LISTEN_ADDR: 'host:70000' })).toThrow(/LISTEN_ADDR/);
  });

  it('accepts an existing file and rejects a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    const file = join(dir, 'ca.pem');
    writeFileSync(file, 'x');
    const files = z.object({ TLS_CA_FILE: filePath() });
    expect(loadConfig(files, { TLS_CA_FILE: file }).TLS_CA_FILE).toBe(file);
    expect(() => loadConfig(files, { TLS_CA_FILE: join(dir, 'missing.pem') })).toThrow(
      'TLS_CA_FILE: must name an existing file',
    );
  });
});

describe('durationRange()', () => {
  const schema = z.object({ WINDOW: durationRange({ min: 1 }).prefault('10000-25000') });
  it('parses a range with or without units and applies the default', () => {
    expect(loadConfig(schema, {}).WINDOW).toEqual({ min: 10_000, max: 25_000 });
    expect(loadConfig(schema, { WINDOW: '1s-2s' }).WINDOW).toEqual({ min: 1000, max: 2000 });
    expect(loadConfig(schema, { WINDOW: '300-300' }).WINDOW).toEqual({ min: 300, max: 300 });
  });
  it.each(['25000-10000', '10000', 'a-b', '0-10', '1-2-3'])('rejects %s', (value) => {
    expect(() => loadConfig(schema, { WINDOW: value })).toThrow('WINDOW: must be a range of durations');
  });
});

describe('serviceEnv', () => {
  const schema = z.object(serviceEnv);
  it('defaults to info logs, development TLS, 1452-byte datagrams, 32 connections per address, the lean engine', () => {
    expect(loadConfig(schema, {})).toEqual({
      LOG_LEVEL: 'info',
      TLS_DEV_DIR: '.dev-tls',
      TLS_DEV_NAMES: [],
      QUIC_MAX_UDP_PAYLOAD: 1452,
      QUIC_MAX_CONNECTIONS_PER_PEER: 32,
      QUIC_MAX_CONNECTIONS: 4096,
      QUIC_UNVALIDATED_HANDSHAKES: 16,
      QUIC_ENGINE: 'lean',
    });
    expect(() => loadConfig(schema, { QUIC_ENGINE: 'fast' })).toThrow('QUIC_ENGINE: must be library or lean');
  });
  it('splits development names and bounds the datagram size', () => {
    expect(loadConfig(schema, { TLS_DEV_NAMES: 'director, worker-1,' }).TLS_DEV_NAMES).toEqual([
      'director',
      'worker-1',
    ]);
    expect(() => loadConfig(schema, { QUIC_MAX_UDP_PAYLOAD: '100' })).toThrow(
      'QUIC_MAX_UDP_PAYLOAD: must be at least 1200',
    );
    expect(() => loadConfig(schema, { LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL: must be one of trace/);
  });
});

describe('hostPortList()', () => {
  const schema = z.object({ TARGETS: hostPortList().prefault('localhost:61000') });
  it('reads one or several comma-separated endpoints', () => {
    expect(loadConfig(schema, {}).TARGETS).toEqual([{ host: 'localhost', port: 61000 }]);
    expect(loadConfig(schema, { TARGETS: 'a:1, [::1]:2 ,b.example:3' }).TARGETS).toEqual([
      { host: 'a', port: 1 },
      { host: '::1', port: 2 },
      { host: 'b.example', port: 3 },
    ]);
  });
  it.each(['', 'a:1,', 'a:1,b', 'a:1,a:1'])('rejects %j', (value) => {
    expect(() => loadConfig(schema, { TARGETS: value })).toThrow(/TARGETS: /);
  });
});

describe('adminAddr()', () => {
  const admin = z.object({ ADMIN_ADDR: adminAddr().prefault('127.0.0.1:9401') });

  it('defaults, parses host:port, and takes off for none', () => {
    expect(loadConfig(admin, {}).ADMIN_ADDR).toEqual({ host: '127.0.0.1', port: 9401 });
    expect(loadConfig(admin, { ADMIN_ADDR: '0.0.0.0:9400' }).ADMIN_ADDR).toEqual({ host: '0.0.0.0', port: 9400 });
    expect(loadConfig(admin, { ADMIN_ADDR: ' off ' }).ADMIN_ADDR).toBeNull();
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => loadConfig(admin, { ADMIN_ADDR: 'no' })).toThrow(/ADMIN_ADDR.*host:port.*or off/);
  });
});

describe('sessionKeyEnv', () => {
  const schema = z.object(sessionKeyEnv);
  it('is optional (the service then decides: a development key, or a refusal in production)', () => {
    expect(loadConfig(schema, {})).toEqual({});
  });
  it('names existing files only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    const file = join(dir, 'session.key');
    writeFileSync(file, 'x');
    expect(loadConfig(schema, { SESSION_KEY_FILE: file, SESSION_PREVIOUS_KEY_FILE: file })).toEqual({
      SESSION_KEY_FILE: file,
      SESSION_PREVIOUS_KEY_FILE: file,
    });
    expect(() => loadConfig(schema, { SESSION_PREVIOUS_KEY_FILE: join(dir, 'gone.key') })).toThrow(
      'SESSION_PREVIOUS_KEY_FILE: must name an existing file',
    );
  });
});
