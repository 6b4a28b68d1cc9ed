import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DirectorLog, WorkerLog } from '@switchyard/log-events';
import { DirectorService, WorkerService, type worker } from '@switchyard/protocol';
import { RpcCode, RpcError, createClient, rpcCodeName, type ServiceClient } from '@switchyard/rpc';
import type { Cluster, ServiceProcess } from '@switchyard/service-harness';
import {
  connectRpc,
  issueCertificate,
  ROLE_USAGE,
  writeTlsFiles,
  type Identity,
  type RpcConnection,
} from '@switchyard/transport-quic';
import { deliveredExactly, fastCluster, removeTls, writeTls, type TlsFixture } from './harness/cluster.js';

// A peer without a certificate that goes straight to the workers, as the security review did: many Generate calls
// with session ids it made up (or with an admission it forged or got for another session). Workers must refuse
// them before they cost a slot, so real clients, which go through a director, still get workers and every token.
let tls: TlsFixture;
let cluster: Cluster;
const opened: RpcConnection[] = [];
let stop: AbortController;

beforeAll(async () => {
  tls = await writeTls();
});
beforeEach(() => {
  stop = new AbortController();
  // Every attack call listens to it.
  setMaxListeners(0, stop.signal);
});
afterAll(async () => {
  await removeTls(tls);
});
afterEach(async () => {
  stop.abort();
  await Promise.all(opened.splice(0).map((c) => c.close()));
  await cluster.stop();
});

/** Small workers, so the attack below is several times what they can hold. */
const MAX_SESSIONS = 12;
/** Generate calls the attacker opens on each worker, on one connection (64 calls at most per connection). */
const ATTACK_CALLS = 3 * MAX_SESSIONS;

async function connect(port: number): Promise<RpcConnection> {
  const connection = await connectRpc({ tls: tls.trust, host: '127.0.0.1', port, serverName: 'localhost' });
  opened.push(connection);
  return connection;
}

const workerPort = (w: ServiceProcess) => Number(w.find(WorkerLog.listening)[0].port);

/**
 * Opens a Generate call and waits for its first event; the call stays open (the attacker keeps every stream it
 * got). Resolves with `OK` (a stream was granted) or the code it was refused with.
 */
async function open(
  api: ServiceClient<typeof WorkerService>,
  request: worker.v1.GenerateRequest.$Properties,
): Promise<{ outcome: string; message?: string; rest: AsyncIterator<unknown> }> {
  const events = api.generate(request, { signal: stop.signal })[Symbol.asyncIterator]();
  try {
    const first = await events.next();
    return { outcome: first.done ? 'ended' : 'OK', rest: events };
  } catch (error) {
    const err = RpcError.from(error);
    return { outcome: rpcCodeName(err.code), message: err.rawMessage, rest: events };
  }
}

const outcomes = (results: { outcome: string }[]) =>
  results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.outcome]: (acc[r.outcome] ?? 0) + 1 }), {});

