import { describe, expect, it } from '@jest/globals';
import { EchoService } from '@switchyard/protocol/testing';
import { RpcClient, createClient } from './rpc-client.js';
import { RpcCode, RpcError } from './rpc-error.js';
import { RpcServer, UNKNOWN_METHOD } from './rpc-server.js';
import { defaultHandlers, drain, rpcErrorOf, unknownMethod } from './testing/harness.js';
import { createInMemoryStreamPair } from './testing/in-memory-stream-pair.js';

// `onCallEnd` on both sides: every call reported once, with its method and status code (what metrics count).

function pair(handlers = defaultHandlers) {
  const server: string[] = [];
  const client: string[] = [];
  const rpcServer = new RpcServer({ onCallEnd: (method, code) => server.push(`${method} ${code}`) }).register(
    EchoService,
    handlers,
  );
  const [clientSide, serverSide] = createInMemoryStreamPair();
  rpcServer.handleStream(serverSide);
  const rpcClient = new RpcClient(clientSide, { onCallEnd: (method, code) => client.push(`${method} ${code}`) });
  const until = async (count: number) => {
    while (server.length < count || client.length < count) await new Promise((resolve) => setImmediate(resolve));
  };
  return { server, client, rpcClient, echo: createClient(EchoService, rpcClient), until };
}

describe('onCallEnd', () => {
  it('reports a completed unary call and a completed stream as OK on both sides', async () => {
    const { server, client, echo, until } = pair();
    await echo.unary({ payload: new Uint8Array([1]) });
    await drain(echo.serverStream({ count: 3, size: 4 }));
    await until(2);
    expect(server).toEqual([`${EchoService.methods.unary.path} OK`, `${EchoService.methods.serverStream.path} OK`]);
    expect(client).toEqual(server);
  });

  it("reports a handler's error with its code", async () => {
    const { server, client, echo, until } = pair({
      ...defaultHandlers,
      unary: async () => {
        throw new RpcError(RpcCode.ResourceExhausted, 'full');
      },
    });
    expect((await rpcErrorOf(echo.unary({ payload: new Uint8Array() }))).code).toBe(RpcCode.ResourceExhausted);
    await until(1);
    expect(server).toEqual([`${EchoService.methods.unary.path} RESOURCE_EXHAUSTED`]);
    expect(client).toEqual(server);
  });

  it('reports a method the server does not have under one name, whatever the peer called it', async () => {
    const { server, client, rpcClient, until } = pair();
    await rpcErrorOf(rpcClient.unary(unknownMethod, { payload: new Uint8Array() }));
    await until(1);
    expect(server).toEqual([`${UNKNOWN_METHOD} UNIMPLEMENTED`]);
    expect(client).toEqual([`${unknownMethod.path} UNIMPLEMENTED`]);
  });

  it('reports a call the client cancelled as CANCELLED on both sides', async () => {
    const { server, client, echo, until } = pair({
      ...defaultHandlers,
      unary: (_request, ctx) => new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', reject)),
    });
    const controller = new AbortController();
    const call = echo.unary({ payload: new Uint8Array() }, { signal: controller.signal });
    controller.abort();
    expect((await rpcErrorOf(call)).code).toBe(RpcCode.Cancelled);
    await until(1);
    expect(server).toEqual([`${EchoService.methods.unary.path} CANCELLED`]);
    expect(client).toEqual(server);
  });
});
