// `npm run bench:scale`: a thousand sessions failing over at once, and how many sessions one worker holds.
// A director and workers run as real processes (the built apps) with default settings except limits raised
// through the environment (the per-address ones, loopback-limits.ts: every session dials from 127.0.0.1;
// WORKER_MAX_SESSIONS); the sessions run in BENCH_SCALE_LOAD_PROCESSES load processes (tools/bench/src/load-fleet.ts).
// Writes the "scale" section of docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Cluster, machine, writeSection, type ServiceProcess } from '@switchyard/service-harness';
import {
  DEFAULT_MAX_UDP_PAYLOAD_BYTES,
  loadOrCreateDevCa,
  QUIC_ENGINES,
  type QuicEngine,
} from '@switchyard/transport-quic';
import type { DeliveryTotals, TokenTimeline } from './load.js';
import { LoadFleet, epochNow } from './load-fleet.js';
import { loopbackLimits } from './loopback-limits.js';
import { cpuMeter, cpuSeconds, rssKiB, udpCounters } from './proc-stats.js';
import { quantile } from './stats.js';
import { cdf, plot, stack, toSvg, type Chart, type Series } from './svg.js';

const SESSIONS = Number(process.env.BENCH_SCALE_SESSIONS ?? 1000);
/** The QUIC engine of every process of the failover and capacity phases (services and load alike). */
const ENGINE = (process.env.QUIC_ENGINE ?? 'lean') as QuicEngine;
if (!QUIC_ENGINES.includes(ENGINE)) throw new Error(`QUIC_ENGINE must be one of ${QUIC_ENGINES.join(', ')}`);
/** Which phases run: `failover` (SESSIONS over WORKERS, one killed), `capacity` (LEVELS on one worker), `engines`. */
const PHASES = new Set((process.env.BENCH_SCALE_PHASES ?? 'failover,capacity,engines').split(','));
/** Sessions on one worker in the engines' comparison, and how many times each engine is measured (interleaved). */
const ENGINE_SESSIONS = Number(process.env.BENCH_SCALE_ENGINE_SESSIONS ?? 200);
const ENGINE_RUNS = Number(process.env.BENCH_SCALE_ENGINE_RUNS ?? 3);
const ENGINE_MEASURE_MS = 20_000;
const ENGINE_SETTLE_MS = 10_000;
const WORKERS = Number(process.env.BENCH_SCALE_WORKERS ?? 4);
/** Sessions started per second while ramping up. */
const RAMP = Number(process.env.BENCH_SCALE_RAMP ?? 10);
/** Processes the sessions are spread over (each with its own event loop and UDP socket). */
const LOAD_PROCESSES = Number(process.env.BENCH_SCALE_LOAD_PROCESSES ?? 4);
/** Sessions on one worker, tried in turn until the token delay target is missed. */
const LEVELS = (process.env.BENCH_SCALE_LEVELS ?? '250,500,750,1000,1250,1500,2000').split(',').map(Number);
const MEASURE_MS = Number(process.env.BENCH_SCALE_MEASURE_MS ?? 10_000);
/**
 * The services on the first half of the CPUs and the load processes on the rest (taskset), so that the load does not
 * take the services' CPU; on by default with two CPUs or more, `BENCH_SCALE_PIN=0` turns it off.
 */
const PIN = process.env.BENCH_SCALE_PIN !== '0' && availableParallelism() >= 2;
const SERVICE_CPUS = `0-${Math.max(0, Math.floor(availableParallelism() / 2) - 1)}`;
const LOAD_CPUS = `${Math.floor(availableParallelism() / 2)}-${availableParallelism() - 1}`;
const DELAY_TARGET_MS = 50;
const TOKEN_INTERVAL_MS = 500;
/** Bin of the tokens-per-second chart around the kill: one token interval (each session's token falls in one). */
const TIMELINE_BIN_MS = TOKEN_INTERVAL_MS;
/** How much of the time before the kill the tokens-per-second chart shows. */
const TIMELINE_BEFORE_MS = 4000;
/**
 * The default size on the default engine writes the "scale" section and scale-resume.svg; other sizes and the library
 * engine write their own, beside it.
 */
const VARIANT = `${SESSIONS === 1000 ? '' : `-${SESSIONS}`}${ENGINE === 'lean' ? '' : `-${ENGINE}`}`;
const SECTION = `scale${VARIANT}`;
const CHART = `scale-resume${VARIANT}.svg`;
const OUTPUT = process.env.BENCH_OUTPUT ?? join(import.meta.dirname, '..', '..', '..', 'docs', 'benchmarks.md');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number) => Math.round(value);

function percentiles(values: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted[sorted.length - 1] ?? NaN };
}

