// `npm run bench:membership`: the membership protocol in the deterministic simulator (libs/membership
// testing), with this project's defaults and with memberlist's LAN defaults (same code, memberlist's
// formulas and values) side by side. Writes the "membership" section of docs/benchmarks.md.
import { join } from 'node:path';
import { DEFAULT_MEMBERSHIP, MEMBERLIST_LAN, type MembershipConfig } from '@switchyard/membership';
import { machine, writeSection } from '@switchyard/service-harness';
import { fairness } from './fairness.js';
import { storm, type StormCosts } from './storm.js';
import { crashDetection, disseminationMs, falsePositives, messagesPerMemberSecond } from './scenarios.js';
import { transportCost } from './transport-cost.js';

const SIZES = (process.env.BENCH_MEMBERSHIP_SIZES ?? '2,3,5,10,50,200').split(',').map(Number);
const TRIALS = Number(process.env.BENCH_MEMBERSHIP_TRIALS ?? 20);
const MEMBER_HOURS = Number(process.env.BENCH_MEMBERSHIP_MEMBER_HOURS ?? 50);
const OUTPUT = process.env.BENCH_OUTPUT ?? join(import.meta.dirname, '..', '..', '..', 'docs', 'benchmarks.md');

const configs: [string, MembershipConfig][] = [
  ['switchyard', DEFAULT_MEMBERSHIP],
  // The same without the phi-accrual ack deadline: what docs/membership.md weighs it against.
  ['switchyard, fixed 500 ms ack', { ...DEFAULT_MEMBERSHIP, adaptiveProbeFloorMs: undefined }],
  ['memberlist LAN', MEMBERLIST_LAN],
];

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};
const ms = (value: number) => `${Math.round(value)}`;
const rate = (count: number, memberHours: number) => (count / memberHours).toFixed(2);

