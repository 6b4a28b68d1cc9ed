import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemberLog, WorkerLog } from '@switchyard/log-events';
import {
  DirectorService,
  RegistryService,
  WorkerService,
  type MethodDescriptor,
  type ServiceDefinition,
} from '@switchyard/protocol';
import { createClient } from '@switchyard/rpc';
import { Cluster } from '@switchyard/service-harness';
import {
  QuicConnection,
  connectRpc,
  loadOrCreateDevCa,
  loadOrCreateDevTls,
  type DialTls,
  type Identity,
  type RpcConnection,
} from '@switchyard/transport-quic';
import { abuseCases, type AbuseResult } from './abuse.js';
import { fuzzPort, peakRssMiB, type PortResult, type Target } from './campaign.js';
import { forgedStatement, fuzzMembership, type MembershipTarget } from './membership.js';

/** Peak resident memory a service may reach while fuzzed and abused. */
export const RSS_BOUND_MIB = 256;

export interface CampaignReport {
  ports: PortResult[];
  abuse: AbuseResult[];
  crashes: string[];
  /** Times the director suspected w1 and w1 refuted it (a busy machine can cause one; a death is a crash). */
  suspicions: number;
  peakRssMiB: Record<string, number>;
}

const methodsOf = (service: ServiceDefinition): MethodDescriptor[] => Object.values(service.methods);

/**
 * A director and a worker as real processes, and against each of their three RPC ports (the director's
 * client and management ports, the worker's port) `casesPerPort` generated inputs, then the abuse cases,
 * then hostile datagrams at both membership ports. The management port is fuzzed with an operator identity,
 * so inputs reach the handlers; the datagrams are signed by a worker identity of the CA where they are signed.
 */
