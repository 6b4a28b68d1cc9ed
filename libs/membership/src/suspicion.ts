import { suspicionTimeoutMs } from './config.js';
import type { Runtime } from './runtime.js';
import type { MemberId } from './types.js';

interface Suspicion {
  cancel: () => void;
  started: number;
  confirmations: Set<MemberId>;
}

/**
 * Lifeguard's suspicion timers (memberlist `suspicion.go`): one per suspect member, running from the first
 * suspicion for `suspicionTimeoutMs`, which shrinks as other members independently confirm it. A suspicion that
 * runs out calls `onExpire`; one cancelled (the member refuted it, or was found dead or gone) never does.
 */
export class Suspicions {
  private readonly running = new Map<MemberId, Suspicion>();

  constructor(
    private readonly runtime: Runtime,
    private readonly options: {
      /** Members in the view: the timeout grows with the log of it. */
      members(): number;
      onExpire(id: MemberId): void;
    },
  ) {}

  /** Starts the suspicion of `id` (replacing any running one), with no confirmation yet. */
  start(id: MemberId): void {
    this.cancel(id);
    const suspicion: Suspicion = { cancel: () => undefined, started: this.runtime.now(), confirmations: new Set() };
    this.running.set(id, suspicion);
    this.arm(id, suspicion);
  }

  /**
   * Counts `from`'s suspicion of `id` as a confirmation, shortening the timeout. Returns false when `id` is
   * not suspected or `from` already confirmed it (nothing changed).
   */
  confirm(id: MemberId, from: MemberId): boolean {
    const suspicion = this.running.get(id);
    if (!suspicion || suspicion.confirmations.has(from)) return false;
    suspicion.confirmations.add(from);
    this.arm(id, suspicion);
    return true;
  }

  /** Ends the suspicion of `id` without a verdict (it refuted it, or was found dead or gone). */
  cancel(id: MemberId): void {
    const suspicion = this.running.get(id);
    if (!suspicion) return;
    suspicion.cancel();
    this.running.delete(id);
  }

  /** Cancels every suspicion (the member stops). */
  clear(): void {
    for (const suspicion of this.running.values()) suspicion.cancel();
    this.running.clear();
  }

  private arm(id: MemberId, suspicion: Suspicion): void {
    suspicion.cancel();
    const timeout = suspicionTimeoutMs(this.runtime.config, this.options.members(), suspicion.confirmations.size);
    const remaining = Math.max(0, suspicion.started + timeout - this.runtime.now());
    // A suspicion that ran out while this process was frozen reads the refutation waiting for it first.
    suspicion.cancel = this.runtime.afterListening(
      remaining,
      () => {
        this.running.delete(id);
        this.options.onExpire(id);
      },
      timeout,
    );
  }
}
