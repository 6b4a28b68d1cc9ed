import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DirectorLog, MemberLog } from '@switchyard/log-events';
import { createLogSink } from '@switchyard/logging/testing';
import { DirectorService, RegistryService } from '@switchyard/protocol';
import { RpcCode, RpcError, createClient } from '@switchyard/rpc';
import {
  AdmissionSigner,
  AdmissionVerifier,
  MembershipNode,
  SessionKey,
  type RateLimit,
} from '@switchyard/service-kit';
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
import { DirectorMetrics, sampleValue } from '@switchyard/metrics';
import { Director } from './director.js';

// The director over real QUIC and real membership datagrams on 127.0.0.1: workers are members (their
// own certificates) that publish their endpoint and availability; clients and operators call the director.
let ca: CertificateAuthority;
let director: Director;
let ports: { clientPort: number; mgmtPort: number; membershipPort: number };
const connections: RpcConnection[] = [];
const members: MembershipNode[] = [];
const logs = createLogSink('director');
const FAST = { probeIntervalMs: 100, gossipIntervalMs: 20, pushPullIntervalMs: 1000 };
/** The key directors and workers share; a worker checks admissions with a verifier of its own label. */
const key = SessionKey.generate();
const workerCheck = (label: string) => new AdmissionVerifier({ current: key }, label);

async function tlsOf(identity: Identity, authority = ca): Promise<TlsMaterial> {
  const names = identity.role === 'director' ? ['localhost', '127.0.0.1'] : [];
  const leaf = await issueCertificate(authority, { identity, names, usage: ROLE_USAGE[identity.role] });
  return { ca: ca.cert, ...leaf };
}

async function connect(port: number, material: DialTls): Promise<RpcConnection> {
  const connection = await connectRpc({ host: '127.0.0.1', port, tls: material, connectTimeoutMs: 2000 });
  connections.push(connection);
  return connection;
}
const clientApi = async () => createClient(DirectorService, (await connect(ports.clientPort, { ca: ca.cert })).client);
const mgmtApi = async (identity: Identity) =>
  createClient(RegistryService, (await connect(ports.mgmtPort, await tlsOf(identity))).client);

/** A worker member that publishes `tags` (its endpoint is a made-up one: the director only hands it out). */
async function workerMember(label: string, available = true, config = FAST, model?: string): Promise<MembershipNode> {
  const tags: Record<string, string> = { available: String(available), load: '0', endpoint: `${label}.example:62001` };
  if (model !== undefined) tags.model = model;
  const node = await MembershipNode.start({
    tls: await tlsOf({ role: 'worker', name: label }),
    bind: { host: '127.0.0.1', port: 0 },
    advertise: { host: '127.0.0.1', port: 0 },
    seeds: [{ host: '127.0.0.1', port: ports.membershipPort }],
    meta: { role: 'worker', tags },
    config,
    logger: createLogSink('worker').logger,
  });
  members.push(node);
  return node;
}

beforeAll(async () => {
  ca = await createCertificateAuthority();
});

async function startDirector(
  assignWaitMs = 5000,
  metrics?: DirectorMetrics,
  assignRateLimit: RateLimit = { perSecond: 1000, burst: 1000 },
  config = FAST,
) {
  director = new Director({
    admissions: new AdmissionSigner(key, { ttlMs: 10_000 }),
    assignRateLimit,
    clientAddr: { host: '127.0.0.1', port: 0 },
    mgmtAddr: { host: '127.0.0.1', port: 0 },
    membership: {
      bind: { host: '127.0.0.1', port: 0 },
      advertise: { host: '127.0.0.1', port: 0 },
      seeds: [],
      config,
    },
    assignWaitMs,
    tls: await tlsOf({ role: 'director', name: 'd1' }),
    maxUdpPayloadBytes: 65000,
    metrics,
    logger: logs.logger,
  });
  ports = await director.start();
}

afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.close()));
  await Promise.all(members.splice(0).map((m) => m.stop()));
  await director.stop();
  logs.clear();
});

const available = (label: string) => logs.next(DirectorLog.workerAvailable, { worker: label });

