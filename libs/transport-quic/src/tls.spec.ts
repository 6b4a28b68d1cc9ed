import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EchoService } from '@switchyard/protocol/testing';
import { RpcCode, RpcServer, createClient, type HandlerContext } from '@switchyard/rpc';
import { certificateIdentity, chainError, identityUri, parseIdentityUri } from './identity.js';
import { createCertificateAuthority, issueCertificate, type CertificateAuthority } from './pki.js';
import type { QuicListener } from './quic-listener.js';
import { LOOPBACK_MAX_UDP_PAYLOAD_BYTES } from './quic-options.js';
import { connectRpc, serveRpc } from './rpc-over-quic.js';
import {
  loadOrCreateDevCa,
  loadOrCreateDevTls,
  resolveTls,
  writeTlsFiles,
  type DialTls,
  type TlsMaterial,
} from './tls.js';

// Certificates say who their holder is (a SPIFFE-style URI SAN) and what it is for; both ends check the
// chain, the validity period, the usage and, for servers, the name or IP address dialled.

let ca: CertificateAuthority;
let other: CertificateAuthority;
let server: TlsMaterial;
const der = (pem: string) => new Uint8Array(new X509Certificate(pem).raw);

beforeAll(async () => {
  [ca, other] = await Promise.all([createCertificateAuthority(), createCertificateAuthority({ name: 'another CA' })]);
  const leaf = await issueCertificate(ca, {
    identity: { role: 'worker', name: 'w1' },
    names: ['localhost', '127.0.0.1'],
    usage: ['server', 'client'],
  });
  server = { ca: ca.cert, ...leaf };
});

describe('identities', () => {
  it('are spiffe://switchyard/<role>/<name> URIs in the certificate', async () => {
    expect(identityUri({ role: 'worker', name: 'w1' })).toBe('spiffe://switchyard/worker/w1');
    expect(parseIdentityUri('spiffe://switchyard/director/d-1')).toEqual({ role: 'director', name: 'd-1' });
    for (const bad of [
      'spiffe://other/worker/w1',
      'spiffe://switchyard/root/x',
      'spiffe://switchyard/worker/a/b',
      'https://x',
    ]) {
      expect(parseIdentityUri(bad)).toBeUndefined();
    }
    expect(certificateIdentity(server.cert)).toEqual({ role: 'worker', name: 'w1' });
    const anonymous = await issueCertificate(ca, { names: ['localhost'], usage: ['server'] });
    expect(certificateIdentity(anonymous.cert)).toBeUndefined();
  });
});

describe('chainError', () => {
  const trusted = () => [der(ca.cert)];

  it('accepts a chain to the CA that is valid, for the usage and the host', () => {
    expect(chainError([der(server.cert)], trusted(), { usage: 'server', host: 'localhost' })).toBeUndefined();
    expect(chainError([der(server.cert)], trusted(), { usage: 'server', host: '127.0.0.1' })).toBeUndefined();
    expect(chainError([der(server.cert)], trusted(), { usage: 'client' })).toBeUndefined();
  });

  it('names what is wrong otherwise', async () => {
    const clientOnly = await issueCertificate(ca, { identity: { role: 'operator', name: 'ops' }, usage: ['client'] });
    const expired = await issueCertificate(ca, { names: ['localhost'], usage: ['server'], validDays: -1 / 24 });
    const foreign = await issueCertificate(other, { names: ['localhost'], usage: ['server'] });
    expect(chainError([], trusted(), { usage: 'client' })).toBe('no certificate');
    expect(chainError([der(server.cert)], trusted(), { usage: 'server', host: '10.0.0.1' })).toBe(
      'a certificate not valid for 10.0.0.1',
    );
    expect(chainError([der(clientOnly.cert)], trusted(), { usage: 'server', host: 'localhost' })).toBe(
      'a certificate not meant for TLS server authentication',
    );
    expect(chainError([der(expired.cert)], trusted(), { usage: 'server' })).toMatch(/outside its validity period/);
    expect(chainError([der(foreign.cert)], trusted(), { usage: 'server' })).toBe(
      'a certificate not issued by the trusted CA',
    );
    expect(chainError([new Uint8Array([48, 3, 1, 2, 3])], trusted(), { usage: 'server' })).toBe(
      'a certificate that cannot be parsed',
    );
  });

  it('checks the identity the leaf names when one is expected: the role, and the name when given', async () => {
    const check = (identity: { role: string; name?: string }) =>
      chainError([der(server.cert)], trusted(), { usage: 'server', host: 'localhost', identity });
    expect(check({ role: 'worker', name: 'w1' })).toBeUndefined();
    expect(check({ role: 'worker' })).toBeUndefined();
    expect(check({ role: 'worker', name: 'w2' })).toBe(
      'a certificate of spiffe://switchyard/worker/w1 where spiffe://switchyard/worker/w2 was expected',
    );
    expect(check({ role: 'director' })).toBe(
      'a certificate of spiffe://switchyard/worker/w1 where a director was expected',
    );
    const anonymous = await issueCertificate(ca, { names: ['localhost'], usage: ['server'] });
    expect(
      chainError([der(anonymous.cert)], trusted(), {
        usage: 'server',
        host: 'localhost',
        identity: { role: 'worker' },
      }),
    ).toBe('a certificate of no identity where a worker was expected');
  });
});

