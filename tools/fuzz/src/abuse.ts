import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { DirectorService, FrameType, RegistryService, WorkerService, encodeFrames, rpc } from '@switchyard/protocol';
import { RpcCode, RpcError, createClient, rpcCodeName } from '@switchyard/rpc';
import { QuicConnection, connectRpc, type DialTls, type RpcConnection } from '@switchyard/transport-quic';
import type { Target } from './campaign.js';

export interface AbuseResult {
  name: string;
  /** What the server did, in words. */
  outcome: string;
  /** Whether that is what it must do. */
  ok: boolean;
}

const codeOf = (error: unknown) => (error instanceof RpcError ? rpcCodeName(error.code) : String(error));

/** Writes that make no progress for this long mean the server stopped reading (flow control). */
const STALLED_MS = 20_000;

/**
 * Calls unknown methods on one stream and never reads; resolves with how the stream ended. The server may
 * reset the stream (its queue for the stream is full) or stop reading it (QUIC flow control holds the
 * writer); either keeps it bounded.
 */
async function floodWithoutReading(target: Target): Promise<AbuseResult> {
  const connection = await QuicConnection.dial({ tls: target.tls, host: '127.0.0.1', port: target.port });
  try {
    const stream = connection.openStream();
    const writer = stream.writable.getWriter();
    const method = rpc.v1.RequestHeader.encode({ method: `/x.v1.Nothing/${'M'.repeat(500)}` }).finish();
    let error: unknown;
    let stalled = false;
    let calls = 0;
    while (error === undefined && !stalled && calls < 1_000_000) {
      const batch = Array.from({ length: 64 }, () => ({ type: FrameType.Header, callId: ++calls, payload: method }));
      let timer: ReturnType<typeof setTimeout> | undefined;
      const written = writer.write(encodeFrames(batch)).catch((e: unknown) => (error = e));
      const timeout = new Promise<void>(
        (resolve) => (timer = setTimeout(() => resolve(void (stalled = true)), STALLED_MS)),
      );
      await Promise.race([written, timeout]);
      clearTimeout(timer);
    }
    if (stalled) {
      return {
        name: `${target.name}: calls without reading`,
        outcome: `the server stopped reading after ${calls} calls (flow control)`,
        ok: true,
      };
    }
    const ended = error ?? (await stream.readable.getReader().closed.catch((e: unknown) => e));
    const code = stream.toRpcError?.(ended).code;
    return {
      name: `${target.name}: calls without reading`,
      outcome: `stream reset with ${code === undefined ? 'nothing' : rpcCodeName(code)} after ${calls} calls`,
      ok: code === RpcCode.ResourceExhausted,
    };
  } finally {
    await connection.close();
  }
}

/**
 * 200 token streams at once on one connection, each with the first event or the refusal counted: `admitted`
 * gives each call the session and admission of an AssignWorker call, as a client would have; otherwise the
 * session ids are made up and no admission is sent.
 */
async function openStreams(
  target: Target,
  sessions: { sessionId: string; admission?: Uint8Array }[],
): Promise<Record<string, number>> {
  const connection = await connectRpc({ tls: target.tls, host: '127.0.0.1', port: target.port });
  const stop = new AbortController();
  // One signal for all 200 calls, each listening on it until it ends: not a leak, so no warning past 10 listeners.
  setMaxListeners(sessions.length, stop.signal);
  try {
    const worker = createClient(WorkerService, connection.client);
    const first = async (session: (typeof sessions)[number]) => {
      for await (const event of worker.generate({ ...session, prompt: 'flood' }, { signal: stop.signal }))
        return event.connected ? 'OK' : 'odd';
      return 'ended';
    };
    const outcomes = await Promise.all(sessions.map((session) => first(session).catch(codeOf)));
    return outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }), {});
  } finally {
    stop.abort();
    await connection.close();
  }
}

const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([o, n]) => `${o} ${n}`)
    .join(', ');

