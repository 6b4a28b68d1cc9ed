import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ServiceLog } from '@switchyard/log-events';

/** The repository root, from this file in `src/` or its build in `dist/`. */
export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * One pino log line of a service (`msg` plus its fields), and `readAt`: when this process read it, on its own
 * monotonic clock (`performance.now()`), which no clock change in the service can move.
 */
export type LogEvent = { msg: string; time: number; level: number; readAt: number } & Record<string, unknown>;

export type App = 'director' | 'worker' | 'client' | 'gateway' | 'engine-server';

export interface StartOptions {
  /** Run inside this network namespace (`ip netns exec`). */
  netns?: string;
  /** A name for failure messages. */
  name?: string;
}

/**
 * A service started from its build output (`node apps/<app>/dist/main.js`, or tools/ for the engine server) with its own
 * environment. Its stdout JSON lines are collected as events that tests wait on.
 */
export class ServiceProcess {
  readonly events: LogEvent[] = [];
  /** When the process was started, in the wall-clock milliseconds log lines carry as `time`. */
  readonly startedAt = Date.now();
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly waiters = new Set<() => void>();
  private stderr = '';

  /** Everything the process wrote to stderr so far (configuration refusals, for example). */
  get stderrText(): string {
    return this.stderr;
  }
  private buffered = '';
  private exitedFlag = false;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => this.onStdout(chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) =>
      // 'close' rather than 'exit': by then stdout and stderr have been read to the end.
      child.on('close', (code, signal) => {
        this.exitedFlag = true;
        this.notify();
        resolve({ code, signal });
      }),
    );
  }

  static start(app: App, env: Record<string, string>, options: StartOptions = {}): ServiceProcess {
    // The engine server (a model served like vLLM, an upstream for workers) is a tool, not one of the services.
    const entry = join(REPO_ROOT, app === 'engine-server' ? 'tools' : 'apps', app, 'dist', 'main.js');
    const [command, args] = options.netns
      ? ['ip', ['netns', 'exec', options.netns, process.execPath, entry]]
      : [process.execPath, [entry]];
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      // The admin port on a free port by default: scenarios run several services of a kind on one host.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ADMIN_ADDR: '127.0.0.1:0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServiceProcess(options.name ?? app, child);
  }

  /** The base URL of the admin port (`http://127.0.0.1:<port>`), once its `admin listening` line came. */
  async adminUrl(timeoutMs = 20_000): Promise<string> {
    const listening = await this.waitForMsg(ServiceLog.adminListening, {}, timeoutMs);
    return `http://${listening.host as string}:${listening.port as number}`;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return !this.exitedFlag;
  }

  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** SIGKILL (after SIGCONT, in case it was stopped) and wait for the exit. */
  async kill(): Promise<void> {
    this.signal('SIGCONT');
    this.signal('SIGKILL');
    await this.exited;
  }

  /** Events with this message, optionally matching `fields`. */
  find(msg: string, fields: Record<string, unknown> = {}): LogEvent[] {
    return this.events.filter(
      (event) => event.msg === msg && Object.entries(fields).every(([key, value]) => event[key] === value),
    );
  }

  /**
   * Resolves with the first event (from the start of the log) for which `predicate` holds, waiting
   * for it as lines arrive. Rejects after `timeoutMs` or when the process exits first, with the
   * tail of its log to show why.
   */
  waitFor(description: string, predicate: (event: LogEvent) => boolean, timeoutMs = 20_000): Promise<LogEvent> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.events.find(predicate);
        if (found) return finish(() => resolve(found));
        if (!this.running)
          finish(() => reject(new Error(`${this.name} exited before: ${description}\n${this.tail()}`)));
      };
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(
              new Error(`${this.name}: timed out after ${timeoutMs} ms waiting for: ${description}\n${this.tail()}`),
            ),
          ),
        timeoutMs,
      );
      this.waiters.add(check);
      check();
    });
  }

  /** `waitFor` on the message (and fields) alone. */
  waitForMsg(msg: string, fields: Record<string, unknown> = {}, timeoutMs?: number): Promise<LogEvent> {
    return this.waitFor(
      `"${msg}" ${JSON.stringify(fields)}`,
      (event) => event.msg === msg && Object.entries(fields).every(([key, value]) => event[key] === value),
      timeoutMs,
    );
  }

  /** The last log lines and stderr, for failure messages. */
  tail(lines = 15): string {
    const recent = this.events.slice(-lines).map((event) => JSON.stringify(event));
    return [
      `--- ${this.name} (pid ${this.pid}) last events:`,
      ...recent,
      this.stderr ? `--- stderr:\n${this.stderr.slice(-2000)}` : '',
    ].join('\n');
  }

  private onStdout(chunk: string): void {
    this.buffered += chunk;
    let newline: number;
    while ((newline = this.buffered.indexOf('\n')) >= 0) {
      const line = this.buffered.slice(0, newline);
      this.buffered = this.buffered.slice(newline + 1);
      try {
        this.events.push({ ...(JSON.parse(line) as LogEvent), readAt: performance.now() });
      } catch {
        this.stderr += `(stdout) ${line}\n`;
      }
    }
    this.notify();
  }

  private notify(): void {
    for (const check of [...this.waiters]) check();
  }
}
