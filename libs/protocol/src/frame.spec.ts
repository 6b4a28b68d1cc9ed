import fc from 'fast-check';
import {
  FRAME_HEADER_BYTES,
  FrameDecoder,
  FrameTooLargeError,
  FrameType,
  MalformedFrameError,
  encodeFrame,
  encodeFrames,
  type Frame,
} from './frame.js';

const frameArb: fc.Arbitrary<Frame> = fc.record({
  type: fc.constantFrom(...Object.values(FrameType)),
  callId: fc.integer({ min: 0, max: 0xffffffff }),
  payload: fc.uint8Array({ maxLength: 300 }),
});

/** Splits `bytes` at the given cut points (sorted, deduplicated, within range). */
function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.byteLength + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.byteLength]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

const normalise = (frames: Frame[]) => frames.map((f) => ({ type: f.type, callId: f.callId, payload: [...f.payload] }));

describe('FrameDecoder', () => {
  it('yields the encoded frames however the bytes are chunked', () => {
    fc.assert(
      fc.property(fc.array(frameArb, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 40 }), (frames, cuts) => {
        const decoder = new FrameDecoder();
        const decoded = split(encodeFrames(frames), cuts).flatMap((chunk) => decoder.push(chunk));
        expect(normalise(decoded)).toEqual(normalise(frames));
        expect(decoder.bufferedBytes).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('yields the encoded frames when fed one byte at a time', () => {
    fc.assert(
      fc.property(fc.array(frameArb, { maxLength: 8 }), (frames) => {
        const decoder = new FrameDecoder();
        const bytes = encodeFrames(frames);
        const decoded: Frame[] = [];
        for (let i = 0; i < bytes.byteLength; i++) decoded.push(...decoder.push(bytes.subarray(i, i + 1)));
        expect(normalise(decoded)).toEqual(normalise(frames));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps an incomplete frame buffered until the rest arrives', () => {
    const bytes = encodeFrame({ type: FrameType.Message, callId: 7, payload: new Uint8Array([1, 2, 3]) });
    const decoder = new FrameDecoder();
    expect(decoder.push(bytes.subarray(0, FRAME_HEADER_BYTES + 1))).toEqual([]);
    expect(decoder.bufferedBytes).toBe(FRAME_HEADER_BYTES + 1);
    expect(normalise(decoder.push(bytes.subarray(FRAME_HEADER_BYTES + 1)))).toEqual([
      { type: FrameType.Message, callId: 7, payload: [1, 2, 3] },
    ]);
  });

  it('throws FrameTooLargeError when a header announces more than maxFrameBytes', () => {
    const decoder = new FrameDecoder({ maxFrameBytes: 4 });
    expect(() => decoder.push(encodeFrame({ type: FrameType.Message, callId: 1, payload: new Uint8Array(5) }))).toThrow(
      FrameTooLargeError,
    );
  });

  it('rejects a 4 GiB announcement from the header alone, before any payload arrives', () => {
    const decoder = new FrameDecoder();
    const header = new Uint8Array([0xff, 0xff, 0xff, 0xff, FrameType.Message, 0, 0, 0, 1]);
    expect(() => decoder.push(header)).toThrow(expect.objectContaining({ announcedBytes: 0xffffffff }));
  });

  it('accepts a payload of exactly maxFrameBytes', () => {
    const decoder = new FrameDecoder({ maxFrameBytes: 16 });
    expect(decoder.push(encodeFrame({ type: FrameType.Message, callId: 1, payload: new Uint8Array(16) }))).toHaveLength(
      1,
    );
  });

  it('throws MalformedFrameError on an unknown frame type', () => {
    const decoder = new FrameDecoder();
    expect(() => decoder.push(new Uint8Array([0, 0, 0, 0, 0x42, 0, 0, 0, 1]))).toThrow(MalformedFrameError);
  });
});
