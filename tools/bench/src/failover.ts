// `npm run bench:failover`: directors, three workers and one client with default settings (500 ms tokens,
// client heartbeat 5 s / 3 s, membership defaults), all real processes on 127.0.0.1. The worker serving the
// client is killed (kill -9) or frozen (SIGSTOP) again and again; each time the failure time is taken here and
// compared with the client's `failover` and `resumed` log lines. The same is done with the stall probe off and
// the progress deadline out of the way (heartbeat only) as the baseline, and with two directors, killing the
// director that assigned the worker together with it, or before it. Then cases around the directors and the workers'
// return (a new client with a dead first director, every worker dead, the only director restarted) and a churn of
// 20 clients. Writes the "failover" section of docs/benchmarks.md.
import { ClientLog, DirectorLog, MemberLog } from '@switchyard/log-events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  Cluster,
  checkDelivery,
  deliveredTokens,
  machine,
  writeSection,
  type DeliveryReport,
  type LogEvent,
  type ServiceProcess,
} from '@switchyard/service-harness';
import { loadOrCreateDevCa } from '@switchyard/transport-quic';
import { quantile } from './stats.js';
import { cdf, legend, plot, stack, toSvg, type Chart } from './svg.js';

const KILLS = Number(process.env.BENCH_FAILOVER_KILLS ?? 20);
const BASELINE_KILLS = Number(process.env.BENCH_FAILOVER_BASELINE_KILLS ?? 10);
/** Runs of each case around the directors and the workers' return. */
const CASE_RUNS = Number(process.env.BENCH_FAILOVER_CASE_RUNS ?? 10);
/** The churn case: clients, and how long it runs. */
const CHURN_CLIENTS = 20;
const CHURN_SECONDS = Number(process.env.BENCH_FAILOVER_CHURN_SECONDS ?? 60);
const OUTPUT = process.env.BENCH_OUTPUT ?? join(import.meta.dirname, '..', '..', '..', 'docs', 'benchmarks.md');

interface Mode {
  name: string;
  signal: 'SIGKILL' | 'SIGSTOP';
  stallProbe: boolean;
  kills: number;
  /** Two directors, and the one that assigned the serving worker is killed (kill -9) with it. */
  killDirector?: boolean;
  /** With `killDirector`: the director is killed this long before the worker (its client connection still open, or gone). */
  directorLeadMs?: number;
}

const modes: Mode[] = [
  { name: 'kill -9', signal: 'SIGKILL', stallProbe: true, kills: KILLS },
  { name: 'SIGSTOP', signal: 'SIGSTOP', stallProbe: true, kills: KILLS },
  { name: 'kill -9, heartbeat only (baseline)', signal: 'SIGKILL', stallProbe: false, kills: BASELINE_KILLS },
  { name: 'SIGSTOP, heartbeat only (baseline)', signal: 'SIGSTOP', stallProbe: false, kills: BASELINE_KILLS },
  {
    name: 'kill -9 of the worker and its director',
    signal: 'SIGKILL',
    stallProbe: true,
    kills: KILLS,
    killDirector: true,
  },
  {
    name: "kill -9 of the worker 1 s after its director's",
    signal: 'SIGKILL',
    stallProbe: true,
    kills: KILLS,
    killDirector: true,
    directorLeadMs: 1000,
  },
  {
    name: "kill -9 of the worker 12 s after its director's (the client's connection to it is gone)",
    signal: 'SIGKILL',
    stallProbe: true,
    kills: KILLS,
    killDirector: true,
    directorLeadMs: 12_000,
  },
];

interface Sample {
  detectMs: number;
  resumeMs: number;
  reason: string;
  /** Wall-clock ms (as log lines' `time`): the signal, the client's `failover` line, its `resumed` line. */
  failedAt: number;
  detectedAt: number;
  resumedAt: number;
  /** The last sequence received before the failure (from the `failover` line). */
  lastSequence: number;
}

