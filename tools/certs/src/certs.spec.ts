import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateIdentity, chainError } from '@switchyard/transport-quic';
import { issue, parseArgs } from './certs.js';

describe('npm run certs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'certs-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads identities with their extra host names, and refuses what is not one', () => {
    expect(parseArgs(['--dir', 'x', 'director/d1', 'worker/w2=worker-2,10.0.0.12'])).toEqual({
      dir: 'x',
      requests: [
        { identity: { role: 'director', name: 'd1' }, names: [] },
        { identity: { role: 'worker', name: 'w2' }, names: ['worker-2', '10.0.0.12'] },
      ],
    });
    expect(() => parseArgs([])).toThrow('usage: npm run certs');
    expect(() => parseArgs(['client/c1'])).toThrow('is not ROLE/NAME');
    expect(() => parseArgs(['worker'])).toThrow('is not ROLE/NAME');
    expect(() => parseArgs(['--dir'])).toThrow('--dir needs a folder');
  });

  it('issues one certificate per identity from one CA, for its names, and keeps them on a second run', async () => {
    const requests = parseArgs(['worker/w1=worker-1', 'operator/admin']).requests;
    const first = await issue(dir, requests);
    expect(first.map((i) => i.identity)).toEqual([
      'spiffe://switchyard/worker/w1',
      'spiffe://switchyard/operator/admin',
    ]);
    const ca = new X509Certificate(await readFile(first[0].env.TLS_CA_FILE));
    for (const { env } of first) {
      const cert = new X509Certificate(await readFile(env.TLS_CERT_FILE));
      expect(chainError([new Uint8Array(cert.raw)], [new Uint8Array(ca.raw)], { usage: 'client' })).toBeUndefined();
      expect((await readFile(env.TLS_KEY_FILE, 'utf8')).startsWith('-----BEGIN PRIVATE KEY-----')).toBe(true);
    }
    const workerPem = await readFile(first[0].env.TLS_CERT_FILE, 'utf8');
    const worker = new X509Certificate(workerPem);
    expect(certificateIdentity(worker)).toEqual({ role: 'worker', name: 'w1' });
    expect(worker.checkHost('worker-1')).toBe('worker-1');
    expect(worker.checkIP('127.0.0.1')).toBe('127.0.0.1');
    const operator = new X509Certificate(await readFile(first[1].env.TLS_CERT_FILE));
    // An operator authenticates as a client only.
    expect(chainError([new Uint8Array(operator.raw)], [new Uint8Array(ca.raw)], { usage: 'server' })).toBe(
      'a certificate not meant for TLS server authentication',
    );
    const again = await issue(dir, requests);
    expect(await readFile(again[0].env.TLS_CERT_FILE, 'utf8')).toBe(workerPem);
  });
});
