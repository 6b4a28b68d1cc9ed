/** What the client received, computed from the sequence numbers themselves. */
export interface Tally {
  /** Distinct tokens received. */
  tokens: number;
  /** The highest sequence number received: where a resumed stream continues. */
  lastSequence: number;
  /** Sequence numbers skipped (never received). */
  gaps: number;
  /** Tokens received again after a later or equal one. */
  duplicates: number;
  perWorker: Record<string, number>;
}

/** Counts tokens, gaps and duplicates over every stream of one session. */
export class SequenceTracker {
  private readonly tally: Tally = { tokens: 0, lastSequence: 0, gaps: 0, duplicates: 0, perWorker: {} };

  /** Records token `sequence` from `worker`; false when it is a duplicate (and was not counted). */
  accept(sequence: number, worker: string): boolean {
    const t = this.tally;
    if (sequence <= t.lastSequence) {
      t.duplicates++;
      return false;
    }
    t.gaps += sequence - t.lastSequence - 1;
    t.lastSequence = sequence;
    t.tokens++;
    t.perWorker[worker] = (t.perWorker[worker] ?? 0) + 1;
    return true;
  }

  get tokens(): number {
    return this.tally.tokens;
  }

  get lastSequence(): number {
    return this.tally.lastSequence;
  }

  snapshot(): Tally {
    return { ...this.tally, perWorker: { ...this.tally.perWorker } };
  }
}
