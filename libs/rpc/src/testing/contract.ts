import { afterEach, describe, expect, it } from '@jest/globals';
import { frameSize } from '@switchyard/protocol';
import { EchoService } from '@switchyard/protocol/testing';
import { INITIAL_WINDOW_BYTES } from '../flow-control.js';
import { createClient, type RpcClientOptions } from '../rpc-client.js';
import { RpcCode, RpcError } from '../rpc-error.js';
import { RpcServer, type RpcServerOptions } from '../rpc-server.js';
import {
  aborted,
  defaultHandlers,
  drain,
  gate,
  payload,
  rawUnary,
  rpcErrorOf,
  settle,
  unknownMethod,
  type EchoHandlers,
  type RpcHarness,
  type ServedRpc,
} from './harness.js';

/**
 * The behaviour every transport must give the RPC layer, run against each one (in-memory pair and
 * QUIC) so a fake cannot drift from the real thing.
 */
export function describeRpcContract(name: string, harness: RpcHarness): void {
  describe(`RPC contract over ${name}`, () => {
    let served: ServedRpc | undefined;

    afterEach(async () => {
      await served?.stop();
      served = undefined;
    });

    async function start(
      handlers: Partial<EchoHandlers> = {},
      options: RpcServerOptions = {},
      clientOptions?: RpcClientOptions,
    ) {
      const server = new RpcServer(options).register(EchoService, { ...defaultHandlers, ...handlers });
      served = await harness.serve(server);
      const rpc = await served.connect(clientOptions);
      return { server, rpc, client: createClient(EchoService, rpc) };
    }

    describe('call shapes', () => {
      it('answers a unary call with the handler result', async () => {
        const { client } = await start();
        const response = await client.unary({ payload: payload(64, 3) });
        expect(response.payload).toEqual(payload(64, 3));
      });

      it('delivers a server stream complete and in order', async () => {
        const { client } = await start();
        const responses = await drain(client.serverStream({ count: 2000, size: 16 }));
        expect(responses).toHaveLength(2000);
        expect(responses.map((r) => r.payload[0])).toEqual(Array.from({ length: 2000 }, (_, i) => i % 251));
      });

      it('delivers a client stream to the handler complete', async () => {
        const { client } = await start();
        const requests = Array.from({ length: 3000 }, () => ({ payload: payload(100) }));
        expect(await client.clientStream(requests)).toMatchObject({ messages: 3000, bytes: 300_000 });
      });

      it('interleaves a bidirectional stream message by message', async () => {
        const { client } = await start();
        const replies: number[] = [];
        let received = gate();
        async function* requests() {
          for (let i = 0; i < 20; i++) {
            yield { payload: payload(8, i) };
            await received.opened;
            received = gate();
          }
        }
        for await (const reply of client.bidi(requests())) {
          replies.push(reply.payload[0]);
          received.open();
        }
        expect(replies).toEqual(Array.from({ length: 20 }, (_, i) => i));
      });

      // How many calls a second that makes is `npm run bench`'s question; here, that they all complete, each with its
      // own answer (ten thousand took up to 20 s on a loaded 2-core machine: a timing bound in disguise).
      it('runs two thousand concurrent calls on one stream', async () => {
        const { client } = await start();
        const results = await Promise.all(
          Array.from({ length: 2000 }, (_, i) => client.unary({ payload: payload(64, i % 256) })),
        );
        expect(results.map((r) => r.payload[0])).toEqual(Array.from({ length: 2000 }, (_, i) => i % 256));
      });
    });

    describe('errors', () => {
      it('answers an unknown method with UNIMPLEMENTED', async () => {
        const { rpc } = await start();
        const error = await rpcErrorOf(rpc.unary(unknownMethod, { payload: payload(1) }));
        expect(error.code).toBe(RpcCode.Unimplemented);
        expect(error.remote).toBe(true);
      });

      it('carries a handler RpcError code, message and trailers to the client', async () => {
        const { client } = await start({
          unary: async (_request, ctx) => {
            ctx.trailers['retry-after-ms'] = '250';
            throw new RpcError(RpcCode.NotFound, 'no such thing');
          },
        });
        const error = await rpcErrorOf(client.unary({ payload: payload(1) }));
        expect(error).toMatchObject({ code: RpcCode.NotFound, rawMessage: 'no such thing', remote: true });
        expect(error.trailers).toEqual({ 'retry-after-ms': '250' });
      });

      it('sends UNKNOWN without a stack trace when a handler throws a plain error', async () => {
        const { client } = await start({ unary: async () => Promise.reject(new Error('boom')) });
        const error = await rpcErrorOf(client.unary({ payload: payload(1) }));
        expect(error.code).toBe(RpcCode.Unknown);
        expect(error.rawMessage).toBe('boom');
        expect(error.rawMessage).not.toMatch(/\n\s+at /);
      });

      it('answers a request that does not decode with INVALID_ARGUMENT and keeps serving', async () => {
        const { rpc, client } = await start();
        const error = await rpcErrorOf(rpc.unary(rawUnary, new Uint8Array([0x0a, 0xff, 0xff, 0xff])));
        expect(error.code).toBe(RpcCode.InvalidArgument);
        expect((await client.unary({ payload: payload(2, 9) })).payload).toEqual(payload(2, 9));
      });

      it('refuses calls beyond maxConcurrentCallsPerStream with RESOURCE_EXHAUSTED', async () => {
        const release = gate();
        let started = 0;
        const bothStarted = gate();
        const { client } = await start(
          {
            unary: async (request) => {
              if (++started === 2) bothStarted.open();
              await release.opened;
              return { payload: request.payload };
            },
          },
          { maxConcurrentCallsPerStream: 2 },
        );
        const held = [client.unary({ payload: payload(1, 1) }), client.unary({ payload: payload(1, 2) })];
        await bothStarted.opened;
        expect((await rpcErrorOf(client.unary({ payload: payload(1) }))).code).toBe(RpcCode.ResourceExhausted);
        release.open();
        expect((await Promise.all(held)).map((r) => r.payload[0])).toEqual([1, 2]);
      });

      it('ends the stream with RESOURCE_EXHAUSTED on an oversized frame; new connections still work', async () => {
        const { rpc } = await start({}, { maxFrameBytes: 1024 });
        const error = await rpcErrorOf(rpc.unary(EchoService.methods.unary, { payload: payload(4096) }));
        expect(error.code).toBe(RpcCode.ResourceExhausted);
        const fresh = createClient(EchoService, await served!.connect());
        expect((await fresh.unary({ payload: payload(8, 1) })).payload).toEqual(payload(8, 1));
      });
    });

    describe('deadlines and cancellation', () => {
      it('fails with DEADLINE_EXCEEDED after timeoutMs and aborts the handler', async () => {
        let handlerSignal: AbortSignal | undefined;
        const { client } = await start({
          unary: async (_request, ctx) => {
            handlerSignal = ctx.signal;
            await aborted(ctx.signal);
            throw ctx.signal.reason;
          },
        });
        // Long enough for the call to reach the handler on a loaded machine (at 100 ms a CI run once saw the deadline
        // pass before the server had started it, so there was no handler to abort).
        const error = await rpcErrorOf(client.unary({ payload: payload(1) }, { timeoutMs: 1000 }));
        expect(error.code).toBe(RpcCode.DeadlineExceeded);
        const reason = await aborted(handlerSignal!);
        expect(reason).toBeInstanceOf(RpcError);
      });

      it('enforces the server ceiling even when the client sets no deadline', async () => {
        let handlerReason: unknown;
        const { client } = await start(
          {
            unary: async (_request, ctx) => {
              handlerReason = await aborted(ctx.signal);
              return { payload: payload(1) };
            },
          },
          { maxTimeoutMs: 100 },
        );
        const error = await rpcErrorOf(client.unary({ payload: payload(1) }));
        expect(error).toMatchObject({ code: RpcCode.DeadlineExceeded, remote: true });
        expect((handlerReason as RpcError).code).toBe(RpcCode.DeadlineExceeded);
      });

      it('propagates the client deadline to the handler context', async () => {
        let deadline = 0;
        const { client } = await start({
          unary: async (request, ctx) => {
            deadline = ctx.deadline;
            return { payload: request.payload };
          },
        });
        const before = performance.now();
        await client.unary({ payload: payload(1) }, { timeoutMs: 60_000 });
        expect(deadline).toBeGreaterThan(before);
        expect(deadline).toBeLessThanOrEqual(before + 60_000 + 1000);
      });

      it('cancels the server handler when the client aborts', async () => {
        const started = gate();
        let serverReason: Promise<unknown> | undefined;
        const { client } = await start({
          unary: async (_request, ctx) => {
            serverReason = aborted(ctx.signal);
            started.open();
            throw await serverReason;
          },
        });
        const controller = new AbortController();
        const call = client.unary({ payload: payload(1) }, { signal: controller.signal });
        await started.opened;
        controller.abort();
        expect((await rpcErrorOf(call)).code).toBe(RpcCode.Cancelled);
        expect(((await serverReason) as RpcError).code).toBe(RpcCode.Cancelled);
      });

      it('fails at once with CANCELLED when the signal is already aborted', async () => {
        const { rpc, client } = await start();
        const controller = new AbortController();
        controller.abort();
        expect((await rpcErrorOf(client.unary({ payload: payload(1) }, { signal: controller.signal }))).code).toBe(
          RpcCode.Cancelled,
        );
        expect(rpc.activeCalls).toBe(0);
      });

      it('cancels a server stream when the client stops iterating', async () => {
        const finished = gate();
        const { client } = await start({
          serverStream: async function* (_request, ctx) {
            try {
              for (let i = 0; !ctx.signal.aborted; i++) yield { payload: payload(8, i % 256) };
            } finally {
              finished.open();
            }
          },
        });
        let seen = 0;
        for await (const _ of client.serverStream({ count: 0, size: 0 })) if (++seen === 5) break;
        await finished.opened;
        expect(seen).toBe(5);
      });
    });

    describe('flow control', () => {
      // One window of 64-byte messages, plus the message waiting for credit and one in the consumer's hands.
      // Showing that a producer *stops* needs an observation span: after the producer has filled half a
      // window (a sync point), 200 more event-loop turns give an unbounded producer room for thousands
      // more messages, while a flow-controlled one stays within the window. These tests fail when the
      // send window is disabled.
      const windowMessages = Math.ceil(INITIAL_WINDOW_BYTES / frameSize(66)) + 2;

      it('stops a server stream producer while the client does not read', async () => {
        let produced = 0;
        const { client } = await start({
          serverStream: async function* (_request, ctx) {
            while (!ctx.signal.aborted && produced < 100_000) {
              produced++;
              yield { payload: payload(64) };
            }
          },
        });
        const iterator = client.serverStream({ count: 0, size: 0 })[Symbol.asyncIterator]();
        for (let i = 0; i < 10; i++) await iterator.next();
        while (produced < windowMessages / 2) await settle(1);
        await settle(200);
        expect(produced - 10).toBeLessThanOrEqual(windowMessages);
        await iterator.return?.();
      });

      it('stops a client stream producer while the handler does not read', async () => {
        const handlerRead = gate();
        const release = gate();
        let produced = 0;
        const { client } = await start({
          clientStream: async (requests) => {
            const iterator = requests[Symbol.asyncIterator]();
            await iterator.next();
            handlerRead.open();
            await release.opened;
            let messages = 1;
            while (!(await iterator.next()).done) messages++;
            return { messages, bytes: 0 };
          },
        });
        // Far more than a window (about 3,500 of these messages), and few enough to stream in seconds on a loaded
        // machine once released: 100,000 (6.4 MB in 64-byte frames) took CI past jest's 20 s beside a busy core.
        const total = 20_000;
        async function* requests() {
          for (let i = 0; i < total; i++) {
            produced++;
            yield { payload: payload(64) };
          }
        }
        const call = client.clientStream(requests());
        await handlerRead.opened;
        while (produced < windowMessages / 2) await settle(1);
        await settle(200);
        expect(produced).toBeLessThanOrEqual(windowMessages + 1);
        release.open();
        expect((await call).messages).toBe(total);
      });
    });

    describe('metadata and interceptors', () => {
      it('lets a client interceptor add metadata that a server interceptor checks', async () => {
        const server = new RpcServer({
          interceptors: [
            async (ctx, next) => {
              if (ctx.metadata.authorization !== 'Bearer t0k3n')
                throw new RpcError(RpcCode.Unauthenticated, 'missing token');
              ctx.trailers['served-by'] = 'test';
              await next();
            },
          ],
        }).register(EchoService, defaultHandlers);
        served = await harness.serve(server);
        const plain = createClient(EchoService, await served.connect());
        expect((await rpcErrorOf(plain.unary({ payload: payload(1) }))).code).toBe(RpcCode.Unauthenticated);

        const seenMethods: string[] = [];
        const authed = createClient(
          EchoService,
          await served.connect({
            interceptors: [
              async (call, next) => {
                seenMethods.push(call.method.name);
                call.metadata.authorization = 'Bearer t0k3n';
                await next();
              },
            ],
          }),
        );
        let trailers: Record<string, string> = {};
        await authed.unary({ payload: payload(1) }, { onTrailers: (t) => (trailers = { ...t }) });
        expect(trailers).toEqual({ 'served-by': 'test' });
        expect(seenMethods).toEqual(['Unary']);
      });

      it('passes call metadata to the handler', async () => {
        let seen: Record<string, string> = {};
        const { client } = await start({
          unary: async (request, ctx) => {
            seen = { ...ctx.metadata };
            return { payload: request.payload };
          },
        });
        await client.unary({ payload: payload(1) }, { metadata: { 'trace-id': 'abc123' } });
        expect(seen).toEqual({ 'trace-id': 'abc123' });
      });
    });

    describe('closing', () => {
      it('refuses new calls while closing and lets in-flight calls finish', async () => {
        const inHandler = gate();
        const release = gate();
        const { server, client } = await start({
          unary: async (request) => {
            inHandler.open();
            await release.opened;
            return { payload: request.payload };
          },
        });
        const first = client.unary({ payload: payload(1, 5) });
        await inHandler.opened;
        const closing = server.close({ graceMs: 10_000 });
        const refused = await rpcErrorOf(client.unary({ payload: payload(1) }));
        expect(refused.code).toBe(RpcCode.Unavailable);
        release.open();
        expect((await first).payload).toEqual(payload(1, 5));
        await closing;
      });

      it('cancels calls still running when the grace period ends', async () => {
        const inHandler = gate();
        const { server, client } = await start({
          unary: async (_request, ctx) => {
            inHandler.open();
            throw await aborted(ctx.signal);
          },
        });
        const call = client.unary({ payload: payload(1) });
        await inHandler.opened;
        await server.close({ graceMs: 50 });
        expect((await rpcErrorOf(call)).code).toBe(RpcCode.Unavailable);
      });

      it('fails calls in flight with CANCELLED when the client closes', async () => {
        const inHandler = gate();
        const { rpc, client } = await start({
          unary: async (_request, ctx) => {
            inHandler.open();
            throw await aborted(ctx.signal);
          },
        });
        const call = client.unary({ payload: payload(1) });
        await inHandler.opened;
        await rpc.close();
        expect((await rpcErrorOf(call)).code).toBe(RpcCode.Cancelled);
        expect((await rpcErrorOf(client.unary({ payload: payload(1) }))).code).toBe(RpcCode.Cancelled);
      });
    });
  });
}