interface Outcome {
  mode: Mode;
  samples: Sample[];
  summary: LogEvent;
  /** The client's tokens checked from its token lines: each once, in order, with its text. */
  delivery: DeliveryReport;
  /** When the client process was started (wall-clock ms), and every token it logged: when, which sequence. */
  startedAt: number;
  tokens: Array<{ time: number; sequence: number }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the client has logged three tokens past the last one it logged so far. */
async function threeMoreTokens(client: ServiceProcess): Promise<void> {
  const tokens = client.find(ClientLog.token);
  const from = tokens.length ? (tokens[tokens.length - 1].sequence as number) : 0;
  await client.waitFor(
    `token ${from + 3}`,
    (e) => e.msg === ClientLog.token && (e.sequence as number) >= from + 3,
    30_000,
  );
}
/** The client's prompt: the delivery check recomputes every token's text from it. */
const PROMPT = 'bench:failover';

async function runMode(mode: Mode, tlsEnv: Record<string, string>): Promise<Outcome> {
  // Default settings throughout; the client logs every token so rounds can wait for them.
  const cluster = new Cluster({
    common: { ...tlsEnv, QUIC_MAX_UDP_PAYLOAD: '1452' },
    client: { LOG_LEVEL: 'debug', CLIENT_PROMPT: PROMPT },
  });
  try {
    const directors = new Map<string, ServiceProcess>([['d1', await cluster.startDirector()]]);
    if (mode.killDirector) directors.set('d2', await cluster.startDirector({}, 'd2'));
    const workers = new Map<string, ServiceProcess>();
    for (const label of ['w1', 'w2', 'w3']) workers.set(label, await cluster.startWorker(label));
    // The baseline leaves detection to the periodic heartbeat: no stall probe, no progress deadline.
    const baseline = { CLIENT_STALL_PROBE: 'off', CLIENT_PROGRESS_TIMEOUT_MS: '60s' };
    const client = cluster.startClient({ CLIENT_TOKENS: '0', ...(mode.stallProbe ? {} : baseline) });

    const samples: Sample[] = [];
    for (let kill = 0; kill < mode.kills; kill++) {
      // Steady state: three tokens from the current worker, then a failure at a random moment.
      await threeMoreTokens(client);
      await sleep(Math.random() * 500);
      const assigned = client.find(ClientLog.workerAssigned);
      const serving = assigned[assigned.length - 1].worker as string;
      const directorPort = Number(
        String(assigned[assigned.length - 1].director)
          .split(':')
          .pop(),
      );
      const director = [...cluster.directors].find(([, ports]) => ports.clientPort === directorPort)?.[0];
      if (mode.directorLeadMs !== undefined) {
        directors.get(director!)!.signal('SIGKILL');
        await sleep(mode.directorLeadMs);
      }
      const failedAt = Date.now();
      workers.get(serving)!.signal(mode.signal);
      if (mode.killDirector && mode.directorLeadMs === undefined) directors.get(director!)!.signal('SIGKILL');
      const failover = await client.waitFor(
        'failover',
        (e) => e.msg === ClientLog.failover && e.time >= failedAt,
        30_000,
      );
      const resumed = await client.waitFor(
        'resumed',
        (e) => e.msg === ClientLog.resumed && e.time >= failover.time,
        30_000,
      );
      samples.push({
        detectMs: failover.time - failedAt,
        resumeMs: resumed.time - failedAt,
        reason: failover.reason as string,
        failedAt,
        detectedAt: failover.time,
        resumedAt: resumed.time,
        lastSequence: failover.lastSequence as number,
      });
      process.stdout.write(
        `${mode.name} #${kill + 1}: ${serving} detected ${failover.time - failedAt} ms (${failover.reason}), first resumed token ${resumed.time - failedAt} ms\n`,
      );
      // Bring the director back on its ports, and the worker under the same identity (it refutes its death).
      if (mode.killDirector) {
        await directors.get(director!)!.kill();
        directors.set(director!, await cluster.startDirector({}, director));
      }
      await workers.get(serving)!.kill();
      workers.set(serving, await cluster.startWorker(serving));
    }
    client.signal('SIGINT');
    const summary = await client.waitForMsg(ClientLog.summary);
    const tokens = client.find(ClientLog.token).map((e) => ({ time: e.time, sequence: e.sequence as number }));
    const delivery = checkDelivery(deliveredTokens(client), PROMPT, summary.lastSequence as number);
    return { mode, samples, summary, delivery, startedAt: client.startedAt, tokens };
  } finally {
    await cluster.stop();
  }
}

/** One measured case beside the failover rows: what was timed, from which log line to which, over `samples`. */
interface Timed {
  name: string;
  measured: string;
  samples: number[];
}

const workerLabels = ['w1', 'w2', 'w3'];

/**
 * A client started with a dead director first in its list, against one started with both alive: from the client's
 * `starting` line to its `worker assigned` line, one fresh client process each time.
 */
async function newClients(tlsEnv: Record<string, string>, runs: number): Promise<Timed[]> {
  const cluster = new Cluster({ common: { ...tlsEnv, QUIC_MAX_UDP_PAYLOAD: '1452' } });
  try {
    const d1 = await cluster.startDirector();
    await cluster.startDirector({}, 'd2');
    for (const label of workerLabels) await cluster.startWorker(label);
    const firstAssignment = async () => {
      const samples: number[] = [];
      for (let run = 0; run < runs; run++) {
        const client = cluster.startClient({ CLIENT_TOKENS: '1', CLIENT_PROMPT: PROMPT });
        const starting = await client.waitForMsg(ClientLog.starting);
        const assigned = await client.waitForMsg(ClientLog.workerAssigned, {}, 30_000);
        samples.push(assigned.time - starting.time);
        await client.exited;
      }
      return samples;
    };
    const measured = 'client `starting` → `worker assigned`';
    const alive = { name: 'a new client, both directors alive', measured, samples: await firstAssignment() };
    await d1.kill();
    const dead = { name: 'a new client whose first director is dead', measured, samples: await firstAssignment() };
    return [alive, dead];
  } finally {
    await cluster.stop();
  }
}

/**
 * Every worker killed at once, then one started again after 0–2 s: from the director's `worker available` line for it
 * to the client's `worker assigned` and `resumed` lines (the latter includes the worker's first token interval).
 */
async function allWorkersDead(tlsEnv: Record<string, string>, runs: number): Promise<Timed[]> {
  const cluster = new Cluster({
    common: { ...tlsEnv, QUIC_MAX_UDP_PAYLOAD: '1452' },
    client: { LOG_LEVEL: 'debug', CLIENT_PROMPT: PROMPT },
  });
  try {
    const director = await cluster.startDirector();
    const workers = new Map<string, ServiceProcess>();
    for (const label of workerLabels) workers.set(label, await cluster.startWorker(label));
    const client = cluster.startClient({ CLIENT_TOKENS: '0' });
    const assigned: number[] = [];
    const resumed: number[] = [];
    for (let run = 0; run < runs; run++) {
      await threeMoreTokens(client);
      const killedAt = Date.now();
      await Promise.all([...workers.values()].map((w) => w.kill()));
      for (const label of workerLabels) {
        await director.waitFor(
          `${label} unavailable`,
          (e) => e.msg === DirectorLog.workerUnavailable && e.worker === label && e.time >= killedAt,
          30_000,
        );
      }
      await sleep(Math.random() * 2000);
      const back = workerLabels[run % workerLabels.length];
      const restartedAt = Date.now();
      workers.set(back, await cluster.startWorker(back));
      const available = director
        .find(DirectorLog.workerAvailable)
        .filter((e) => e.worker === back && e.time >= restartedAt)[0];
      const assignment = await client.waitFor(
        'assigned',
        (e) => e.msg === ClientLog.workerAssigned && e.worker === back && e.time >= restartedAt,
        30_000,
      );
      const resumption = await client.waitFor(
        'resumed',
        (e) => e.msg === ClientLog.resumed && e.time >= restartedAt,
        30_000,
      );
      assigned.push(assignment.time - available.time);
      resumed.push(resumption.time - available.time);
      process.stdout.write(
        `every worker dead #${run + 1}: ${back} available → assigned ${assigned.at(-1)} ms, → resumed ${resumed.at(-1)} ms\n`,
      );
      for (const label of workerLabels) if (label !== back) workers.set(label, await cluster.startWorker(label));
    }
    client.signal('SIGINT');
    const summary = await client.waitForMsg(ClientLog.summary);
    const delivery = checkDelivery(deliveredTokens(client), PROMPT, summary.lastSequence as number);
    if (delivery.missing || delivery.repeated || delivery.wrongText)
      throw new Error(`delivery broken: ${JSON.stringify(delivery)}`);
    return [
      {
        name: 'every worker dead, then one back',
        measured: 'director `worker available` → client `worker assigned`',
        samples: assigned,
      },
      {
        name: 'every worker dead, then one back',
        measured: 'director `worker available` → client `resumed`',
        samples: resumed,
      },
    ];
  } finally {
    await cluster.stop();
  }
}

/**
 * The only director killed (kill -9) and started again on its ports with no seeds: from its `director listening`
 * line to its `worker available` line for the last of the three workers.
 */
async function directorRestarts(tlsEnv: Record<string, string>, runs: number): Promise<Timed> {
  const cluster = new Cluster({ common: { ...tlsEnv, QUIC_MAX_UDP_PAYLOAD: '1452' } });
  try {
    let director = await cluster.startDirector();
    const workers = [];
    for (const label of workerLabels) workers.push(await cluster.startWorker(label));
    // A cluster that has settled: every worker knows the others (a director killed within milliseconds of the last
    // join has not passed that worker's statement on yet, and a worker that knows no other has none to hand the
    // restarted director, which then hears from that worker only when its own probe comes).
    for (const worker of workers) {
      for (const label of workerLabels.filter((other) => other !== worker.name)) {
        await worker.waitFor(
          `${worker.name} to know ${label}`,
          (e) => e.msg === MemberLog.joined && e.member === `spiffe://switchyard/worker/${label}`,
          60_000,
        );
      }
    }
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const killedAt = Date.now();
      await director.kill();
      director = await cluster.startDirector({}, 'd1');
      const listening = director.find(DirectorLog.listening)[0];
      let last = 0;
      for (const label of workerLabels) {
        const seen = await director.waitFor(
          `${label} available`,
          (e) => e.msg === DirectorLog.workerAvailable && e.worker === label,
          60_000,
        );
        last = Math.max(last, seen.time);
      }
      samples.push(last - listening.time);
      process.stdout.write(`director restarted #${run + 1}: every worker known after ${samples.at(-1)} ms\n`);
      // A restart past the 2 s goal shows what the workers made of the director meanwhile (suspected, dead,
      // joined again) and when, relative to the restarted director's `listening` line.
      if (last - listening.time > 2_000) {
        for (const worker of workers) {
          for (const e of worker.events.filter((e) => e.time >= killedAt && /director/.test(String(e.member)))) {
            process.stdout.write(
              `  ${worker.name} ${e.time - listening.time} ms: ${e.msg} ${e.member} ${e.incarnation}\n`,
            );
          }
        }
      }
    }
    return {
      name: 'the only director restarted (kill -9, started again with no seeds)',
      measured: 'director `listening` → `worker available` for the last of 3 workers',
      samples,
    };
  } finally {
    await cluster.stop();
  }
}