/** Pins every thread of each process to `cpus` (a taskset list). */
function pin(pids: number[], cpus: string): void {
  for (const pid of pids) execFileSync('taskset', ['-a', '-pc', cpus, String(pid)], { stdio: 'ignore' });
}

function cluster(tlsDir: string, maxSessions: number, engine: QuicEngine = ENGINE): Cluster {
  const limits = loopbackLimits(SESSIONS + Math.max(...LEVELS));
  return new Cluster({
    common: {
      ...limits.common,
      TLS_DEV_DIR: tlsDir,
      QUIC_MAX_UDP_PAYLOAD: String(DEFAULT_MAX_UDP_PAYLOAD_BYTES),
      QUIC_ENGINE: engine,
    },
    director: limits.director,
    worker: { ...limits.worker, WORKER_MAX_SESSIONS: String(maxSessions) },
  });
}

async function loadFor(c: Cluster, tlsDir: string, engine: QuicEngine = ENGINE): Promise<LoadFleet> {
  const ca = await loadOrCreateDevCa(tlsDir);
  const options = {
    directors: [{ host: 'localhost', port: c.directorPorts!.clientPort }],
    tls: { ca: ca.cert },
    maxUdpPayloadBytes: DEFAULT_MAX_UDP_PAYLOAD_BYTES,
    tokenIntervalMs: TOKEN_INTERVAL_MS,
  };
  return LoadFleet.start(options, LOAD_PROCESSES, engine);
}

interface FailoverResult {
  perWorkerBefore: Map<string, number>;
  /** Sessions per surviving worker once the displaced ones resumed: how evenly assignment spread them. */
  perWorkerAfter: Map<string, number>;
  steadyDelay: { p50: number; p99: number; max: number };
  /** The worst load process's event-loop delay p99 (ms). */
  steadyLoopP99: number;
  memory: Array<{ worker: string; sessions: number; rssBeforeKiB: number; rssAfterKiB: number }>;
  victim: string;
  displaced: number;
  resume: { p50: number; p99: number; max: number };
  unresumed: number;
  windowMs: number;
  assignPerSecond: number;
  connectionsPerWorker: Array<{ worker: string; connections: number; perSecond: number; peakPerSecond: number }>;
  detectedBy: string;
  tally: { violations: number; tokens: number };
  delivery: DeliveryTotals;
  connectMs: number;
  /** For the chart: each displaced session's kill → failover event and kill → first resumed token (ms). */
  detectTimes: number[];
  resumeTimes: number[];
  /** Tokens per worker around the kill, and the kill's time from the timeline's origin (ms). */
  timeline: TokenTimeline | undefined;
  killedAtMs: number;
  /** Sessions that failed over while nothing was killed (the steady window). */
  steadyFailovers: number;
  /** CPU used during the steady window, in % of one core: the director, each worker, all load processes. */
  steadyCpu: CpuBy;
  /** The same, from the kill until every displaced session resumed (or 60 s). */
  failoverCpu: CpuBy;
  /** Datagrams dropped on this machine for a full socket receive buffer, sessions started → last resumed. */
  udpDrops: number;
}

