import fc from 'fast-check';
import {
  FrameType,
  director,
  encodeFrames,
  rpc,
  worker,
  type Frame,
  type MethodDescriptor,
} from '@switchyard/protocol';

/** One input for a port: the bytes a peer writes on a fresh stream before it stops writing. */
export interface FuzzCase {
  kind: string;
  bytes: Uint8Array;
}

const uuid = fc.uuid().map((id) => `conn-${id}`);
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom('', 'w1', 'localhost', '..', 'a'.repeat(200), 'spiffe://switchyard/worker/w1', '\u0000'),
  );
const sequence = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(2 ** 53 - 1, 2 ** 60, -1));
const tokenIds = fc.array(
  fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(2 ** 21 - 1, 2 ** 21, 2 ** 32 - 1)),
  {
    maxLength: 64,
  },
);
/** Sampling parameters in and out of range: NaN, infinities, negative and huge values, too many stop strings. */
const sampling = fc.option(
  fc.record({
    temperature: fc.option(fc.float()),
    topP: fc.option(fc.float()),
    seed: fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(2 ** 53 - 1, 2 ** 60))),
    maxTokens: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(65_536, 65_537, 2 ** 32 - 1)),
    stop: fc.array(text(100), { maxLength: 6 }),
  }),
);

/** Well-typed request bodies with hostile values, by method path. */
export const requestBodies: Record<string, fc.Arbitrary<Uint8Array>> = {
  '/director.v1.DirectorService/AssignWorker': fc
    .record({ sessionId: fc.oneof(uuid, text(300)), excludedWorker: text(2000) })
    .map((m) => director.v1.AssignWorkerRequest.encode(m).finish()),
  '/director.v1.DirectorService/ListModels': fc.constant(director.v1.ListModelsRequest.encode({}).finish()),
  '/director.v1.RegistryService/ListWorkers': fc.constant(director.v1.ListWorkersRequest.encode({}).finish()),
  '/worker.v1.WorkerService/Generate': fc
    .record({
      sessionId: fc.oneof(uuid, text(300)),
      prompt: text(70_000),
      resumeAfter: sequence,
      model: fc.oneof(fc.constantFrom('', 'synthetic'), text(300)),
      sampling,
      promptTokenIds: tokenIds,
      generatedTokenIds: tokenIds,
      allowInexact: fc.boolean(),
      generatedText: fc.oneof(fc.constant(''), text(70_000)),
    })
    .map((m) => worker.v1.GenerateRequest.encode({ ...m, resumeAfter: Math.max(0, m.resumeAfter) }).finish()),
  '/worker.v1.WorkerService/Ping': fc.constant(worker.v1.PingRequest.encode({}).finish()),
};

const header = (method: string, timeoutMs = 0, metadata: Record<string, string> = {}) =>
  rpc.v1.RequestHeader.encode({ method, timeoutMs, metadata }).finish();

/** Frames of any type (known or not), for any call id, with any payload. */
const anyFrame: fc.Arbitrary<Frame> = fc.record({
  type: fc.integer({ min: 0, max: 12 }) as fc.Arbitrary<Frame['type']>,
  callId: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })),
  payload: fc.uint8Array({ maxLength: 512 }),
});

/** A call of `method`: its header, then messages, half-closes, cancels and window updates in any order. */
function callSequence(methods: readonly MethodDescriptor[]): fc.Arbitrary<Frame[]> {
  return fc
    .record({
      method: fc.constantFrom(...methods),
      timeoutMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 ** 31 })),
      metadata: fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 100 }), { maxKeys: 4 }),
      calls: fc.integer({ min: 1, max: 3 }),
      steps: fc.array(
        fc.oneof(
          fc.constant('message' as const),
          fc.constant('half-close' as const),
          fc.constant('cancel' as const),
          fc.constant('window' as const),
          fc.constant('random-body' as const),
        ),
        { maxLength: 6 },
      ),
    })
    .chain(({ method, timeoutMs, metadata, calls, steps }) =>
      fc
        .tuple(
          fc.array(requestBodies[method.path], { minLength: steps.length, maxLength: steps.length }),
          fc.uint8Array({ maxLength: 300 }),
        )
        .map(([bodies, junk]) => {
          const frames: Frame[] = [];
          for (let call = 1; call <= calls; call++) {
            frames.push({ type: FrameType.Header, callId: call, payload: header(method.path, timeoutMs, metadata) });
            steps.forEach((step, i) => {
              if (step === 'message') frames.push({ type: FrameType.Message, callId: call, payload: bodies[i] });
              else if (step === 'random-body') frames.push({ type: FrameType.Message, callId: call, payload: junk });
              else if (step === 'half-close')
                frames.push({ type: FrameType.HalfClose, callId: call, payload: new Uint8Array(0) });
              else if (step === 'cancel')
                frames.push({ type: FrameType.Cancel, callId: call, payload: new Uint8Array(0) });
              else frames.push({ type: FrameType.Window, callId: call, payload: junk.subarray(0, i % 6) });
            });
          }
          return frames;
        }),
    );
}

/** Every kind of input a peer without manners may send to a port serving `methods`. */
export function fuzzCases(methods: readonly MethodDescriptor[]): fc.Arbitrary<FuzzCase> {
  const unknown = fc
    .string({ maxLength: 300 })
    .map((path) => [{ type: FrameType.Header, callId: 1, payload: header(path) }]);
  return fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ kind: 'garbage', bytes })) },
    {
      weight: 2,
      arbitrary: fc
        .array(anyFrame, { maxLength: 8 })
        .map((frames) => ({ kind: 'frames', bytes: encodeFrames(frames) })),
    },
    {
      weight: 1,
      // A header announcing a huge frame, followed by far fewer bytes.
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.uint8Array({ maxLength: 64 }))
        .map(([length, rest]) => {
          const bytes = new Uint8Array(9 + rest.byteLength);
          new DataView(bytes.buffer).setUint32(0, length);
          bytes[4] = FrameType.Header;
          bytes.set(rest, 9);
          return { kind: 'lying length', bytes };
        }),
    },
    { weight: 1, arbitrary: unknown.map((frames) => ({ kind: 'unknown method', bytes: encodeFrames(frames) })) },
    {
      weight: 5,
      arbitrary: callSequence(methods).map((frames) => ({ kind: 'call sequence', bytes: encodeFrames(frames) })),
    },
  );
}
