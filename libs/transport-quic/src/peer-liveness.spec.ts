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

  it('survives its own event loop stalling for less than the idle timeout, and fails cleanly past it', async () => {
    const port = await startServerProcess();
    const options = {
      tls,
      host: '127.0.0.1',
      port,
      serverName: 'localhost',
      idleTimeoutMs: 2000,
      keepAliveIntervalMs: 500,
    };
    connection = await connectRpc(options);
    const client = createClient(EchoService, connection.client);
    // Blocks this thread (both its timers and its socket) for `ms`, as a long synchronous task or a pause would.
    const stall = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    const indexes: number[] = [];
    // A message every 10 ms; this end stalls for 1.2 s twice while they keep coming, its timers all overdue after.
    for await (const message of client.serverStream({ count: 400, size: 8 })) {
      indexes.push(new DataView(message.payload.buffer, message.payload.byteOffset).getUint32(0));
      if (indexes.length === 50 || indexes.length === 200) stall(1200);
    }
    expect(indexes).toEqual(Array.from({ length: 400 }, (_, i) => i));
    // Past the idle timeout the server has given the connection up: the stream fails, it does not hang.
    const received: number[] = [];
    const outcome = await (async () => {
      for await (const message of client.serverStream({ count: 1_000_000, size: 8 })) {
        received.push(message.payload.byteLength);
        if (received.length === 10) stall(3000);
      }
    })().catch((error: unknown) => error);
    expect(outcome).toMatchObject({ code: RpcCode.Unavailable });
    // And a new connection to the same server is served.
    await connection.close();
    connection = await connectRpc(options);
    const again = createClient(EchoService, connection.client);
    expect((await again.unary({ payload: new Uint8Array([7]) })).payload).toEqual(new Uint8Array([7]));
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
