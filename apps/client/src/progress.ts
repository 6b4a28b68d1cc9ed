import { Writable } from 'node:stream';
import type { Status } from '@switchyard/session';

/**
 * A live status line at the bottom of a terminal (tokens/s, current worker, failovers). Log lines
 * go through `output`, which clears the status line, writes the log line and redraws it.
 */
export class ProgressLine {
  readonly output: Writable;
  private line = '';
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastTokens = 0;
  private lastAt = performance.now();
  private rate = 0;

  constructor(
    private readonly terminal: NodeJS.WriteStream,
    private readonly target: number,
  ) {
    this.output = new Writable({
      write: (chunk, _encoding, done) => {
        this.terminal.write(`\r\x1b[K${String(chunk)}${this.line}`);
        done();
      },
    });
  }

  start(status: () => Status): void {
    this.timer = setInterval(() => this.draw(status()), 500);
  }

  stop(): void {
    clearInterval(this.timer);
    if (this.line) this.terminal.write('\r\x1b[K');
    this.line = '';
  }

  private draw(status: Status): void {
    const now = performance.now();
    const seconds = (now - this.lastAt) / 1000;
    if (seconds >= 1) {
      this.rate = (status.tokens - this.lastTokens) / seconds;
      this.lastTokens = status.tokens;
      this.lastAt = now;
    }
    const of = this.target > 0 ? `/${this.target}` : '';
    this.line = `tokens ${status.tokens}${of}  ${this.rate.toFixed(1)}/s  worker ${status.worker ?? '(connecting)'}  failovers ${status.failovers}`;
    this.terminal.write(`\r\x1b[K${this.line}`);
  }
}