export async function runCampaign(casesPerPort: number, seed: number): Promise<CampaignReport> {
  const dir = await mkdtemp(join(tmpdir(), 'switchyard-fuzz-'));
  const devDir = join(dir, 'tls');
  const ca = await loadOrCreateDevCa(devDir);
  const as = async (identity: Identity) => loadOrCreateDevTls(devDir, identity);
  const cluster = new Cluster({
    common: { TLS_DEV_DIR: devDir, LOG_LEVEL: 'warn', QUIC_MAX_CONNECTIONS_PER_PEER: '64' },
    // Every input and every probe comes from 127.0.0.1: at the default rate (10 a second per address) the director
    // would refuse the probes' AssignWorker calls once the fuzzed ones used up the address's budget.
    director: { DIRECTOR_ASSIGN_RATE: '1000000', DIRECTOR_ASSIGN_BURST: '1000000' },
  });
  const connections: RpcConnection[] = [];
  const connect = async (port: number, tls: DialTls) => {
    const connection = await connectRpc({ tls, host: '127.0.0.1', port, connectTimeoutMs: 5000 });
    connections.push(connection);
    return connection;
  };
  try {
    const director = await cluster.startDirector({ LOG_LEVEL: 'info' });
    const worker = await cluster.startWorker('w1', { LOG_LEVEL: 'info' });
    const workerPort = worker.find(WorkerLog.listening)[0].port as number;
    const { clientPort, mgmtPort } = cluster.directorPorts!;
    const operator = await as({ role: 'operator', name: 'fuzz' });
    const registry = createClient(RegistryService, (await connect(mgmtPort, operator)).client);
    const [genuine] = (await registry.listWorkers({})).workers;
    /**
     * Throws unless the director still sees w1 where it was, and alive and available (or suspected: a busy machine
     * can delay an ack, and w1 refutes it; what no input may do is kill w1, move it or change its tags).
     */
    const w1Unchanged = async () => {
      const { workers } = await registry.listWorkers({}, { timeoutMs: 5000 });
      const w1 = workers.find((w) => w.label === 'w1');
      if (!w1 || (w1.status !== 'alive' && w1.status !== 'suspect')) throw new Error(`w1 is ${w1?.status ?? 'gone'}`);
      if (w1.status === 'alive' && !w1.available) throw new Error('w1 is alive but says it is unavailable');
      if (w1.endpoint?.port !== genuine.endpoint?.port) throw new Error('w1 moved');
    };
    /**
     * A normal call on the connection held since the start; when it fails, the same call on a new connection
     * says whether the server or only that connection stopped answering.
     */
    const probe = (port: number, tls: DialTls, call: (connection: RpcConnection) => Promise<unknown>) => {
      let held: Promise<RpcConnection> | undefined;
      return async () => {
        try {
          held ??= connect(port, tls);
          await call(await held);
        } catch (error) {
          const fresh = await connectRpc({ tls, host: '127.0.0.1', port, connectTimeoutMs: 5000 })
            .then(async (connection) => {
              try {
                await call(connection);
                return 'succeeded';
              } finally {
                await connection.close();
              }
            })
            .catch((e: unknown) => `failed too: ${(e as Error).message}`);
          throw new Error(`${(error as Error).message}; the same call on a new connection ${fresh}`, { cause: error });
        }
      };
    };
    const targets: Target[] = [
      {
        name: 'director client port',
        port: clientPort,
        tls: { ca: ca.cert },
        methods: methodsOf(DirectorService),
        probe: probe(clientPort, { ca: ca.cert }, (c) =>
          createClient(DirectorService, c.client).assignWorker({}, { timeoutMs: 5000 }),
        ),
      },
      {
        name: 'director management port (operator identity)',
        port: mgmtPort,
        tls: operator,
        methods: methodsOf(RegistryService),
        probe: w1Unchanged,
      },
      {
        name: 'worker port',
        port: workerPort,
        tls: { ca: ca.cert },
        methods: methodsOf(WorkerService),
        probe: probe(workerPort, { ca: ca.cert }, (c) =>
          createClient(WorkerService, c.client).ping({}, { timeoutMs: 5000 }),
        ),
      },
    ];
    const ports: PortResult[] = [];
    for (const target of targets) ports.push(await fuzzPort(target, { cases: casesPerPort, seed }));
    const member = await as({ role: 'worker', name: 'fuzz' });
    const abuse = await abuseCases({ targets, worker: member, mgmtPort });
    const membershipTargets: MembershipTarget[] = [
      {
        name: 'director membership port',
        address: { host: '127.0.0.1', port: cluster.directorPorts!.membershipPort },
        member: 'spiffe://switchyard/director/d1',
        probe: w1Unchanged,
      },
      {
        name: 'worker membership port',
        address: { host: '127.0.0.1', port: worker.find(MemberLog.listening)[0].port as number },
        member: 'spiffe://switchyard/worker/w1',
        probe: w1Unchanged,
      },
    ];
    abuse.push(...(await fuzzMembership(membershipTargets, member, { cases: casesPerPort, seed })));
    abuse.push(await forgedStatement(membershipTargets[0], member, Number(genuine.incarnation)));
    const crashes = [director, worker].filter((p) => !p.running).map((p) => `${p.name} exited:\n${p.tail()}`);
    for (const target of targets) {
      await target.probe().catch((error: unknown) => crashes.push(`${target.name}: ${(error as Error).message}`));
    }
    const peak = { director: peakRssMiB(director.pid), worker: peakRssMiB(worker.pid) };
    const w1Id = 'spiffe://switchyard/worker/w1';
    if (director.find(MemberLog.dead, { member: w1Id }).length > 0) {
      crashes.push(`the director found w1 dead during the campaign\n${director.tail(40)}\n${worker.tail(40)}`);
    }
    const suspicions = director.find(MemberLog.suspected, { member: w1Id }).length;
    return { ports, abuse, crashes, suspicions, peakRssMiB: peak };
  } finally {
    await Promise.all(connections.map((c) => c.close()));
    // Every connection of the campaign is closed: let them finish closing and release the dialling socket, so
    // nothing of the campaign outlives it. Closing drains for three probe timeouts, which grow with the round trips
    // a loaded machine measures: seconds, at worst (a fixed cap of 5 s left the socket open in one CI run).
    await QuicConnection.releaseSocket();
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Markdown for docs/security.md. */
export function reportMarkdown(report: CampaignReport, command: string, machine: string): string {
  const outcomes = (r: PortResult) =>
    Object.entries(r.outcomes)
      .sort((a, b) => b[1] - a[1])
      .map(([outcome, n]) => `${outcome} ${n}`)
      .join(', ');
  const rows = report.ports.map(
    (r) =>
      `| ${r.name} | ${r.cases} | ${r.failures.length} | ${r.probes} | ${(r.durationMs / 1000).toFixed(1)} s | ${outcomes(r)} |`,
  );
  const abuse = report.abuse.map((a) => `| ${a.name} | ${a.outcome} |`);
  return [
    `Produced by \`${command}\` on ${machine}.`,
    '',
    '| port | cases | failures | normal calls meanwhile (all served) | time | answers |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '| abuse case | what the server did |',
    '|---|---|',
    ...abuse,
    '',
    `Crashes: ${report.crashes.length}. Suspicions of w1, refuted: ${report.suspicions}. Peak RSS (VmHWM) over the whole run: director ${report.peakRssMiB.director} MiB, ` +
      `worker ${report.peakRssMiB.worker} MiB; the stated bound is ${RSS_BOUND_MIB} MiB.`,
  ].join('\n');
}