async function failoverPhase(tlsDir: string): Promise<FailoverResult> {
  const c = cluster(tlsDir, SESSIONS);
  let load: LoadFleet | undefined;
  try {
    const director = await c.startDirector();
    const workers = new Map<string, ServiceProcess>();
    for (let i = 1; i <= WORKERS; i++) workers.set(`w${i}`, await c.startWorker(`w${i}`));
    await sleep(1000);
    const rssBefore = new Map([...workers].map(([label, p]) => [label, rssKiB(p.pid)]));
    load = await loadFor(c, tlsDir);
    if (PIN) {
      pin([director.pid, ...[...workers.values()].map((w) => w.pid)], SERVICE_CPUS);
      pin(load.pids, LOAD_CPUS);
    }
    const dropsBefore = udpCounters().receiveBufferDrops;
    const connectStart = performance.now();
    console.log(
      `starting ${SESSIONS} sessions over ${WORKERS} workers, ${RAMP}/s, in ${LOAD_PROCESSES} load processes`,
    );
    await load.add(SESSIONS, RAMP);
    await load.allStreaming(1, 300_000);
    const connectMs = performance.now() - connectStart;
    console.log(`all ${SESSIONS} sessions streaming after ${round(connectMs)} ms`);
    await sleep(3000);
    await load.record();
    const steadyFrom = epochNow();
    const origin = await load.startTimeline(TIMELINE_BIN_MS);
    const pids = [director.pid, ...[...workers.values()].map((w) => w.pid), ...load.pids];
    /** CPU of the director, each worker and all load processes together, in % of one core. */
    const cpuBy = (cpuPercent: number[]) => ({
      director: cpuPercent[0],
      workers: new Map([...workers.keys()].map((w, i) => [w, cpuPercent[1 + i]])),
      load: cpuPercent.slice(1 + workers.size).reduce((a, b) => a + b, 0),
    });
    const cpu = cpuMeter(pids);
    await sleep(MEASURE_MS);
    const steady = await load.stopRecord();
    const steadyFailovers = (await load.events(steadyFrom)).failovers.length;
    const steadyCpu = cpuBy(cpu());
    const steadyDelay = percentiles(steady.delays);
    const perWorkerBefore = await load.perWorker();
    const memory = [...workers].map(([worker, p]) => ({
      worker,
      sessions: perWorkerBefore.get(worker) ?? 0,
      rssBeforeKiB: rssBefore.get(worker)!,
      rssAfterKiB: rssKiB(p.pid),
    }));
    console.log(`steady: token delay p50 ${steadyDelay.p50.toFixed(1)} p99 ${steadyDelay.p99.toFixed(1)} ms`);

    // Kill the worker serving the most sessions.
    const victim = [...perWorkerBefore].sort((a, b) => b[1] - a[1])[0][0];
    const displaced = await load.leave(victim);
    const killedAt = epochNow();
    // The survivors only: the victim is gone before the window ends (its share shows as 0).
    const victimPid = workers.get(victim)!.pid;
    const survivors = pids.filter((pid) => pid !== victimPid);
    const failoverCpuMeter = cpuMeter(survivors);
    workers.get(victim)!.signal('SIGKILL');
    console.log(`kill -9 ${victim} (${displaced} sessions)`);
    const deadline = killedAt + 60_000;
    let progress = await load.displaced();
    while (progress.pending > 0 && epochNow() < deadline) {
      await sleep(50);
      progress = await load.displaced();
    }
    const survivorCpu = failoverCpuMeter();
    const failoverCpu = cpuBy(pids.map((pid) => survivorCpu[survivors.indexOf(pid)] ?? 0));
    const lastResume = progress.pending > 0 ? epochNow() : Math.max(...progress.resumedAt);
    const windowMs = lastResume - killedAt;
    const udpDrops = udpCounters().receiveBufferDrops - dropsBefore;
    const resumeTimes = progress.resumedAt.map((at) => at - killedAt);
    const resume = percentiles(resumeTimes);
    const events = await load.events(killedAt);
    const assigned = events.assigned.filter((e) => e.at <= lastResume);
    const connected = events.connected.filter((e) => e.at <= lastResume);
    const reasons = new Map<string, number>();
    for (const f of events.failovers) reasons.set(f.reason, (reasons.get(f.reason) ?? 0) + 1);
    const connectionsPerWorker = [...workers.keys()]
      .filter((w) => w !== victim)
      .map((worker) => {
        const times = connected.filter((e) => e.worker === worker).map((e) => e.at - killedAt);
        const perSecondBins = new Map<number, number>();
        for (const t of times)
          perSecondBins.set(Math.floor(t / 1000), (perSecondBins.get(Math.floor(t / 1000)) ?? 0) + 1);
        return {
          worker,
          connections: times.length,
          perSecond: times.length / (windowMs / 1000),
          peakPerSecond: Math.max(0, ...perSecondBins.values()),
        };
      });
    console.log(
      `resumed: p50 ${round(resume.p50)} p99 ${round(resume.p99)} max ${round(resume.max)} ms, ${progress.pending} not resumed`,
    );
    const perWorkerAfter = await load.perWorker();
    await sleep(2000);
    const timeline = await load.stopTimeline(origin, TIMELINE_BIN_MS);
    const closing = await load.close();
    load = undefined;
    return {
      perWorkerBefore,
      perWorkerAfter,
      steadyDelay,
      steadyLoopP99: steady.loopP99,
      steadyFailovers,
      steadyCpu,
      failoverCpu,
      memory,
      victim,
      displaced,
      resume,
      unresumed: progress.pending,
      windowMs,
      assignPerSecond: assigned.length / (windowMs / 1000),
      connectionsPerWorker,
      detectedBy: [...reasons].map(([reason, n]) => `${reason} ×${n}`).join(', '),
      tally: closing.tally,
      delivery: closing.delivery,
      connectMs,
      detectTimes: progress.leftAt.map((at) => at - killedAt),
      resumeTimes,
      timeline,
      killedAtMs: killedAt - origin,
      udpDrops,
    };
  } finally {
    load?.kill();
    await c.stop();
  }
}

