import { describe, expect, it } from '@jest/globals';
import { expectedConfirmations, MEMBERLIST_LAN, suspicionTimeoutMs } from './config.js';
import { SimClock, seededRandom } from './testing/sim-clock.js';
import { Simulation } from './testing/simulation.js';
import { Membership, type AliveMessage, type Packet, type StateVerifier } from './index.js';

// The real state machine on a simulated network (virtual clock, seeded randomness): every scenario runs
// minutes of protocol time in milliseconds, and the same seed gives the same run.

const everyoneSees = (sim: Simulation, subject: Membership, status: string, among = sim.live()) =>
  among.filter((m) => m !== subject).every((m) => sim.statusOf(m, subject) === status);

function converged(seed = 1, members = 5, options: Partial<ConstructorParameters<typeof Simulation>[0]> = {}) {
  const sim = new Simulation({ members, seed, ...options });
  sim.start();
  sim.run(10_000);
  return sim;
}

describe('Lifeguard timeouts', () => {
  it('suspicion shrinks with confirmations and grows with the log of the cluster size', () => {
    const base = { ...MEMBERLIST_LAN };
    expect(suspicionTimeoutMs(base, 10, 0)).toBe(6 * 4000);
    expect(suspicionTimeoutMs(base, 10, expectedConfirmations(base, 10))).toBe(4000);
    expect(suspicionTimeoutMs(base, 10, 1)).toBeLessThan(24_000);
    expect(suspicionTimeoutMs(base, 100, 2)).toBe(8000);
    expect(suspicionTimeoutMs({ ...base, suspicionMinMs: 2000 }, 3, 1)).toBe(2000);
  });
});