describe('session abuse: a peer without a certificate against the workers', () => {
  it('Generate calls with made-up session ids or forged admissions are refused; real clients get every token', async () => {
    cluster = fastCluster(tls, {});
    const director = await cluster.startDirector();
    const workers = [
      await cluster.startWorker('w1', { WORKER_MAX_SESSIONS: String(MAX_SESSIONS) }),
      await cluster.startWorker('w2', { WORKER_MAX_SESSIONS: String(MAX_SESSIONS) }),
    ];

    const attack = [];
    for (const w of workers) {
      const api = createClient(WorkerService, (await connect(workerPort(w))).client);
      const calls = Array.from({ length: ATTACK_CALLS }, (_, i) =>
        open(api, {
          sessionId: `conn-${randomUUID()}`,
          prompt: 'attack',
          // No admission at all (what any client before admissions sends), or bytes made up to look like one.
          admission: i % 2 === 0 ? new Uint8Array(0) : randomBytes(77),
        }),
      );
      attack.push(...(await Promise.all(calls)));
    }
    expect(outcomes(attack)).toEqual({ UNAUTHENTICATED: 2 * ATTACK_CALLS });
    expect(attack.every((a) => /admission/.test(a.message ?? ''))).toBe(true);

    // A real admission, got from a director like any client, names one session and one worker: it opens nothing
    // for other session ids, nothing on the other worker.
    const assignment = await createClient(
      DirectorService,
      (await connect(cluster.directorPorts!.clientPort)).client,
    ).assignWorker({});
    const named = workers.findIndex((w) => w.name === assignment.worker);
    const namedApi = createClient(WorkerService, (await connect(workerPort(workers[named]))).client);
    const otherApi = createClient(WorkerService, (await connect(workerPort(workers[1 - named]))).client);
    const { admission } = assignment;
    const replayed = await Promise.all([
      ...Array.from({ length: ATTACK_CALLS }, () =>
        open(namedApi, { sessionId: `conn-${randomUUID()}`, prompt: 'attack', admission }),
      ),
      open(otherApi, { sessionId: assignment.sessionId, prompt: 'attack', admission }),
    ]);
    expect(outcomes(replayed)).toEqual({ UNAUTHENTICATED: ATTACK_CALLS, PERMISSION_DENIED: 1 });

    // Nothing of that took a slot: no worker ever reported itself full (alive, but no longer available; a suspicion
    // refuted under a loaded machine is something else), none started a stream.
    expect(director.find(DirectorLog.workerUnavailable, { status: 'alive' })).toEqual([]);
    for (const w of workers) expect(w.find(WorkerLog.streamStarted)).toEqual([]);

    const clients = [1, 2, 3].map(() => cluster.startClient({ CLIENT_TOKENS: '30' }));
    for (const client of clients) await deliveredExactly(client, 30);
  });

  it('one real admission replayed many times holds one stream: each new call replaces the one before', async () => {
    cluster = fastCluster(tls, {});
    await cluster.startDirector();
    const w1 = await cluster.startWorker('w1', { WORKER_MAX_SESSIONS: String(MAX_SESSIONS) });
    const assignment = await createClient(
      DirectorService,
      (await connect(cluster.directorPorts!.clientPort)).client,
    ).assignWorker({});
    const api = createClient(WorkerService, (await connect(workerPort(w1))).client);
    const request = { sessionId: assignment.sessionId, prompt: 'replay', admission: assignment.admission };
    const streams = [];
    for (let i = 0; i < ATTACK_CALLS; i++) streams.push(await open(api, request));
    expect(outcomes(streams)).toEqual({ OK: ATTACK_CALLS });
    // Every stream but the last was ended by the next one: the admission is worth one stream, not ATTACK_CALLS.
    for (const stream of streams.slice(0, -1)) {
      const ended = await (async () => {
        for (let next = await stream.rest.next(); !next.done; next = await stream.rest.next());
      })().then(
        () => 'OK',
        (error: unknown) => rpcCodeName(RpcError.from(error).code),
      );
      expect(ended).toBe(rpcCodeName(RpcCode.Aborted));
    }
    const client = cluster.startClient({ CLIENT_TOKENS: '20' });
    await deliveredExactly(client, 20);
  });

  it('production: no session key, no start; workers given the new key first keep admitting the old one', async () => {
    cluster = fastCluster(tls, {});
    /** TLS files for `identity`, and production, as a deployment would run it. */
    const production = async (identity: Identity) => {
      const dir = join(tls.dir, `${identity.role}-${identity.name}`);
      await mkdir(dir, { recursive: true });
      const leaf = await issueCertificate(tls.ca, {
        identity,
        names: ['localhost', '127.0.0.1'],
        usage: ROLE_USAGE[identity.role],
      });
      const files = await writeTlsFiles(dir, { ca: tls.ca.cert, ...leaf });
      return {
        NODE_ENV: 'production',
        TLS_CA_FILE: files.caFile,
        TLS_CERT_FILE: files.certFile,
        TLS_KEY_FILE: files.keyFile,
      };
    };
    const keyFile = async (name: string) => {
      const path = join(tls.dir, name);
      await writeFile(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
      return path;
    };
    const directorEnv = await production({ role: 'director', name: 'd1' });
    const workerEnv = await production({ role: 'worker', name: 'w1' });

    const keyless = cluster.start('director', {
      ...directorEnv,
      DIRECTOR_NAME: 'd1',
      DIRECTOR_CLIENT_ADDR: '127.0.0.1:0',
    });
    expect(await keyless.exited).toEqual({ code: 78, signal: null });
    expect(keyless.stderrText).toContain('SESSION_KEY_FILE is required with NODE_ENV=production');

    // A rotation under way: the director still signs with the old key, the worker already holds the new one.
    const [oldKey, newKey] = [await keyFile('old.key'), await keyFile('new.key')];
    await cluster.startDirector({ ...directorEnv, SESSION_KEY_FILE: oldKey });
    await cluster.startWorker('w1', { ...workerEnv, SESSION_KEY_FILE: newKey, SESSION_PREVIOUS_KEY_FILE: oldKey });
    await deliveredExactly(cluster.startClient({ CLIENT_TOKENS: '10' }), 10);
  });
});
