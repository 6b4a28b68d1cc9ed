import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEV_SESSION_KEY_FILE,
  SessionKeyError,
  loadOrCreateDevSessionKey,
  parseSessionKey,
  resolveSessionKeys,
} from './session-keys.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'session-keys-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function keyFile(name: string, text = randomBytes(32).toString('base64')): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `${text}\n`);
  return path;
}

describe('session keys', () => {
  it('are read from base64 files of at least 32 bytes; the same bytes make the same key', () => {
    const text = randomBytes(32).toString('base64');
    expect(parseSessionKey(text, 'f').id).toEqual(parseSessionKey(`  ${text}\n`, 'f').id);
    expect(parseSessionKey(randomBytes(48).toString('base64url'), 'f').id).toHaveLength(4);
    expect(() => parseSessionKey(randomBytes(31).toString('base64'), 'SESSION_KEY_FILE (k)')).toThrow(
      'SESSION_KEY_FILE (k) holds 31 bytes: a session key needs at least 32 (openssl rand -base64 32)',
    );
    expect(() => parseSessionKey('not base64 at all!', 'f')).toThrow(SessionKeyError);
  });

  it('resolve to the configured files, with the previous key during a rotation', async () => {
    const current = await keyFile('current.key');
    const previous = await keyFile('previous.key');
    const resolved = await resolveSessionKeys({
      keyFile: current,
      previousKeyFile: previous,
      devDir: dir,
      production: true,
    });
    expect(resolved.development).toBe(false);
    expect(resolved.keys.current.id).toEqual(parseSessionKey(await readFile(current, 'utf8'), 'f').id);
    expect(resolved.keys.previous?.id).toEqual(parseSessionKey(await readFile(previous, 'utf8'), 'f').id);
  });

  it('refuse what cannot work: no key in production, a previous key alone, the same key twice, a short key', async () => {
    const current = await keyFile('once.key');
    const refusals: [Parameters<typeof resolveSessionKeys>[0], string | RegExp][] = [
      [{ devDir: dir, production: true }, /SESSION_KEY_FILE is required with NODE_ENV=production/],
      [{ previousKeyFile: current, devDir: dir, production: false }, /without SESSION_KEY_FILE/],
      [{ keyFile: current, previousKeyFile: current, devDir: dir, production: false }, /the same key/],
      [{ keyFile: await keyFile('short.key', 'c2hvcnQ='), devDir: dir, production: false }, /holds 5 bytes/],
    ];
    for (const [source, message] of refusals) {
      await expect(resolveSessionKeys(source)).rejects.toThrow(message);
      await expect(resolveSessionKeys(source)).rejects.toBeInstanceOf(SessionKeyError);
    }
  });

  it('in development: one key in the development folder, created once and shared by processes started together', async () => {
    const devDir = join(dir, 'dev');
    const files = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateDevSessionKey(devDir)));
    expect(new Set(files)).toEqual(new Set([join(devDir, DEV_SESSION_KEY_FILE)]));
    expect((await stat(files[0])).mode & 0o777).toBe(0o600);
    const resolved = await Promise.all(
      Array.from({ length: 4 }, () => resolveSessionKeys({ devDir, production: false })),
    );
    expect(new Set(resolved.map((r) => r.keys.current.name)).size).toBe(1);
    expect(resolved[0]).toMatchObject({ development: true, file: files[0] });
  });
});
