import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@switchyard/heartbeat/testing';
import { DirectorLog } from '@switchyard/log-events';
import { createLogSink } from '@switchyard/logging/testing';
import { DirectorService, RegistryService } from '@switchyard/protocol';
import { RpcCode, RpcError, createClient } from '@switchyard/rpc';
import {
  connectRpc,
  createCertificateAuthority,
  issueCertificate,
  ROLE_USAGE,
  type CertificateAuthority,
  type DialTls,
  type Identity,
  type RpcConnection,
  type TlsMaterial,
} from '@switchyard/transport-quic';
import { Director } from './director.js';

// Real QUIC and TLS on 127.0.0.1: the director's two listeners, management calls from peers holding
// certificates of various identities, and clients' assignment calls.
let ca: CertificateAuthority;
let tls: TlsMaterial;
let director: Director;
let ports: { clientPort: number; mgmtPort: number };
const connections: RpcConnection[] = [];
const logs = createLogSink('director');
const issued = new Map<string, DialTls>();

/** TLS material of `identity`, from the test CA (or `authority`). */
async function as(identity: Identity, authority = ca): Promise<DialTls> {
  const key = `${identity.role}/${identity.name}/${authority.cert.length}`;
  if (!issued.has(key)) {
    const leaf = await issueCertificate(authority, { identity, usage: ROLE_USAGE[identity.role] });
    issued.set(key, { ca: ca.cert, ...leaf });
  }
  return issued.get(key)!;
}

async function connect(port: number, material: DialTls): Promise<RpcConnection> {
  const connection = await connectRpc({ host: '127.0.0.1', port, tls: material, connectTimeoutMs: 2000 });
  connections.push(connection);
  return connection;
}
const clientApi = async () => createClient(DirectorService, (await connect(ports.clientPort, { ca: ca.cert })).client);
const mgmtApi = async (identity: Identity) =>
  createClient(RegistryService, (await connect(ports.mgmtPort, await as(identity))).client);
const workerApi = (label: string) => mgmtApi({ role: 'worker', name: label });
const operatorApi = () => mgmtApi({ role: 'operator', name: 'ops' });
const worker = (label: string, available = true, instanceId = `${label}-1`) => ({
  label,
  instanceId,
  endpoint: { host: 'localhost', port: 6000 + Number(label.replace(/\D/g, '') || 0) },
  available,
  load: 0,
});

beforeAll(async () => {
  ca = await createCertificateAuthority();
  const leaf = await issueCertificate(ca, {
    identity: { role: 'director', name: 'd1' },
    names: ['localhost', '127.0.0.1'],
    usage: ROLE_USAGE.director,
  });
  tls = { ca: ca.cert, ...leaf };
});

async function startDirector(workerTtlMs: number, clock?: ManualClock) {
  director = new Director({
    clientAddr: { host: '127.0.0.1', port: 0 },
    mgmtAddr: { host: '127.0.0.1', port: 0 },
    workerTtlMs,
    clock,
    tls,
    maxUdpPayloadBytes: 65000,
    logger: logs.logger,
  });
  ports = await director.start();
}

afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.close()));
  await director.stop();
  logs.clear();
});

async function registered(): Promise<string[]> {
  return (await (await operatorApi()).listWorkers({})).workers.map((w) => w.label ?? '');
}

describe('Director', () => {
  it('registers workers and assigns them round-robin, minting then keeping the session id', async () => {
    await startDirector(10_000);
    for (const label of ['w1', 'w2', 'w3']) {
      await expect((await workerApi(label)).register(worker(label))).resolves.toEqual({ ttlMs: 10_000 });
    }
    const client = await clientApi();
    const first = await client.assignWorker({});
    expect(first.sessionId).toMatch(/^conn-[0-9a-f-]{36}$/);
    const next = [
      await client.assignWorker({ sessionId: first.sessionId }),
      await client.assignWorker({ sessionId: first.sessionId }),
    ];
    expect([first, ...next].map((a) => a.worker)).toEqual(['w1', 'w2', 'w3']);
    expect(next.every((a) => a.sessionId === first.sessionId)).toBe(true);
    expect(first.endpoint).toEqual({ host: 'localhost', port: 6001 });
    expect(logs.find(DirectorLog.workerAssigned).map((e) => e.worker)).toEqual(['w1', 'w2', 'w3']);
  });

  it('skips the excluded worker and follows availability pushed in heartbeats at once', async () => {
    await startDirector(10_000);
    const [w1, w2] = [await workerApi('w1'), await workerApi('w2')];
    await w1.register(worker('w1'));
    await w2.register(worker('w2'));
    const client = await clientApi();
    expect((await client.assignWorker({ excludedWorker: 'w1' })).worker).toBe('w2');
    expect((await client.assignWorker({ excludedWorker: 'w1' })).worker).toBe('w2');
    await w2.heartbeat({ ...worker('w2', false), load: 1 });
    expect(logs.find(DirectorLog.workerUnavailable, { worker: 'w2' })).toHaveLength(1);
    // The excluded worker is the only available one: it is assigned again.
    expect((await client.assignWorker({ excludedWorker: 'w1' })).worker).toBe('w1');
    await w1.heartbeat(worker('w1', false));
    const refused = await client.assignWorker({}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RpcError);
    expect(refused).toMatchObject({ code: RpcCode.Unavailable, rawMessage: 'no worker is available', remote: true });
    const { workers } = await (await operatorApi()).listWorkers({});
    expect(workers.map((w) => [w.label, w.available, w.load])).toEqual([
      ['w1', false, 0],
      ['w2', false, 1],
    ]);
  });

  it('expires a silent worker and asks an unknown one to register again', async () => {
    const clock = new ManualClock();
    await startDirector(200, clock);
    const w1 = await workerApi('w1');
    await w1.register(worker('w1'));
    const client = await clientApi();
    const operator = await operatorApi();
    await clock.advance(200);
    expect((await operator.listWorkers({})).workers.map((w) => [w.label, w.lastSeenMsAgo])).toEqual([['w1', 200]]);
    await clock.advance(1);
    await expect(client.assignWorker({})).rejects.toMatchObject({ code: RpcCode.Unavailable });
    expect(logs.find(DirectorLog.workerExpired, { worker: 'w1', silentMs: 201 })).toHaveLength(1);
    expect((await operator.listWorkers({})).workers).toEqual([]);
    await expect(w1.heartbeat(worker('w1'))).rejects.toMatchObject({ code: RpcCode.NotFound, remote: true });
  });

  it('rejects malformed requests with INVALID_ARGUMENT and keeps serving', async () => {
    await startDirector(10_000);
    const w1 = await workerApi('w1');
    for (const bad of [{ label: '' }, { label: 'bad label' }, { instanceId: '' }, { instanceId: 'i'.repeat(65) }]) {
      await expect(w1.register({ ...worker('w1'), ...bad })).rejects.toMatchObject({ code: RpcCode.InvalidArgument });
    }
    for (const endpoint of [
      undefined,
      { host: 'no where', port: 1 },
      { host: 'x'.repeat(300), port: 1 },
      { host: 'h', port: 0 },
    ]) {
      await expect(w1.register({ ...worker('w1'), endpoint })).rejects.toMatchObject({
        code: RpcCode.InvalidArgument,
        rawMessage: expect.stringMatching(/^endpoint: /),
      });
    }
    const client = await clientApi();
    await expect(client.assignWorker({ sessionId: 'made-up' })).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    await expect(client.assignWorker({ excludedWorker: 'w'.repeat(1000) })).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    await w1.register(worker('w1'));
    expect(await registered()).toEqual(['w1']);
  });
});

