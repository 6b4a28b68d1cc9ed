import { describe, expect, it } from '@jest/globals';
import { FrameType, encodeFrames, rpc, type Frame } from '@switchyard/protocol';
import { EchoService, echo } from '@switchyard/protocol/testing';
import type { ByteStream } from './byte-stream.js';
import type { ConnectionShare } from './frame-writer.js';
import type { QueueAccount, QueueBudget } from './queue-budget.js';
import { RpcClient, createClient } from './rpc-client.js';
import { RpcCode } from './rpc-error.js';
import { RpcServer, type RpcServerOptions } from './rpc-server.js';
import { createInMemoryStreamPair } from './testing/in-memory-stream-pair.js';

// Peers that call and never read, spread over many connections, addresses and servers: what they make a server
// hold stays within the bounds per stream, connection, address and process, and a queue nobody reads does not
// stay for ever. Over in-memory streams whose writable never accepts a byte (a peer whose transport is full).

/** Refusals of this many unknown calls fill about 10 KiB of a server's queue (frames and their overhead). */
const CALLS_PER_10_KIB = 30;

const unknownCall = (callId: number): Frame => ({
  type: FrameType.Header,
  callId,
  payload: rpc.v1.RequestHeader.encode({ method: '/nowhere.v1.Nothing/Method' }).finish(),
});

/** An echo call whose handler reports `marker`: once seen, every frame sent before it on its stream was handled. */
const markerCall = (callId: number, marker: number): Frame[] => [
  {
    type: FrameType.Header,
    callId,
    payload: rpc.v1.RequestHeader.encode({ method: EchoService.methods.unary.path }).finish(),
  },
  {
    type: FrameType.Message,
    callId,
    payload: echo.v1.EchoRequest.encode({ payload: new Uint8Array([marker]) }).finish(),
  },
];

/** A server whose unary handler announces the markers it sees. */
function markedServer(options: RpcServerOptions) {
  const seen = new Map<number, () => void>();
  const server = new RpcServer(options).register(EchoService, {
    unary: async (request) => {
      seen.get(request.payload[0])?.();
      return { payload: request.payload };
    },
    serverStream: async function* () {},
    clientStream: async () => ({ messages: 0, bytes: 0 }),
    bidi: async function* () {},
  });
  const markerSeen = (marker: number) => new Promise<void>((resolve) => seen.set(marker, resolve));
  return { server, markerSeen };
}

interface HeldQueue {
  /** Resolves once the server has handled every call, or reset the stream first. */
  settled: Promise<void>;
  /** Resolves when the server resets the stream, with the reason. */
  reset: Promise<unknown>;
  /** Why the server reset the stream, as soon as it did; undefined while it holds the stream. */
  resetReason: unknown;
}

/**
 * A peer on its own stream (of `share`'s connection) that calls unknown methods and never reads: its
 * transport accepts nothing, so the server queues every refusal.
 */
function holdQueue(
  served: ReturnType<typeof markedServer>,
  options: { marker: number; calls: number; share?: ConnectionShare },
): HeldQueue {
  const inbound = new TransformStream<Uint8Array, Uint8Array>();
  let cancel!: (reason: unknown) => void;
  const held = { resetReason: undefined as unknown, reset: new Promise<unknown>((resolve) => (cancel = resolve)) };
  const stream: ByteStream = {
    readable: inbound.readable,
    writable: new WritableStream({ write: () => new Promise<void>(() => undefined) }),
    cancel: (reason) => {
      held.resetReason = reason;
      cancel(reason);
    },
    connection: options.share,
  };
  const seen = served.markerSeen(options.marker);
  served.server.handleStream(stream);
  const frames = Array.from({ length: options.calls }, (_, i) => unknownCall(i + 1));
  const writer = inbound.writable.getWriter();
  // Two writes: the first refusal goes out in a write that never completes, the rest wait behind it.
  void writer.write(encodeFrames(frames.slice(0, 1)));
  void writer.write(encodeFrames([...frames.slice(1), ...markerCall(options.calls + 1, options.marker)]));
  return Object.assign(held, { settled: Promise.race([seen, held.reset.then(() => undefined)]) });
}

/** A client that reads, on its own connection. */
function wellBehaved(server: RpcServer, share?: ConnectionShare) {
  const [clientSide, serverSide] = createInMemoryStreamPair();
  server.handleStream({ ...serverSide, connection: share });
  const client = new RpcClient(clientSide);
  return { client, echo: createClient(EchoService, client) };
}

