import { frameSize } from '@switchyard/protocol';

/**
 * Per-call flow control, in frame bytes (payload plus frame header). Each side may have at most
 * `INITIAL_WINDOW_BYTES` of messages outstanding per call before the receiver grants more with a
 * Window frame, so a slow reader slows its writer and one call can buffer at most one window (plus
 * one frame) at the receiver. The shared byte stream is always drained, so a stalled call never
 * blocks the others on the same stream.
 */
export const INITIAL_WINDOW_BYTES = 256 * 1024;

/** The receiver grants credit back once the consumer has taken this many bytes. */
const WINDOW_UPDATE_THRESHOLD = INITIAL_WINDOW_BYTES / 2;

/** Bytes a message of `payloadBytes` takes from a window. */
export function messageCost(payloadBytes: number): number {
  return frameSize(payloadBytes);
}

/** Send side: credit granted by the peer. */
export class SendWindow {
  private credit = INITIAL_WINDOW_BYTES;
  private waiters: Array<() => void> = [];

  get available(): boolean {
    return this.credit > 0;
  }

  /** Resolves once there is credit; a message may then be sent even if it is larger than the credit. */
  wait(): Promise<void> {
    if (this.credit > 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  consume(bytes: number): void {
    this.credit -= bytes;
  }

  grant(bytes: number): void {
    this.credit += bytes;
    if (this.credit > 0) this.release();
  }

  /** Wakes every waiter, for example when the call ends; they then observe the call's state. */
  release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/** Receive side: what the peer may still send, and when to grant more. */
export class ReceiveWindow {
  private buffered = 0;
  private consumedSinceGrant = 0;

  constructor(private readonly maxFrameBytes: number) {}

  /** Records an arriving message; returns false when the peer sent more than it was allowed. */
  receive(bytes: number): boolean {
    this.buffered += bytes;
    return this.buffered <= INITIAL_WINDOW_BYTES + messageCost(this.maxFrameBytes);
  }

  /** Records that the consumer took a message; returns the credit to grant now, or 0. */
  consume(bytes: number): number {
    this.buffered -= bytes;
    this.consumedSinceGrant += bytes;
    if (this.consumedSinceGrant < WINDOW_UPDATE_THRESHOLD) return 0;
    const grant = this.consumedSinceGrant;
    this.consumedSinceGrant = 0;
    return grant;
  }
}

/** Encodes a Window frame payload: the granted byte count as u32 BE. */
export function encodeWindow(bytes: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, bytes);
  return out;
}

/** Decodes a Window frame payload; undefined when it is not exactly 4 bytes. */
export function decodeWindow(payload: Uint8Array): number | undefined {
  if (payload.byteLength !== 4) return undefined;
  return new DataView(payload.buffer, payload.byteOffset, 4).getUint32(0);
}
