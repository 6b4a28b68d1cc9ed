import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DirectorLog, WorkerLog } from '@switchyard/log-events';
import { DirectorService, FrameType, WorkerService, encodeFrames, rpc, worker } from '@switchyard/protocol';
import { RpcCode, createClient, type ByteStream } from '@switchyard/rpc';
import type { Cluster } from '@switchyard/service-harness';
import { QuicConnection, connectRpc } from '@switchyard/transport-quic';
import { fastCluster, removeTls, writeTls, type TlsFixture } from './harness/cluster.js';

// Real services against peers without certificates that misbehave: they call without reading, and a
// worker is stopped while such a peer holds a stream. Servers lose those streams, never their memory or
// their shutdown.
let tls: TlsFixture;
let cluster: Cluster;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  tls = await writeTls();
});
afterAll(async () => {
  await removeTls(tls);
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close()));
  await cluster.stop();
});

async function rawStream(port: number): Promise<ByteStream> {
  const connection = await QuicConnection.dial({ tls: tls.trust, host: '127.0.0.1', port, connectTimeoutMs: 2000 });
  opened.push(connection);
  return connection.openStream();
}

const header = (callId: number, method: string) =>
  encodeFrames([{ type: FrameType.Header, callId, payload: rpc.v1.RequestHeader.encode({ method }).finish() }]);

describe('abusive peers against the services', () => {
  it('a peer that floods the director with unknown calls and never reads loses its stream; clients are served', async () => {
    cluster = fastCluster(tls);
    await cluster.startDirector();
    await cluster.startWorker('w1');
    const stream = await rawStream(cluster.directorPorts!.clientPort);
    const writer = stream.writable.getWriter();
    let error: unknown;
    for (let call = 1; call <= 500_000 && error === undefined; call += 64) {
      const batch = Array.from({ length: 64 }, (_, i) => header(call + i, `/director.v1.Nope/M${'x'.repeat(500)}`));
      await writer.write(Buffer.concat(batch)).catch((e: unknown) => (error = e));
    }
    const reset = error ?? (await stream.readable.getReader().closed.catch((e: unknown) => e));
    expect(stream.toRpcError!(reset)).toMatchObject({ code: RpcCode.ResourceExhausted });

    const connection = await connectRpc({ tls: tls.trust, host: '127.0.0.1', port: cluster.directorPorts!.clientPort });
    opened.push(connection);
    await expect(createClient(DirectorService, connection.client).assignWorker({})).resolves.toMatchObject({
      worker: 'w1',
    });
  });

  it('SIGTERM with a client that does not read its stream: the worker still exits 0', async () => {
    cluster = fastCluster(tls);
    const director = await cluster.startDirector();
    const w1 = await cluster.startWorker('w1', { WORKER_SHUTDOWN_GRACE_MS: '500', WORKER_TOKEN_INTERVAL_MS: '1' });
    const port = Number((w1.find(WorkerLog.listening)[0].port as number) ?? 0);
    // Admitted as any client is: through a director.
    const assigner = await connectRpc({ tls: tls.trust, host: '127.0.0.1', port: cluster.directorPorts!.clientPort });
    opened.push(assigner);
    const { sessionId, admission } = await createClient(DirectorService, assigner.client).assignWorker({});
    const stream = await rawStream(port);
    const writer = stream.writable.getWriter();
    const request = worker.v1.GenerateRequest.encode({ sessionId, prompt: 'p', admission }).finish();
    await writer.write(
      encodeFrames([
        {
          type: FrameType.Header,
          callId: 1,
          payload: rpc.v1.RequestHeader.encode({ method: WorkerService.methods.generate.path }).finish(),
        },
        { type: FrameType.Message, callId: 1, payload: request },
        { type: FrameType.HalfClose, callId: 1, payload: new Uint8Array(0) },
      ]),
    );
    // Tokens every millisecond, never read: the worker's side of the stream backs up. The peer's connection stays
    // alive (it answers keep-alives), so only the grace and the close timeout can end the stream.
    await w1.waitForMsg(WorkerLog.streamStarted);
    w1.signal('SIGTERM');
    expect(await w1.exited).toEqual({ code: 0, signal: null });
    await director.waitForMsg(DirectorLog.workerUnavailable, { worker: 'w1' });
  });
});
