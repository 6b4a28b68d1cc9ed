/** What a session received and delivered, computed from the sequence numbers themselves. */
export interface Tally {
  /** Tokens delivered to the consumer. */
  tokens: number;
  /** The sequence number of the last token delivered. */
  lastSequence: number;
  /** Sequence numbers skipped by a worker (never received). */
  gaps: number;
  /** Tokens received again after a later or equal one (dropped, never delivered). */
  duplicates: number;
  /** Tokens delivered, by the worker that sent them. */
  perWorker: Record<string, number>;
}

/**
 * Counts one session's tokens over all of its workers. `accept` runs when a token arrives and decides
 * whether it is new (the highest sequence received is where a resumed stream continues); `deliver`
 * runs when the consumer takes it.
 */
export class SequenceTracker {
  private receivedThrough: number;
  private readonly tally: Tally;

  /** `resumeAfter`: the sequence the session continues after (0 for a new one). */
  constructor(resumeAfter = 0) {
    this.receivedThrough = resumeAfter;
    this.tally = { tokens: 0, lastSequence: resumeAfter, gaps: 0, duplicates: 0, perWorker: {} };
  }

  /** The highest sequence received: a new stream resumes after it. */
  get received(): number {
    return this.receivedThrough;
  }

  get delivered(): number {
    return this.tally.tokens;
  }

  /** Records an arriving token; false when it is a duplicate, which must be dropped. */
  accept(sequence: number): boolean {
    if (sequence <= this.receivedThrough) {
      this.tally.duplicates++;
      return false;
    }
    this.tally.gaps += sequence - this.receivedThrough - 1;
    this.receivedThrough = sequence;
    return true;
  }

  /** Records that the consumer took token `sequence`, which came from `worker`. */
  deliver(sequence: number, worker: string): void {
    this.tally.tokens++;
    this.tally.lastSequence = sequence;
    this.tally.perWorker[worker] = (this.tally.perWorker[worker] ?? 0) + 1;
  }

  snapshot(): Tally {
    return { ...this.tally, perWorker: { ...this.tally.perWorker } };
  }
}
