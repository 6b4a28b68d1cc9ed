import { EchoService } from '@switchyard/protocol/testing';
import { RpcClient, createClient } from './rpc-client.js';
import { RpcServer } from './rpc-server.js';
import { createInMemoryStreamPair } from './testing/index.js';

// The `@ts-expect-error` lines below are assertions for the typecheck target (`tsc` fails if any of
// them stops being an error); the runtime expectations check what happens when types are bypassed.

describe('RpcServer.register()', () => {
  it('refuses a handler table with a method missing', () => {
    const server = new RpcServer();
    expect(() =>
      // @ts-expect-error serverStream, clientStream and bidi are missing
      server.register(EchoService, { unary: async (request) => ({ payload: request.payload }) }),
    ).toThrow('no handler for /echo.v1.EchoService/ServerStream');
  });

  it('refuses to register the same method twice', () => {
    const handlers = {
      unary: async () => ({}),
      serverStream: async function* () {},
      clientStream: async () => ({}),
      bidi: async function* () {},
    };
    const server = new RpcServer().register(EchoService, handlers);
    expect(() => server.register(EchoService, handlers)).toThrow('/echo.v1.EchoService/Unary is already registered');
  });
});

describe('createClient()', () => {
  it('exposes one function per method, typed by call shape', async () => {
    const [clientSide, serverSide] = createInMemoryStreamPair();
    const rpc = new RpcClient(clientSide);
    const client = createClient(EchoService, rpc);
    expect(Object.keys(client).sort()).toEqual(['bidi', 'clientStream', 'serverStream', 'unary']);
    const compileOnly = () => {
      // @ts-expect-error payload must be bytes
      void client.unary({ payload: 'text' });
      // @ts-expect-error a server stream returns an AsyncIterable, not a Promise
      void client.serverStream({ count: 1, size: 1 }).then;
      // @ts-expect-error a client stream takes an iterable of requests
      void client.clientStream({ payload: new Uint8Array() });
      // @ts-expect-error no such method
      void client.missing;
    };
    expect(typeof compileOnly).toBe('function');
    await rpc.close();
    serverSide.cancel();
  });
});
