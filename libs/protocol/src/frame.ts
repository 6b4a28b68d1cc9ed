/**
 * The frame codec. Every byte stream carries a sequence of frames, each:
 *
 *   u32 BE payload length | u8 frame type | u32 BE call id | payload
 *
 * so many calls share one stream. The decoder is a pure, chunk-tolerant state machine that checks the
 * announced length against `maxFrameBytes` before it allocates anything.
 */

/** Bytes before the payload: length (4), type (1), call id (4). */
export const FRAME_HEADER_BYTES = 9;

/** Default largest payload a decoder accepts: 4 MiB. */
export const DEFAULT_MAX_FRAME_BYTES = 4 * 1024 * 1024;

/** Frame types. The direction each may travel in is enforced by the RPC layer. */
export const FrameType = {
  /** Client → server: opens a call; payload is an `rpc.v1.RequestHeader`. */
  Header: 1,
  /** Either way: one message of the call; payload is the encoded request or response. */
  Message: 2,
  /** Client → server: the client sends no more messages. Empty payload. */
  HalfClose: 3,
  /** Server → client: ends the call; payload is an `rpc.v1.Status`. Call id 0 ends every call on the stream. */
  Status: 4,
  /** Client → server: the client abandons the call. Empty payload. */
  Cancel: 5,
  /** Either way: grants the peer more send credit for the call; payload is a u32 BE byte count. */
  Window: 6,
} as const;
export type FrameType = (typeof FrameType)[keyof typeof FrameType];

const KNOWN_TYPES = new Set<number>(Object.values(FrameType));

export interface Frame {
  type: FrameType;
  callId: number;
  payload: Uint8Array;
}

/** Raised by `FrameDecoder` when a header announces a payload above its `maxFrameBytes`. */
export class FrameTooLargeError extends Error {
  override readonly name = 'FrameTooLargeError';
  constructor(
    readonly announcedBytes: number,
    readonly maxFrameBytes: number,
  ) {
    super(`frame of ${announcedBytes} bytes exceeds the limit of ${maxFrameBytes} bytes`);
  }
}

/** Raised by `FrameDecoder` for a frame type it does not know: the stream cannot be trusted after it. */
export class MalformedFrameError extends Error {
  override readonly name = 'MalformedFrameError';
}

/** Total encoded size of a frame with a payload of `payloadBytes`. */
export function frameSize(payloadBytes: number): number {
  return FRAME_HEADER_BYTES + payloadBytes;
}

/** Writes `frame` into `target` at `offset`; the caller ensures `frameSize` bytes fit. Returns the end offset. */
export function writeFrame(target: Uint8Array, offset: number, frame: Frame): number {
  writeUint32(target, offset, frame.payload.byteLength);
  target[offset + 4] = frame.type;
  writeUint32(target, offset + 5, frame.callId);
  target.set(frame.payload, offset + FRAME_HEADER_BYTES);
  return offset + FRAME_HEADER_BYTES + frame.payload.byteLength;
}

// Big-endian u32 access by hand: a DataView per frame would be an allocation per frame.
function writeUint32(target: Uint8Array, offset: number, value: number): void {
  target[offset] = value >>> 24;
  target[offset + 1] = (value >>> 16) & 0xff;
  target[offset + 2] = (value >>> 8) & 0xff;
  target[offset + 3] = value & 0xff;
}

function readUint32(source: Uint8Array, offset: number): number {
  return ((source[offset] << 24) | (source[offset + 1] << 16) | (source[offset + 2] << 8) | source[offset + 3]) >>> 0;
}

/** Encodes frames back to back into one buffer. */
export function encodeFrames(frames: readonly Frame[]): Uint8Array {
  let total = 0;
  for (const frame of frames) total += frameSize(frame.payload.byteLength);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const frame of frames) offset = writeFrame(out, offset, frame);
  return out;
}

/** Encodes one frame. */
export function encodeFrame(frame: Frame): Uint8Array {
  return encodeFrames([frame]);
}

export interface FrameDecoderOptions {
  /** Largest payload accepted, in bytes. Defaults to `DEFAULT_MAX_FRAME_BYTES`. */
  maxFrameBytes?: number;
}

/**
 * Turns arbitrarily split chunks back into frames. `push` returns every frame completed by the chunk
 * and throws `FrameTooLargeError` or `MalformedFrameError`; after a throw the decoder must be discarded.
 */
export class FrameDecoder {
  readonly maxFrameBytes: number;
  private chunks: Uint8Array[] = [];
  private buffered = 0;

  constructor(options: FrameDecoderOptions = {}) {
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
  }

  /** Bytes received but not yet returned as frames. */
  get bufferedBytes(): number {
    return this.buffered;
  }

  push(chunk: Uint8Array): Frame[] {
    const frames: Frame[] = [];
    if (chunk.byteLength === 0) return frames;
    this.chunks.push(chunk);
    this.buffered += chunk.byteLength;
    while (this.buffered >= FRAME_HEADER_BYTES) {
      const header = this.peek(FRAME_HEADER_BYTES);
      const length = readUint32(header, 0);
      const type = header[4];
      if (length > this.maxFrameBytes) throw new FrameTooLargeError(length, this.maxFrameBytes);
      if (!KNOWN_TYPES.has(type)) throw new MalformedFrameError(`unknown frame type ${type}`);
      if (this.buffered < FRAME_HEADER_BYTES + length) break;
      const callId = readUint32(header, 5);
      this.consume(FRAME_HEADER_BYTES);
      frames.push({ type: type as FrameType, callId, payload: this.consume(length) });
    }
    return frames;
  }

  /** Returns the first `n` buffered bytes without consuming them (copies only across chunk borders). */
  private peek(n: number): Uint8Array {
    const first = this.chunks[0];
    if (first.byteLength >= n) return first;
    const out = new Uint8Array(n);
    let offset = 0;
    for (const chunk of this.chunks) {
      const take = Math.min(chunk.byteLength, n - offset);
      out.set(chunk.subarray(0, take), offset);
      offset += take;
      if (offset === n) break;
    }
    return out;
  }

  /** Removes and returns the first `n` buffered bytes; a view when they lie in one chunk. */
  private consume(n: number): Uint8Array {
    this.buffered -= n;
    const first = this.chunks[0];
    if (n === 0) return new Uint8Array(0);
    if (first.byteLength > n) {
      this.chunks[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    if (first.byteLength === n) {
      this.chunks.shift();
      return first;
    }
    const out = new Uint8Array(n);
    let offset = 0;
    while (offset < n) {
      const chunk = this.chunks[0];
      const take = Math.min(chunk.byteLength, n - offset);
      out.set(chunk.subarray(0, take), offset);
      offset += take;
      if (take === chunk.byteLength) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(take);
    }
    return out;
  }
}
