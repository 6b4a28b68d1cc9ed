import type { Logger } from '@switchyard/logging';
import type { Address } from '@switchyard/membership';
import { MemberLog } from '@switchyard/log-events';

/** A summary of refused membership datagrams is written at most this often. */
export const REFUSAL_SUMMARY_INTERVAL_MS = 60_000;
/** Distinct source addresses counted per summary, at most (a flood from more is reported as at least this many). */
export const MAX_SUMMARY_SOURCES = 1024;

/**
 * Refused membership datagrams, logged as one summary (`membership datagrams refused`): the first refusal at once,
 * then a line at most once a `REFUSAL_SUMMARY_INTERVAL_MS`, with `count` since the last line, `reasons` (the
 * transport's closed set, with their counts), `sources` (distinct source addresses, up to `MAX_SUMMARY_SOURCES`)
 * and `from` (the latest). Whatever sends, and from however many addresses or ports, the log grows by a line a
 * minute and the memory by a bounded set; exact totals are the transport's counters' job.
 */
export class RefusalSummary {
  private loggedAt = -Infinity;
  private count = 0;
  private reasons: Record<string, number> = {};
  private sources = new Set<string>();

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number,
    private readonly intervalMs = REFUSAL_SUMMARY_INTERVAL_MS,
  ) {}

  /** Counts one refused datagram from `from`, writing the summary when the interval has passed. */
  record(from: Address, reason = 'refused'): void {
    this.count++;
    this.reasons[reason] = (this.reasons[reason] ?? 0) + 1;
    if (this.sources.size < MAX_SUMMARY_SOURCES) this.sources.add(from.host);
    const now = this.now();
    if (now - this.loggedAt < this.intervalMs) return;
    const source = from.host.includes(':') ? `[${from.host}]:${from.port}` : `${from.host}:${from.port}`;
    this.logger.warn(
      { from: source, count: this.count, reasons: this.reasons, sources: this.sources.size },
      MemberLog.refused,
    );
    this.loggedAt = now;
    this.count = 0;
    this.reasons = {};
    this.sources = new Set();
  }
}