const resetFor = (text: RegExp) =>
  expect.objectContaining({ code: RpcCode.ResourceExhausted, rawMessage: expect.stringMatching(text) });

const share = (peer?: QueueAccount): ConnectionShare => ({ queuedBytes: 0, calls: 0, peer });

/** `count` peers holding queues one after the other, each on a connection of its own. */
async function holdQueues(count: number, peer: (marker: number) => Parameters<typeof holdQueue>): Promise<HeldQueue[]> {
  const queues: HeldQueue[] = [];
  for (let marker = 1; marker <= count; marker++) {
    const queue = holdQueue(...peer(marker));
    await queue.settled;
    queues.push(queue);
  }
  return queues;
}

describe('bounds across connections', () => {
  it('holds per peer address: past it, the largest queues of that address are reset, its other streams kept', async () => {
    const served = markedServer({
      maxQueuedBytesPerStream: 64 * 1024,
      maxQueuedBytesPerConnection: 64 * 1024,
      maxQueuedBytesPerPeer: 20 * 1024,
    });
    const address: QueueAccount = { queuedBytes: 0 };
    // Eight connections from one address, each holding about 10 KiB: four times what the address may.
    const queues = await holdQueues(8, (marker) => [
      served,
      { marker, calls: CALLS_PER_10_KIB, share: share(address) },
    ]);
    const reset = queues.filter(({ resetReason }) => resetReason !== undefined);
    expect(reset.length).toBeGreaterThanOrEqual(7);
    for (const { resetReason } of reset) expect(resetReason).toEqual(resetFor(/largest queue of its address/));
    expect(address.queuedBytes).toBeGreaterThan(0);
    expect(address.queuedBytes).toBeLessThanOrEqual(20 * 1024);
    expect(served.server.queuedBytes).toBe(address.queuedBytes);
    // Another client behind the same address reads what it is sent, so it is never the largest.
    const other = wellBehaved(served.server, share(address));
    await expect(other.echo.unary({ payload: new Uint8Array([9]) })).resolves.toEqual({ payload: new Uint8Array([9]) });
    await other.client.close();
    await served.server.close({ graceMs: 0 });
  });

  it('holds per process, over every server sharing the budget, whatever the addresses', async () => {
    const budget: QueueBudget = { maxBytes: 24 * 1024, queuedBytes: 0 };
    const servers = [markedServer({ queueBudget: budget }), markedServer({ queueBudget: budget })];
    // Each from an address of its own, on two servers: no bound but the process's comes near.
    const queues = await holdQueues(8, (marker) => [
      servers[marker % 2],
      { marker, calls: CALLS_PER_10_KIB, share: share({ queuedBytes: 0 }) },
    ]);
    const reset = queues.filter(({ resetReason }) => resetReason !== undefined);
    expect(reset.length).toBeGreaterThanOrEqual(6);
    for (const { resetReason } of reset) expect(resetReason).toEqual(resetFor(/largest queue of this process/));
    expect(budget.queuedBytes).toBeGreaterThan(0);
    expect(budget.queuedBytes).toBeLessThanOrEqual(24 * 1024);
    expect(servers[0].server.queuedBytes + servers[1].server.queuedBytes).toBe(budget.queuedBytes);
    const other = wellBehaved(servers[0].server);
    await expect(other.echo.unary({ payload: new Uint8Array([9]) })).resolves.toEqual({ payload: new Uint8Array([9]) });
    await other.client.close();
    await Promise.all(servers.map(({ server }) => server.close({ graceMs: 0 })));
  });

  it('resets a queue that makes no progress for writeProgressTimeoutMs, and gives its bytes back', async () => {
    const budget: QueueBudget = { maxBytes: 1024 * 1024, queuedBytes: 0 };
    const served = markedServer({ queueBudget: budget, writeProgressTimeoutMs: 50 });
    // Well within every bound: only time can end it.
    const peer = holdQueue(served, { marker: 1, calls: 10, share: share({ queuedBytes: 0 }) });
    await peer.settled;
    expect(peer.resetReason).toBeUndefined();
    expect(served.server.queuedBytes).toBeGreaterThan(0);
    expect(await peer.reset).toEqual(resetFor(/read nothing for 50 ms/));
    expect(served.server.queuedBytes).toBe(0);
    expect(budget.queuedBytes).toBe(0);
    await served.server.close({ graceMs: 0 });
  });
});