/**
 * Churn: 20 clients, workers failing on their own 1–3 s into each stream (recovering 10 s later, the default), and a
 * kill -9 of a random worker (started again at once) every 6 s, for `seconds`: every `resumed` line's `failoverMs`
 * (last token before the failure → first token after it). Every client's tokens are checked: none lost, none
 * repeated, every text right.
 */
async function churn(tlsEnv: Record<string, string>, seconds: number): Promise<Timed> {
  const cluster = new Cluster({
    common: { ...tlsEnv, QUIC_MAX_UDP_PAYLOAD: '1452' },
    client: { LOG_LEVEL: 'debug', CLIENT_PROMPT: PROMPT, CLIENT_TOKENS: '0' },
    worker: { WORKER_FAILURE: 'simulated', WORKER_FAIL_AFTER_MS: '1000-3000' },
  });
  try {
    await cluster.startDirector();
    const workers = new Map<string, ServiceProcess>();
    for (const label of workerLabels) workers.set(label, await cluster.startWorker(label));
    const clients = Array.from({ length: CHURN_CLIENTS }, () => cluster.startClient());
    const endsAt = Date.now() + seconds * 1000;
    let kills = 0;
    while (Date.now() < endsAt) {
      await sleep(6000);
      const label = workerLabels[Math.floor(Math.random() * workerLabels.length)];
      await workers.get(label)!.kill();
      workers.set(label, await cluster.startWorker(label));
      kills++;
    }
    const samples: number[] = [];
    for (const client of clients) {
      client.signal('SIGINT');
      const summary = await client.waitForMsg(ClientLog.summary);
      const delivery = checkDelivery(deliveredTokens(client), PROMPT, summary.lastSequence as number);
      if (delivery.missing || delivery.repeated || delivery.wrongText) {
        throw new Error(`churn: delivery broken: ${JSON.stringify(delivery)}`);
      }
      samples.push(...client.find(ClientLog.resumed).map((e) => e.failoverMs as number));
    }
    process.stdout.write(`churn: ${kills} kills, ${samples.length} failovers, longest ${Math.max(...samples)} ms\n`);
    return {
      name: `${CHURN_CLIENTS} clients for ${seconds} s, workers failing 1–3 s into each stream (back after 10 s), a kill -9 every 6 s (${kills} kills); 0 lost, 0 repeated`,
      measured: 'client `resumed` `failoverMs` (last token before → first token after)',
      samples,
    };
  } finally {
    await cluster.stop();
  }
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `${quantile(sorted, 0.5)} | ${quantile(sorted, 0.99)} | ${sorted[sorted.length - 1]}`;
}

