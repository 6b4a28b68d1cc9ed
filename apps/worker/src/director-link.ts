import { Backoff } from '@switchyard/heartbeat';
import { formatHostPort, type HostPort } from '@switchyard/config';
import type { Logger } from '@switchyard/logging';
import { RegistryService } from '@switchyard/protocol';
import { RpcCode, RpcError, createClient, type ServiceClient } from '@switchyard/rpc';
import { connectRpc, type RpcConnection, type TlsMaterial } from '@switchyard/transport-quic';

export interface DirectorLinkOptions {
  director: HostPort;
  serverName?: string;
  label: string;
  /** The address clients dial, `host:port`. */
  addr: string;
  intervalMs: number;
  state(): { available: boolean; load: number };
  tls: TlsMaterial;
  maxUdpPayloadBytes: number;
  logger: Logger;
}

/**
 * Keeps the worker registered with the director: registers, then sends its state every interval
 * and at once when `push` is called. When the director is unreachable it re-dials with backoff and
 * jitter; when the director does not know it (restarted, or expired it) it registers again.
 */
export class DirectorLink {
  private stopped = false;
  private connection: RpcConnection | undefined;
  private registry: ServiceClient<typeof RegistryService> | undefined;
  private wake: (() => void) | undefined;
  private pushRequested = false;
  private pending: Promise<void> | undefined;
  private readonly backoff: Backoff;
  private readonly callTimeoutMs: number;

  constructor(private readonly options: DirectorLinkOptions) {
    this.backoff = new Backoff({
      initialMs: Math.min(1000, options.intervalMs),
      maxMs: Math.max(1000, 2 * options.intervalMs),
    });
    this.callTimeoutMs = Math.max(100, Math.min(3000, options.intervalMs));
  }

  start(): void {
    this.pending = this.run();
  }

  /** Sends the current state now instead of at the next interval. */
  push(): void {
    this.pushRequested = true;
    this.wake?.();
  }

  /** Sends a last heartbeat (so the director learns the final state now, not at the TTL), then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.registry
      ?.heartbeat(
        { label: this.options.label, ...this.options.state() },
        { timeoutMs: Math.min(1000, this.callTimeoutMs) },
      )
      .catch(() => undefined);
    await this.connection?.close();
    await this.pending;
  }

  private async run(): Promise<void> {
    const { logger } = this.options;
    while (!this.stopped) {
      try {
        await this.session();
      } catch (error) {
        if (this.stopped) break;
        const retryInMs = this.backoff.next();
        logger.warn(
          { err: RpcError.from(error).message, retryInMs, director: formatHostPort(this.options.director) },
          'director unreachable',
        );
        await this.connection?.close().catch(() => undefined);
        this.connection = undefined;
        this.registry = undefined;
        await this.sleep(retryInMs);
      }
    }
  }

  /** One connection's life: register, then heartbeat until something fails. */
  private async session(): Promise<void> {
    const { director, serverName, tls, maxUdpPayloadBytes, logger } = this.options;
    this.connection = await connectRpc({
      ...director,
      serverName,
      tls,
      maxUdpPayloadBytes,
      connectTimeoutMs: this.callTimeoutMs,
      logger: logger.child({ component: 'quic' }),
    });
    const registry = createClient(RegistryService, this.connection.client);
    this.registry = undefined;
    const register = async () => {
      const response = await registry.register(
        { label: this.options.label, addr: this.options.addr, ...this.options.state() },
        { timeoutMs: this.callTimeoutMs },
      );
      logger.info({ director: formatHostPort(director), ttlMs: response.ttlMs }, 'registered with director');
    };
    await register();
    this.registry = registry;
    this.backoff.reset();
    while (!this.stopped) {
      await this.sleep(this.options.intervalMs);
      if (this.stopped) return;
      try {
        await registry.heartbeat(
          { label: this.options.label, ...this.options.state() },
          { timeoutMs: this.callTimeoutMs },
        );
      } catch (error) {
        if (!(error instanceof RpcError && error.remote && error.code === RpcCode.NotFound)) throw error;
        logger.info('director does not know this worker: registering again');
        await register();
      }
    }
  }

  /** Waits `ms`, or less when `push` or `stop` is called (or was, since the last wait). */
  private sleep(ms: number): Promise<void> {
    if (this.pushRequested || this.stopped) {
      this.pushRequested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        this.pushRequested = false;
        done();
      };
    });
  }
}
