import type { Address, AliveMessage, MemberId } from '@switchyard/membership';

/** A statement relayed before its certificate was known, and who relayed it. */
export interface HeldStatement {
  from: Address;
  sender: MemberId;
  statement: AliveMessage;
}

interface Entry extends HeldStatement {
  fingerprint: string;
  at: number;
}

export interface PendingLimits {
  /** Statements held at most, all relayers together (the oldest go first). */
  total: number;
  /** Statements held at most for one relayer (its oldest go first): one member cannot crowd out the others. */
  perSender: number;
  /** A statement held longer is dropped: its certificate is not coming (push-pull brings it again later). */
  ttlMs: number;
}

export const DEFAULT_PENDING_LIMITS: PendingLimits = { total: 512, perSender: 16, ttlMs: 5_000 };

/**
 * Statements waiting for their certificate, and which certificates were asked for (of their relayer, once it
 * presented its cookie): bounded in number, per relayer and in time, so that statements naming certificates nobody
 * has (a hostile relayer's) expire and never keep out genuine ones. `now` is monotonic milliseconds.
 */
export class PendingStatements {
  private readonly entries = new Set<Entry>();
  /** When each certificate was last asked for (hex fingerprint), at most `total` of them. */
  private readonly requested = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    private readonly limits: PendingLimits = DEFAULT_PENDING_LIMITS,
  ) {}

  get size(): number {
    this.expire();
    return this.entries.size;
  }

  /** True while a statement with certificate `fingerprint` (hex) waits for it. */
  waitsFor(fingerprint: string): boolean {
    this.expire();
    for (const entry of this.entries) if (entry.fingerprint === fingerprint) return true;
    return false;
  }

  /** True when the certificate `fingerprint` (hex) was asked for within the last `ttlMs`. */
  asked(fingerprint: string): boolean {
    const last = this.requested.get(fingerprint);
    return last !== undefined && this.now() - last < this.limits.ttlMs;
  }

  /** Counts the certificate `fingerprint` (hex) as asked for now (at most `total` remembered, the oldest out). */
  markAsked(fingerprint: string): void {
    const now = this.now();
    this.requested.delete(fingerprint);
    this.requested.set(fingerprint, now);
    for (const [key, at] of this.requested) {
      if (this.requested.size <= this.limits.total && now - at < this.limits.ttlMs) break;
      this.requested.delete(key);
    }
  }

  /** The certificates (hex fingerprints) the statements `sender` relayed wait for, each once, oldest first. */
  awaitedFrom(sender: MemberId): string[] {
    this.expire();
    const awaited = new Set<string>();
    for (const entry of this.entries) if (entry.sender === sender) awaited.add(entry.fingerprint);
    return [...awaited];
  }

  /** Holds `held` until its certificate (`fingerprint`, hex) comes, dropping the oldest entries past the limits. */
  hold(fingerprint: string, held: HeldStatement): void {
    this.expire();
    const mine = [...this.entries].filter((entry) => entry.sender === held.sender);
    if (mine.length >= this.limits.perSender) this.entries.delete(mine[0]);
    if (this.entries.size >= this.limits.total) this.entries.delete(this.entries.values().next().value!);
    this.entries.add({ ...held, fingerprint, at: this.now() });
  }

  /** Takes every statement waiting for `fingerprint` (hex). */
  release(fingerprint: string): HeldStatement[] {
    this.expire();
    const released: HeldStatement[] = [];
    for (const entry of this.entries) {
      if (entry.fingerprint !== fingerprint) continue;
      this.entries.delete(entry);
      released.push({ from: entry.from, sender: entry.sender, statement: entry.statement });
    }
    return released;
  }

  private expire(): void {
    const now = this.now();
    // Insertion order is age order: stop at the first one still young.
    for (const entry of this.entries) {
      if (now - entry.at < this.limits.ttlMs) break;
      this.entries.delete(entry);
    }
  }
}
