import { ClientLog } from '@switchyard/log-events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Cluster,
  checkDelivery,
  deliveredTokens,
  type LogEvent,
  type ServiceProcess,
} from '@switchyard/service-harness';
import { loadOrCreateDevCa, type CertificateAuthority, type TrustMaterial } from '@switchyard/transport-quic';

/** What every client of a scenario asks for: the consumer-side check recomputes each token's text from it. */
export const PROMPT = 'e2e: tell me about connection replacement';

/** Settings that make scenarios run in seconds; every one is configuration, none is code. */
export const FAST = {
  worker: { WORKER_TOKEN_INTERVAL_MS: '100' },
  director: {},
  /** Membership for directors and workers: probes every 200 ms, push-pull every 2 s. */
  membership: {
    MEMBERSHIP_PROBE_INTERVAL_MS: '200',
    MEMBERSHIP_GOSSIP_INTERVAL_MS: '50',
    MEMBERSHIP_PUSH_PULL_INTERVAL_MS: '2000',
  },
  client: {
    CLIENT_HEARTBEAT_INTERVAL_MS: '1000',
    CLIENT_HEARTBEAT_TIMEOUT_MS: '800',
    CLIENT_CONNECT_TIMEOUT_MS: '800',
    CLIENT_DIRECTOR_TIMEOUT_MS: '800',
    CLIENT_RETRY_MS: '100',
    CLIENT_NO_WORKER_RETRY_MS: '200',
    CLIENT_RETRY_MAX_MS: '1000',
  },
};

export interface TlsFixture {
  dir: string;
  /** Every process gets its certificate from this development CA, issued for its own identity. */
  env: Record<string, string>;
  /** The CA, for clients in the test process. */
  trust: TrustMaterial;
  ca: CertificateAuthority;
}

/** A development CA in a fresh temporary folder; services started with `env` issue their own certificates from it. */
export async function writeTls(): Promise<TlsFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'switchyard-e2e-'));
  const devDir = join(dir, 'tls');
  const ca = await loadOrCreateDevCa(devDir);
  return { dir, ca, trust: { ca: ca.cert }, env: { TLS_DEV_DIR: devDir } };
}

export async function removeTls(tls: TlsFixture): Promise<void> {
  await rm(tls.dir, { recursive: true, force: true });
}

/** A cluster with fast timings, the fixture's TLS files, and clients logging every token. */
export function fastCluster(tls: TlsFixture, common: Record<string, string> = {}): Cluster {
  return new Cluster({
    common: { QUIC_MAX_UDP_PAYLOAD: '1452', ...tls.env, ...common },
    director: { ...FAST.membership, ...FAST.director },
    worker: { ...FAST.membership, ...FAST.worker },
    client: { LOG_LEVEL: 'debug', CLIENT_PROMPT: PROMPT, ...FAST.client },
  });
}

export type Summary = LogEvent & {
  /** `stop` or `length` once the answer ended; absent when the client stopped reading first. */
  finishReason?: string;
  tokens: number;
  failovers: number;
  violations: Record<string, number>;
  perWorker: Record<string, number>;
  maxFailoverMs: number;
  /** A worker whose engine continues from text served part of the answer. */
  inexact: boolean;
};

/** The client's `summary` line, once it has exited 0. */
export async function summaryOf(client: ServiceProcess, timeoutMs = 60_000): Promise<Summary> {
  const summary = await client.waitForMsg(ClientLog.summary, {}, timeoutMs);
  const exit = await client.exited;
  if (exit.code !== 0) throw new Error(`client exited with ${JSON.stringify(exit)}\n${client.tail()}`);
  return summary as Summary;
}

/**
 * Waits for the client to finish (exit 0, `summary`), then checks what it delivered from its own token lines, not
 * from its counters: exactly tokens 1…count, each once, in order, each with the text its (prompt, sequence) must
 * have. Throws naming the first problems; resolves with the summary.
 */
export async function deliveredExactly(client: ServiceProcess, count: number, prompt = PROMPT): Promise<Summary> {
  const summary = await summaryOf(client);
  const report = checkDelivery(deliveredTokens(client), prompt, count);
  if (report.problems.length > 0) {
    throw new Error(`${client.name} did not deliver tokens 1-${count} exactly:\n  ${report.problems.join('\n  ')}`);
  }
  return summary;
}

/** Waits until the client has received token `sequence` and returns the worker serving it. */
export async function streamingAt(client: ServiceProcess, sequence: number): Promise<string> {
  await client.waitFor(`token ${sequence}`, (e) => e.msg === ClientLog.token && (e.sequence as number) >= sequence);
  const assigned = client.find(ClientLog.workerAssigned);
  return assigned[assigned.length - 1].worker as string;
}
