import { describe, expect, it } from '@jest/globals';
import { FrameType, encodeFrames, rpc } from '@switchyard/protocol';
import { EchoService } from '@switchyard/protocol/testing';
import { RpcClient, createClient } from './rpc-client.js';
import { RpcCode, RpcError } from './rpc-error.js';
import { RpcServer } from './rpc-server.js';
import { settle, unknownMethod } from './testing/harness.js';
import { createInMemoryStreamPair } from './testing/in-memory-stream-pair.js';
import type { ConnectionShare } from './frame-writer.js';

// A server stays bounded by what each peer makes it hold: bytes waiting for a peer that does not read,
// control frames included, and calls per connection. Over in-memory streams with small bounds.

const handlers = {
  unary: async (request: { payload: Uint8Array }) => ({ payload: request.payload }),
  serverStream: async function* () {},
  clientStream: async () => ({ messages: 0, bytes: 0 }),
  bidi: async function* () {},
};

const unknownCall = (callId: number) =>
  encodeFrames([
    {
      type: FrameType.Header,
      callId,
      payload: rpc.v1.RequestHeader.encode({ method: `/nowhere.v1.Nothing/Method${callId}` }).finish(),
    },
  ]);

/** A peer that calls unknown methods and never reads; resolves with the error its stream ended with. */
async function floodWithoutReading(
  server: RpcServer,
  share?: ConnectionShare,
): Promise<{ calls: number; error: unknown }> {
  const [peer, serverSide] = createInMemoryStreamPair();
  server.handleStream(share ? { ...serverSide, connection: share } : serverSide);
  const writer = peer.writable.getWriter();
  let calls = 0;
  try {
    for (calls = 1; calls <= 100_000; calls++) await writer.write(unknownCall(calls));
    return { calls, error: undefined };
  } catch (error) {
    return { calls, error };
  }
}

async function wellBehaved(server: RpcServer, share?: ConnectionShare) {
  const [clientSide, serverSide] = createInMemoryStreamPair();
  server.handleStream(share ? { ...serverSide, connection: share } : serverSide);
  const client = new RpcClient(clientSide);
  return { client, echo: createClient(EchoService, client) };
}

describe('bounded server', () => {
  it('a peer that calls without reading loses its stream with RESOURCE_EXHAUSTED; others are served', async () => {
    const server = new RpcServer({ maxQueuedBytesPerStream: 16 * 1024 }).register(EchoService, handlers);
    const other = await wellBehaved(server);
    const { calls, error } = await floodWithoutReading(server);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({ code: RpcCode.ResourceExhausted, message: expect.stringContaining('does not read') });
    // Each refusal is a few dozen bytes: the stream went at roughly the budget, not at the end of the flood.
    expect(calls).toBeLessThan(2000);
    await expect(other.echo.unary({ payload: new Uint8Array([7]) })).resolves.toEqual({ payload: new Uint8Array([7]) });
    await other.client.close();
    await server.close({ graceMs: 0 });
  });

  it('the bound holds per connection across its streams', async () => {
    const server = new RpcServer({
      maxQueuedBytesPerStream: 64 * 1024,
      maxQueuedBytesPerConnection: 16 * 1024,
    }).register(EchoService, handlers);
    const share: ConnectionShare = { queuedBytes: 0, calls: 0 };
    const [a, b] = await Promise.all([floodWithoutReading(server, share), floodWithoutReading(server, share)]);
    for (const { error } of [a, b]) expect(error).toMatchObject({ code: RpcCode.ResourceExhausted });
    expect(share.queuedBytes).toBe(0);
    await server.close({ graceMs: 0 });
  });

  it('caps calls in flight per connection, across its streams', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const server = new RpcServer({ maxConcurrentCallsPerConnection: 3 }).register(EchoService, {
      ...handlers,
      unary: async (request) => {
        await held;
        return { payload: request.payload };
      },
    });
    const share: ConnectionShare = { queuedBytes: 0, calls: 0 };
    const [one, two] = [await wellBehaved(server, share), await wellBehaved(server, share)];
    const calls = [one, one, two].map(({ echo }) => echo.unary({ payload: new Uint8Array([1]) }));
    await expect(two.echo.unary({ payload: new Uint8Array([1]) })).rejects.toMatchObject({
      code: RpcCode.ResourceExhausted,
      rawMessage: 'more than 3 concurrent calls on one connection',
    });
    release();
    await Promise.all(calls);
    expect(share.calls).toBe(0);
    await Promise.all([one.client.close(), two.client.close()]);
    await server.close({ graceMs: 0 });
  });

  it('bounds method names and status texts: a long name is refused without an echo, a long message is cut', async () => {
    const server = new RpcServer().register(EchoService, {
      ...handlers,
      unary: async () => {
        throw new RpcError(RpcCode.FailedPrecondition, 'why '.repeat(250_000));
      },
    });
    const { client, echo } = await wellBehaved(server);
    const longName = { ...unknownMethod, path: `/nowhere.v1.Nothing/${'M'.repeat(200_000)}` };
    const refused = await client.unary(longName, { payload: new Uint8Array([1]) }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: RpcCode.InvalidArgument });
    expect((refused as RpcError).rawMessage.length).toBeLessThanOrEqual(100);
    const failed = await echo.unary({ payload: new Uint8Array([1]) }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: RpcCode.FailedPrecondition, rawMessage: expect.stringMatching(/^why why /) });
    expect((failed as RpcError).rawMessage.length).toBeLessThanOrEqual(1024);
    await client.close();
    await server.close({ graceMs: 0 });
  });

  it('closes within the grace period plus the close timeout although a peer does not read', async () => {
    const server = new RpcServer({ closeTimeoutMs: 100 }).register(EchoService, handlers);
    const [peer, serverSide] = createInMemoryStreamPair({ highWaterChunks: 1 });
    server.handleStream(serverSide);
    const writer = peer.writable.getWriter();
    for (let call = 1; call <= 20; call++) {
      await writer.write(unknownCall(call));
      await settle(2); // each refusal goes out in a write of its own, and the stream backs up after two
    }
    // The peer never reads: without the close timeout, close() would wait for the refusals forever.
    await server.close({ graceMs: 50 });
    const reader = peer.readable.getReader();
    const drained = (async () => {
      for (;;) if ((await reader.read()).done) return 'ended cleanly';
    })();
    await expect(drained).rejects.toMatchObject({
      code: RpcCode.Unavailable,
      rawMessage: 'the peer did not read before the close',
    });
  });
});
