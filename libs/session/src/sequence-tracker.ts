import type { FinishReason } from '@switchyard/protocol';
import type { Token } from './token-buffer.js';

/**
 * How a worker can break the stream's protocol. What breaks it is refused, never delivered, and another worker
 * continues from the last token delivered.
 */
export type ViolationKind =
  /** A chunk whose sequence is not the previous one plus its tokens (a repeat, a skip), or past the session's end. */
  | 'out-of-sequence'
  /** A stream that starts after another point than the one asked for. */
  | 'wrong-resume-point'
  /** A resumed stream that continues another prompt's token ids, or another model, than the session's. */
  | 'wrong-context'
  /** A token id out of range (above MAX_TOKEN_ID). */
  | 'invalid-token';

/** What a session delivered and what it refused. */
export interface Tally {
  /** Engine tokens delivered to the consumer (a chunk may carry several). */
  tokens: number;
  /** The sequence number of the last token delivered. */
  lastSequence: number;
  /** Protocol violations refused, by kind: each cost a failover, none reached the consumer. */
  violations: Record<ViolationKind, number>;
  /** Engine tokens delivered, by the worker that sent them. */
  perWorker: Record<string, number>;
  /**
   * A worker whose engine continues from text served part of the answer (the session allowed it): once resumed, the
   * answer is a plausible continuation, not the one an uninterrupted stream would have given.
   */
  inexact: boolean;
}

/**
 * Where a session stands, enough to continue it in another process: its model, its prompt's token ids and every id
 * generated so far (from `StreamSession.resumeState()`, into `SessionOptions.resume`).
 */
export interface ResumeState {
  sessionId: string;
  /** The model the first worker ran; empty when it named none. */
  model: string;
  promptTokenIds: readonly number[];
  generatedTokenIds: readonly number[];
  /** Set when the answer had ended: a session resumed from this state has nothing to ask for. */
  finishReason?: FinishReason;
}

/** What the session's first worker said of the answer it started: its model and the prompt's token ids. */
export interface AnswerContext {
  model: string;
  promptTokenIds: readonly number[];
  /** Its engine continues answers from text: a resumed answer is a plausible continuation, not the same one. */
  inexact?: boolean;
}

/**
 * One session's position over all of its workers: the last sequence received (where a resumed stream continues),
 * the ids a resumed stream continues from, what the consumer took, and the violations refused. Chunks reach it in
 * order: a worker attempt refuses any that does not follow the last, so a repeated or skipped token is counted here
 * as a violation, never as delivered.
 */
export class SequenceTracker {
  private receivedThrough: number;
  private answer: AnswerContext | undefined;
  private readonly generated: number[];
  /** Every chunk received carried its token ids (an older worker sends text alone). */
  private idsComplete: boolean;
  /** The text of every chunk received, in order. */
  private receivedText = '';
  private finish: FinishReason | undefined;
  private readonly tally: Tally;

  constructor(resume?: Omit<ResumeState, 'sessionId'>) {
    this.generated = [...(resume?.generatedTokenIds ?? [])];
    this.receivedThrough = this.generated.length;
    this.answer = resume && { model: resume.model, promptTokenIds: [...resume.promptTokenIds] };
    this.idsComplete = true;
    this.finish = resume?.finishReason;
    this.tally = {
      tokens: 0,
      lastSequence: this.receivedThrough,
      violations: { 'out-of-sequence': 0, 'wrong-resume-point': 0, 'wrong-context': 0, 'invalid-token': 0 },
      perWorker: {},
      inexact: false,
    };
  }

  /** The highest sequence received: a new stream resumes after it. */
  get received(): number {
    return this.receivedThrough;
  }

  get delivered(): number {
    return this.tally.tokens;
  }

  /** The model and prompt ids the answer continues with; undefined before a worker started it. */
  get context(): AnswerContext | undefined {
    return this.answer;
  }

  /** The ids generated so far, when every chunk carried them (a resumed stream continues from them). */
  get generatedTokenIds(): readonly number[] | undefined {
    return this.idsComplete ? this.generated : undefined;
  }

  /** The ids of the tokens the consumer took, when every chunk carried them: where another run can continue. */
  get deliveredTokenIds(): readonly number[] | undefined {
    return this.idsComplete ? this.generated.slice(0, this.tally.lastSequence) : undefined;
  }

  /** Why the answer ended; undefined while it goes on. */
  get finishReason(): FinishReason | undefined {
    return this.finish;
  }

  /** Every chunk's text, in order: what an inexact engine continues from. */
  get text(): string {
    return this.receivedText;
  }

  /** Records what a worker said of the answer; the first one's model and prompt ids hold for the later ones. */
  started(context: AnswerContext): void {
    this.answer ??= { model: context.model, promptTokenIds: [...context.promptTokenIds] };
    if (context.inexact) this.tally.inexact = true;
  }

  /** Records the arrival of `token`, whose tokens follow `received`. */
  receive(token: Pick<Token, 'sequence' | 'tokenIds' | 'text'>): void {
    const pieces = token.tokenIds.length === 0 ? 1 : token.tokenIds.length;
    if (token.sequence !== this.receivedThrough + pieces) {
      throw new RangeError(`token ${token.sequence} received after ${this.receivedThrough}: attempts refuse these`);
    }
    this.receivedThrough = token.sequence;
    this.receivedText += token.text;
    if (token.tokenIds.length === 0) this.idsComplete = false;
    else this.generated.push(...token.tokenIds);
  }

  /** Records the end of the answer. */
  finished(reason: FinishReason): void {
    this.finish ??= reason;
  }

  /** Records that the consumer took `token`. */
  deliver(token: Pick<Token, 'sequence' | 'worker'>): void {
    const count = token.sequence - this.tally.lastSequence;
    this.tally.tokens += count;
    this.tally.lastSequence = token.sequence;
    this.tally.perWorker[token.worker] = (this.tally.perWorker[token.worker] ?? 0) + count;
  }

  /** Records a violation a worker attempt refused. */
  refused(kind: ViolationKind): void {
    this.tally.violations[kind]++;
  }

  snapshot(): Tally {
    return { ...this.tally, violations: { ...this.tally.violations }, perWorker: { ...this.tally.perWorker } };
  }
}