/** CPU used in a window, in % of one core: the director, each worker, all load processes together. */
interface CpuBy {
  director: number;
  workers: Map<string, number>;
  load: number;
}

/** `director 25, workers 19 / 18, load processes 98: 160 in all`. */
function formatCpu(cpu: CpuBy): string {
  const workers = [...cpu.workers.values()];
  const all = cpu.director + workers.reduce((a, b) => a + b, 0) + cpu.load;
  return `director ${round(cpu.director)}, workers ${workers.map(round).join(' / ')}, load processes ${round(cpu.load)}: ${round(all)} in all`;
}

interface Level {
  sessions: number;
  streaming: boolean;
  delay: { p50: number; p99: number; max: number };
  /** The worst load process's event-loop delay p99 (ms). */
  loopP99: number;
  kibPerSession: number;
  workerCpuPercent: number;
}

async function capacityPhase(tlsDir: string): Promise<Level[]> {
  const c = cluster(tlsDir, Math.max(...LEVELS));
  const levels: Level[] = [];
  let load: LoadFleet | undefined;
  try {
    const director = await c.startDirector();
    const worker = await c.startWorker('w1');
    await sleep(1000);
    const rssBefore = rssKiB(worker.pid);
    load = await loadFor(c, tlsDir);
    if (PIN) {
      pin([director.pid, worker.pid], SERVICE_CPUS);
      pin(load.pids, LOAD_CPUS);
    }
    let sessions = 0;
    for (const target of LEVELS) {
      console.log(`one worker, ${target} sessions`);
      await load.add(target - sessions, RAMP);
      sessions = target;
      let streaming = true;
      try {
        await load.allStreaming(1, 120_000);
      } catch (error) {
        console.log(String(error));
        streaming = false;
      }
      await sleep(3000);
      await load.record();
      const cpu = cpuMeter([worker.pid]);
      await sleep(MEASURE_MS);
      const [workerCpuPercent] = cpu();
      const recorded = await load.stopRecord();
      const level: Level = {
        sessions: target,
        streaming,
        delay: percentiles(recorded.delays),
        loopP99: recorded.loopP99,
        kibPerSession: (rssKiB(worker.pid) - rssBefore) / target,
        workerCpuPercent,
      };
      levels.push(level);
      console.log(
        `  token delay p50 ${level.delay.p50.toFixed(1)} p99 ${level.delay.p99.toFixed(1)} ms, ${round(level.kibPerSession)} KiB/session, worker CPU ${round(workerCpuPercent)} %`,
      );
      if (!streaming || level.delay.p99 >= DELAY_TARGET_MS) break;
    }
    await load.close();
    load = undefined;
    return levels;
  } finally {
    load?.kill();
    await c.stop();
  }
}

/** `1500` → `1.5 s`, `320` → `320 ms`. */
const duration = (ms: number) => (ms >= 1000 ? `${Number((ms / 1000).toPrecision(3))} s` : `${Math.round(ms)} ms`);

/**
 * The displaced sessions' kill → detection and kill → resumed-token CDFs, and every session's tokens per second
 * by worker around the kill.
 */