describe('Membership (simulated)', () => {
  it('members that join through one seed all learn of each other', () => {
    const sim = converged(1, 10);
    for (const observer of sim.members) {
      expect(observer.view().filter((m) => m.status === 'alive')).toHaveLength(10);
    }
  });

  it('a crashed member is suspected, then considered dead by every member, within the suspicion bounds', () => {
    const sim = converged(2, 10);
    const victim = sim.members[4];
    const crashedAt = sim.clock.now();
    sim.crash(victim);
    sim.run(28_000); // within the longest suspicion plus a little, before dead members are forgotten (30 s)
    const about = sim.observations.filter((o) => o.subject === victim.id && o.at >= crashedAt);
    const firstSuspicion = about.find((o) => o.status === 'suspect')!;
    const deaths = about.filter((o) => o.status === 'dead');
    expect(firstSuspicion.at - crashedAt).toBeLessThan(3000);
    expect(new Set(deaths.map((o) => o.observer)).size).toBe(9);
    const lastDeath = Math.max(...deaths.map((o) => o.at));
    // At most the longest suspicion (no confirmation) after the first one.
    expect(lastDeath - firstSuspicion.at).toBeLessThanOrEqual(suspicionTimeoutMs(sim.members[0].config, 10, 0) + 1000);
    expect(everyoneSees(sim, victim, 'dead')).toBe(true);
  });

  it('a member paused shorter than the suspicion refutes it and is never considered dead', () => {
    const sim = converged(3, 5);
    const paused = sim.members[2];
    const from = sim.clock.now();
    sim.pause(paused, 1800);
    sim.run(30_000);
    const about = sim.observations.filter((o) => o.subject === paused.id && o.at >= from);
    expect(about.some((o) => o.status === 'dead')).toBe(false);
    expect(everyoneSees(sim, paused, 'alive')).toBe(true);
    expect(paused.get(paused.id)!.incarnation).toBeGreaterThanOrEqual(0);
  });

  it('a member restarted under the same identity refutes its death and is alive again, at its new address', () => {
    const sim = converged(4, 6);
    const old = sim.members[3];
    sim.crash(old);
    sim.run(25_000);
    expect(everyoneSees(sim, old, 'dead')).toBe(true);
    const restarted = sim.add(old.id, 0);
    sim.run(10_000);
    for (const observer of sim.live().filter((m) => m !== restarted)) {
      const seen = observer.get(old.id)!;
      expect(seen.status).toBe('alive');
      expect(seen.address).toEqual(sim.address(restarted));
      expect(seen.incarnation).toBeGreaterThan(0);
    }
  });

  it('the only seed, killed and started again at once with no seeds, knows everyone again within seconds', () => {
    // Restarted before anyone noticed: the others never suspect it (the new process answers their probes), so they
    // have no reason to ask their seed; it asks the first member it hears from and does not know. One member has just
    // published new tags, so the gossip the restarted member overhears names that one only.
    for (const seed of [5, 6, 7]) {
      const sim = converged(seed, 6);
      const old = sim.members[0];
      sim.members[3].updateMeta({ role: 'worker', tags: { load: '1' } });
      sim.run(50);
      sim.crash(old);
      const restarted = sim.restart(old);
      const back = sim.clock.now();
      sim.run(2_000);
      const others = sim.live().filter((m) => m !== restarted);
      for (const observer of others) expect(sim.statusOf(restarted, observer)).toBe('alive');
      const learnt = sim.observations.filter((o) => o.observer === restarted.id && o.at >= back);
      expect(Math.max(...learnt.map((o) => o.at)) - back).toBeLessThanOrEqual(2_000);
      expect(sim.observations.filter((o) => o.at >= back && o.status !== 'alive')).toEqual([]);
    }
  });

  it('the only seed, killed and started again with no seeds of its own, is found again within seconds', () => {
    // Every member joined through m0, as workers join through their director. m0 dies, everyone finds it dead; then
    // it comes back at its address knowing nobody. The others keep asking their seed, so they find it within
    // SEED_RETRY_MAX_MS, not at their next push-pull with a dead member (every 30 s).
    const sim = converged(6, 4);
    const seed = sim.members[0];
    sim.crash(seed);
    sim.run(25_000);
    expect(everyoneSees(sim, seed, 'dead')).toBe(true);
    const restarted = sim.restart(seed);
    const back = sim.clock.now();
    sim.run(2_500);
    const others = sim.live().filter((m) => m !== restarted);
    for (const observer of others) expect(sim.statusOf(observer, restarted)).toBe('alive');
    for (const observer of others) expect(sim.statusOf(restarted, observer)).toBe('alive');
    const found = sim.observations.filter((o) => o.subject === seed.id && o.status === 'alive' && o.at >= back);
    expect(Math.max(...found.map((o) => o.at)) - back).toBeLessThanOrEqual(2_500);
  });

  it('a member restarted before anyone noticed its death outdoes its predecessor at once, at its new address', () => {
    // Probes so rare that nobody suspects the old process in this test: only the restart itself can tell.
    const sim = converged(5, 6, { config: { probeIntervalMs: 20_000 } });
    const old = sim.members[2];
    sim.crash(old);
    const restarted = sim.add(old.id, 0);
    sim.run(2_000);
    for (const observer of sim.live().filter((m) => m !== restarted)) {
      const seen = observer.get(old.id)!;
      expect(seen.status).toBe('alive');
      expect(seen.address).toEqual(sim.address(restarted));
    }
  });

  it('a graceful leave is known everywhere at once as left, with no suspicion first', () => {
    const sim = converged(5, 6);
    const leaver = sim.members[1];
    const from = sim.clock.now();
    leaver.leave();
    sim.run(3000);
    const others = sim.members.filter((m) => m !== leaver);
    expect(others.every((m) => sim.statusOf(m, leaver) === 'left')).toBe(true);
    expect(sim.observations.some((o) => o.subject === leaver.id && o.at >= from && o.status === 'suspect')).toBe(false);
  });

  it("a member's new tags reach every member", () => {
    const sim = converged(6, 8);
    const worker = sim.members[5];
    worker.updateMeta({ role: 'worker', tags: { available: 'false', load: '7' } });
    sim.run(3000);
    for (const observer of sim.members)
      expect(observer.get(worker.id)!.meta.tags).toEqual({ available: 'false', load: '7' });
  });

  it('a seed that was not listening yet when a member started is joined within seconds, not at the next push-pull', () => {
    const sim = new Simulation({ members: 2, seed: 11 });
    const [seed, late] = sim.members;
    sim.partition(late); // its join is lost, as when the seed's port is not bound yet
    sim.start();
    sim.run(3_000);
    expect(sim.statusOf(seed, late)).toBeUndefined();
    sim.partition(late, false);
    sim.run(5_000); // push-pull runs every 30 s: only the join's retries (1, 2, 4 s …) can bring it in this soon
    expect(sim.statusOf(seed, late)).toBe('alive');
    expect(sim.statusOf(late, seed)).toBe('alive');
  });

  it('a partitioned member is considered dead, and after the partition heals it rejoins and is alive again', () => {
    const sim = converged(7, 5, { config: { pushPullIntervalMs: 5000 } });
    const cut = sim.members[3];
    sim.partition(cut);
    sim.run(25_000);
    expect(everyoneSees(sim, cut, 'dead')).toBe(true);
    // Long enough for both sides to forget each other entirely: the cut member finds its way back through its seed.
    sim.run(35_000);
    sim.partition(cut, false);
    sim.run(30_000);
    expect(everyoneSees(sim, cut, 'alive')).toBe(true);
    for (const other of sim.members) expect(sim.statusOf(cut, other) ?? 'alive').toBe('alive');
  });

  it("a member cannot state another member's address or tags: statements without the proof are dropped", () => {
    // Each member "signs" with its id; the verifier accepts a statement only with its subject's signature.
    const verifier: StateVerifier = {
      prove: (m) => new TextEncoder().encode(`${m.id}|${m.incarnation}|${m.address.port}|${JSON.stringify(m.meta)}`),
      verify: (m) =>
        new TextDecoder().decode(m.proof) === `${m.id}|${m.incarnation}|${m.address.port}|${JSON.stringify(m.meta)}`,
    };
    const sim = converged(8, 4, { verifier });
    const [victim, liar, listener] = sim.members;
    const genuine = victim.get(victim.id)!;
    const forged: AliveMessage = {
      type: 'alive',
      id: victim.id,
      incarnation: genuine.incarnation + 5,
      address: { host: 'sim', port: 1 },
      meta: { role: 'worker', tags: { available: 'false' } },
      proof: verifier.prove({
        ...genuine,
        type: 'alive',
        incarnation: genuine.incarnation + 5,
        address: genuine.address,
      }),
    };
    listener.receive(sim.address(liar), liar.id, { from: liar.id, gossip: [forged] });
    sim.run(2000);
    expect(listener.get(victim.id)).toMatchObject({
      address: genuine.address,
      incarnation: genuine.incarnation,
      status: 'alive',
    });
  });

  it('the same seed gives the same run', () => {
    const run = () => {
      const sim = converged(9, 6, { loss: 0.05 });
      sim.crash(sim.members[2]);
      sim.run(30_000);
      return sim.observations.map((o) => `${o.at}|${o.observer}|${o.subject}|${o.status}`).join('\n');
    };
    expect(run()).toBe(run());
  });
});

