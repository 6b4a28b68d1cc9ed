import { Backoff, sleep, type Clock } from '@switchyard/heartbeat';
import { WorkerLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import { RegistryService, formatEndpoint, type Endpoint } from '@switchyard/protocol';
import { RpcCode, RpcError, createClient, type Dial, type RpcChannel, type ServiceClient } from '@switchyard/rpc';

/** First delay before dialling an unreachable director again. */
export const LINK_RETRY_FIRST_MS = 1000;
/** Longest delay between two dials: about the time a director keeps a silent worker. */
export const LINK_RETRY_MAX_MS = 10_000;
/** Growth of the delay per failed dial. */
export const LINK_RETRY_FACTOR = 2;
/** Ceiling of any call or dial timeout to the director. */
export const LINK_CALL_TIMEOUT_MAX_MS = 3000;

export interface DirectorLinkOptions {
  director: Endpoint;
  dial: Dial;
  clock: Clock;
  /** Uniform in [0, 1), for backoff jitter. */
  random?: () => number;
  label: string;
  /** This process, as told apart from earlier ones with the same label. */
  instanceId: string;
  /** Where clients dial this worker. */
  endpoint: Endpoint;
  intervalMs: number;
  state(): { available: boolean; load: number };
  logger: Logger;
}

/**
 * Keeps the worker registered with the director: registers, then sends its state every interval and
 * at once when `push` is called. When the director is unreachable it dials again with backoff and
 * jitter; when the director does not know it (restarted, or expired it) it registers again.
 */
export class DirectorLink {
  private stopped = false;
  private readonly stopping = new AbortController();
  private channel: RpcChannel | undefined;
  private registry: ServiceClient<typeof RegistryService> | undefined;
  private wake: AbortController | undefined;
  private pushRequested = false;
  private running: Promise<void> | undefined;
  private readonly backoff: Backoff;
  /** Every call and dial: at most `LINK_CALL_TIMEOUT_MAX_MS`, less with short intervals. */
  readonly callTimeoutMs: number;

  constructor(private readonly options: DirectorLinkOptions) {
    this.backoff = new Backoff({
      initialMs: Math.min(LINK_RETRY_FIRST_MS, options.intervalMs),
      maxMs: Math.max(LINK_RETRY_FIRST_MS, Math.min(LINK_RETRY_MAX_MS, 2 * options.intervalMs)),
      multiplier: LINK_RETRY_FACTOR,
      random: options.random,
    });
    this.callTimeoutMs = Math.max(100, Math.min(LINK_CALL_TIMEOUT_MAX_MS, options.intervalMs));
  }

  start(): void {
    this.running = this.run();
  }

  /** Sends the current state now instead of at the next interval. */
  push(): void {
    this.pushRequested = true;
    this.wake?.abort();
  }

  /** Sends a last heartbeat (so the director learns the final state now, not at the TTL), then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    const last = { label: this.options.label, instanceId: this.options.instanceId, ...this.options.state() };
    await this.registry?.heartbeat(last, { timeoutMs: Math.min(1000, this.callTimeoutMs) }).catch(() => undefined);
    await this.channel?.close();
    await this.running;
  }

  private async run(): Promise<void> {
    const { logger, clock } = this.options;
    while (!this.stopped) {
      try {
        await this.session();
      } catch (error) {
        if (this.stopped) break;
        const retryInMs = this.backoff.next();
        const director = formatEndpoint(this.options.director);
        logger.warn({ err: RpcError.from(error).message, retryInMs, director }, WorkerLog.directorUnreachable);
        await this.channel?.close().catch(() => undefined);
        this.channel = undefined;
        this.registry = undefined;
        await sleep(clock, retryInMs, this.stopping.signal);
      }
    }
  }

  /** One connection's life: register, then heartbeat until something fails. */
  private async session(): Promise<void> {
    const { director, dial, logger, label, instanceId, endpoint } = this.options;
    const channel = await dial(director, { timeoutMs: this.callTimeoutMs, signal: this.stopping.signal });
    this.channel = channel;
    // A broken connection is noticed at once (the next heartbeat then fails), not an interval later.
    void channel.closed.then(() => {
      if (this.channel === channel) this.wake?.abort();
    });
    const registry = createClient(RegistryService, channel.client);
    this.registry = undefined;
    const register = async () => {
      const state = { label, instanceId, endpoint, ...this.options.state() };
      const response = await registry.register(state, { timeoutMs: this.callTimeoutMs });
      logger.info({ director: formatEndpoint(director), ttlMs: response.ttlMs }, WorkerLog.registered);
    };
    await register();
    this.registry = registry;
    this.backoff.reset();
    while (!this.stopped) {
      await this.pause(this.options.intervalMs);
      if (this.stopped) return;
      try {
        await registry.heartbeat({ label, instanceId, ...this.options.state() }, { timeoutMs: this.callTimeoutMs });
      } catch (error) {
        if (!(error instanceof RpcError && error.remote && error.code === RpcCode.NotFound)) throw error;
        logger.info(WorkerLog.registeringAgain);
        await register();
      }
    }
  }

  /** Waits `ms`, or less when `push` or `stop` is called (or was, since the last wait). */
  private async pause(ms: number): Promise<void> {
    if (!this.pushRequested && !this.stopped) {
      this.wake = new AbortController();
      const onStop = () => this.wake?.abort();
      this.stopping.signal.addEventListener('abort', onStop);
      await sleep(this.options.clock, ms, this.wake.signal);
      this.stopping.signal.removeEventListener('abort', onStop);
      this.wake = undefined;
    }
    this.pushRequested = false;
  }
}