function resumeChart(f: FailoverResult): string {
  const times = [...f.detectTimes, ...f.resumeTimes].filter((v) => v > 0);
  const log = times.length > 0 && Math.max(...times) / Math.min(...times) >= 10;
  const panels: Chart[] = [
    cdf({
      title: `${f.displaced} sessions displaced by kill -9 of ${f.victim}`,
      subtitle: `each session's time from the kill to its failover event and to its first token from another worker${f.unresumed ? `; ${f.unresumed} not resumed within 60 s` : ''}`,
      x: { label: 'time from the kill', log, format: duration, ...(log ? {} : { min: 0 }) },
      samples: [
        { name: 'kill → first token from the replacement worker', values: f.resumeTimes },
        { name: 'kill → failure detected (failover event)', values: f.detectTimes, dashed: true },
      ],
      plotHeight: 260,
    }),
  ];
  const timeline = f.timeline;
  if (timeline && timeline.counts.size) {
    const perSecond = 1000 / timeline.binMs;
    const at = (bin: number) => ((bin + 0.5) * timeline.binMs - f.killedAtMs) / 1000;
    const workers = [...timeline.counts.keys()].sort();
    const bins = timeline.counts.get(workers[0])!.length;
    // From a few seconds before the kill; the last bin is cut short by the end of the recording: left out.
    const first = Math.max(0, Math.floor((f.killedAtMs - TIMELINE_BEFORE_MS) / timeline.binMs));
    const shown = Array.from({ length: Math.max(0, bins - 1 - first) }, (_, k) => first + k);
    const series: Series[] = workers.map((worker) => ({
      name: `tokens/s from ${worker}${worker === f.victim ? ' (killed)' : ''}`,
      points: shown.map((bin) => ({ x: at(bin), y: timeline.counts.get(worker)![bin] * perSecond })),
    }));
    series.push({
      name: 'tokens/s, all sessions',
      color: '#000000',
      points: shown.map((bin) => ({
        x: at(bin),
        y: workers.reduce((sum, w) => sum + timeline.counts.get(w)![bin], 0) * perSecond,
      })),
    });
    panels.push(
      plot({
        title: 'Tokens per second around the kill',
        subtitle: `all ${SESSIONS} sessions, ${timeline.binMs} ms bins; ${WORKERS} workers, ${1000 / TOKEN_INTERVAL_MS} tokens/s per session`,
        x: { label: 'time from the kill (s)' },
        y: { label: 'tokens per second', min: 0 },
        series,
        vlines: [
          { x: 0, color: '#D55E00', label: `kill -9 ${f.victim}` },
          ...(Number.isFinite(f.resume.p50)
            ? [{ x: f.resume.p50 / 1000, color: '#555', dashed: true, label: 'p50', anchor: 'end' as const }]
            : []),
          ...(Number.isFinite(f.resume.p99)
            ? [{ x: f.resume.p99 / 1000, color: '#555', dashed: true, label: 'p99', anchor: 'start' as const }]
            : []),
        ],
        bands: [{ from: 0, to: f.windowMs / 1000, color: '#D55E00' }],
        legend: [
          { name: 'kill → last session resumed', color: '#D55E00', kind: 'band' },
          { name: 'displaced sessions resumed: p50, p99', color: '#555', kind: 'vline', dashed: true },
        ],
        plotHeight: 260,
      }),
    );
  }
  return toSvg(stack(panels, 'Failover at scale (bench:scale)'), 'bench:scale failover');
}

/** Writes the chart next to the report; if it fails, says so and keeps the report. */
function writeChart(f: FailoverResult): string | undefined {
  try {
    const path = join(dirname(OUTPUT), CHART);
    writeFileSync(path, resumeChart(f));
    return path;
  } catch (error) {
    console.error(`could not write ${CHART}: ${String(error)}`);
    return undefined;
  }
}

/** One engine's measurement in the engines' comparison. */
interface EngineSample {
  engine: QuicEngine;
  /** The worker's CPU (user and system) per token delivered to the consumers, its CPU at rest subtracted, in ms. */
  cpuMsPerToken: number;
  /** The worker's CPU at rest, before the sessions, in % of one core. */
  idleCpuPercent: number;
  /**
   * The director's CPU with the sessions' connections open (each heartbeats it), less its CPU at rest, in % of one
   * core: what idle connections cost a server.
   */
  directorCpuPercent: number;
  /** The worker's RSS growth from before the sessions to the end of the window, per session. */
  kibPerSession: number;
  /** The worker's RSS growth per session when ENGINE_SESSIONS more are added. */
  marginalKibPerSession: number;
  tokensPerSecond: number;
  delayP99: number;
}

/**
 * One director and one worker on `engine`, ENGINE_SESSIONS sessions from load processes on the same engine; the
 * worker's CPU per token delivered (counted by the consumers) over ENGINE_MEASURE_MS, and its memory per session.
 */
