import type { Membership, MembershipConfig } from '@switchyard/membership';
import { Simulation, seededRandom } from '@switchyard/membership/testing';

/** Steady state after convergence: every member has probed the others a few times. */
const WARM_UP_MS = 30_000;

/** A converged cluster of `members` (every member knows every other), run on for `WARM_UP_MS`. */
function cluster(members: number, config: MembershipConfig, seed: number, loss = 0): Simulation {
  const sim = new Simulation({ members, config, seed, loss });
  sim.start();
  for (let waited = 0; waited < 300_000; waited += 1000) {
    sim.run(1000);
    if (sim.members.every((m) => m.view().filter((v) => v.status === 'alive').length === members)) {
      sim.run(WARM_UP_MS);
      return sim;
    }
  }
  throw new Error(`${members} members did not converge`);
}

export interface Detection {
  /** Crash until the first member suspects it. */
  firstSuspicionMs: number;
  /** Crash until every other member considers it dead. */
  allDeadMs: number;
}

/** Crashes a random member of a converged cluster and times its detection. */
export function crashDetection(members: number, config: MembershipConfig, seed: number): Detection {
  const sim = cluster(members, config, seed);
  const random = seededRandom(seed * 7 + 1);
  const victim = sim.members[1 + Math.floor(random() * (members - 1))];
  const crashedAt = sim.clock.now();
  sim.crash(victim);
  const others = sim.members.filter((m) => m !== victim);
  for (let waited = 0; waited < 120_000; waited += 100) {
    sim.run(100);
    if (others.every((m) => sim.statusOf(m, victim) === 'dead')) break;
  }
  const about = sim.observations.filter((o) => o.subject === victim.id && o.at >= crashedAt);
  const suspected = about.find((o) => o.status === 'suspect' || o.status === 'dead');
  const deaths = about.filter((o) => o.status === 'dead');
  if (!suspected || new Set(deaths.map((o) => o.observer)).size < members - 1) {
    throw new Error(`a crash in ${members} members was not detected by everyone within 120 s`);
  }
  return { firstSuspicionMs: suspected.at - crashedAt, allDeadMs: Math.max(...deaths.map((o) => o.at)) - crashedAt };
}

export interface FalsePositives {
  memberHours: number;
  /** Times a live member was suspected by some member. */
  suspicions: number;
  /** Times a live member was declared dead by some member. */
  deaths: number;
}

/**
 * Runs a healthy cluster for `hours` of simulated time under `loss`, pausing one random member for
 * `pauseMs` at a random moment of every `pauseEveryMs` when given, and counts suspicions and deaths of members
 * that never failed.
 */
export function falsePositives(
  members: number,
  config: MembershipConfig,
  seed: number,
  options: { loss: number; hours: number; pauseMs?: number; pauseEveryMs?: number },
): FalsePositives {
  const sim = cluster(members, config, seed);
  sim.setLoss(options.loss);
  const random = seededRandom(seed * 13 + 5);
  const from = sim.clock.now();
  const total = options.hours * 3_600_000;
  const step = options.pauseEveryMs ?? 60_000;
  for (let elapsed = 0; elapsed < total; elapsed += step) {
    if (!options.pauseMs) {
      sim.run(step);
      continue;
    }
    // At a random moment: probes come every second, and a pause at the same point of every minute would hit
    // the same phase of them each time.
    const member = sim.members[Math.floor(random() * members)];
    const at = random() * (step - options.pauseMs);
    sim.run(at);
    sim.pause(member, options.pauseMs);
    sim.run(step - at);
  }
  const after = sim.observations.filter((o) => o.at >= from && o.observer !== o.subject);
  return {
    memberHours: members * options.hours,
    suspicions: after.filter((o) => o.status === 'suspect').length,
    deaths: after.filter((o) => o.status === 'dead').length,
  };
}

/** A member publishes new tags; time until every member has them. */
export function disseminationMs(members: number, config: MembershipConfig, seed: number): number {
  const sim = cluster(members, config, seed);
  const random = seededRandom(seed * 17 + 3);
  const source: Membership = sim.members[Math.floor(random() * members)];
  const started = sim.clock.now();
  source.updateMeta({ role: 'worker', tags: { available: 'false' } });
  for (let waited = 0; waited < 120_000; waited += 50) {
    sim.run(50);
    if (sim.members.every((m) => m.get(source.id)?.meta.tags.available === 'false')) return sim.clock.now() - started;
  }
  throw new Error('an update did not reach every member within 120 s');
}

/** Datagrams each member sends per second in a healthy, converged cluster. */
export function messagesPerMemberSecond(members: number, config: MembershipConfig, seed: number): number {
  const sim = cluster(members, config, seed);
  const before = [...sim.sent.values()].reduce((a, b) => a + b, 0);
  const seconds = 120;
  sim.run(seconds * 1000);
  const after = [...sim.sent.values()].reduce((a, b) => a + b, 0);
  return (after - before) / members / seconds;
}
