import { expect } from '@jest/globals';
import { type MethodDescriptor } from '@switchyard/protocol';
import { EchoService, echo } from '@switchyard/protocol/testing';
import type { ServiceHandlers } from '../call-types.js';
import { RpcError } from '../rpc-error.js';
import type { RpcClient, RpcClientOptions } from '../rpc-client.js';
import type { RpcServer } from '../rpc-server.js';

/** A transport under test: serves an `RpcServer` and opens client connections to it. */
export interface RpcHarness {
  serve(server: RpcServer): Promise<ServedRpc>;
}

export interface ServedRpc {
  /** Opens a new connection (a new byte stream) with its own client. */
  connect(options?: RpcClientOptions): Promise<RpcClient>;
  /** Closes every client connection and stops serving. */
  stop(): Promise<void>;
}

/** A method the echo server does not implement. */
export const unknownMethod: MethodDescriptor = {
  ...EchoService.methods.unary,
  name: 'Missing',
  path: '/echo.v1.EchoService/Missing',
};

/** Raw bytes in, raw bytes out: sends payloads the typed client would never produce. */
const rawType = {
  encode: (message: never) => ({ finish: () => message as Uint8Array }),
  decode: (bytes: Uint8Array) => bytes,
};

/** `EchoService.Unary` as raw bytes, for malformed-request tests. */
export const rawUnary: MethodDescriptor = { ...EchoService.methods.unary, requestType: rawType, responseType: rawType };

export function payload(size: number, fill = 7): Uint8Array {
  return new Uint8Array(size).fill(fill);
}

export type EchoResponse = echo.v1.EchoResponse;

/** Resolves when `signal` aborts, with its reason. */
export function aborted(signal: AbortSignal): Promise<unknown> {
  if (signal.aborted) return Promise.resolve(signal.reason);
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(signal.reason), { once: true }));
}

/** A promise plus the function that resolves it, for handlers the test releases. */
export function gate(): { opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Lets pending I/O and timers run `turns` times; a sync point, not a clock. */
export async function settle(turns = 50): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
}

export type EchoHandlers = ServiceHandlers<typeof EchoService>;

/** A correct echo service: each test overrides the handlers it is about. */
export const defaultHandlers: EchoHandlers = {
  unary: async (request) => ({ payload: request.payload }),
  serverStream: async function* (request) {
    for (let i = 0; i < request.count; i++) yield { payload: payload(request.size, i % 251) };
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

/** Rejection of `promise` as an RpcError; fails the test if it resolves. */
export async function rpcErrorOf(promise: Promise<unknown>): Promise<RpcError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RpcError);
  return error as RpcError;
}

export async function drain<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
