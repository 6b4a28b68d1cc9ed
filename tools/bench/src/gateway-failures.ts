// The second part of `npm run bench:gateway`: what a failure costs a caller of the gateway, a worker's death against
// the gateway's own. Streams of BENCH_GATEWAY_FAILURE_TOKENS tokens (20 ms apart) through a gateway process, two
// workers behind it; once every stream has its first tokens, one process is killed (kill -9):
// - a worker: its streams' sessions fail over inside the gateway; the caller sees a longer gap and nothing else.
// - the gateway: every stream it carried breaks at the caller, who asks again through another gateway and gets a
//   new answer from its first token.
// Writes the section between `<!-- gateway-failures:start -->` and `<!-- gateway-failures:end -->` of
// docs/benchmarks.md.
import { GatewayLog, WorkerLog } from '@switchyard/log-events';
import { machine, type Cluster, type ServiceProcess } from '@switchyard/service-harness';
import { streamChat } from './chat-stream.js';
import { percentile } from './stats.js';

const TOKENS = Number(process.env.BENCH_GATEWAY_FAILURE_TOKENS ?? 500);
const PROMPT = 'tell me about connection replacement';

/** Tokens every stream has before the kill: all have started, none is near its end. */
const STARTED_TOKENS = 10;

/** Starts `count` streams; `started` resolves once every one has STARTED_TOKENS tokens. */
function streams(url: string, count: number) {
  let reached = 0;
  let resolveStarted!: () => void;
  const started = new Promise<void>((resolve) => (resolveStarted = resolve));
  const all = Promise.all(
    Array.from({ length: count }, () =>
      streamChat(url, { prompt: PROMPT, tokens: TOKENS }, (n) => {
        if (n === STARTED_TOKENS && ++reached === count) resolveStarted();
      }),
    ),
  );
  return { started, all };
}

interface WorkerDeath {
  displaced: number;
  /** Per displaced stream: its longest gap between tokens (the failover's pause). */
  pausesMs: number[];
  /** Streams that did not end with [DONE] and every token. */
  incomplete: number;
}

interface GatewayDeath {
  broken: number;
  /** Per stream: from the kill to the caller's read failing. */
  detectMs: number[];
  /** Per stream: tokens received before the break (discarded: the new answer starts over). */
  discarded: number[];
  /** Per stream: from the break to the first token of the answer asked again through the other gateway. */
  againFirstTokenMs: number[];
  /** Per stream: how much later its whole answer came than an unbroken one would have. */
  lateMs: number[];
}

/**
 * Kills the one of `workers` serving most of `count` streams once they have started, and starts another in its
 * place (`workers` is updated).
 */
async function killWorker(
  cluster: Cluster,
  workers: ServiceProcess[],
  gateway: ServiceProcess,
  url: string,
  count: number,
) {
  const since = Date.now();
  const { started, all } = streams(url, count);
  await started;
  const serving = (worker: ServiceProcess) =>
    worker.find(WorkerLog.streamStarted).filter((e) => e.time >= since).length;
  const victim = workers.reduce((most, worker) => (serving(worker) > serving(most) ? worker : most));
  const killedAt = Date.now();
  await victim.kill();
  const answers = await all;
  workers.splice(workers.indexOf(victim), 1);
  workers.push(await cluster.startWorker(`w${Date.now()}`, { WORKER_TOKEN_INTERVAL_MS: '20' }));
  const displacedIds = new Set(
    gateway
      .find(GatewayLog.failover)
      .filter((line) => line.time >= killedAt)
      .map((line) => line.requestId as string),
  );
  const displaced = answers.filter((a) => displacedIds.has(a.requestId));
  return {
    displaced: displaced.length,
    pausesMs: displaced.map((a) => Math.max(...a.arrivals.slice(1).map((t, i) => t - a.arrivals[i]))),
    incomplete: answers.filter((a) => !a.done || a.arrivals.length !== TOKENS).length,
  } satisfies WorkerDeath;
}

async function killGateway(cluster: Cluster, backupUrl: string, count: number): Promise<GatewayDeath> {
  const { process: victim, url } = await cluster.startGateway({
    GATEWAY_CHAT_TEMPLATE: 'plain',
    GATEWAY_MAX_CONCURRENT_PER_KEY: String(count),
  });
  const { started, all } = streams(url, count);
  await started;
  const killedAt = performance.now();
  await victim.kill();
  const cut = await all;
  // A stream that had ended before the kill (its start was that late) is not one the kill broke.
  const broken = cut.filter((a) => a.brokeAt !== undefined);
  if (cut.some((a) => a.brokeAt === undefined && !a.done)) throw new Error('a stream ended without [DONE] or a break');
  const again = await Promise.all(broken.map(() => streamChat(backupUrl, { prompt: PROMPT, tokens: TOKENS })));
  if (again.some((a) => !a.done)) throw new Error('an answer asked again did not complete');
  const unbroken = (TOKENS - 1) * 20;
  return {
    broken: broken.length,
    detectMs: broken.map((a) => a.brokeAt! - killedAt),
    discarded: broken.map((a) => a.arrivals.length),
    againFirstTokenMs: broken.map((a, i) => again[i].arrivals[0] - a.brokeAt!),
    lateMs: broken.map((a, i) => again[i].arrivals.at(-1)! - a.arrivals[0] - unbroken),
  };
}

