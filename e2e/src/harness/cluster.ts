import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevTls, type TlsMaterial } from '@switchyard/transport-quic';
import { ServiceProcess, type LogEvent, type StartOptions } from '@switchyard/service-harness';

/** Settings that make scenarios run in seconds; every one is configuration, none is code. */
export const FAST = {
  worker: { WORKER_HEARTBEAT_INTERVAL_MS: '200', WORKER_TOKEN_INTERVAL_MS: '100' },
  director: { DIRECTOR_WORKER_TTL_MS: '1000' },
  client: {
    CLIENT_HEARTBEAT_INTERVAL_MS: '1000',
    CLIENT_HEARTBEAT_TIMEOUT_MS: '800',
    CLIENT_RETRY_MS: '100',
    CLIENT_NO_WORKER_RETRY_MS: '200',
    CLIENT_RETRY_MAX_MS: '1000',
  },
};

export interface TlsFiles {
  dir: string;
  env: Record<string, string>;
  material: TlsMaterial;
}

/** A CA and one certificate (localhost) written to files, passed to services as TLS_* variables. */
export async function writeTls(names: string[] = ['localhost']): Promise<TlsFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'switchyard-e2e-'));
  const material = await createDevTls(names);
  await writeFile(join(dir, 'ca.pem'), material.ca);
  await writeFile(join(dir, 'cert.pem'), material.cert);
  await writeFile(join(dir, 'key.pem'), material.key, { mode: 0o600 });
  return { dir, material, env: { TLS_CA_FILE: join(dir, 'ca.pem'), TLS_CERT_FILE: join(dir, 'cert.pem'), TLS_KEY_FILE: join(dir, 'key.pem') } };
}

/**
 * The processes of one scenario: a director, workers and clients on 127.0.0.1 (or in namespaces),
 * all stopped by `stop`.
 */
export class Cluster {
  readonly processes: ServiceProcess[] = [];
  directorPorts: { clientPort: number; mgmtPort: number } | undefined;

  constructor(
    readonly tls: TlsFiles,
    private readonly common: Record<string, string> = { QUIC_MAX_UDP_PAYLOAD: '1452' },
  ) {}

  /** Starts the director (on free ports the first time, on the same ports on a restart) and waits until it listens. */
  async startDirector(env: Record<string, string> = {}, options: StartOptions = {}): Promise<ServiceProcess> {
    const ports = this.directorPorts;
    const director = this.start('director', {
      DIRECTOR_CLIENT_ADDR: `127.0.0.1:${ports?.clientPort ?? 0}`,
      DIRECTOR_MGMT_ADDR: `127.0.0.1:${ports?.mgmtPort ?? 0}`,
      ...FAST.director,
      ...env,
    }, options);
    const listening = await director.waitForMsg('director listening');
    this.directorPorts = { clientPort: listening.clientPort as number, mgmtPort: listening.mgmtPort as number };
    return director;
  }

  /** Starts a worker and waits until the director has registered it. */
  async startWorker(label: string, env: Record<string, string> = {}, options: StartOptions = {}): Promise<ServiceProcess> {
    const worker = this.start('worker', {
      WORKER_LABEL: label,
      WORKER_ADDR: '127.0.0.1:0',
      DIRECTOR_MGMT_TARGET: `localhost:${this.directorPorts!.mgmtPort}`,
      ...FAST.worker,
      ...env,
    }, { name: label, ...options });
    await worker.waitForMsg('registered with director');
    return worker;
  }

  /** Starts a client with debug logs (one line per token). */
  startClient(env: Record<string, string> = {}, options: StartOptions = {}): ServiceProcess {
    return this.start('client', { DIRECTOR_TARGET: `localhost:${this.directorPorts!.clientPort}`, LOG_LEVEL: 'debug', ...FAST.client, ...env }, options);
  }

  start(app: 'director' | 'worker' | 'client', env: Record<string, string>, options: StartOptions = {}): ServiceProcess {
    const service = ServiceProcess.start(app, { ...this.common, ...this.tls.env, ...env }, options);
    this.processes.push(service);
    return service;
  }

  async stop(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.kill()));
  }
}

export async function removeTls(tls: TlsFiles): Promise<void> {
  await rm(tls.dir, { recursive: true, force: true });
}

/** The client's `summary` line, once it has exited 0. */
export async function summaryOf(client: ServiceProcess, timeoutMs = 60_000): Promise<LogEvent & { tokens: number; gaps: number; duplicates: number; failovers: number; perWorker: Record<string, number>; maxFailoverMs: number }> {
  const summary = await client.waitForMsg('summary', {}, timeoutMs);
  const exit = await client.exited;
  if (exit.code !== 0) throw new Error(`client exited with ${JSON.stringify(exit)}\n${client.tail()}`);
  return summary as never;
}

/** Waits until the client has received token `sequence` and returns the worker serving it. */
export async function streamingAt(client: ServiceProcess, sequence: number): Promise<string> {
  await client.waitFor(`token ${sequence}`, (e) => e.msg === 'token' && (e.sequence as number) >= sequence);
  const assigned = client.find('worker assigned');
  return assigned[assigned.length - 1].worker as string;
}