/** `1500` → `1.5 s`, `320` → `320 ms`. */
const duration = (ms: number) => (ms >= 1000 ? `${Number((ms / 1000).toPrecision(3))} s` : `${Math.round(ms)} ms`);

const TOKENS_COLOR = '#0072B2';

/** Tokens over time, one panel per mode, with each failure, its detection and the gap to the resumed token. */
function tokensChart(outcomes: Outcome[]): string {
  const seconds = (o: Outcome, time: number) => (time - o.startedAt) / 1000;
  const panels: Chart[] = outcomes.map((o) =>
    plot({
      title: o.mode.name,
      subtitle: `${o.samples.length} failures; failure → first resumed token p50 ${duration(
        quantile(
          o.samples.map((s) => s.resumeMs).sort((a, b) => a - b),
          0.5,
        ),
      )}, max ${duration(Math.max(...o.samples.map((s) => s.resumeMs)))}; ${o.delivery.missing} lost, ${o.delivery.repeated} repeated, ${o.delivery.wrongText} wrong`,
      // Each panel on its own scales: the rows run for different times.
      x: { label: 'time since the client started (s)', min: 0 },
      y: { label: 'token sequence', min: 0 },
      series: [
        {
          name: 'tokens received (sequence number over time)',
          points: o.tokens.map((t) => ({ x: seconds(o, t.time), y: t.sequence })),
          step: true,
          color: TOKENS_COLOR,
          hidden: true,
        },
      ],
      bands: o.samples.map((s) => ({ from: seconds(o, s.failedAt), to: seconds(o, s.resumedAt), color: '#D55E00' })),
      vlines: o.samples.map((s) => ({ x: seconds(o, s.failedAt), color: '#D55E00' })),
      dots: o.samples.map((s) => ({ x: seconds(o, s.detectedAt), y: s.lastSequence, color: '#E69F00' })),
      plotHeight: 170,
    }),
  );
  const key = legend([
    {
      name: 'tokens received: sequence number over time (one client per row of the table)',
      color: TOKENS_COLOR,
      kind: 'line',
    },
    { name: 'worker killed (kill -9) or frozen (SIGSTOP) by the benchmark', color: '#D55E00', kind: 'vline' },
    { name: "failure detected (the client's failover line)", color: '#E69F00', kind: 'dot' },
    { name: 'failure → first token from the replacement worker', color: '#D55E00', kind: 'band' },
  ]);
  return toSvg(
    stack([key, ...panels], 'Tokens over time through repeated failovers (bench:failover)'),
    'bench:failover tokens',
  );
}

