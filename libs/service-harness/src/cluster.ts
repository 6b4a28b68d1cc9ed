import { DirectorLog, EngineServerLog, GatewayLog, WorkerLog } from '@switchyard/log-events';
import { ServiceProcess, type App, type StartOptions } from './service-process.js';

/** Environment every process of a cluster gets (`common`, TLS files for example), then per service. */
export interface ClusterDefaults {
  common?: Record<string, string>;
  director?: Record<string, string>;
  worker?: Record<string, string>;
  client?: Record<string, string>;
  gateway?: Record<string, string>;
  'engine-server'?: Record<string, string>;
}

/** A director's ports, found from its `director listening` line; a restart under its name reuses them. */
export interface DirectorPorts {
  clientPort: number;
  mgmtPort: number;
  membershipPort: number;
}

/**
 * The processes of one scenario: directors, workers and clients on 127.0.0.1 (free ports, found from their
 * logs), joined into one cluster through the directors, started in readiness order and all stopped by `stop`.
 */
export class Cluster {
  readonly processes: ServiceProcess[] = [];
  /** Ports of every director started, by name. */
  readonly directors = new Map<string, DirectorPorts>();
  private readonly running = new Map<string, ServiceProcess>();

  constructor(private readonly defaults: ClusterDefaults = {}) {}

  /** The first director's ports. */
  get directorPorts(): DirectorPorts | undefined {
    return this.directors.values().next().value;
  }

  /** Membership seeds: every director started so far. */
  get seeds(): string {
    return [...this.directors.values()].map((d) => `127.0.0.1:${d.membershipPort}`).join(',') || 'none';
  }

  /** Starts a director (joining the directors already started) and waits until it listens. */
  async startDirector(env: Record<string, string> = {}, name = 'd1'): Promise<ServiceProcess> {
    const ports = this.directors.get(name);
    const others = [...this.directors.entries()].filter(([other]) => other !== name);
    const director = this.start(
      'director',
      {
        DIRECTOR_NAME: name,
        DIRECTOR_CLIENT_ADDR: `127.0.0.1:${ports?.clientPort ?? 0}`,
        DIRECTOR_MGMT_ADDR: `127.0.0.1:${ports?.mgmtPort ?? 0}`,
        MEMBERSHIP_ADDR: `127.0.0.1:${ports?.membershipPort ?? 0}`,
        MEMBERSHIP_SEEDS: others.map(([, p]) => `127.0.0.1:${p.membershipPort}`).join(',') || 'none',
        ...env,
      },
      { name },
    );
    const listening = await director.waitForMsg(DirectorLog.listening);
    this.directors.set(name, {
      clientPort: listening.clientPort as number,
      mgmtPort: listening.mgmtPort as number,
      membershipPort: listening.membershipPort as number,
    });
    this.running.set(name, director);
    return director;
  }

  /**
   * Starts a worker on free ports, joining through the directors, and waits until every running director
   * sees it available.
   */
  async startWorker(label: string, env: Record<string, string> = {}): Promise<ServiceProcess> {
    const worker = this.start(
      'worker',
      {
        WORKER_LABEL: label,
        WORKER_ADDR: '127.0.0.1:0',
        MEMBERSHIP_ADDR: '127.0.0.1:0',
        MEMBERSHIP_SEEDS: this.seeds,
        ...env,
      },
      { name: label },
    );
    await worker.waitForMsg(WorkerLog.joined);
    const directors = [...this.running.values()].filter((d) => d.running);
    await Promise.all(
      directors.map((d) =>
        d.waitFor(
          `${label} available`,
          (e) => e.msg === DirectorLog.workerAvailable && e.worker === label && e.time >= worker.startedAt,
        ),
      ),
    );
    return worker;
  }

  /** Starts a client of every director started so far. */
  startClient(env: Record<string, string> = {}): ServiceProcess {
    const targets = [...this.directors.values()].map((d) => `localhost:${d.clientPort}`).join(',');
    return this.start('client', { DIRECTOR_TARGET: targets, ...env });
  }

  /**
   * Starts an engine server (tools/engine-server: a GGUF model served like vLLM) on a free loopback port and
   * resolves, once it serves the model, with the process and the URL workers with `WORKER_ENGINE=openai` call.
   */
  async startEngineServer(env: Record<string, string>): Promise<{ process: ServiceProcess; url: string }> {
    const server = this.start('engine-server', { ENGINE_ADDR: '127.0.0.1:0', ...env });
    const { port } = await server.waitForMsg(EngineServerLog.listening);
    await server.waitForMsg(EngineServerLog.serving);
    return { process: server, url: `http://127.0.0.1:${port as number}` };
  }

  /**
   * Starts a gateway of every director started so far on a free loopback port and resolves, once it listens, with
   * the process and the base URL of its OpenAI-compatible API (`http://127.0.0.1:<port>/v1`).
   */
  async startGateway(env: Record<string, string> = {}): Promise<{ process: ServiceProcess; url: string }> {
    const targets = [...this.directors.values()].map((d) => `localhost:${d.clientPort}`).join(',');
    const gateway = this.start('gateway', { DIRECTOR_TARGET: targets, GATEWAY_ADDR: '127.0.0.1:0', ...env });
    const { port } = await gateway.waitForMsg(GatewayLog.listening);
    return { process: gateway, url: `http://127.0.0.1:${port as number}/v1` };
  }

  /** Starts any service with the cluster's defaults under `env`. */
  start(app: App, env: Record<string, string>, options: StartOptions = {}): ServiceProcess {
    const service = ServiceProcess.start(app, { ...this.defaults.common, ...this.defaults[app], ...env }, options);
    this.processes.push(service);
    return service;
  }

  async stop(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.kill()));
  }
}