async function engineSample(tlsDir: string, engine: QuicEngine): Promise<EngineSample> {
  const c = cluster(tlsDir, 2 * ENGINE_SESSIONS, engine);
  let load: LoadFleet | undefined;
  try {
    const director = await c.startDirector();
    const worker = await c.startWorker('w1');
    load = await loadFor(c, tlsDir, engine);
    if (PIN) {
      pin([director.pid, worker.pid], SERVICE_CPUS);
      pin(load.pids, LOAD_CPUS);
    }
    // The worker at rest (gossip, metrics, timers), once its start-up has settled: subtracted from the window below.
    await sleep(3000);
    const idleBefore = cpuSeconds(worker.pid);
    const directorIdleBefore = cpuSeconds(director.pid);
    const idleStart = performance.now();
    await sleep(ENGINE_MEASURE_MS);
    const idleSeconds = (performance.now() - idleStart) / 1000;
    const idleCpuPerSecond = (cpuSeconds(worker.pid) - idleBefore) / idleSeconds;
    const directorIdlePerSecond = (cpuSeconds(director.pid) - directorIdleBefore) / idleSeconds;
    const rssBefore = rssKiB(worker.pid);
    await load.add(ENGINE_SESSIONS, RAMP);
    await load.allStreaming(1, 120_000);
    await sleep(3000);
    await load.record();
    const cpuBefore = cpuSeconds(worker.pid);
    const directorBefore = cpuSeconds(director.pid);
    const start = performance.now();
    await sleep(ENGINE_MEASURE_MS);
    const cpu = cpuSeconds(worker.pid) - cpuBefore;
    const directorCpu = cpuSeconds(director.pid) - directorBefore;
    const seconds = (performance.now() - start) / 1000;
    const recorded = await load.stopRecord();
    const tokens = recorded.delays.length;
    const sample: EngineSample = {
      engine,
      cpuMsPerToken: ((cpu - idleCpuPerSecond * seconds) * 1000) / tokens,
      idleCpuPercent: idleCpuPerSecond * 100,
      directorCpuPercent: (directorCpu / seconds - directorIdlePerSecond) * 100,
      kibPerSession: (rssKiB(worker.pid) - rssBefore) / ENGINE_SESSIONS,
      marginalKibPerSession: NaN,
      tokensPerSecond: tokens / seconds,
      delayP99: percentiles(recorded.delays).p99,
    };
    // The same number of sessions again: the RSS they add is the memory a session costs once the heap's own
    // growth under load (V8's young generation grows to its maximum whatever the number of sessions) is paid.
    const rssAtFirst = rssKiB(worker.pid);
    await load.add(ENGINE_SESSIONS, RAMP);
    await load.allStreaming(1, 120_000);
    await sleep(ENGINE_SETTLE_MS);
    sample.marginalKibPerSession = (rssKiB(worker.pid) - rssAtFirst) / ENGINE_SESSIONS;
    console.log(
      `  ${engine}: ${sample.cpuMsPerToken.toFixed(3)} ms CPU/token, ${round(sample.kibPerSession)} KiB/session (${round(sample.marginalKibPerSession)} the next ${ENGINE_SESSIONS}), ${round(sample.tokensPerSecond)} tokens/s, delay p99 ${sample.delayP99.toFixed(1)} ms`,
    );
    await load.close();
    load = undefined;
    return sample;
  } finally {
    load?.kill();
    await c.stop();
  }
}

/** Each engine ENGINE_RUNS times, interleaved, so that the machine's drift falls on both alike. */
async function enginesPhase(tlsDir: string): Promise<EngineSample[]> {
  const samples: EngineSample[] = [];
  for (let run = 1; run <= ENGINE_RUNS; run++) {
    console.log(`engines at ${ENGINE_SESSIONS} sessions, run ${run} of ${ENGINE_RUNS}`);
    for (const engine of QUIC_ENGINES) samples.push(await engineSample(tlsDir, engine));
  }
  return samples;
}