/**
 * 200 token streams at once with made-up session ids and no admission: none is served (each refused before it costs
 * a slot, or past the calls a connection may have in flight).
 */
async function unadmittedFlood(target: Target): Promise<AbuseResult> {
  const counts = await openStreams(
    target,
    Array.from({ length: 200 }, () => ({ sessionId: `conn-${randomUUID()}` })),
  );
  return {
    name: `${target.name}: 200 token streams at once without admissions`,
    outcome: describeCounts(counts),
    ok: (counts.UNAUTHENTICATED ?? 0) > 0 && (counts.UNAUTHENTICATED ?? 0) + (counts.RESOURCE_EXHAUSTED ?? 0) === 200,
  };
}

/**
 * 200 token streams at once on one connection, each admitted by the director; the worker caps calls per connection
 * and sessions per address.
 */
async function callFlood(target: Target, director: Target): Promise<AbuseResult> {
  const connection = await connectRpc({ tls: director.tls, host: '127.0.0.1', port: director.port });
  const sessions = [];
  try {
    const assign = createClient(DirectorService, connection.client);
    for (let i = 0; i < 200; i++) sessions.push(await assign.assignWorker({}, { timeoutMs: 5000 }));
  } finally {
    await connection.close();
  }
  const counts = await openStreams(target, sessions);
  const refused = counts.RESOURCE_EXHAUSTED ?? 0;
  return {
    name: `${target.name}: 200 admitted token streams at once on one connection`,
    outcome: describeCounts(counts),
    ok: refused > 0 && (counts.OK ?? 0) > 0 && refused + (counts.OK ?? 0) === 200,
  };
}

/** More connections from one address than the port allows; the surplus is refused, the rest served. */
async function connectionFlood(target: Target, count: number): Promise<AbuseResult> {
  const connections: RpcConnection[] = [];
  let refused = 0;
  try {
    for (let i = 0; i < count; i++) {
      try {
        const connection = await connectRpc({ tls: target.tls, host: '127.0.0.1', port: target.port });
        connections.push(connection);
        await createClient(WorkerService, connection.client).ping({}, { timeoutMs: 3000 });
      } catch {
        refused++;
      }
    }
    return {
      name: `${target.name}: ${count} connections from one address`,
      outcome: `${count - refused} served, ${refused} refused`,
      ok: refused > 0 && refused < count,
    };
  } finally {
    await Promise.all(connections.map((c) => c.close()));
  }
}

/** A worker identity asking the management port for the workers: only operators and directors may. */
async function workerOnManagement(mgmtPort: number, tls: DialTls): Promise<AbuseResult> {
  const connection = await connectRpc({ tls, host: '127.0.0.1', port: mgmtPort });
  try {
    const registry = createClient(RegistryService, connection.client);
    const list = await registry.listWorkers({}).then(() => 'OK', codeOf);
    return {
      name: 'management port: worker/fuzz lists the workers',
      outcome: `ListWorkers ${list}`,
      ok: list === 'PERMISSION_DENIED',
    };
  } finally {
    await connection.close();
  }
}

/** The abuse cases of docs/security.md against the campaign's ports. */
export async function abuseCases(setup: {
  targets: Target[];
  /** A worker's identity, which the management port must refuse. */
  worker: DialTls;
  mgmtPort: number;
}): Promise<AbuseResult[]> {
  const results: AbuseResult[] = [];
  for (const target of setup.targets) results.push(await floodWithoutReading(target));
  const workerPort = setup.targets[setup.targets.length - 1];
  results.push(await unadmittedFlood(workerPort));
  results.push(await callFlood(workerPort, setup.targets[0]));
  // The campaign runs its services with QUIC_MAX_CONNECTIONS_PER_PEER=64 (one of them held by its probe).
  results.push(await connectionFlood(workerPort, 80));
  results.push(await workerOnManagement(setup.mgmtPort, setup.worker));
  return results;
}