/** CDFs of failure → first resumed token and failure → detection, per mode, on one logarithmic time axis. */
function timesChart(outcomes: Outcome[]): string {
  const all = outcomes.flatMap((o) => o.samples.flatMap((s) => [s.detectMs, s.resumeMs])).filter((v) => v > 0);
  // One domain for both panels, so that they compare.
  const axis = { label: 'time from the signal (kill -9 or SIGSTOP)', log: true, format: duration };
  const shared = all.length ? { ...axis, extent: [Math.min(...all), Math.max(...all)] as const } : axis;
  const samples = (key: 'resumeMs' | 'detectMs') =>
    outcomes.map((o) => ({ name: o.mode.name, values: o.samples.map((s) => s[key]), dashed: !o.mode.stallProbe }));
  return toSvg(
    stack(
      [
        cdf({
          title: 'Failure → first token from the replacement worker',
          subtitle: "signal sent by the benchmark → the client's resumed line; dashed: heartbeat only (baseline)",
          x: shared,
          samples: samples('resumeMs'),
          plotHeight: 260,
        }),
        cdf({
          title: 'Failure → detection',
          subtitle: "signal sent by the benchmark → the client's failover line",
          x: shared,
          samples: samples('detectMs'),
          plotHeight: 260,
        }),
      ],
      'Failover times (bench:failover, default settings)',
    ),
    'bench:failover times',
  );
}