describe('Director', () => {
  it('assigns workers that joined the cluster round-robin, minting then keeping the session id', async () => {
    await startDirector();
    for (const label of ['w1', 'w2', 'w3']) await workerMember(label);
    await Promise.all(['w1', 'w2', 'w3'].map(available));
    const client = await clientApi();
    const first = await client.assignWorker({});
    expect(first.sessionId).toMatch(/^conn-[0-9a-f-]{36}$/);
    const next = [
      await client.assignWorker({ sessionId: first.sessionId }),
      await client.assignWorker({ sessionId: first.sessionId }),
    ];
    expect(new Set([first, ...next].map((a) => a.worker))).toEqual(new Set(['w1', 'w2', 'w3']));
    expect(next.every((a) => a.sessionId === first.sessionId)).toBe(true);
    expect(first.endpoint).toEqual({ host: `${first.worker}.example`, port: 62001 });
  });

  it('skips the excluded worker, follows availability published by the workers, and never assigns a dead one', async () => {
    await startDirector();
    const w1 = await workerMember('w1');
    const w2 = await workerMember('w2');
    await Promise.all(['w1', 'w2'].map(available));
    const client = await clientApi();
    expect((await client.assignWorker({ excludedWorker: 'w1' })).worker).toBe('w2');
    expect((await client.assignWorker({ excludedWorker: 'w1' })).worker).toBe('w2');
    w2.publish({ role: 'worker', tags: { available: 'false', load: '1', endpoint: 'w2.example:62001' } });
    await logs.next(DirectorLog.workerUnavailable, { worker: 'w2' });
    // The excluded worker is the only available one: it is assigned again.
    expect((await client.assignWorker({ excludedWorker: 'w1' })).worker).toBe('w1');
    await w1.stop(); // gone without a word: membership finds it dead
    await logs.next(DirectorLog.workerUnavailable, { worker: 'w1' });
    const { workers } = await (await mgmtApi({ role: 'operator', name: 'ops' })).listWorkers({});
    expect(workers.map((w) => [w.label, w.available])).toEqual([
      ['w1', false],
      ['w2', false],
    ]);
    expect(workers.find((w) => w.label === 'w1')?.status).toMatch(/suspect|dead/);
  });

  it('probes a worker a client just left at once, and assigns it to nobody until the probe answers', async () => {
    // Probe rounds 3 s apart everywhere: w1 is looked at because a client left it, not because its turn came. The
    // director has probed nobody yet, so it has no helper to ask: the verdict comes at the end of the 3 s interval.
    const slow = { ...FAST, probeIntervalMs: 3000 };
    await startDirector(5000, undefined, undefined, slow);
    const w1 = await workerMember('w1', true, slow);
    await workerMember('w2', true, slow);
    await Promise.all(['w1', 'w2'].map(available));
    await w1.stop(); // gone without a word
    const client = await clientApi();
    expect((await client.assignWorker({ excludedWorker: 'w1' })).worker).toBe('w2');
    // Least loaded would pick w1 next (w2 was just given a session): w1 is being probed, so w2 it is.
    const next = [];
    for (let i = 0; i < 3; i++) next.push((await client.assignWorker({})).worker);
    expect(next).toEqual(['w2', 'w2', 'w2']);
    // Nobody answers for w1: suspected (then dead), and so unavailable.
    await logs.next(DirectorLog.workerUnavailable, { worker: 'w1' });
    const { workers } = await (await mgmtApi({ role: 'operator', name: 'ops' })).listWorkers({});
    expect(workers.find((w) => w.label === 'w1')?.status).toMatch(/suspect|dead/);
  });

  it('a worker a client left that answers its probe is assigned again', async () => {
    const slow = { ...FAST, probeIntervalMs: 60_000 };
    await startDirector(5000, undefined, undefined, slow);
    for (const label of ['w1', 'w2']) await workerMember(label, true, slow);
    await Promise.all(['w1', 'w2'].map(available));
    const client = await clientApi();
    // The worker the client left (for a reason of its own) is alive: assigned again once it answered.
    expect((await client.assignWorker({ excludedWorker: 'w1' })).worker).toBe('w2');
    const next = new Set<string>();
    while (!next.has('w1')) next.add((await client.assignWorker({})).worker);
    const { workers } = await (await mgmtApi({ role: 'operator', name: 'ops' })).listWorkers({});
    expect(workers.map((w) => [w.label, w.status])).toEqual([
      ['w1', 'alive'],
      ['w2', 'alive'],
    ]);
  });

  it('lists the models the available workers state, with how many run each', async () => {
    await startDirector();
    await workerMember('w1', true, FAST, 'llama-3');
    await workerMember('w2', true, FAST, 'llama-3');
    await workerMember('w3', true, FAST, 'qwen');
    await workerMember('w4', false, FAST, 'mistral');
    await workerMember('w5', true, FAST);
    await Promise.all(['w1', 'w2', 'w3', 'w5'].map(available));
    // w4 is known too (it says it is unavailable): operators see its model.
    const registry = await mgmtApi({ role: 'operator', name: 'ops' });
    let workers = (await registry.listWorkers({})).workers;
    while (!workers.some((worker) => worker.label === 'w4')) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      workers = (await registry.listWorkers({})).workers;
    }
    expect(workers.find((worker) => worker.label === 'w4')).toMatchObject({ available: false, model: 'mistral' });
    const client = await clientApi();
    expect((await client.listModels({})).models).toEqual([
      { id: 'llama-3', workers: 2 },
      { id: 'qwen', workers: 1 },
    ]);
  });

  it('holds an AssignWorker call until a worker is available, instead of refusing it at once', async () => {
    await startDirector();
    const client = await clientApi();
    const waiting = client.assignWorker({}, { timeoutMs: 10_000 });
    await workerMember('w1');
    await expect(waiting).resolves.toMatchObject({ worker: 'w1' });
  });

  it('holds a call that has no deadline just as long (assignWaitMs)', async () => {
    await startDirector();
    const client = await clientApi();
    const waiting = client.assignWorker({});
    await workerMember('w1');
    await expect(waiting).resolves.toMatchObject({ worker: 'w1' });
  });

  it("with no worker coming, answers UNAVAILABLE shortly before the caller's deadline (not DEADLINE_EXCEEDED)", async () => {
    await startDirector();
    // The client's default deadline: answered with a margin of 300 ms.
    const refused = await (await clientApi()).assignWorker({}, { timeoutMs: 3000 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: RpcCode.Unavailable, rawMessage: 'no worker is available', remote: true });
    expect(logs.find(DirectorLog.noWorkerAvailable)).toHaveLength(1);
  });

  it('rejects malformed requests with INVALID_ARGUMENT and keeps serving', async () => {
    await startDirector();
    const client = await clientApi();
    await expect(client.assignWorker({ sessionId: 'made-up' })).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    await expect(client.assignWorker({ excludedWorker: 'w'.repeat(1000) })).rejects.toMatchObject({
      code: RpcCode.InvalidArgument,
    });
    await workerMember('w1');
    await available('w1');
    await expect(client.assignWorker({})).resolves.toMatchObject({ worker: 'w1' });
  });
});

