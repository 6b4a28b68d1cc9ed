// `npm run bench:flood`: finding 2 of the security review, measured. A director (d1) and two workers (w1, w2) run as
// real processes on 127.0.0.1 with the default membership timings; this process floods the director's membership
// port from 500 UDP sockets, each datagram a ping signed with a certificate of its own from a CA that is not the
// cluster's. For each rate (BENCH_FLOOD_RATES, datagrams/s), on a fresh cluster: a quiet phase, then a flood phase,
// BENCH_FLOOD_SECONDS each, asking the director for a worker once a second throughout. Reported per phase: the CPU of
// the members, their suspicions and deaths of one another (all alive), the assignments; after the flood, what the
// director's own metrics counted. BENCH_FLOOD_BUSY=1 keeps one core busy for the whole run, for a machine with a core
// less to give. Prints its report (Markdown).
import { spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemberLog } from '@switchyard/log-events';
import { OwnCredentials, encodeBody, seal } from '@switchyard/membership-transport';
import { DirectorService } from '@switchyard/protocol';
import { createClient } from '@switchyard/rpc';
import { Cluster, machine, type ServiceProcess } from '@switchyard/service-harness';
import {
  connectRpc,
  createCertificateAuthority,
  issueCertificate,
  loadOrCreateDevCa,
  ROLE_USAGE,
  type TrustMaterial,
} from '@switchyard/transport-quic';
import { cpuMeter, udpCounters } from './proc-stats.js';

const RATES = (process.env.BENCH_FLOOD_RATES ?? '1500,7500').split(',').map(Number);
/** Length of each quiet and each flood phase. */
const SECONDS = Number(process.env.BENCH_FLOOD_SECONDS ?? 40);
const BUSY = process.env.BENCH_FLOOD_BUSY === '1';
const SOCKETS = 500;
/** Membership as deployed (the defaults), as in e2e/src/membership-abuse.spec.ts. */
const DEFAULT_MEMBERSHIP = {
  MEMBERSHIP_PROBE_INTERVAL_MS: '1000',
  MEMBERSHIP_GOSSIP_INTERVAL_MS: '200',
  MEMBERSHIP_PUSH_PULL_INTERVAL_MS: '30000',
};
const WORKERS = ['w1', 'w2'];
const DIRECTOR_ID = 'spiffe://switchyard/director/d1';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const percent = (n: number) => `${Math.round(n)} %`;

/** What is open (processes, sockets, timers, files): closed at the end of its use, or all at once on SIGINT. */
const open: Array<() => unknown> = [];
/** Registers `close`; the function returned runs it once (and forgets it). */
function track(close: () => unknown): () => Promise<void> {
  open.push(close);
  return async () => {
    const at = open.indexOf(close);
    if (at < 0) return;
    open.splice(at, 1);
    await close();
  };
}
async function closeAll(): Promise<void> {
  for (const close of open.splice(0).reverse()) await close();
}
process.once('SIGINT', () => void closeAll().finally(() => process.exit(130)));

/** The attacker's identities: one worker certificate each from a CA of its own, named like the cluster's. */
async function strangers(): Promise<OwnCredentials[]> {
  const forger = await createCertificateAuthority({ name: 'switchyard CA' });
  return Promise.all(
    Array.from({ length: SOCKETS }, async (_, i) => {
      const identity = { role: 'worker' as const, name: `x${i}` };
      return new OwnCredentials({
        ca: forger.cert,
        ...(await issueCertificate(forger, { identity, usage: ROLE_USAGE.worker })),
      });
    }),
  );
}

/** A ping of d1 from each stranger, sealed now. */
const sealAll = (identities: OwnCredentials[]) =>
  identities.map((s) =>
    seal(
      s,
      encodeBody({
        kind: 'packet',
        packet: { from: s.id, request: { type: 'ping', seq: 1, target: DIRECTOR_ID }, gossip: [] },
      }),
      { destination: DIRECTOR_ID },
    ),
  );

async function openSockets(): Promise<Socket[]> {
  const sockets = await Promise.all(
    Array.from({ length: SOCKETS }, async () => {
      const socket = createSocket('udp4');
      await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
      // A send the kernel refuses (an ICMP error for a closed port) is lost, as an attacker's would be: not a failure.
      socket.on('error', () => undefined);
      return socket;
    }),
  );
  track(() => Promise.all(sockets.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));
  return sockets;
}

/**
 * Sends `perSecond` datagrams in total, paced in 10 ms ticks, socket i sending stranger i's datagram, until stopped.
 * Sealed again every 10 s: a datagram more than 30 s off the receiver's clock is refused as stale, not checked.
 */