/** Writes the charts next to the report; a chart that fails is reported, and the report is kept. */
function writeCharts(outcomes: Outcome[]): string[] {
  const written: string[] = [];
  for (const [file, render] of [
    ['failover-tokens.svg', tokensChart],
    ['failover-times.svg', timesChart],
  ] as const) {
    try {
      const path = join(dirname(OUTPUT), file);
      writeFileSync(path, render(outcomes));
      written.push(path);
    } catch (error) {
      console.error(`could not write ${file}: ${String(error)}`);
    }
  }
  return written;
}

const dir = await mkdtemp(join(tmpdir(), 'bench-failover-'));
try {
  // One development CA; every process issues its own identity's certificate from it on start.
  await loadOrCreateDevCa(join(dir, 'tls'));
  const tlsEnv = { TLS_DEV_DIR: join(dir, 'tls') };
  const outcomes: Outcome[] = [];
  for (const mode of modes) outcomes.push(await runMode(mode, tlsEnv));
  const timed: Timed[] = [
    ...(await newClients(tlsEnv, CASE_RUNS)),
    ...(await allWorkersDead(tlsEnv, CASE_RUNS)),
    await directorRestarts(tlsEnv, CASE_RUNS),
    await churn(tlsEnv, CHURN_SECONDS),
  ];
  const timedRows = timed.map((t) => `| ${t.name} | ${t.measured} | ${t.samples.length} | ${stats(t.samples)} |`);

  const rows = outcomes.map(({ mode, samples, delivery }) => {
    const reasons = Object.entries(
      samples.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.reason]: (acc[s.reason] ?? 0) + 1 }), {}),
    )
      .map(([reason, n]) => `${reason} ×${n}`)
      .join(', ');
    return `| ${mode.name} | ${samples.length} | ${stats(samples.map((s) => s.detectMs))} | ${stats(samples.map((s) => s.resumeMs))} | ${reasons} | ${delivery.missing} / ${delivery.repeated} / ${delivery.wrongText} |`;
  });
  const median = (o: Outcome, key: keyof Sample) =>
    quantile(
      [...o.samples.map((s) => s[key] as number)].sort((a, b) => a - b),
      0.5,
    );
  const ratio = (a: Outcome, b: Outcome, key: keyof Sample) => (median(b, key) / median(a, key)).toFixed(1);
  const report = `## Failover

Produced by \`npm run bench:failover\` (tools/bench/src/failover.ts) on ${machine()}.
A director, three workers and one client run as separate processes on 127.0.0.1 with **default settings**: one
token every 500 ms, client heartbeat every 5 s with a 3 s timeout, director timeout 3 s, membership defaults,
1452-byte datagrams. Each round waits for three tokens from the serving worker, waits a random 0–500 ms, then
kills it (\`kill -9\`) or freezes it (\`SIGSTOP\`), and restarts it once the client has resumed elsewhere. In the
last three rows two directors run, and the director that assigned the serving worker is killed with it, 1 s before
it (the client's connection to it is still open: its call goes unacknowledged), or 12 s before it (that connection
has idled out: a new one is dialled to a dead port); the client asks the other director as well once the first
has not answered within its hedge budget (100 ms at these answer times). Times are measured
from the signal (taken by the benchmark) to the client's \`failover\` log line (detection) and to its \`resumed\` log
line (the first token from the replacement worker, which includes that worker's first 500 ms token interval).
p99 is the nearest rank, so with 20 kills it is the second-worst value. The baseline rows turn the stall probe
off (\`CLIENT_STALL_PROBE=off\`) and push the progress deadline out (\`CLIENT_PROGRESS_TIMEOUT_MS=60s\`), leaving
detection to the periodic heartbeat, as in the original design.

| failure | kills | detect p50 (ms) | detect p99 | detect max | first resumed token p50 (ms) | p99 | max | detected by | lost / repeated / wrong text |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Baseline ÷ stall probe, medians: detection ${ratio(outcomes[0], outcomes[2], 'detectMs')}× slower for kill -9 and ${ratio(outcomes[1], outcomes[3], 'detectMs')}× for SIGSTOP;
first resumed token ${ratio(outcomes[0], outcomes[2], 'resumeMs')}× and ${ratio(outcomes[1], outcomes[3], 'resumeMs')}×.

Around the directors and the workers' return, ${CASE_RUNS} runs each (same settings):

| case | measured | runs | p50 (ms) | p99 | max |
| --- | --- | --- | --- | --- | --- |
${timedRows.join('\n')}

Raw samples (detect / first resumed token, ms):
${outcomes.map((o) => `- ${o.mode.name}: ${o.samples.map((s) => `${s.detectMs}/${s.resumeMs}`).join(', ')}`).join('\n')}
${timed.map((t) => `- ${t.name}, ${t.measured}: ${t.samples.join(', ')}`).join('\n')}

![Failure → first resumed token and failure → detection, CDFs per row of the table](failover-times.svg)

![Token sequence over time for each row, with every failure, its detection and the gap to the resumed token](failover-tokens.svg)
`;
  writeSection(OUTPUT, 'failover', report);
  console.log(`\nwrote ${OUTPUT}`);
  for (const path of writeCharts(outcomes)) console.log(`wrote ${path}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