function enginesReport(samples: EngineSample[]): string {
  const median = (engine: QuicEngine, key: Exclude<keyof EngineSample, 'engine'>) =>
    quantile(
      samples
        .filter((s) => s.engine === engine)
        .map((s) => s[key])
        .sort((a, b) => a - b),
      0.5,
    );
  const row = (label: string, key: Parameters<typeof median>[1], digits: number, ratio: boolean) => {
    const [library, lean] = [median('library', key), median('lean', key)];
    const runs = (engine: QuicEngine) =>
      samples
        .filter((s) => s.engine === engine)
        .map((s) => s[key].toFixed(digits))
        .join(', ');
    return `| ${label} | ${library.toFixed(digits)} (${runs('library')}) | ${lean.toFixed(digits)} (${runs('lean')}) | ${ratio ? `${(lean / library).toFixed(2)}×` : ''} |`;
  };
  return `## Scale: the QUIC engines at ${ENGINE_SESSIONS} sessions

Produced by \`${process.env.BENCH_SCALE_PHASES ? `BENCH_SCALE_PHASES=${process.env.BENCH_SCALE_PHASES} ` : ''}npm run bench:scale\` (tools/bench/src/scale.ts, the engines phase) on ${machine()}.
One director and one worker run as processes (the built apps) with default settings (a token every 500 ms per
session, 1452-byte datagrams) on one QUIC engine (\`QUIC_ENGINE\`), and ${ENGINE_SESSIONS} sessions stream from them
out of ${LOAD_PROCESSES} load processes on the same engine, started ${RAMP} per second. Once every session streams,
the worker's CPU (user and system, /proc) is measured over ${ENGINE_MEASURE_MS / 1000} s, less what it used at rest
over the same time before the sessions (gossip, metrics, timers), and divided by the tokens the consumers received in
that window; its memory per session is its RSS growth from the end of that rest to the end of the window,
÷ ${ENGINE_SESSIONS}, and the growth when ${ENGINE_SESSIONS} more sessions are added (${ENGINE_SETTLE_MS / 1000} s after they
all stream), ÷ ${ENGINE_SESSIONS}: the first includes what the heap grows by under any load (V8's young generation
grows to its maximum, a fixed cost), the second is what one more session costs. Each engine ${ENGINE_RUNS} times, interleaved; medians, each run in brackets.${
    PIN ? ` The services run on CPU ${SERVICE_CPUS}, the load processes on CPU ${LOAD_CPUS}.` : ''
  }

| measure | library | lean | lean ÷ library |
| --- | --- | --- | --- |
${row('worker CPU per token (ms)', 'cpuMsPerToken', 3, true)}
${row('worker CPU at rest, before the sessions (% of one core)', 'idleCpuPercent', 1, false)}
${row(`director CPU for the sessions' ${ENGINE_SESSIONS} open connections, its rest subtracted (% of one core)`, 'directorCpuPercent', 2, true)}
${row(`worker memory per session (KiB): RSS growth 0 → ${ENGINE_SESSIONS} sessions ÷ ${ENGINE_SESSIONS}`, 'kibPerSession', 0, true)}
${row(`worker memory per session (KiB): RSS growth ${ENGINE_SESSIONS} → ${2 * ENGINE_SESSIONS} sessions ÷ ${ENGINE_SESSIONS}`, 'marginalKibPerSession', 0, true)}
${row('tokens per second received', 'tokensPerSecond', 0, false)}
${row('token delay p99 (ms)', 'delayP99', 1, false)}
`;
}

/** The intro of the "scale" section: how the failover and capacity phases ran. */
function scaleIntro(): string {
  return `Produced by \`${ENGINE === 'lean' ? '' : `QUIC_ENGINE=${ENGINE} `}${process.env.BENCH_SCALE_PHASES ? `BENCH_SCALE_PHASES=${process.env.BENCH_SCALE_PHASES} ` : ''}${SESSIONS === 1000 ? '' : `BENCH_SCALE_SESSIONS=${SESSIONS} `}${process.env.BENCH_SCALE_LEVELS ? `BENCH_SCALE_LEVELS=${LEVELS.join(',')} ` : ''}npm run bench:scale\` (tools/bench/src/scale.ts) on ${machine()}.
A director and ${WORKERS} workers run as processes (the built apps) on 127.0.0.1, every process on the ${ENGINE} QUIC engine, with default settings (500 ms tokens,
5 s client heartbeats, 1452-byte datagrams), except limits raised through the environment: the per-address ones
(\`QUIC_MAX_CONNECTIONS_PER_PEER\`, \`DIRECTOR_ASSIGN_RATE\`/\`_BURST\`, \`WORKER_MAX_SESSIONS_PER_ADDRESS\`: every
session dials from 127.0.0.1) and \`WORKER_MAX_SESSIONS\`. ${SESSIONS}
sessions run in ${LOAD_PROCESSES} load processes (\`BENCH_SCALE_LOAD_PROCESSES\`, tools/bench/src/load-fleet.ts), spread
evenly and started ${RAMP} per second in all, each session a \`StreamSession\` with the client's default settings and
its own QUIC connections to the director and to its worker (a process's dialled connections share one UDP socket).
Token delay is how much later than 500 ms after the previous token from the same worker a token arrived; it includes
the load processes' own event-loop delay (the worst process's is shown beside it). ${
    PIN
      ? `The services run on CPU ${SERVICE_CPUS} and the load processes on CPU ${LOAD_CPUS} (taskset, every thread), so that
the load does not take the services' CPU; the CPU each side used is shown.`
      : `Every process, services and load alike, shares the machine's ${availableParallelism()} CPUs (\`BENCH_SCALE_PIN=0\`).`
  }
`;
}

function failoverReport(f: FailoverResult): string {
  const ms = (v: number) => (Number.isFinite(v) ? String(round(v)) : '–');
  return `### Failover of ${f.displaced} sessions

| measure | value |
| --- | --- |
| sessions per worker before the kill | ${[...f.perWorkerBefore]
    .sort()
    .map(([w, n]) => `${w} ${n}`)
    .join(', ')} |
| sessions per worker after the displaced ones resumed | ${[...f.perWorkerAfter]
    .filter(([w]) => w !== f.victim)
    .sort()
    .map(([w, n]) => `${w} ${n} (+${n - (f.perWorkerBefore.get(w) ?? 0)})`)
    .join(', ')} |