describe('Director admissions and rate limit', () => {
  it('hands out with every assignment an admission of that session on that worker, and a new one each time', async () => {
    await startDirector();
    for (const label of ['w1', 'w2']) await workerMember(label);
    await Promise.all(['w1', 'w2'].map(available));
    const client = await clientApi();
    const first = await client.assignWorker({});
    // A failover: the same session, the worker just left excluded.
    const next = await client.assignWorker({ sessionId: first.sessionId, excludedWorker: first.worker });
    expect(next.worker).not.toBe(first.worker);
    for (const assignment of [first, next]) {
      expect(assignment.admission.length).toBeGreaterThan(0);
      expect(workerCheck(assignment.worker).check(assignment.admission, first.sessionId)).toBeUndefined();
    }
    // Each admits its own worker only, and this session only.
    expect(workerCheck(next.worker).check(first.admission, first.sessionId)?.reason).toBe('other-worker');
    expect(workerCheck(first.worker).check(first.admission, `conn-${crypto.randomUUID()}`)?.reason).toBe('forged');
  });

  it('limits AssignWorker per source address: past the burst, RESOURCE_EXHAUSTED with when to retry', async () => {
    const metrics = new DirectorMetrics('test', false);
    await startDirector(5000, metrics, { perSecond: 0.001, burst: 3 });
    await workerMember('w1');
    await available('w1');
    // Several connections from one address share its budget: the limit is per address, not per connection.
    const clients = [await clientApi(), await clientApi()];
    for (let i = 0; i < 3; i++) await expect(clients[i % 2].assignWorker({})).resolves.toMatchObject({ worker: 'w1' });
    let trailers: Record<string, string> = {};
    const refused = await clients[1]
      .assignWorker({}, { onTrailers: (t) => (trailers = { ...t }) })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: RpcCode.ResourceExhausted,
      remote: true,
      rawMessage: 'too many AssignWorker calls from 127.0.0.1: at most 0.001 a second, in bursts of 3',
    });
    expect(Number(trailers['retry-after-ms'])).toBeGreaterThan(0);
    await expect(clients[0].assignWorker({})).rejects.toMatchObject({ code: RpcCode.ResourceExhausted });
    expect(logs.find(DirectorLog.rateLimited)).toEqual([expect.objectContaining({ count: 1 })]);
    expect(await sampleValue(metrics.registry, 'switchyard_assignments_total', { result: 'rate_limited' })).toBe(2);
  });
});

