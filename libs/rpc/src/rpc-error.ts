/**
 * The one error type of the RPC boundary, with a closed set of codes numbered as in gRPC.
 * Stack traces never cross the wire: only `code` and `message` do.
 */

/** Status codes. Only these are valid; an unknown number received on the wire becomes `Unknown`. */
export const RpcCode = {
  Ok: 0,
  Cancelled: 1,
  Unknown: 2,
  InvalidArgument: 3,
  DeadlineExceeded: 4,
  NotFound: 5,
  PermissionDenied: 7,
  ResourceExhausted: 8,
  FailedPrecondition: 9,
  Aborted: 10,
  Unimplemented: 12,
  Internal: 13,
  Unavailable: 14,
  Unauthenticated: 16,
} as const;
export type RpcCode = (typeof RpcCode)[keyof typeof RpcCode];

const CODE_NAMES = new Map<number, string>(
  Object.entries(RpcCode).map(([name, code]) => [
    code,
    name.replace(/[A-Z]/g, (c, i) => (i ? '_' : '') + c).toUpperCase(),
  ]),
);

/** The upper-snake name of a code, as gRPC spells it: `DEADLINE_EXCEEDED`. */
export function rpcCodeName(code: RpcCode): string {
  return CODE_NAMES.get(code) ?? 'UNKNOWN';
}

/** Maps a number from the wire to an `RpcCode`, `Unknown` when it is not one. */
export function toRpcCode(value: number): RpcCode {
  return CODE_NAMES.has(value) ? (value as RpcCode) : RpcCode.Unknown;
}

/**
 * The longest status message that crosses the wire, in UTF-16 code units: longer ones are cut (and end in `…`)
 * when sent and when received. Messages are for people; a peer must not be able to make one cost memory.
 */
export const MAX_STATUS_MESSAGE_CHARS = 1024;

/** `message`, cut to `MAX_STATUS_MESSAGE_CHARS`. */
export function boundStatusMessage(message: string): string {
  return message.length <= MAX_STATUS_MESSAGE_CHARS ? message : `${message.slice(0, MAX_STATUS_MESSAGE_CHARS - 1)}…`;
}

export interface RpcErrorOptions {
  cause?: unknown;
  /** True when the error was received from the peer rather than raised locally. */
  remote?: boolean;
  /** Trailers received with the error status. */
  trailers?: Readonly<Record<string, string>>;
}

/** An RPC failure. `message` is prefixed with the code name; `rawMessage` is the text alone. */
export class RpcError extends Error {
  override readonly name = 'RpcError';
  readonly code: Exclude<RpcCode, 0>;
  readonly rawMessage: string;
  readonly remote: boolean;
  readonly trailers: Readonly<Record<string, string>>;

  constructor(code: Exclude<RpcCode, 0>, message: string, options: RpcErrorOptions = {}) {
    super(`[${rpcCodeName(code)}] ${message}`, { cause: options.cause });
    this.code = code;
    this.rawMessage = message;
    this.remote = options.remote ?? false;
    this.trailers = options.trailers ?? {};
  }

  /**
   * Normalises anything caught into an `RpcError`: an `RpcError` is returned as is, an `AbortError`
   * or `TimeoutError` becomes `Cancelled` or `DeadlineExceeded`, anything else gets `fallback`.
   */
  static from(error: unknown, fallback: Exclude<RpcCode, 0> = RpcCode.Unknown): RpcError {
    if (error instanceof RpcError) return error;
    // Duck-typed rather than `instanceof Error`: DOMException (abort reasons) and errors from another
    // realm are errors too.
    if (typeof error === 'object' && error !== null && typeof (error as Error).message === 'string') {
      const { name } = error as Error;
      // Some libraries throw errors with an empty message; their name still says what went wrong.
      const message = (error as Error).message || name || 'unknown error';
      if (name === 'TimeoutError') return new RpcError(RpcCode.DeadlineExceeded, message, { cause: error });
      if (name === 'AbortError') return new RpcError(RpcCode.Cancelled, message, { cause: error });
      return new RpcError(fallback, message, { cause: error });
    }
    return new RpcError(fallback, error === undefined ? 'unknown error' : String(error), { cause: error });
  }
}