| all ${SESSIONS} sessions streaming after | ${ms(f.connectMs)} ms |
| token delay before the kill, p50 / p99 / max | ${f.steadyDelay.p50.toFixed(1)} / ${f.steadyDelay.p99.toFixed(1)} / ${f.steadyDelay.max.toFixed(1)} ms (worst load process's event-loop delay p99 ${f.steadyLoopP99.toFixed(1)} ms) |
| failovers during those ${MEASURE_MS / 1000} s (nothing killed) | ${f.steadyFailovers} |
| CPU during those ${MEASURE_MS / 1000} s (% of one core; the machine has ${availableParallelism()}) | ${formatCpu(f.steadyCpu)} |
| killed (\`kill -9\`) | ${f.victim}, ${f.displaced} sessions displaced |
| kill → first resumed token, p50 / p99 / max | **${ms(f.resume.p50)} / ${ms(f.resume.p99)} / ${ms(f.resume.max)} ms**${f.unresumed ? ` (${f.unresumed} not resumed within 60 s)` : ''} |
| CPU from the kill to the last resume (% of one core) | ${formatCpu(f.failoverCpu)} |
| detected by | ${f.detectedBy} |
| AssignWorker calls served, kill → last resume | ${f.assignPerSecond.toFixed(0)} per second over ${ms(f.windowMs)} ms |
| new connections per surviving worker, same window | ${f.connectionsPerWorker.map((w) => `${w.worker} ${w.connections} (${w.perSecond.toFixed(0)}/s, peak ${w.peakPerSecond} in one second)`).join('; ')} |
| UDP datagrams dropped (full receive buffers, all processes), sessions started → last resumed | ${f.udpDrops} |
| tokens lost / repeated / with a wrong text (consumers' own check of every token); violations refused | **${f.delivery.missing} / ${f.delivery.repeated} / ${f.delivery.wrongText}** of ${f.delivery.delivered.toLocaleString('en-US')} tokens; ${f.tally.violations} |

![The displaced sessions' kill → detection and kill → first resumed token, and tokens per second by worker around the kill](${CHART})

Worker memory per session (RSS after the sessions connected minus RSS before, ÷ its sessions):
${f.memory.map((m) => `${m.worker} ${round((m.rssAfterKiB - m.rssBeforeKiB) / Math.max(1, m.sessions))} KiB (${m.sessions} sessions, ${round(m.rssBeforeKiB / 1024)} → ${round(m.rssAfterKiB / 1024)} MiB)`).join('; ')}.
`;
}

function capacityReport(levels: Level[]): string {
  const sustained = levels.filter((l) => l.streaming && l.delay.p99 < DELAY_TARGET_MS);
  const best = sustained[sustained.length - 1];
  return `### Sessions one worker sustains

One director, one worker, sessions added in steps; each step measured for ${MEASURE_MS / 1000} s once every session
streams. Target: p99 token delay under ${DELAY_TARGET_MS} ms.

| sessions | all streaming | token delay p50 (ms) | p99 | max | worst load process loop delay p99 (ms) | worker CPU | worker KiB per session |
| --- | --- | --- | --- | --- | --- | --- | --- |
${levels.map((l) => `| ${l.sessions} | ${l.streaming ? 'yes' : 'no'} | ${l.delay.p50.toFixed(1)} | ${l.delay.p99.toFixed(1)} | ${l.delay.max.toFixed(1)} | ${l.loopP99.toFixed(1)} | ${round(l.workerCpuPercent)} % | ${round(l.kibPerSession)} |`).join('\n')}

Largest step sustained with p99 under ${DELAY_TARGET_MS} ms: **${best ? `${best.sessions} sessions` : 'none'}**.
`;
}

const dir = await mkdtemp(join(tmpdir(), 'bench-scale-'));
try {
  const tlsDir = join(dir, 'tls');
  await loadOrCreateDevCa(tlsDir);
  if (PHASES.has('failover') || PHASES.has('capacity')) {
    const failover = PHASES.has('failover') ? await failoverPhase(tlsDir) : undefined;
    const levels = PHASES.has('capacity') ? await capacityPhase(tlsDir) : undefined;
    const title = `## Scale: ${SESSIONS} sessions${failover ? ', one worker killed' : ''}${ENGINE === 'lean' ? '' : ` (${ENGINE} QUIC engine)`}\n`;
    const report = [title, scaleIntro(), failover && failoverReport(failover), levels && capacityReport(levels)]
      .filter(Boolean)
      .join('\n');
    writeSection(OUTPUT, SECTION, report);
    console.log(`\nwrote ${OUTPUT} (${SECTION})`);
    const chart = failover && writeChart(failover);
    if (chart) console.log(`wrote ${chart}`);
  }
  if (PHASES.has('engines')) {
    writeSection(OUTPUT, 'scale-engines', enginesReport(await enginesPhase(tlsDir)));
    console.log(`\nwrote ${OUTPUT} (scale-engines)`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
