import { ClientLog } from '@switchyard/log-events';
import { SyntheticAnswer } from '@switchyard/protocol';
import type { ServiceProcess } from './service-process.js';

/** A token as its consumer received it. */
export interface DeliveredToken {
  sequence: number;
  text: string;
  /** The engine's token id; unchecked when absent. */
  tokenIds?: number[];
}

/** What a consumer received, against what the synthetic stream of its prompt must deliver. */
export interface DeliveryReport {
  /** Tokens received. */
  delivered: number;
  /** Sequence numbers never received (skipped, or missing at the end). */
  missing: number;
  /** Tokens received at or below a sequence number already received (repeats, or out of order). */
  repeated: number;
  /** Tokens in place whose text or token id is not the one their (prompt, sequence) must have. */
  wrongText: number;
  /** The first problems found, one line each; empty when the delivery is exact. */
  problems: string[];
}

const MAX_PROBLEMS = 10;

/**
 * The consumer's own check of a session, independent of the client's counters: the tokens received are exactly
 * `after + 1 … after + count`, each once, in order (a chunk of several ids covers as many sequence numbers), and,
 * given the prompt of a synthetic answer, every text and id is the synthetic one of (prompt, sequence); a real
 * model's answer has no such oracle here (`prompt` undefined: order and completeness only).
 * Feed it tokens as they arrive (`add`), then `finish`.
 */
export class DeliveryCheck {
  private readonly answer: SyntheticAnswer | undefined;
  private next: number;
  private readonly report: DeliveryReport = { delivered: 0, missing: 0, repeated: 0, wrongText: 0, problems: [] };

  constructor(prompt: string | undefined, after = 0) {
    this.answer = prompt === undefined ? undefined : new SyntheticAnswer(prompt);
    this.next = after + 1;
  }

  add(token: DeliveredToken): void {
    this.report.delivered++;
    const { sequence, text } = token;
    const first = sequence - Math.max(1, token.tokenIds?.length ?? 1) + 1;
    if (first < this.next) {
      this.report.repeated++;
      return this.problem(`token ${first} received again after ${this.next - 1}`);
    }
    if (first > this.next) {
      this.report.missing += first - this.next;
      this.problem(`tokens ${this.next}–${first - 1} never received`);
    }
    this.next = sequence + 1;
    if (!this.answer) return;
    const expected = this.answer.text(sequence);
    const expectedId = this.answer.tokenId(sequence);
    if (text !== expected) {
      this.report.wrongText++;
      this.problem(`token ${sequence} is ${JSON.stringify(text)}, not ${JSON.stringify(expected)}`);
    } else if (token.tokenIds && (token.tokenIds.length !== 1 || token.tokenIds[0] !== expectedId)) {
      this.report.wrongText++;
      this.problem(`token ${sequence} has ids ${JSON.stringify(token.tokenIds)}, not [${expectedId}]`);
    }
  }

  /** The report, with the tokens up to `through` that never came counted as missing. */
  finish(through?: number): DeliveryReport {
    const report = { ...this.report, problems: [...this.report.problems] };
    if (through !== undefined && through >= this.next) {
      report.missing += through - this.next + 1;
      if (report.problems.length < MAX_PROBLEMS) report.problems.push(`tokens ${this.next}–${through} never received`);
    }
    return report;
  }

  private problem(line: string): void {
    if (this.report.problems.length < MAX_PROBLEMS) this.report.problems.push(line);
  }
}

/**
 * Checks tokens already collected: exactly 1…count once each, in order, each with its synthetic text (given the
 * prompt of a synthetic answer).
 */
export function checkDelivery(
  tokens: Iterable<DeliveredToken>,
  prompt: string | undefined,
  count: number,
): DeliveryReport {
  const check = new DeliveryCheck(prompt);
  for (const token of tokens) check.add(token);
  return check.finish(count);
}

/** The tokens a client process delivered, from its `token` log lines (they are logged at level debug). */
export function deliveredTokens(client: ServiceProcess): DeliveredToken[] {
  return client.find(ClientLog.token).map((event) => ({
    sequence: event.sequence as number,
    text: event.text as string,
    tokenIds: event.tokenIds as number[] | undefined,
  }));
}
