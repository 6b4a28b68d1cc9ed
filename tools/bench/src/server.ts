// Benchmark server process: serves the echo service over our QUIC RPC (on the engine named, `always-retry` after it to
// retry every connection) or over grpc-js, prints
// "READY <port>" on stdout, and runs until SIGTERM. On SIGUSR2 it collects garbage and prints "HEAP <live bytes>".
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as grpc from '@grpc/grpc-js';
import { EchoService, type echo } from '@switchyard/protocol/testing';
import { RpcServer, type ServiceHandlers } from '@switchyard/rpc';
import { serveRpc, type QuicEngine, type TlsMaterial } from '@switchyard/transport-quic';
import { grpcEchoService } from './grpc-service.js';

const [transport, payloadArg, engineArg, retryArg, tlsJson] = [
  process.argv[2],
  process.argv[3],
  process.argv[4],
  process.argv[5],
  process.env.BENCH_TLS ?? '',
];
const tls = JSON.parse(tlsJson) as TlsMaterial;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
process.on('SIGUSR2', () => {
  gc();
  console.log(`HEAP ${process.memoryUsage().heapUsed}`);
});

const handlers: ServiceHandlers<typeof EchoService> = {
  unary: async (request) => ({ payload: request.payload }),
  serverStream: async function* (request) {
    const response = { payload: new Uint8Array(request.size) };
    for (let i = 0; i < request.count; i++) yield response;
  },
  clientStream: async (requests) => {
    let messages = 0;
    let bytes = 0;
    for await (const request of requests) {
      messages++;
      bytes += request.payload.byteLength;
    }
    return { messages, bytes };
  },
  bidi: async function* (requests) {
    for await (const request of requests) yield { payload: request.payload };
  },
};

if (transport === 'quic') {
  const server = new RpcServer().register(EchoService, handlers);
  const listener = await serveRpc(server, {
    tls,
    host: '127.0.0.1',
    port: 0,
    maxUdpPayloadBytes: Number(payloadArg),
    engine: engineArg as QuicEngine,
    // `always-retry`: every connection asked for a stateless retry first, as before the lean engine skipped it.
    maxUnvalidatedHandshakes: retryArg === 'always-retry' ? 0 : undefined,
  });
  process.on(
    'SIGTERM',
    () =>
      void server
        .close({ graceMs: 0 })
        .then(() => listener.stop())
        .then(() => process.exit(0)),
  );
  console.log(`READY ${listener.port}`);
} else {
  const server = new grpc.Server();
  server.addService(grpcEchoService, {
    unary: (call: grpc.ServerUnaryCall<echo.v1.EchoRequest, unknown>, callback: grpc.sendUnaryData<unknown>) =>
      callback(null, { payload: call.request.payload }),
    serverStream: (call: grpc.ServerWritableStream<echo.v1.StreamRequest, unknown>) => {
      const response = { payload: new Uint8Array(call.request.size) };
      let sent = 0;
      // One message per write, waiting for 'drain' when the stream buffers.
      const pump = () => {
        while (sent < call.request.count) {
          sent++;
          if (!call.write(response)) return void call.once('drain', pump);
        }
        call.end();
      };
      pump();
    },
    clientStream: (
      call: grpc.ServerReadableStream<echo.v1.EchoRequest, unknown>,
      callback: grpc.sendUnaryData<unknown>,
    ) => {
      let messages = 0;
      let bytes = 0;
      call.on('data', (request: echo.v1.EchoRequest) => {
        messages++;
        bytes += request.payload.byteLength;
      });
      call.on('end', () => callback(null, { messages, bytes }));
    },
    bidi: (call: grpc.ServerDuplexStream<echo.v1.EchoRequest, unknown>) => {
      call.on('data', (request: echo.v1.EchoRequest) => call.write({ payload: request.payload }));
      call.on('end', () => call.end());
    },
  });
  const credentials = grpc.ServerCredentials.createSsl(
    Buffer.from(tls.ca),
    [{ private_key: Buffer.from(tls.key), cert_chain: Buffer.from(tls.cert) }],
    false,
  );
  server.bindAsync('127.0.0.1:0', credentials, (error, port) => {
    if (error) throw error;
    process.on('SIGTERM', () => server.tryShutdown(() => process.exit(0)));
    console.log(`READY ${port}`);
  });
}
