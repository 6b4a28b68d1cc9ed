import { DirectorLog, WorkerLog } from '@switchyard/log-events';
import { ServiceProcess, type App, type StartOptions } from './service-process.js';

/** Environment every process of a cluster gets (`common`, TLS files for example), then per service. */
export interface ClusterDefaults {
  common?: Record<string, string>;
  director?: Record<string, string>;
  worker?: Record<string, string>;
  client?: Record<string, string>;
}

/**
 * The processes of one scenario: a director, workers and clients on 127.0.0.1 (free ports, found
 * from their logs), started in readiness order and all stopped by `stop`.
 */
export class Cluster {
  readonly processes: ServiceProcess[] = [];
  /** The director's ports once it has started; a restart reuses them. */
  directorPorts: { clientPort: number; mgmtPort: number } | undefined;

  constructor(private readonly defaults: ClusterDefaults = {}) {}

  /** Starts the director and waits until it listens. */
  async startDirector(env: Record<string, string> = {}): Promise<ServiceProcess> {
    const ports = this.directorPorts;
    const director = this.start('director', {
      DIRECTOR_CLIENT_ADDR: `127.0.0.1:${ports?.clientPort ?? 0}`,
      DIRECTOR_MGMT_ADDR: `127.0.0.1:${ports?.mgmtPort ?? 0}`,
      ...env,
    });
    const listening = await director.waitForMsg(DirectorLog.listening);
    this.directorPorts = { clientPort: listening.clientPort as number, mgmtPort: listening.mgmtPort as number };
    return director;
  }

  /** Starts a worker on a free port and waits until the director has registered it. */
  async startWorker(label: string, env: Record<string, string> = {}): Promise<ServiceProcess> {
    const worker = this.start(
      'worker',
      {
        WORKER_LABEL: label,
        WORKER_ADDR: '127.0.0.1:0',
        DIRECTOR_MGMT_TARGET: `localhost:${this.directorPorts!.mgmtPort}`,
        ...env,
      },
      { name: label },
    );
    await worker.waitForMsg(WorkerLog.registered);
    return worker;
  }

  startClient(env: Record<string, string> = {}): ServiceProcess {
    return this.start('client', { DIRECTOR_TARGET: `localhost:${this.directorPorts!.clientPort}`, ...env });
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