describe('over QUIC', () => {
  let listener: QuicListener | undefined;
  let rpc: RpcServer | undefined;
  const opened: { close(): Promise<void> }[] = [];
  let peers: (string | undefined)[] = [];

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
    await rpc?.close({ graceMs: 0 });
    await listener?.stop();
    listener = undefined;
    peers = [];
  });

  async function serve(requireClientCert = false) {
    rpc = new RpcServer().register(EchoService, {
      unary: async (request, ctx: HandlerContext) => {
        peers.push(ctx.peerIdentity);
        return { payload: request.payload };
      },
      serverStream: async function* () {},
      clientStream: async () => ({ messages: 0, bytes: 0 }),
      bidi: async function* () {},
    });
    listener = await serveRpc(rpc, {
      tls: server,
      host: '127.0.0.1',
      port: 0,
      requireClientCert,
      maxUdpPayloadBytes: LOOPBACK_MAX_UDP_PAYLOAD_BYTES,
    });
  }

  async function call(tls: DialTls, host = '127.0.0.1', serverName?: string, peer?: { role: string; name?: string }) {
    const connection = await connectRpc({ tls, host, port: listener!.port, serverName, peer, connectTimeoutMs: 2000 });
    opened.push(connection);
    return createClient(EchoService, connection.client).unary({ payload: new Uint8Array([1]) });
  }

  it('dialling an IP address checks the certificate for that address, with no server name needed', async () => {
    await serve();
    await expect(call({ ca: ca.cert })).resolves.toEqual({ payload: new Uint8Array([1]) });
    await expect(call({ ca: ca.cert }, 'localhost')).resolves.toBeDefined();
    await expect(call({ ca: ca.cert }, '127.0.0.1', 'elsewhere.example')).rejects.toMatchObject({
      code: RpcCode.Unauthenticated,
      rawMessage: 'server certificate refused: a certificate not valid for elsewhere.example',
    });
    await expect(call({ ca: other.cert })).rejects.toMatchObject({
      code: RpcCode.Unauthenticated,
      rawMessage: 'server certificate refused: a certificate not issued by the trusted CA',
    });
  });

  it('a server whose certificate names another identity than the one expected is refused before any call', async () => {
    await serve();
    // The same server, valid for the address dialled: it is worker w1, so it passes only as w1 (or any worker).
    await expect(call({ ca: ca.cert }, '127.0.0.1', undefined, { role: 'worker', name: 'w1' })).resolves.toBeDefined();
    await expect(call({ ca: ca.cert }, '127.0.0.1', undefined, { role: 'worker', name: 'w2' })).rejects.toMatchObject({
      code: RpcCode.Unauthenticated,
      rawMessage:
        'server certificate refused: a certificate of spiffe://switchyard/worker/w1 where spiffe://switchyard/worker/w2 was expected',
    });
    await expect(call({ ca: ca.cert }, '127.0.0.1', undefined, { role: 'director' })).rejects.toMatchObject({
      code: RpcCode.Unauthenticated,
      rawMessage:
        'server certificate refused: a certificate of spiffe://switchyard/worker/w1 where a director was expected',
    });
    expect(peers).toHaveLength(1);
  });

  it('with client certificates required: the identity reaches handlers; none, foreign or server-only ones are refused', async () => {
    await serve(true);
    const operator = await issueCertificate(ca, { identity: { role: 'operator', name: 'ops' }, usage: ['client'] });
    await expect(call({ ca: ca.cert, ...operator })).resolves.toBeDefined();
    expect(peers).toEqual(['spiffe://switchyard/operator/ops']);
    const serverOnly = await issueCertificate(ca, { identity: { role: 'worker', name: 'x' }, usage: ['server'] });
    const foreign = await issueCertificate(other, { identity: { role: 'worker', name: 'x' }, usage: ['client'] });
    for (const tls of [{ ca: ca.cert }, { ca: ca.cert, ...serverOnly }, { ca: ca.cert, ...foreign }]) {
      await expect(call(tls)).rejects.toMatchObject({ code: expect.any(Number) });
    }
    expect(peers).toHaveLength(1);
  });
});