const rows: string[] = [];
const perSecond = new Map<number, number>();
for (const members of SIZES) {
  for (const [name, config] of configs) {
    const started = performance.now();
    const trials = members >= 200 ? Math.max(5, Math.floor(TRIALS / 4)) : TRIALS;
    const detections = Array.from({ length: trials }, (_, i) => crashDetection(members, config, 1000 + i));
    const hours = MEMBER_HOURS / members;
    const lossy = falsePositives(members, config, 77, { loss: 0.05, hours });
    const paused = falsePositives(members, config, 78, { loss: 0, hours, pauseMs: 2000, pauseEveryMs: 60_000 });
    const blip = falsePositives(members, config, 79, { loss: 0, hours, pauseMs: 200, pauseEveryMs: 60_000 });
    const spread = Array.from({ length: Math.min(trials, 10) }, (_, i) => disseminationMs(members, config, 2000 + i));
    const messages = messagesPerMemberSecond(members, config, 99);
    if (config === DEFAULT_MEMBERSHIP) perSecond.set(members, messages);
    const suspect = detections.map((d) => d.firstSuspicionMs);
    const dead = detections.map((d) => d.allDeadMs);
    rows.push(
      `| ${members} | ${name} | ${ms(quantile(suspect, 0.5))} / ${ms(quantile(suspect, 0.99))} | ` +
        `${ms(quantile(dead, 0.5))} / ${ms(quantile(dead, 0.99))} | ` +
        `${rate(lossy.deaths, lossy.memberHours)} (${rate(lossy.suspicions, lossy.memberHours)}) | ` +
        `${rate(paused.deaths, paused.memberHours)} (${rate(paused.suspicions, paused.memberHours)}) | ` +
        `${rate(blip.deaths, blip.memberHours)} (${rate(blip.suspicions, blip.memberHours)}) | ` +
        `${ms(quantile(spread, 0.5))} / ${ms(quantile(spread, 0.99))} | ${messages.toFixed(1)} |`,
    );
    console.log(rows.at(-1), `(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

const cost = await transportCost();
const costRows = SIZES.map((members) => {
  const datagrams = perSecond.get(members)!;
  // Every datagram sent is signed once and checked once (by its receiver).
  const cpu = (datagrams * (cost.sealUs + cost.openUs)) / 10_000;
  return `| ${members} | ${datagrams.toFixed(1)} | ${cpu.toFixed(2)} % | ${((datagrams * cost.fullBytes) / 1024).toFixed(1)} KiB/s |`;
});
console.log(cost, costRows);

const fairnessRows: string[] = [];
for (const directors of [1, 2, 3]) {
  for (const workers of [3, 10]) {
    const f = fairness(directors, workers, { assignments: 30_000, excludedShare: 0.2, seed: 5 });
    const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)} %`;
    fairnessRows.push(`| ${directors} | ${workers} | ${pct(f.maxOverMean)} | ${pct(f.minUnderMean)} |`);
  }
}
console.log(fairnessRows);

// Measured figures (docs/benchmarks.md, docs/performance.md): stall detection p50–p99 of bench:failover, a worker's
// CPU per new connection, the client's connect timeout plus its retry delay after an attempt with no token.
const STORM_COSTS: StormCosts = {
  detectMs: { min: 580, max: 868 },
  assignCpuMs: 0.5,
  connectCpuMs: 5,
  deadDialMs: 4000,
  firstTokenMs: 500,
  oneWayMs: 1,
};
const stormRows: string[] = [];
const stormCases = [
  ...[1, 4].flatMap((killed) =>
    (['least-loaded', 'round-robin'] as const).map((strategy) => ({ killed, strategy, probeLeft: true })),
  ),
  // Without the probe of the worker a client left: the baseline of that design.
  { killed: 4, strategy: 'least-loaded' as const, probeLeft: false },
];
for (const { killed, strategy, probeLeft } of stormCases) {
  const r = storm({
    sessions: 10_000,
    workers: 40,
    directors: 3,
    killed,
    seed: 31 + killed,
    costs: STORM_COSTS,
    strategy,
    probeLeft,
  });
  stormRows.push(
    `| ${killed} | ${strategy} | ${probeLeft ? 'yes' : 'no'} | ${r.displaced} | ${r.resumeMs.p50} / ${r.resumeMs.p99} / ${r.resumeMs.max} | ${r.peakCallsPerSecond} | ${r.deadAssignments} | ${r.takenPerWorker.min}–${r.takenPerWorker.max} |`,
  );
  console.log(stormRows.at(-1));
}

const report = `## Membership

Produced by \`npm run bench:membership\` (tools/membership-bench) on ${machine()}. The real state machine
(libs/membership) runs in the deterministic simulator: virtual time, seeded randomness, 1–5 ms one-way
delay. **switchyard** is this project's defaults; **memberlist LAN** is the same code with hashicorp/memberlist's
LAN defaults and formulas (probe every 1 s, fixed 500 ms ack timeout, 3 indirect probes, suspicion
4·log10(n) s shrinking from 6× with confirmations, retransmit 4·log10(n+1), gossip to 3 every 200 ms, push-pull
every 30 s). The differences: an ack deadline per member from phi-accrual over its own ack round trips (at least
50 ms, at most 500 ms), a second direct ping sent with the indirect ones, a verdict as soon as the helpers nacked
(memberlist waits for the end of the probe interval, as this project does when no helper answers), and at least
2 s of suspicion; **switchyard, fixed 500 ms ack** is this project's defaults without the phi-accrual ack deadline.
The simulator's figures are deterministic: the same on any machine, changed only by the code.

- crash: a random member is crashed in a converged cluster, ${TRIALS} trials (${Math.max(5, Math.floor(TRIALS / 4))} for 200 members); first suspicion
  and every other member considering it dead, p50 / p99 in ms;
- false deaths per member-hour (false suspicions in brackets), ${MEMBER_HOURS} member-hours each: with 5 % loss
  on every link, and with one random member paused for 2 s (then 200 ms: a garbage collection, a busy event
  loop) at a random moment of every minute (no loss); a paused member's timers that fell due run before the
  datagrams that waited, as in Node's event loop;
- update: a member publishes new tags, until every member has them, p50 / p99 in ms;
- datagrams sent per member per second in a healthy cluster.

| members | defaults | crash: first suspicion | crash: all consider dead | false deaths, 5 % loss | false deaths, 2 s pause | false deaths, 200 ms pause | update reaches all | datagrams/member/s |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

**Transport cost** (libs/membership-transport, real certificates and codec, medians of 2000 runs on this
machine; unlike the simulator's, these figures vary from run to run with the machine's load): every datagram carries its sender's certificate and an ECDSA P-256 signature. A ping is
${cost.pingBytes} bytes, a datagram with a full gossip budget ${cost.fullBytes} bytes. Signing one takes
${cost.sealUs.toFixed(0)} µs, checking one from a known certificate ${cost.openUs.toFixed(0)} µs, and from a certificate
seen for the first time (chain, validity, identity) ${cost.firstOpenUs.toFixed(0)} µs. A probe (ping and ack) costs
two signatures and two checks, ${(2 * (cost.sealUs + cost.openUs)).toFixed(0)} µs of CPU across the two members. Per
member, with this project's defaults (datagrams from the table above; CPU of one core; bandwidth at most, every
datagram counted at the full gossip size):

| members | datagrams sent/member/s | CPU per member | bandwidth per member |
| --- | --- | --- | --- |
${costRows.join('\n')}

**Fairness across directors**: 30,000 assignments spread at random over the directors, each picking
round-robin over the same workers with its own cursor and its own worker order, the worker a client just left
excluded in 20 % of the calls (tools/membership-bench/src/fairness.ts); assignments of the busiest and the
idlest worker against the mean:

| directors | workers | busiest worker | idlest worker |
| --- | --- | --- | --- |
${fairnessRows.join('\n')}

**A failover storm** (tools/membership-bench/src/storm.ts): 10,000 sessions spread evenly over 40 workers, 3
directors, the real membership protocol in the simulator and the real worker pool in every director; workers killed
at once. Each displaced session detects the failure after ${STORM_COSTS.detectMs.min}–${STORM_COSTS.detectMs.max} ms
(bench:failover's stall detection, p50–p99), asks its own director (a director serves one call at a time,
${STORM_COSTS.assignCpuMs} ms of CPU each), dials the worker assigned (a worker takes one new connection at a time,
${STORM_COSTS.connectCpuMs} ms each; a worker already dead but not yet suspected by that director costs the connect
timeout and the retry delay, ${STORM_COSTS.deadDialMs / 1000} s, then the session asks again, excluding it) and resumes
one token interval (${STORM_COSTS.firstTokenMs} ms) after connecting. Workers republish their load every second.
"Probe left" is the director probing the worker a session just left at once and assigning it to nobody until it
answers (\`WorkerPool.left\`, \`Membership.probe\`); without it, a dead worker waits for its turn in the probe rounds.
Resume is failure → first resumed token (p50 / p99 / max, ms); calls per second are one director's, its busiest
second; the last column is how many displaced sessions each surviving worker took (fewest–most).

| killed | assignment | probe left | displaced | resume ms | director calls/s, peak | sent to a dead worker | taken per worker |
| --- | --- | --- | --- | --- | --- | --- | --- |
${stormRows.join('\n')}
`;
writeSection(OUTPUT, 'membership', report);
console.log(`wrote ${OUTPUT}`);