describe('Director management port', () => {
  it('shows the workers to operators and directors only; anyone else gets PERMISSION_DENIED, logged once', async () => {
    await startDirector();
    await workerMember('w1');
    await available('w1');
    expect((await (await mgmtApi({ role: 'operator', name: 'ops' })).listWorkers({})).workers).toHaveLength(1);
    expect((await (await mgmtApi({ role: 'director', name: 'd2' })).listWorkers({})).workers).toHaveLength(1);
    const worker = await mgmtApi({ role: 'worker', name: 'w1' });
    for (let i = 0; i < 3; i++) {
      await expect(worker.listWorkers({})).rejects.toMatchObject({ code: RpcCode.PermissionDenied, remote: true });
    }
    expect(logs.find(DirectorLog.permissionDenied)).toHaveLength(1);
  });

  it('refuses peers without a certificate from the CA during the handshake', async () => {
    await startDirector();
    const attempt = (material: DialTls) =>
      connect(ports.mgmtPort, material).then((c) => createClient(RegistryService, c.client).listWorkers({}));
    await expect(attempt({ ca: ca.cert })).rejects.toBeInstanceOf(RpcError);
    const foreign = await createCertificateAuthority({ name: 'foreign CA' });
    await expect(attempt(await tlsOf({ role: 'operator', name: 'ops' }, foreign))).rejects.toBeInstanceOf(RpcError);
  });
});

describe('Director readiness and metrics', () => {
  const value = (metrics: DirectorMetrics, name: string, labels: Record<string, string> = {}) => {
    director.refreshMetrics();
    return sampleValue(metrics.registry, name, labels);
  };

  it('is ready once it knows a live worker; counts assignments, members by state, and deaths', async () => {
    const metrics = new DirectorMetrics('test', false);
    await startDirector(300, metrics);
    expect(director.readiness()).toEqual({ ready: false, checks: { listening: true, workerKnown: false } });
    const client = await clientApi();
    await expect(client.assignWorker({}, { timeoutMs: 3000 })).rejects.toMatchObject({ code: RpcCode.Unavailable });
    const w1 = await workerMember('w1');
    await available('w1');
    expect(director.readiness().ready).toBe(true);
    await client.assignWorker({});
    expect(await value(metrics, 'switchyard_assignments_total', { result: 'assigned' })).toBe(1);
    expect(await value(metrics, 'switchyard_assignments_total', { result: 'no_worker' })).toBe(1);
    expect(await value(metrics, 'switchyard_assignable_workers')).toBe(1);
    expect(await value(metrics, 'switchyard_members', { role: 'worker', state: 'alive' })).toBe(1);
    expect(await value(metrics, 'switchyard_members', { role: 'director', state: 'alive' })).toBe(1);
    expect(
      await value(metrics, 'switchyard_rpc_calls_total', {
        side: 'server',
        method: DirectorService.methods.assignWorker.path,
        code: 'OK',
      }),
    ).toBe(1);
    await w1.stop(); // gone without a word: suspected, then dead
    await logs.next(MemberLog.dead);
    expect(await value(metrics, 'switchyard_member_deaths_total', { role: 'worker' })).toBe(1);
    expect(await value(metrics, 'switchyard_assignable_workers')).toBe(0);
    expect(director.readiness().ready).toBe(false);
  });

  it('logs an available worker that moved to a new endpoint as available again', async () => {
    await startDirector();
    const w1 = await workerMember('w1');
    await available('w1');
    w1.publish({ role: 'worker', tags: { available: 'true', load: '0', endpoint: 'w1-restarted.example:62001' } });
    await logs.next(DirectorLog.workerAvailable, { worker: 'w1', endpoint: 'w1-restarted.example:62001' });
    expect((await (await clientApi()).assignWorker({})).endpoint).toEqual({
      host: 'w1-restarted.example',
      port: 62001,
    });
  });
});