function flood(sockets: Socket[], port: number, perSecond: number, identities: OwnCredentials[]) {
  const tickMs = 10;
  const perTick = Math.max(1, Math.round((perSecond * tickMs) / 1000));
  let datagrams = sealAll(identities);
  let i = 0;
  const started = performance.now();
  const reseal = setInterval(() => (datagrams = sealAll(identities)), 10_000);
  const timer = setInterval(() => {
    for (let n = 0; n < perTick; n++, i++)
      sockets[i % sockets.length].send(datagrams[i % datagrams.length], port, '127.0.0.1');
  }, tickMs);
  const release = track(() => {
    clearInterval(timer);
    clearInterval(reseal);
  });
  return {
    /** Datagrams sent, and for how long (the rate achieved falls behind when this process lacks CPU). */
    stop: async () => {
      await release();
      return { sent: i, seconds: (performance.now() - started) / 1000 };
    },
  };
}

interface Tally {
  ok: number;
  failed: number;
  slowestMs: number;
}

/** AssignWorker to d1 over QUIC, as a client asks it; an answer naming one of the workers is a success. */
async function assigner(trust: TrustMaterial, port: number) {
  const connection = await connectRpc({ tls: trust, host: '127.0.0.1', port });
  const director = createClient(DirectorService, connection.client);
  return {
    close: track(() => connection.close()),
    /** Asks once a second, not waiting for the previous answer, so that a slow director is asked as often. */
    everySecond() {
      const tally: Tally = { ok: 0, failed: 0, slowestMs: 0 };
      const calls: Promise<void>[] = [];
      const ask = async () => {
        const start = performance.now();
        try {
          const { worker } = await director.assignWorker({}, { timeoutMs: 5000 });
          tally[WORKERS.includes(worker) ? 'ok' : 'failed']++;
        } catch {
          tally.failed++;
        }
        tally.slowestMs = Math.max(tally.slowestMs, performance.now() - start);
      };
      const timer = setInterval(() => calls.push(ask()), 1000);
      return {
        stop: async () => {
          clearInterval(timer);
          await Promise.all(calls);
          return tally;
        },
      };
    },
  };
}

interface Phase {
  /** % of one core: the director, then each worker. */
  directorCpu: number;
  workersCpu: number[];
  suspicions: number;
  deaths: number;
  assignments: Tally;
}

type Assigner = Awaited<ReturnType<typeof assigner>>;

/** `SECONDS` of whatever runs now: the members' CPU, their accusations of one another, assignments once a second. */
async function phase(members: ServiceProcess[], asking: Assigner): Promise<Phase> {
  const since = Date.now();
  const cpu = cpuMeter(members.map((p) => p.pid));
  const calls = asking.everySecond();
  await sleep(SECONDS * 1000);
  const [directorCpu, ...workersCpu] = cpu();
  const until = Date.now();
  const assignments = await calls.stop();
  // Every member is alive throughout: any suspicion or death is a false one.
  const logged = (msg: string) =>
    members.flatMap((p) => p.find(msg).filter((e) => e.time >= since && e.time < until)).length;
  return {
    directorCpu,
    workersCpu,
    suspicions: logged(MemberLog.suspected),
    deaths: logged(MemberLog.dead),
    assignments,
  };
}

interface Intake {
  accepted: number;
  rejected: Map<string, number>;
  certificateChecks: number;
}

