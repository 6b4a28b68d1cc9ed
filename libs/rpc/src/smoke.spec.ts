import { EchoService } from '@switchyard/protocol';
import { RpcClient, RpcServer, createClient } from './index.js';
import { createInMemoryStreamPair } from './testing/in-memory-stream-pair.js';

describe('smoke', () => {
  it('unary', async () => {
    const server = new RpcServer().register(EchoService, {
      unary: async (req) => ({ payload: req.payload }),
      serverStream: async function* (req) { for (let i = 0; i < req.count; i++) yield { payload: new Uint8Array(req.size) }; },
      clientStream: async (reqs) => { let n = 0; let bytes = 0; for await (const r of reqs) { n++; bytes += r.payload.length; } return { messages: n, bytes }; },
      bidi: async function* (reqs) { for await (const r of reqs) yield { payload: r.payload }; },
    });
    const [a, b] = createInMemoryStreamPair();
    server.handleStream(b);
    const rpc = new RpcClient(a);
    const client = createClient(EchoService, rpc);
    const res = await client.unary({ payload: new Uint8Array([1, 2, 3]) });
    expect([...res.payload]).toEqual([1, 2, 3]);
    let n = 0;
    for await (const m of client.serverStream({ count: 10000, size: 64 })) { n++; expect(m.payload.length).toBe(64); }
    expect(n).toBe(10000);
    const sum = await client.clientStream((function* () { for (let i = 0; i < 5000; i++) yield { payload: new Uint8Array(100) }; })());
    expect(sum).toMatchObject({ messages: 5000, bytes: 500000 });
    await rpc.close();
    await server.close();
  });
});
