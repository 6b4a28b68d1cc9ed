import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@switchyard/heartbeat/testing';
import { DirectorLog } from '@switchyard/log-events';
import { createLogSink } from '@switchyard/logging/testing';
import { DirectorService, RegistryService } from '@switchyard/protocol';
import { RpcCode, RpcError, createClient } from '@switchyard/rpc';
import { connectRpc, createDevTls, type RpcConnection, type TlsMaterial } from '@switchyard/transport-quic';
import { Director } from './director.js';

// Real QUIC and TLS on 127.0.0.1: the director's two listeners, workers' management calls with
// client certificates, and clients' assignment calls.
let tls: TlsMaterial;
let director: Director;
let ports: { clientPort: number; mgmtPort: number };
const connections: RpcConnection[] = [];
const logs = createLogSink('director');

async function connect(port: number, material = tls, presentClientCert = true): Promise<RpcConnection> {
  const connection = await connectRpc({
    host: '127.0.0.1',
    port,
    serverName: 'localhost',
    tls: material,
    presentClientCert,
    connectTimeoutMs: 2000,
  });
  connections.push(connection);
  return connection;
}
const clientApi = async () => createClient(DirectorService, (await connect(ports.clientPort)).client);
const mgmtApi = async () => createClient(RegistryService, (await connect(ports.mgmtPort)).client);
const worker = (label: string, available = true) => ({
  label,
  endpoint: { host: 'localhost', port: 6000 + label.length },
  available,
  load: 0,
});

beforeAll(async () => {
  tls = await createDevTls(['localhost']);
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

describe('Director', () => {
  it('registers workers and assigns them round-robin, minting then keeping the session id', async () => {
    await startDirector(10_000);
    const registry = await mgmtApi();
    for (const label of ['w1', 'w2', 'w3'])
      await expect(registry.register(worker(label))).resolves.toEqual({ ttlMs: 10_000 });
    const client = await clientApi();
    const first = await client.assignWorker({});
    expect(first.sessionId).toMatch(/^conn-[0-9a-f-]{36}$/);
    const next = [
      await client.assignWorker({ sessionId: first.sessionId }),
      await client.assignWorker({ sessionId: first.sessionId }),
    ];
    expect([first, ...next].map((a) => a.worker)).toEqual(['w1', 'w2', 'w3']);
    expect(next.every((a) => a.sessionId === first.sessionId)).toBe(true);
    expect(first.endpoint).toEqual({ host: 'localhost', port: 6002 });
    expect(logs.find(DirectorLog.workerAssigned).map((e) => e.worker)).toEqual(['w1', 'w2', 'w3']);
  });

  it('skips the excluded worker and follows availability pushed in heartbeats at once', async () => {
    await startDirector(10_000);
    const registry = await mgmtApi();
    await registry.register(worker('w1'));
    await registry.register(worker('w2'));
    const client = await clientApi();
    expect((await client.assignWorker({ excludedWorker: 'w1' })).worker).toBe('w2');
    expect((await client.assignWorker({ excludedWorker: 'w1' })).worker).toBe('w2');
    await registry.heartbeat({ label: 'w2', available: false, load: 1 });
    expect(logs.find(DirectorLog.workerUnavailable, { worker: 'w2' })).toHaveLength(1);
    // The excluded worker is the only available one: it is assigned again.
    expect((await client.assignWorker({ excludedWorker: 'w1' })).worker).toBe('w1');
    await registry.heartbeat({ label: 'w1', available: false, load: 0 });
    const refused = await client.assignWorker({}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RpcError);
    expect(refused).toMatchObject({ code: RpcCode.Unavailable, rawMessage: 'no worker is available', remote: true });
    const { workers } = await client.listWorkers({});
    expect(workers.map((w) => [w.label, w.available, w.load])).toEqual([
      ['w1', false, 0],
      ['w2', false, 1],
    ]);
  });

  it('expires a silent worker and asks an unknown one to register again', async () => {
    const clock = new ManualClock();
    await startDirector(200, clock);
    const registry = await mgmtApi();
    await registry.register(worker('w1'));
    const client = await clientApi();
    await clock.advance(200);
    expect((await client.listWorkers({})).workers.map((w) => [w.label, w.lastSeenMsAgo])).toEqual([['w1', 200]]);
    await clock.advance(1);
    await expect(client.assignWorker({})).rejects.toMatchObject({ code: RpcCode.Unavailable });
    expect(logs.find(DirectorLog.workerExpired, { worker: 'w1', silentMs: 201 })).toHaveLength(1);
    expect((await client.listWorkers({})).workers).toEqual([]);
    await expect(registry.heartbeat({ label: 'w1', available: true, load: 0 })).rejects.toMatchObject({
      code: RpcCode.NotFound,
      remote: true,
    });
  });

  it('rejects malformed requests with INVALID_ARGUMENT and keeps serving', async () => {
    await startDirector(10_000);
    const registry = await mgmtApi();
    await expect(registry.register({ ...worker('w1'), label: '' })).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    await expect(registry.register({ ...worker('w1'), label: 'bad label' })).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    for (const endpoint of [
      undefined,
      { host: 'no where', port: 1 },
      { host: 'x'.repeat(300), port: 1 },
      { host: 'h', port: 0 },
    ]) {
      await expect(registry.register({ ...worker('w1'), endpoint })).rejects.toMatchObject({
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
    await registry.register(worker('w1'));
    expect((await client.listWorkers({})).workers).toHaveLength(1);
  });

  it('refuses management peers without a certificate from the CA during the handshake', async () => {
    await startDirector(10_000);
    await (await mgmtApi()).register(worker('w1'));
    // In TLS 1.3 the client may finish its side of the handshake before the server rejects its
    // certificate, so the refusal shows on the connection or at the latest on its first call.
    const attempt = (material: TlsMaterial, presentClientCert: boolean) =>
      connect(ports.mgmtPort, material, presentClientCert).then((c) =>
        createClient(RegistryService, c.client).register(worker('intruder')),
      );
    await expect(attempt(tls, false)).rejects.toBeInstanceOf(RpcError);
    const foreign = await createDevTls(['localhost']);
    // Trusts the director's CA but presents a certificate from another CA.
    await expect(attempt({ ca: tls.ca, cert: foreign.cert, key: foreign.key }, true)).rejects.toBeInstanceOf(RpcError);
    const client = await clientApi();
    expect((await client.listWorkers({})).workers.map((w) => w.label)).toEqual(['w1']);
    expect(logs.find(DirectorLog.workerRegistered)).toHaveLength(1);
  });
});