/** The director's membership counters in a Prometheus exposition. */
function intakeOf(exposition: string): Intake {
  const intake: Intake = { accepted: 0, rejected: new Map(), certificateChecks: 0 };
  for (const line of exposition.split('\n')) {
    const match = /^switchyard_membership_(datagrams|certificate_checks)_total(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const value = Number(match[3]);
    const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (match[1] === 'certificate_checks') intake.certificateChecks = value;
    else if (labels.result === 'accepted') intake.accepted = value;
    else intake.rejected.set(labels.reason, value);
  }
  return intake;
}

const rejectedTotal = (intake: Intake) => [...intake.rejected.values()].reduce((a, b) => a + b, 0);

/**
 * The director's counters once the flood has been handled: it renders /metrics at most once a second, and may still
 * be reading its receive buffer, so it is read until two reads a second apart agree on the rejected datagrams.
 */
async function settledIntake(director: ServiceProcess): Promise<Intake> {
  const url = `${await director.adminUrl()}/metrics`;
  const read = async () => intakeOf(await (await fetch(url)).text());
  const deadline = Date.now() + 15_000;
  let previous = await read();
  for (;;) {
    await sleep(1100);
    const current = await read();
    if (rejectedTotal(current) === rejectedTotal(previous) || Date.now() > deadline) return current;
    previous = current;
  }
}

interface Outcome {
  rate: number;
  quiet: Phase;
  flooded: Phase;
  intake: Intake;
  sent: number;
  achieved: number;
  /** Datagrams this machine dropped for a full socket receive buffer during the flood (any socket). */
  kernelDrops: number;
}

/** What every rate's run shares: the cluster's CA, and the attacker's identities and sockets. */
interface Setup {
  tlsDir: string;
  trust: TrustMaterial;
  identities: OwnCredentials[];
  sockets: Socket[];
}

async function run(rate: number, { tlsDir, trust, identities, sockets }: Setup): Promise<Outcome> {
  const cluster = new Cluster({
    common: { TLS_DEV_DIR: tlsDir, QUIC_MAX_UDP_PAYLOAD: '1452' },
    director: DEFAULT_MEMBERSHIP,
    worker: DEFAULT_MEMBERSHIP,
  });
  const stopCluster = track(() => cluster.stop());
  try {
    const director = await cluster.startDirector();
    const workers: ServiceProcess[] = [];
    for (const label of WORKERS) workers.push(await cluster.startWorker(label));
    const members = [director, ...workers];
    const asking = await assigner(trust, cluster.directorPorts!.clientPort);
    // The workers learn of each other through the director's gossip: measure a settled cluster.
    for (const [i, worker] of workers.entries()) {
      const other = `spiffe://switchyard/worker/${WORKERS[1 - i]}`;
      await worker.waitFor(`${worker.name} to know ${other}`, (e) => e.msg === MemberLog.joined && e.member === other);
    }

    const quiet = await phase(members, asking);
    report(`${rate}/s quiet`, quiet);
    const dropsBefore = udpCounters().receiveBufferDrops;
    const attackerCpu = process.cpuUsage();
    const attack = flood(sockets, cluster.directorPorts!.membershipPort, rate, identities);
    const flooded = await phase(members, asking);
    const { sent, seconds } = await attack.stop();
    const kernelDrops = udpCounters().receiveBufferDrops - dropsBefore;
    const used = process.cpuUsage(attackerCpu);
    report(`${rate}/s flood`, flooded);
    console.log(
      `  sent ${count(sent)} (${count(sent / seconds)}/s); this process (attacker and harness) used ${percent((used.user + used.system) / 1e4 / seconds)} of a core; ${count(kernelDrops)} dropped for a full receive buffer`,
    );
    await asking.close();
    const intake = await settledIntake(director);
    return { rate, quiet, flooded, intake, sent, achieved: sent / seconds, kernelDrops };
  } finally {
    await stopCluster();
  }
}

function report(name: string, p: Phase): void {
  console.log(
    `${name}: director ${percent(p.directorCpu)}, workers ${p.workersCpu.map(percent).join(' / ')}; ` +
      `${p.suspicions} suspicions, ${p.deaths} deaths; assignments ${p.assignments.ok} ok, ${p.assignments.failed} failed, slowest ${Math.round(p.assignments.slowestMs)} ms`,
  );
}

function row(o: Outcome): string {
  const rejected =
    [...o.intake.rejected]
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${reason} ${count(n)}`)
      .join(', ') || 'none';
  return [
    count(o.rate),
    BUSY ? 'yes' : 'no',
    `${percent(o.quiet.directorCpu)} → ${percent(o.flooded.directorCpu)}`,
    o.flooded.workersCpu.map(percent).join(' / '),
    `${o.quiet.suspicions} / ${o.quiet.deaths}`,
    `${o.flooded.suspicions} / ${o.flooded.deaths}`,
    `${o.flooded.assignments.ok} / ${o.flooded.assignments.failed} (slowest ${Math.round(o.flooded.assignments.slowestMs)} ms)`,
    rejected,
    count(o.intake.accepted),
    count(o.intake.certificateChecks),
    `${count(o.sent)} (${count(o.achieved)}/s), ${count(o.kernelDrops)} dropped`,
  ].join(' | ');
}

const dir = await mkdtemp(join(tmpdir(), 'bench-flood-'));
track(() => rm(dir, { recursive: true, force: true }));
try {
  const tlsDir = join(dir, 'tls');
  // One development CA; every process issues its own identity's certificate from it on start.
  const ca = await loadOrCreateDevCa(tlsDir);
  if (BUSY) {
    const busy = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
    track(() => busy.kill('SIGKILL'));
  }
  const setup = { tlsDir, trust: { ca: ca.cert }, identities: await strangers(), sockets: await openSockets() };
  const outcomes: Outcome[] = [];
  for (const rate of RATES) outcomes.push(await run(rate, setup));

  console.log(`
## Membership flood (finding 2)

Produced by \`npm run bench:flood\` (tools/bench/src/flood.ts) on ${machine()}.
A director (d1) and two workers run as processes on 127.0.0.1 with the default membership timings (a probe a second,
gossip every 200 ms, push-pull every 30 s). For each rate, on a fresh cluster: ${SECONDS} s quiet, then ${SECONDS} s of
pings of d1 from ${SOCKETS} UDP sockets, each signed with a certificate of its own from a CA that is not the
cluster's (sealed again every 10 s). AssignWorker is called once a second throughout. CPU in % of one core from
/proc/<pid>/stat. Suspicions and deaths: of members (all alive) by any member. The director's counters are its
/metrics after the flood, since its start. Dropped: datagrams this machine dropped for a full receive buffer
during the flood (any socket).${BUSY ? ' A busy process (`node -e "for(;;){}"`) took one core for the whole run.' : ''}

| rate (datagrams/s) | busy core | director CPU quiet → flood | workers' CPU, flood (w1 / w2) | suspicions / deaths, quiet | suspicions / deaths, flood | assignments during the flood ok / failed | rejected by the director, by reason | accepted | certificate checks | datagrams sent |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${outcomes.map((o) => `| ${row(o)} |`).join('\n')}
`);
} finally {
  await closeAll();
}
