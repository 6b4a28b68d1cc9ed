import { describe, expect, it } from '@jest/globals';
import { suspicionTimeoutMs } from './config.js';
import { Simulation } from './testing/simulation.js';
import type { Membership } from './index.js';

// Dead members are forgotten, and the application is told (`onForget`), so that what it keeps per member
// (a director's worker pool) is as bounded as the view itself. Virtual time throughout.

function converged(members: number, seed: number): Simulation {
  const sim = new Simulation({ members, seed });
  sim.start();
  sim.run(10_000);
  return sim;
}

describe('forgetting dead members', () => {
  it('a crashed member is reported dead, then forgotten by every member once the retention has passed', () => {
    const sim = converged(5, 71);
    const victim = sim.members[3];
    const { deadRetentionMs, gossipIntervalMs } = victim.config;
    sim.crash(victim);
    sim.run(80_000);
    for (const observer of sim.members.filter((m) => m !== victim)) {
      const death = sim.observations.find(
        (o) => o.observer === observer.id && o.subject === victim.id && o.status === 'dead',
      )!;
      const forgotten = sim.forgotten.filter((f) => f.observer === observer.id && f.subject === victim.id);
      expect(forgotten).toEqual([expect.objectContaining({ status: 'dead' })]);
      // Dead members are reaped by the gossip round.
      expect(forgotten[0].at - death.at).toBeGreaterThan(deadRetentionMs);
      expect(forgotten[0].at - death.at).toBeLessThanOrEqual(deadRetentionMs + gossipIntervalMs);
      expect(observer.get(victim.id)).toBeUndefined();
    }
  });

  it('a member that left is forgotten too', () => {
    const sim = converged(4, 72);
    const leaver = sim.members[2];
    leaver.leave();
    sim.run(40_000);
    const others = sim.members.filter((m) => m !== leaver);
    expect(sim.forgotten.filter((f) => f.subject === leaver.id).map((f) => [f.observer, f.status])).toEqual(
      expect.arrayContaining(others.map((m) => [m.id, 'left'])),
    );
    for (const observer of others) expect(observer.get(leaver.id)).toBeUndefined();
  });

  // Seeds 77 and 78 piled up 389 and 186 members before helpers were limited to members once reached (probing.ts).
  it.each([73, 77, 78])(
    '1,000 members joining under new names and crashing one after another leave every view bounded (seed %i)',
    (seed) => {
      const sim = converged(3, seed);
      const stable = sim.members.slice();
      const { config } = stable[0];
      const newcomers = 1000;
      const arrivalMs = 5000;
      const lifetimeMs = 2000;
      // A newcomer stays in a view while it lives, until a probe finds it (within a lap of the live members at the
      // worst local health), for the longest suspicion (no confirmation; sized for a view of every newcomer, which
      // the log makes a small overestimate) and for the retention, until the next gossip round reaps it.
      const detectionMs = (stable.length + 1) * config.probeIntervalMs * config.awarenessMaxMultiplier;
      const suspicionMs = suspicionTimeoutMs(config, stable.length + newcomers, 0);
      const stayMs = lifetimeMs + detectionMs + suspicionMs + config.deadRetentionMs + config.gossipIntervalMs;
      const bound = stable.length + Math.ceil(stayMs / arrivalMs);
      const crashes: { member: Membership; at: number }[] = [];
      let largest = 0;
      for (let i = 0; i < newcomers; i++) {
        while (crashes.length > 0 && crashes[0].at <= sim.clock.now()) sim.crash(crashes.shift()!.member);
        crashes.push({ member: sim.add(`spiffe://switchyard/worker/churn-${i}`, 0), at: sim.clock.now() + lifetimeMs });
        sim.run(arrivalMs);
        largest = Math.max(largest, ...stable.map((m) => m.view().length));
      }
      expect(bound).toBeLessThan(40);
      expect(largest).toBeLessThanOrEqual(bound);
      // Once the churn stops, every newcomer a member heard of is forgotten by it, once: the views are the stable
      // members again. (A newcomer that crashed before its statement reached a member was never in its view.)
      for (const { member } of crashes) sim.crash(member);
      sim.run(stayMs);
      for (const observer of stable) {
        expect(
          observer
            .view()
            .map((m) => m.id)
            .sort(),
        ).toEqual(stable.map((m) => m.id).sort());
        const heardOf = sim.observations.filter(
          (o) => o.observer === observer.id && o.previous === undefined && o.subject.includes('/churn-'),
        );
        const forgotten = sim.forgotten.filter((f) => f.observer === observer.id);
        expect(forgotten.map((f) => f.subject).sort()).toEqual(heardOf.map((o) => o.subject).sort());
        expect(forgotten.length).toBeGreaterThan(newcomers * 0.8);
      }
      expect(sim.observations.some((o) => o.status === 'dead' && stable.some((m) => m.id === o.subject))).toBe(false);
    },
  );
});