describe('Director management port: who may do what', () => {
  it('accepts a worker only for its own label; other identities get PERMISSION_DENIED, logged once each', async () => {
    await startDirector(10_000);
    await (await workerApi('w1')).register(worker('w1'));
    const impostor = await workerApi('w2');
    const denied = { code: RpcCode.PermissionDenied, remote: true };
    // w2 tries to take over w1's label (its clients would dial the impostor) and to mark w1 unavailable.
    await expect(impostor.register({ ...worker('w1'), endpoint: { host: 'evil', port: 1 } })).rejects.toMatchObject({
      ...denied,
      rawMessage: 'spiffe://switchyard/worker/w2 may not act as worker w1',
    });
    await expect(impostor.heartbeat(worker('w1', false))).rejects.toMatchObject(denied);
    await expect(impostor.heartbeat(worker('w1', false))).rejects.toMatchObject(denied);
    for (const identity of [
      { role: 'operator', name: 'ops' },
      { role: 'director', name: 'd2' },
    ] as const) {
      await expect((await mgmtApi(identity)).register(worker('w3'))).rejects.toMatchObject(denied);
    }
    const client = await clientApi();
    expect(await client.assignWorker({})).toMatchObject({ worker: 'w1', endpoint: { host: 'localhost', port: 6001 } });
    // Logged once per identity and action, not per call.
    const lines = logs.find(DirectorLog.permissionDenied).map((e) => [e.identity, e.action]);
    expect(lines).toEqual([
      ['spiffe://switchyard/worker/w2', 'act as worker w1'],
      ['spiffe://switchyard/operator/ops', 'act as worker w3'],
      ['spiffe://switchyard/director/d2', 'act as worker w3'],
    ]);
  });

  it('shows the registry to operators and directors only', async () => {
    await startDirector(10_000);
    await (await workerApi('w1')).register(worker('w1'));
    expect(await registered()).toEqual(['w1']);
    const peer = await mgmtApi({ role: 'director', name: 'd2' });
    expect((await peer.listWorkers({})).workers).toHaveLength(1);
    await expect((await workerApi('w1')).listWorkers({})).rejects.toMatchObject({ code: RpcCode.PermissionDenied });
  });

  it("a restarted worker is told apart from its predecessor, whose late 'unavailable' changes nothing", async () => {
    await startDirector(10_000);
    const w1 = await workerApi('w1');
    await w1.register(worker('w1', true, 'old'));
    await w1.register(worker('w1', true, 'new'));
    await expect(w1.heartbeat(worker('w1', false, 'old'))).rejects.toMatchObject({
      code: RpcCode.FailedPrecondition,
    });
    expect((await (await clientApi()).assignWorker({})).worker).toBe('w1');
    expect(logs.find(DirectorLog.staleInstance, { worker: 'w1', instance: 'old' })).toHaveLength(1);
  });

  it('refuses peers without a certificate from the CA during the handshake', async () => {
    await startDirector(10_000);
    await (await workerApi('w1')).register(worker('w1'));
    // In TLS 1.3 the client may finish its side of the handshake before the server rejects its
    // certificate, so the refusal shows on the connection or at the latest on its first call.
    const attempt = (material: DialTls) =>
      connect(ports.mgmtPort, material).then((c) => createClient(RegistryService, c.client).register(worker('w9')));
    await expect(attempt({ ca: ca.cert })).rejects.toBeInstanceOf(RpcError);
    const foreign = await createCertificateAuthority({ name: 'foreign CA' });
    // Trusts the director's CA but presents a worker certificate from another CA.
    await expect(attempt(await as({ role: 'worker', name: 'w9' }, foreign))).rejects.toBeInstanceOf(RpcError);
    expect(await registered()).toEqual(['w1']);
    expect(logs.find(DirectorLog.workerRegistered)).toHaveLength(1);
  });
});
