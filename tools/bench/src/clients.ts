import * as grpc from '@grpc/grpc-js';
import { EchoService, type echo } from '@switchyard/protocol/testing';
import { RpcClient, createClient } from '@switchyard/rpc';
import { connectRpc, type DialTls, type QuicEngine, type TlsMaterial } from '@switchyard/transport-quic';
import { GrpcEchoClient } from './grpc-service.js';

/** The operations the benchmark runs, over either transport. */
export interface BenchClient {
  unary(payload: Uint8Array): Promise<void>;
  /** A unary call on a stream of its own, opened for it and closed after it (QUIC only). */
  unaryOnNewStream?(payload: Uint8Array): Promise<void>;
  /** Receives `count` messages of `size` bytes; resolves with the number received. */
  serverStream(count: number, size: number): Promise<number>;
  /** Sends `chunks` messages of `chunk` bytes; resolves with the bytes the server counted. */
  clientStream(chunk: Uint8Array, chunks: number): Promise<number>;
  close(): Promise<void>;
}

export async function quicClient(
  port: number,
  tls: DialTls,
  maxUdpPayloadBytes: number,
  engine: QuicEngine,
): Promise<BenchClient> {
  const connection = await connectRpc({
    tls,
    host: '127.0.0.1',
    port,
    serverName: 'localhost',
    maxUdpPayloadBytes,
    engine,
  });
  const client = createClient(EchoService, connection.client);
  return {
    unary: async (payload) => void (await client.unary({ payload })),
    unaryOnNewStream: async (payload) => {
      const own = new RpcClient(connection.connection.openStream());
      try {
        await createClient(EchoService, own).unary({ payload });
      } finally {
        await own.close();
        await own.closed;
      }
    },
    serverStream: async (count, size) => {
      let received = 0;
      for await (const _ of client.serverStream({ count, size })) received++;
      return received;
    },
    clientStream: async (chunk, chunks) => {
      function* requests() {
        for (let i = 0; i < chunks; i++) yield { payload: chunk };
      }
      return (await client.clientStream(requests())).bytes;
    },
    close: () => connection.close(),
  };
}

type Grpc = grpc.Client & {
  unary(request: unknown, callback: (error: grpc.ServiceError | null, response: unknown) => void): void;
  serverStream(request: unknown): grpc.ClientReadableStream<unknown>;
  clientStream(
    callback: (error: grpc.ServiceError | null, response: echo.v1.Summary) => void,
  ): grpc.ClientWritableStream<unknown>;
};

export async function grpcClient(port: number, tls: TlsMaterial): Promise<BenchClient> {
  const credentials = grpc.credentials.createSsl(Buffer.from(tls.ca), Buffer.from(tls.key), Buffer.from(tls.cert));
  const client = new GrpcEchoClient(`127.0.0.1:${port}`, credentials, {
    'grpc.ssl_target_name_override': 'localhost',
  }) as unknown as Grpc;
  await new Promise<void>((resolve, reject) =>
    client.waitForReady(Date.now() + 5000, (error) => (error ? reject(error) : resolve())),
  );
  return {
    unary: (payload) =>
      new Promise((resolve, reject) => client.unary({ payload }, (error) => (error ? reject(error) : resolve()))),
    serverStream: (count, size) =>
      new Promise((resolve, reject) => {
        let received = 0;
        const call = client.serverStream({ count, size });
        call.on('data', () => received++);
        call.on('error', reject);
        call.on('end', () => resolve(received));
      }),
    clientStream: (chunk, chunks) =>
      new Promise((resolve, reject) => {
        const call = client.clientStream((error, summary) => (error ? reject(error) : resolve(summary.bytes)));
        let sent = 0;
        const pump = () => {
          while (sent < chunks) {
            sent++;
            if (!call.write({ payload: chunk })) return void call.once('drain', pump);
          }
          call.end();
        };
        pump();
      }),
    close: async () => client.close(),
  };
}
