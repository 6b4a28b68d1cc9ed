import type { Logger } from '@switchyard/logging';

/** A repeated warning is written at most this often per kind. */
export const THROTTLED_LOG_INTERVAL_MS = 60_000;

/**
 * A warning that an attacker can repeat at will (a refused call, say), logged without letting a flood of it flood
 * the log: the first of each kind at once, then at most once an interval with `count`, the refusals since the last
 * line. Kinds are a small fixed set (reasons), so this keeps a bounded table; exact totals are the metrics' job.
 */
export class ThrottledWarning {
  private readonly kinds = new Map<string, { loggedAt: number; count: number }>();
  private readonly now: () => number;
  private readonly intervalMs: number;

  constructor(
    private readonly logger: Logger,
    private readonly msg: string,
    options: { intervalMs?: number; now?: () => number } = {},
  ) {
    this.intervalMs = options.intervalMs ?? THROTTLED_LOG_INTERVAL_MS;
    this.now = options.now ?? (() => performance.now());
  }

  /** Counts one occurrence of `kind`, logging `fields` and the count when the kind's interval has passed. */
  record(kind: string, fields: Record<string, unknown>): void {
    const now = this.now();
    const state = this.kinds.get(kind) ?? { loggedAt: -Infinity, count: 0 };
    state.count++;
    this.kinds.set(kind, state);
    if (now - state.loggedAt < this.intervalMs) return;
    this.logger.warn({ ...fields, count: state.count }, this.msg);
    state.loggedAt = now;
    state.count = 0;
  }
}