describe('resolveTls and development material', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tls-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const worker = { role: 'worker' as const, name: 'w1' };

  it('development: one CA per folder, a certificate per identity, a client with the CA alone', async () => {
    const devDir = join(dir, 'dev');
    const [a, b] = await Promise.all([
      resolveTls({ devDir, identity: worker }),
      resolveTls({ devDir, identity: { role: 'director', name: 'd1' } }),
    ]);
    expect(a.development).toBe(true);
    expect(b.material.ca).toBe(a.material.ca);
    expect(certificateIdentity(a.material.cert)).toEqual(worker);
    expect(certificateIdentity(b.material.cert)).toEqual({ role: 'director', name: 'd1' });
    const client = await resolveTls({ devDir });
    expect(client.material).toEqual({ ca: a.material.ca });
    // Processes starting together agree on one CA.
    const fresh = join(dir, 'together');
    const cas = await Promise.all([0, 1, 2].map(() => loadOrCreateDevCa(fresh)));
    expect(new Set(cas.map((c) => c.cert)).size).toBe(1);
  });

  it('renews a development certificate that nears expiry or comes from a replaced CA', async () => {
    const devDir = join(dir, 'renew');
    const first = await loadOrCreateDevTls(devDir, worker);
    expect(await loadOrCreateDevTls(devDir, worker)).toEqual(first);
    const ca = await loadOrCreateDevCa(devDir);
    const nearlyExpired = await issueCertificate(ca, { identity: worker, usage: ['server', 'client'], validDays: 1 });
    await writeFile(join(devDir, 'worker-w1', 'cert.pem'), nearlyExpired.cert);
    await writeFile(join(devDir, 'worker-w1', 'key.pem'), nearlyExpired.key);
    const renewed = await loadOrCreateDevTls(devDir, worker);
    expect(renewed.cert).not.toBe(nearlyExpired.cert);
    await rm(join(devDir, 'ca'), { recursive: true });
    const reissued = await loadOrCreateDevTls(devDir, worker);
    expect(reissued.ca).not.toBe(renewed.ca);
    expect(chainError([der(reissued.cert)], [der(reissued.ca)], { usage: 'client' })).toBeUndefined();
  });

  it('refuses a development CA folder holding only part of the CA', async () => {
    const devDir = join(dir, 'partial');
    await mkdir(join(devDir, 'ca'), { recursive: true });
    await writeFile(join(devDir, 'ca', 'cert.pem'), ca.cert);
    await expect(resolveTls({ devDir, identity: worker })).rejects.toThrow(
      `the development CA in ${join(devDir, 'ca')} is incomplete (key.pem is missing): delete the folder to create a new one`,
    );
  });

  it('configured files: read as they are, checked against the identity, refused when half set', async () => {
    const filesDir = join(dir, 'files');
    await mkdir(filesDir);
    const files = await writeTlsFiles(filesDir, server);
    const devDir = join(dir, 'unused');
    await expect(resolveTls({ ...files, devDir, identity: worker })).resolves.toEqual({
      material: server,
      development: false,
    });
    await expect(resolveTls({ ...files, devDir, identity: { role: 'worker', name: 'w2' } })).rejects.toThrow(
      'TLS_CERT_FILE names spiffe://switchyard/worker/w1, but this service is spiffe://switchyard/worker/w2',
    );
    await expect(resolveTls({ caFile: files.caFile, devDir, identity: worker })).rejects.toThrow(
      'TLS is half configured: TLS_CERT_FILE, TLS_KEY_FILE missing',
    );
    await expect(resolveTls({ caFile: files.caFile, devDir })).resolves.toEqual({
      material: { ca: await readFile(files.caFile, 'utf8') },
      development: false,
    });
    await expect(resolveTls({ ...files, devDir })).rejects.toThrow('a client authenticates nobody');
  });

  it('production refuses development material, naming the variables to set', async () => {
    await expect(resolveTls({ devDir: join(dir, 'prod'), identity: worker, production: true })).rejects.toThrow(
      'TLS_CA_FILE, TLS_CERT_FILE, TLS_KEY_FILE must be set: development TLS material is refused in production',
    );
    await expect(resolveTls({ devDir: join(dir, 'prod'), production: true })).rejects.toThrow(
      'TLS_CA_FILE must be set',
    );
  });
});
