import { afterEach, describe, expect, it } from '@jest/globals';
import { get } from 'node:https';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { createLogSink } from '@switchyard/logging/testing';
import { createCertificateAuthority, issueCertificate } from '@switchyard/transport-quic';
import { systemClock } from '@switchyard/time';
import { Gateway } from './gateway.js';
import { WatchedTls } from './tls-files.js';

// HTTPS (GATEWAY_TLS_*): the gateway serves the certificate in its files, and a renewed one once the files change,
// without a restart; a pair that does not match is refused and the one before kept.

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** GET `url` trusting only `ca`: the status and the serial of the certificate the server showed. */
function getWithCa(url: string, ca: string): Promise<{ status: number; serial: string }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { ca, agent: false }, (response) => {
      const serial = (response.socket as TLSSocket).getPeerCertificate().serialNumber;
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, serial }));
    });
    request.on('error', reject);
  });
}

describe('WatchedTls', () => {
  it('serves HTTPS with the files’ certificate, a renewed one once they change, and keeps it over a bad pair', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-tls-'));
    const ca = await createCertificateAuthority();
    const issue = () => issueCertificate(ca, { names: ['127.0.0.1'], usage: ['server'] });
    const certFile = join(dir, 'cert.pem');
    const keyFile = join(dir, 'key.pem');
    const first = await issue();
    writeFileSync(certFile, first.cert);
    writeFileSync(keyFile, first.key);

    const errors: string[] = [];
    let changes = 0;
    const watched = new WatchedTls(
      certFile,
      keyFile,
      (files) => {
        changes++;
        gateway.setTls(files);
      },
      (message) => errors.push(message),
    );
    const gateway = new Gateway({
      openSession: () => {
        throw new Error('no sessions here');
      },
      listModels: async () => [{ id: 'synthetic', workers: 1 }],
      chatTemplate: 'plain',
      requestTimeoutMs: 1000,
      maxBodyBytes: 4096,
      maxConcurrent: 1,
      maxConcurrentPerKey: 1,
      maxConnections: 10,
      tls: watched.current,
      clock: systemClock,
      logger: createLogSink('gateway').logger,
    });
    const port = await gateway.listen('127.0.0.1', 0);
    cleanup = async () => {
      watched.close();
      await gateway.close(0);
      rmSync(dir, { recursive: true, force: true });
    };
    const url = `https://127.0.0.1:${port}/v1/models`;
    const before = await getWithCa(url, ca.cert);
    expect(before.status).toBe(200);

    // A key that is not the certificate's: refused, the first pair served on.
    writeFileSync(keyFile, (await issue()).key);
    while (errors.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors[0]).toContain('the key is not the certificate’s');
    expect((await getWithCa(url, ca.cert)).serial).toBe(before.serial);

    const renewed = await issue();
    writeFileSync(certFile, renewed.cert);
    writeFileSync(keyFile, renewed.key);
    while (changes === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await getWithCa(url, ca.cert);
    expect(after.status).toBe(200);
    expect(after.serial).not.toBe(before.serial);
  });
});
