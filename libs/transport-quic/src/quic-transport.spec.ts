import { FrameDecoder, FrameType, rpc, type Frame } from '@switchyard/protocol';
import { EchoService } from '@switchyard/protocol/testing';
import { RpcClient, RpcCode, RpcServer, createClient, type ByteStream } from '@switchyard/rpc';
import { aborted, gate, payload } from '@switchyard/rpc/testing';
import { QuicConnection, type QuicDialOptions } from './quic-dialer.js';
import type { QuicListener } from './quic-listener.js';
import { LOOPBACK_MAX_UDP_PAYLOAD_BYTES } from './quic-options.js';
import { connectRpc, serveRpc, type RpcConnection } from './rpc-over-quic.js';
import { createDevTls, type TlsMaterial } from './tls.js';

const echoHandlers = {
  unary: async (request: { payload: Uint8Array }) => ({ payload: request.payload }),
  serverStream: async function* () {},
  clientStream: async () => ({ messages: 0, bytes: 0 }),
  bidi: async function* () {},
};

let tls: TlsMaterial;
let server: RpcServer;
let listener: QuicListener | undefined;
const opened: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  tls = await createDevTls(['localhost', '127.0.0.1']);
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close()));
  await server?.close({ graceMs: 0 });
  await listener?.stop();
  listener = undefined;
});

async function startServer(options: { requireClientCert?: boolean; handlers?: Partial<typeof echoHandlers> } = {}) {
  server = new RpcServer({ maxFrameBytes: 64 * 1024 }).register(EchoService, { ...echoHandlers, ...options.handlers });
  listener = await serveRpc(server, {
    tls,
    host: '127.0.0.1',
    port: 0,
    requireClientCert: options.requireClientCert,
    maxUdpPayloadBytes: LOOPBACK_MAX_UDP_PAYLOAD_BYTES,
  });
  return listener;
}

function dialOptions(overrides: Partial<QuicDialOptions> = {}): QuicDialOptions {
  return {
    tls,
    host: '127.0.0.1',
    port: listener!.port,
    serverName: 'localhost',
    maxUdpPayloadBytes: LOOPBACK_MAX_UDP_PAYLOAD_BYTES,
    ...overrides,
  };
}

async function connect(overrides: Partial<QuicDialOptions> = {}): Promise<RpcConnection> {
  const connection = await connectRpc(dialOptions(overrides));
  opened.push(connection);
  return connection;
}

async function rawStream(): Promise<ByteStream> {
  const connection = await QuicConnection.dial(dialOptions());
  opened.push(connection);
  return connection.openStream();
}

/** Writes `bytes` on a raw stream and returns every frame the server sends back until it ends the stream. */
async function exchange(stream: ByteStream, bytes: Uint8Array, closeWrite = false): Promise<Frame[]> {
  const writer = stream.writable.getWriter();
  await writer.write(bytes);
  if (closeWrite) await writer.close();
  const decoder = new FrameDecoder();
  const frames: Frame[] = [];
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      frames.push(...decoder.push(value));
    }
  } catch {
    // the server may reset the stream after its status frame
  }
  return frames;
}

async function expectServing(): Promise<void> {
  const { client } = await connect();
  const response = await createClient(EchoService, client).unary({ payload: payload(16, 42) });
  expect(response.payload).toEqual(payload(16, 42));
}

function streamStatus(frames: Frame[]): rpc.v1.Status {
  const status = frames.find((f) => f.type === FrameType.Status && f.callId === 0);
  expect(status).toBeDefined();
  return rpc.v1.Status.decode(status!.payload);
}

describe('QUIC transport: bad input', () => {
  it('answers garbage bytes with a stream error and keeps serving other clients', async () => {
    await startServer();
    const frames = await exchange(await rawStream(), new Uint8Array(64).fill(0xee));
    expect(streamStatus(frames).code).toBe(RpcCode.ResourceExhausted);
    await expectServing();
  });

  it('answers a header announcing a 4 GiB frame with RESOURCE_EXHAUSTED before allocating it', async () => {
    await startServer();
    const header = new Uint8Array([0xff, 0xff, 0xff, 0xff, FrameType.Header, 0, 0, 0, 1]);
    const status = streamStatus(await exchange(await rawStream(), header));
    expect(status.code).toBe(RpcCode.ResourceExhausted);
    expect(status.message).toMatch(/4294967295 bytes exceeds/);
    await expectServing();
  });

  it('answers an unknown frame type with INVALID_ARGUMENT', async () => {
    await startServer();
    const frame = new Uint8Array([0, 0, 0, 0, 0x7f, 0, 0, 0, 1]);
    expect(streamStatus(await exchange(await rawStream(), frame)).code).toBe(RpcCode.InvalidArgument);
    await expectServing();
  });

  it('survives a truncated frame followed by the end of the stream', async () => {
    await startServer();
    const truncated = new Uint8Array([0, 0, 0, 100, FrameType.Header, 0, 0, 0, 1, 1, 2, 3]);
    const frames = await exchange(await rawStream(), truncated, true);
    expect(frames.filter((f) => f.callId !== 0)).toEqual([]);
    await expectServing();
  });

  it('keeps serving through a flood of streams carrying garbage', async () => {
    await startServer();
    const streams: ByteStream[] = [];
    for (let c = 0; c < 6; c++) {
      const connection = await QuicConnection.dial(dialOptions());
      opened.push(connection);
      for (let s = 0; s < 8; s++) streams.push(connection.openStream());
    }
    const results = await Promise.all(streams.map((stream, i) => exchange(stream, new Uint8Array(32).fill(i + 1))));
    for (const frames of results) expect(streamStatus(frames).code).not.toBe(RpcCode.Ok);
    await expectServing();
  });

  it('keeps opening streams as earlier ones close, well past the initial stream credit', async () => {
    await startServer();
    const connection = await QuicConnection.dial(dialOptions());
    opened.push(connection);
    let completed = 0;
    const worker = async () => {
      while (completed < 200) {
        const n = ++completed;
        const client = new RpcClient(connection.openStream());
        const response = await createClient(EchoService, client).unary({ payload: payload(4, n % 256) });
        expect(response.payload).toEqual(payload(4, n % 256));
        await client.close();
        await client.closed;
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    expect(completed).toBeGreaterThanOrEqual(200);
  });

  it('refuses to open more streams than half the server credit instead of poisoning the connection', async () => {
    await startServer();
    const connection = await QuicConnection.dial(dialOptions({ maxStreamsPerConnection: 4 }));
    opened.push(connection);
    connection.openStream();
    connection.openStream();
    expect(() => connection.openStream()).toThrow(expect.objectContaining({ code: RpcCode.ResourceExhausted }));
  });
});

describe('QUIC transport: connection failure', () => {
  it('fails calls in flight with UNAVAILABLE when the server goes away', async () => {
    const inHandler = gate();
    await startServer({
      handlers: {
        unary: async (_request, ctx?: { signal: AbortSignal }) => {
          inHandler.open();
          throw await aborted(ctx!.signal);
        },
      } as Partial<typeof echoHandlers>,
    });
    const connection = await connect();
    const outcome = createClient(EchoService, connection.client)
      .unary({ payload: payload(1) })
      .catch((e: unknown) => e);
    await inHandler.opened;
    await listener!.stop();
    listener = undefined;
    const error = await outcome;
    expect(error).toMatchObject({ code: RpcCode.Unavailable });
    expect((await connection.closed)?.code).toBe(RpcCode.Unavailable);
  });
});