describe('Membership push-pull', () => {
  it("a joiner's statement, which its seed learns by push-pull only, is gossiped on to the seed's other members", () => {
    const clock = new SimClock();
    const sent: { to: string; packet: Packet }[] = [];
    const verifier: StateVerifier = { prove: () => new Uint8Array(0), verify: () => true };
    const seed = new Membership({
      id: 'spiffe://switchyard/director/d1',
      address: { host: '10.0.0.1', port: 61002 },
      meta: { role: 'director', tags: {} },
      clock,
      random: seededRandom(4),
      transport: { send: (to, packet) => void sent.push({ to: `${to.host}:${to.port}`, packet }) },
      verifier,
    });
    seed.start();
    const statement = (name: string, host: string): AliveMessage => ({
      type: 'alive',
      id: `spiffe://switchyard/worker/${name}`,
      incarnation: Date.now(),
      address: { host, port: 61002 },
      meta: { role: 'worker', tags: {} },
      proof: new Uint8Array(0),
    });
    const join = (joiner: AliveMessage) =>
      seed.receive(joiner.address, joiner.id, {
        from: joiner.id,
        request: { type: 'push-pull', states: [joiner], failures: [], reply: true },
        gossip: [],
      });
    // w1 never answers: within the second below it is at most suspected, and gossip still goes to it.
    join(statement('w1', '10.0.0.11'));
    clock.run(100);
    sent.length = 0;
    const w2 = statement('w2', '10.0.0.12');
    join(w2);
    clock.run(1_000);
    const toW1 = sent.filter((s) => s.to === '10.0.0.11:61002').flatMap((s) => s.packet.gossip);
    expect(toW1).toContainEqual(expect.objectContaining({ type: 'alive', id: w2.id }));
    seed.stop();
  });
});

describe('Membership seeds', () => {
  it("a member's own address among its seeds (a DNS name for every director) is never sent to", () => {
    const clock = new SimClock();
    const sentTo: string[] = [];
    const verifier: StateVerifier = { prove: () => new Uint8Array(0), verify: () => true };
    const own = { host: '10.0.0.1', port: 61002 };
    const member = new Membership({
      id: 'spiffe://switchyard/director/d1',
      address: own,
      meta: { role: 'director', tags: {} },
      clock,
      random: seededRandom(3),
      transport: { send: (to) => void sentTo.push(`${to.host}:${to.port}`) },
      verifier,
    });
    member.start([own, { host: '10.0.0.2', port: 61002 }]);
    clock.run(120_000);
    expect(new Set(sentTo)).toEqual(new Set(['10.0.0.2:61002']));
    member.setSeeds([own]);
    sentTo.length = 0;
    clock.run(120_000);
    expect(sentTo).toEqual([]);
    member.stop();
  });
});
