/**
 * How a worker can break the stream's protocol. What breaks it is refused, never delivered, and another worker
 * continues from the last token delivered.
 */
export type ViolationKind =
  /** A token whose sequence is not the next one (a repeat, a skip). */
  | 'out-of-sequence'
  /** A stream that starts after another point than the one asked for. */
  | 'wrong-resume-point';

/** What a session delivered and what it refused. */
export interface Tally {
  /** Tokens delivered to the consumer. */
  tokens: number;
  /** The sequence number of the last token delivered. */
  lastSequence: number;
  /** Protocol violations refused, by kind: each cost a failover, none reached the consumer. */
  violations: Record<ViolationKind, number>;
  /** Tokens delivered, by the worker that sent them. */
  perWorker: Record<string, number>;
}

/**
 * One session's position over all of its workers: the last sequence received (where a resumed stream continues),
 * what the consumer took, and the violations refused. Tokens reach it in order: a worker attempt refuses any token
 * that is not the next one, so a repeated or skipped token is counted here as a violation, never as delivered.
 */
export class SequenceTracker {
  private receivedThrough: number;
  private readonly tally: Tally;

  /** `resumeAfter`: the sequence the session continues after (0 for a new one). */
  constructor(resumeAfter = 0) {
    this.receivedThrough = resumeAfter;
    this.tally = {
      tokens: 0,
      lastSequence: resumeAfter,
      violations: { 'out-of-sequence': 0, 'wrong-resume-point': 0 },
      perWorker: {},
    };
  }

  /** The highest sequence received: a new stream resumes after it. */
  get received(): number {
    return this.receivedThrough;
  }

  get delivered(): number {
    return this.tally.tokens;
  }

  /** Records the arrival of token `sequence`, the next one after `received`. */
  receive(sequence: number): void {
    if (sequence !== this.receivedThrough + 1) {
      throw new RangeError(`token ${sequence} received after ${this.receivedThrough}: attempts refuse these`);
    }
    this.receivedThrough = sequence;
  }

  /** Records that the consumer took token `sequence`, which came from `worker`. */
  deliver(sequence: number, worker: string): void {
    this.tally.tokens++;
    this.tally.lastSequence = sequence;
    this.tally.perWorker[worker] = (this.tally.perWorker[worker] ?? 0) + 1;
  }

  /** Records a violation a worker attempt refused. */
  refused(kind: ViolationKind): void {
    this.tally.violations[kind]++;
  }

  snapshot(): Tally {
    return { ...this.tally, violations: { ...this.tally.violations }, perWorker: { ...this.tally.perWorker } };
  }
}
