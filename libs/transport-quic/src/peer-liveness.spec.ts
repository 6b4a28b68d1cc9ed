import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EchoService } from '@switchyard/protocol/testing';
import { RpcCode, createClient } from '@switchyard/rpc';
import { connectRpc, type RpcConnection } from './rpc-over-quic.js';
import { createDevTls, type TlsMaterial } from './tls.js';

let tls: TlsMaterial;
let child: ChildProcess | undefined;
let connection: RpcConnection | undefined;

beforeAll(async () => {
  tls = await createDevTls(['localhost', '127.0.0.1']);
});

afterEach(async () => {
  await connection?.close();
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
  child = undefined;
});

async function startServerProcess(): Promise<number> {
  child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'testing', 'echo-server-process.ts')], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, NODE_OPTIONS: '', ECHO_SERVER_TLS: JSON.stringify(tls) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    const match = /^READY (\d+)$/.exec(line);
    if (match) return Number(match[1]);
  }
  throw new Error('echo server process exited before it was ready');
}

describe('QUIC transport: peer liveness', () => {
  it('fails a stream with UNAVAILABLE when the server process freezes (idle timeout with keep-alive)', async () => {
    const port = await startServerProcess();
    connection = await connectRpc({
      tls,
      host: '127.0.0.1',
      port,
      serverName: 'localhost',
      idleTimeoutMs: 1000,
      keepAliveIntervalMs: 200,
    });
    const client = createClient(EchoService, connection.client);
    const received: number[] = [];
    const outcome = (async () => {
      for await (const message of client.serverStream({ count: 1_000_000, size: 8 })) {
        received.push(message.payload.byteLength);
        if (received.length === 3) child!.kill('SIGSTOP');
      }
    })().catch((error: unknown) => error);
    expect(await outcome).toMatchObject({ code: RpcCode.Unavailable });
    expect(received.length).toBeGreaterThanOrEqual(3);
    expect((await connection.closed)?.rawMessage).toMatch(/idle timeout/);
  });

  it('fails calls with UNAVAILABLE when the server process is killed', async () => {
    const port = await startServerProcess();
    connection = await connectRpc({
      tls,
      host: '127.0.0.1',
      port,
      serverName: 'localhost',
      idleTimeoutMs: 1000,
      keepAliveIntervalMs: 200,
    });
    const client = createClient(EchoService, connection.client);
    expect((await client.unary({ payload: new Uint8Array([1]) })).payload).toEqual(new Uint8Array([1]));
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child!.kill('SIGKILL');
    await exited;
    const error = await client.unary({ payload: new Uint8Array([2]) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: RpcCode.Unavailable });
  });

  it('knows when the server was last heard from, and a probe (a PING) is acknowledged by a live process only', async () => {
    const port = await startServerProcess();
    // Keep-alive out of the way: every packet from the server below answers this test's calls and probes.
    const options = { tls, host: '127.0.0.1', port, serverName: 'localhost', keepAliveIntervalMs: 5000 };
    connection = await connectRpc(options);
    const client = createClient(EchoService, connection.client);
    const sentAt = performance.now();
    await client.unary({ payload: new Uint8Array([1]) });
    expect(connection.silentForMs()).toBeLessThanOrEqual(performance.now() - sentAt);
    // Quiet for a while (the measured quantity), then a probe: the server's QUIC stack acknowledges it, no call made.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connection.silentForMs()).toBeGreaterThanOrEqual(300);
    const probedAt = performance.now();
    connection.probe();
    while (connection.silentForMs() > performance.now() - probedAt) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    child!.kill('SIGSTOP');
    const frozenAt = performance.now();
    connection.probe();
    const unanswered = client.unary({ payload: new Uint8Array([2]) }, { timeoutMs: 5000 }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Nothing heard since the freeze, but for what was already on its way when the signal landed.
    expect(connection.silentForMs()).toBeGreaterThan(performance.now() - frozenAt - 100);
    // Never answered: it ends only when this end gives up the connection.
    await connection.close();
    expect(await unanswered).toMatchObject({ code: RpcCode.Cancelled });
  });
});