/** Runs both failures `runs` times at `count` streams; the section's markdown. */
export async function measureFailures(
  cluster: Cluster,
  workers: ServiceProcess[],
  gateway: ServiceProcess,
  url: string,
  count: number,
  runs: number,
): Promise<string> {
  if (workers.length < 2) workers.push(await cluster.startWorker('w2', { WORKER_TOKEN_INTERVAL_MS: '20' }));
  const workerDeaths: WorkerDeath[] = [];
  const gatewayDeaths: GatewayDeath[] = [];
  for (let run = 0; run < runs; run++) {
    workerDeaths.push(await killWorker(cluster, workers, gateway, url, count));
    gatewayDeaths.push(await killGateway(cluster, url, count));
    const [w, g] = [workerDeaths.at(-1)!, gatewayDeaths.at(-1)!];
    process.stdout.write(
      `failures, run ${run + 1}: worker killed: ${w.displaced} displaced, pause p50 ${percentile(w.pausesMs, 50).toFixed(0)} ms, ${w.incomplete} incomplete; gateway killed: ${g.broken} broken, detected p50 ${percentile(g.detectMs, 50).toFixed(1)} ms, asked again first token p50 ${percentile(g.againFirstTokenMs, 50).toFixed(1)} ms\n`,
    );
  }
  const f = (values: number[], p: number) => (values.length ? percentile(values, p).toFixed(0) : '-');
  const pauses = workerDeaths.flatMap((w) => w.pausesMs);
  const detect = gatewayDeaths.flatMap((g) => g.detectMs);
  const discarded = gatewayDeaths.flatMap((g) => g.discarded);
  const againFirst = gatewayDeaths.flatMap((g) => g.againFirstTokenMs);
  const late = gatewayDeaths.flatMap((g) => g.lateMs);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return `## Gateway failures

Produced by \`npm run bench:gateway\` (tools/bench/src/gateway-failures.ts) on ${machine()}. A gateway process in front
of two workers (the synthetic engine, one token every 20 ms) and a director; ${count} streamed chat answers of
${TOKENS} tokens at once, plain \`fetch\` as the caller; once every stream has ${STARTED_TOKENS} tokens, one process is
killed with SIGKILL (the worker serving most of them, or the gateway). ${runs} runs of each; the figures are over
every affected stream of every run.

| killed | streams affected | what the caller sees | p50 | p99 | tokens lost or repeated |
| --- | --- | --- | --- | --- | --- |
| a worker | ${sum(workerDeaths.map((w) => w.displaced))} of ${count * runs} | its longest gap between two tokens (ms) | ${f(pauses, 50)} | ${f(pauses, 99)} | 0 (${sum(workerDeaths.map((w) => w.incomplete))} answers incomplete) |
| the gateway | ${sum(gatewayDeaths.map((g) => g.broken))} of ${count * runs} | its read failing, after the kill (ms) | ${f(detect, 50)} | ${f(detect, 99)} | the answer so far: ${f(discarded, 50)} tokens p50 discarded |
| | | asked again through another gateway: its first token, after the break (ms) | ${f(againFirst, 50)} | ${f(againFirst, 99)} | |
| | | the whole answer, later than unbroken (ms) | ${f(late, 50)} | ${f(late, 99)} | |

A worker's death costs the caller a pause; a gateway's costs the answer so far, because the session (the resume
cursor) lived in the gateway's process: the caller's HTTP response breaks at once (the kernel closes the dead
process's connections) and a new request starts a new answer. A gateway whose host stops answering without closing
its connections (a power loss, a partition) leaves its callers' reads waiting on their own timeouts; SSE has no
heartbeat to notice it sooner.

The answers asked again wait about 15 s for their first token here because every process of this benchmark shares
one address: the workers count the dead gateway's 64 sessions against their per-address bound (set to 74 for the
run) until they let them go, which a dead client's sessions take the workers' QUIC idle timeout (10 s) to reach,
and the new sessions retry with backoff meanwhile. Behind a load balancer each gateway replica has an address of its
own, so only a worker's total (WORKER_MAX_SESSIONS) would hold them back, and only a worker near it; still, a
gateway's death leaves its sessions on the workers for that long.
`;
}
