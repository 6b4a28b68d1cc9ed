import type { Endpoint } from '@switchyard/protocol';
import type { RpcError } from '@switchyard/rpc';
import type { ViolationKind } from './sequence-tracker.js';

/** Why a session left a worker. */
export type FailoverReason =
  /** The worker ended the stream with an error status (it failed, or refused the stream). */
  | 'error-frame'
  /** The worker asked its clients to go elsewhere (it is shutting down). */
  | 'goaway'
  /** The stream or its connection broke, or ended without a reason. */
  | 'stream-closed'
  /** No connection could be made to the worker within the connect timeout. */
  | 'connect-failed'
  /** A periodic ping failed or went unanswered within its timeout. */
  | 'heartbeat'
  /** Tokens stopped arriving and nothing came back from the worker after a probe sent at once. */
  | 'stall'
  /** The worker answers pings but sent no first token, or stopped sending tokens, within the deadline. */
  | 'no-progress'
  /** The worker sent something that breaks the protocol (a token out of sequence, a wrong resume point). */
  | 'protocol-violation';

/** What a session reports while it runs; failover is otherwise invisible to its consumer. */
export interface SessionEvents {
  /** A director assigned a worker. */
  assigned: { sessionId: string; worker: string; endpoint: Endpoint; excluded: string | undefined; director: Endpoint };
  /** The worker accepted the stream and continues after `resumeAfter`. */
  connected: { sessionId: string; worker: string; resumeAfter: number };
  /** Tokens stopped arriving for longer than their rhythm explains; the worker is probed at once. */
  stall: { sessionId: string; worker: string; silentMs: number };
  /** The session left a worker; `detectMs` is the time from its last sign of life to the detection. */
  failover: {
    sessionId: string;
    from: string;
    reason: FailoverReason;
    /** What the worker broke, when `reason` is `protocol-violation` (it is counted in the summary's violations). */
    violation: ViolationKind | undefined;
    detectMs: number;
    lastSequence: number;
    error: RpcError;
  };
  /** The first new token after a failover; `failoverMs` runs from the last token before it. */
  resumed: { sessionId: string; worker: string; afterSequence: number; failoverMs: number };
  /**
   * The session waits before trying again: after an attempt that produced no token, when no worker was available,
   * when a director could not be reached, or when a director refused to assign because this address calls too often.
   */
  retry: {
    sessionId: string | undefined;
    cause: 'attempt-failed' | 'no-worker' | 'director-unreachable' | 'rate-limited';
    delayMs: number;
    director: Endpoint | undefined;
    error: RpcError | undefined;
  };
}

export type SessionEventType = keyof SessionEvents;
export type SessionListener<K extends SessionEventType> = (event: SessionEvents[K]) => void;
export type Emit = <K extends SessionEventType>(type: K, event: SessionEvents[K]) => void;

/** Typed listeners per event. A listener that throws does not disturb the session: its error is rethrown apart. */
export class SessionEmitter {
  private readonly listeners = new Map<SessionEventType, Set<(event: never) => void>>();

  /** Adds a listener; returns the function that removes it. */
  on<K extends SessionEventType>(type: K, listener: SessionListener<K>): () => void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
    return () => void set.delete(listener);
  }

  readonly emit: Emit = (type, event) => {
    for (const listener of this.listeners.get(type) ?? []) {
      try {
        (listener as (event: unknown) => void)(event);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };
}
