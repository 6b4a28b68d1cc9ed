import { describe, expect, it } from '@jest/globals';
import { DEFAULT_MEMBERSHIP } from './config.js';
import { SimClock, seededRandom } from './testing/sim-clock.js';
import { Simulation, type SimulationOptions } from './testing/simulation.js';
import {
  MAX_PROBES_OUT_OF_TURN,
  Membership,
  type AliveMessage,
  type Member,
  type MemberId,
  type Request,
} from './index.js';

// When a probe is decided, and what a pause does to it: the real state machine on the simulator's virtual clock
// (no test sleeps), and one member against scripted peers where the exact timing is the point.

const INTERVAL = DEFAULT_MEMBERSHIP.probeIntervalMs;

function converged(members: number, seed: number, options: Partial<SimulationOptions> = {}): Simulation {
  const sim = new Simulation({ members, seed, ...options });
  sim.start();
  sim.run(10_000);
  return sim;
}

/** Suspicions (or deaths) of any of `subjects`, by anyone, since `from`. */
function accusations(sim: Simulation, subjects: Membership[], from: number) {
  const ids = new Set(subjects.map((m) => m.id));
  return sim.observations.filter((o) => o.at >= from && ids.has(o.subject) && o.status !== 'alive');
}

/** Runs `scenario` with a 200 ms pause of each of `paused` starting at every 50 ms of a probe interval. */
function pauseSweep(setup: (seed: number) => { sim: Simulation; live: Membership[] }) {
  const found: unknown[] = [];
  for (let offset = 0; offset < INTERVAL; offset += 50) {
    for (const which of [0, 1]) {
      const { sim, live } = setup(100 + offset);
      sim.run(offset);
      const from = sim.clock.now();
      sim.pause(live[which], 200);
      sim.run(5000);
      found.push(...accusations(sim, live, from).map((o) => ({ offset, paused: which, ...o })));
    }
  }
  return found;
}

describe('probe verdicts survive a pause (simulated)', () => {
  it('two members: a 200 ms pause of either, at any point of a probe interval, raises no suspicion', () => {
    expect(
      pauseSweep((seed) => {
        const sim = converged(2, seed);
        return { sim, live: sim.members };
      }),
    ).toEqual([]);
  });

  it('three members, the third crashed just now (a helper is asked and never answers): no suspicion', () => {
    expect(
      pauseSweep((seed) => {
        const sim = converged(3, seed);
        sim.crash(sim.members[2]);
        return { sim, live: sim.members.slice(0, 2) };
      }),
    ).toEqual([]);
  });

  it('three members, the third crashed long ago (no helper left to ask): no suspicion', () => {
    expect(
      pauseSweep((seed) => {
        const sim = converged(3, seed);
        const [a, b, c] = sim.members;
        sim.crash(c);
        sim.run(20_000);
        expect([sim.statusOf(a, c), sim.statusOf(b, c)]).toEqual(['dead', 'dead']);
        return { sim, live: [a, b] };
      }),
    ).toEqual([]);
  });

  it('a prober paused past the end of its probe interval reads the ack waiting for it before deciding', () => {
    for (const seed of [31, 32, 33]) {
      let pinged = false;
      const sim = converged(2, seed, {
        onSend: (from, _to, packet) => void (pinged ||= from.endsWith('/m0') && packet.request?.type === 'ping'),
      });
      const [a, b] = sim.members;
      pinged = false;
      while (!pinged) sim.run(1);
      // The ack is still on its way (1–5 ms): it arrives while `a` is frozen, and waits in its socket.
      const from = sim.clock.now();
      sim.pause(a, 1500);
      sim.run(5000);
      expect(accusations(sim, [b], from).filter((o) => o.observer === a.id)).toEqual([]);
      expect(sim.statusOf(a, b)).toBe('alive');
    }
  });

  it('a member paused past the end of a suspicion reads the refutation waiting for it before declaring death', () => {
    const sim = converged(2, 41);
    const [a, b] = sim.members;
    const accusation = { type: 'suspect' as const, id: b.id, incarnation: b.get(b.id)!.incarnation, from: a.id };
    a.receive(sim.address(b), b.id, { from: b.id, gossip: [accusation] });
    b.receive(sim.address(a), a.id, { from: a.id, gossip: [accusation] }); // b refutes it straight to a
    const from = sim.clock.now();
    sim.pause(a, 2500); // longer than the suspicion (2 s): the refutation waits in a's socket
    sim.run(5000);
    const seen = sim.observations.filter((o) => o.at >= from && o.observer === a.id && o.subject === b.id);
    expect(seen.map((o) => o.status)).toEqual(['suspect', 'alive']);
  });

  it('a crash is still suspected within the lap plus one probe interval (docs/membership.md)', () => {
    for (const seed of [51, 52, 53, 54, 55]) {
      for (const members of [2, 3]) {
        const sim = converged(members, seed);
        const [a, b] = sim.members;
        // With three members the third is dead first: no helper is left, and b is a's only target (a lap of 1).
        if (members === 3) sim.crash(sim.members[2]);
        sim.run(20_000 + seed * 37);
        expect(a.healthMultiplier).toBe(1);
        const crashedAt = sim.clock.now();
        sim.crash(b);
        sim.run(5000);
        const first = sim.observations.find((o) => o.at >= crashedAt && o.subject === b.id && o.status === 'suspect');
        // One interval until a probes b again, one for the verdict, plus the ping's and the ack's way.
        expect(first!.at - crashedAt).toBeLessThanOrEqual(2 * INTERVAL + 10);
      }
    }
  });
});

/**
 * One member (`a`) against scripted peers on a virtual clock: each peer acks pings while `acks`, and answers
 * ping-reqs as `relays` says (a nack after 50 ms when the target does not ack, or nothing at all).
 */
function scripted(peers: { name: string; acks: boolean; relays: 'nack' | 'silent' }[], seed = 7) {
  const clock = new SimClock();
  const id = (name: string): MemberId => `spiffe://switchyard/worker/${name}`;
  const byPort = new Map(peers.map((peer, i) => [20_000 + i, { ...peer, id: id(peer.name), incarnation: 0 }]));
  const byId = new Map([...byPort].map(([port, peer]) => [peer.id, { peer, port }]));
  /** The first ping of each probe: when, to whom, and the health multiplier it was sent with. */
  const probes: { at: number; to: MemberId; multiplier: number }[] = [];
  const suspicions: { at: number; id: MemberId; multiplier: number }[] = [];
  const seqs = new Set<number>();
  const answer = (from: MemberId, request: Request, delayMs: number) => {
    const { port } = byId.get(from)!;
    clock.setTimeout(() => a.receive({ host: 'sim', port }, from, { from, request, gossip: [] }), delayMs);
  };
  const a: Membership = new Membership({
    id: id('a'),
    address: { host: 'sim', port: 1 },
    meta: { role: 'worker', tags: {} },
    clock,
    random: seededRandom(seed),
    // Incarnations are wall-clock milliseconds: the virtual clock's, so that they start at 0 here.
    wallClock: () => clock.now(),
    verifier: { prove: () => new Uint8Array(0), verify: () => true },
    transport: {
      send: (to, packet) => {
        const peer = byPort.get(to.port);
        const request = packet.request;
        if (!peer || !request) return;
        if (request.type === 'ping') {
          if (!seqs.has(request.seq)) probes.push({ at: clock.now(), to: peer.id, multiplier: a.healthMultiplier });
          seqs.add(request.seq);
          if (peer.acks) answer(peer.id, { type: 'ack', seq: request.seq }, 2);
        } else if (request.type === 'ping-req' && peer.relays === 'nack') {
          const target = byId.get(request.target)!.peer;
          if (target.acks) answer(peer.id, { type: 'ack', seq: request.seq }, 4);
          else answer(peer.id, { type: 'nack', seq: request.seq }, 52);
        }
      },
    },
    onChange: (member: Member) => {
      if (member.status === 'suspect')
        suspicions.push({ at: clock.now(), id: member.id, multiplier: a.healthMultiplier });
    },
  });
  a.start();
  const statement = (peer: { id: MemberId; incarnation: number }, port: number): AliveMessage => ({
    type: 'alive',
    id: peer.id,
    incarnation: peer.incarnation,
    address: { host: 'sim', port },
    meta: { role: 'worker', tags: {} },
    proof: new Uint8Array(0),
  });
  for (const [port, peer] of byPort)
    a.receive({ host: 'sim', port }, peer.id, { from: peer.id, gossip: [statement(peer, port)] });
  return {
    a,
    clock,
    probes,
    suspicions,
    peer: (name: string) => byId.get(id(name))!.peer,
    /** `name` states itself alive again (a new incarnation), as a refutation would. */
    refute(name: string) {
      const { peer, port } = byId.get(id(name))!;
      peer.incarnation++;
      a.receive({ host: 'sim', port }, peer.id, { from: peer.id, gossip: [statement(peer, port)] });
    },
  };
}

describe('Lifeguard local health', () => {
  it('with no helper, the verdict comes at the end of the probe interval times the health multiplier', () => {
    const { a, clock, probes, suspicions, peer, refute } = scripted([{ name: 'b', acks: true, relays: 'silent' }]);
    clock.run(10_000); // b's round trips: its ack deadline falls to the 50 ms floor
    /** Every change of the multiplier, found by stepping the virtual clock 1 ms at a time. */
    const changes = (ms: number) => {
      const seen: { at: number; multiplier: number }[] = [];
      for (let t = 0; t < ms; t++) {
        const before = a.healthMultiplier;
        clock.run(1);
        if (a.healthMultiplier !== before) seen.push({ at: clock.now(), multiplier: a.healthMultiplier });
        // b refutes every suspicion, so that it stays a target rather than dying.
        if (a.get(peer('b').id)!.status === 'suspect') refute('b');
      }
      return seen;
    };
    peer('b').acks = false;
    const from = clock.now();
    const failures = changes(45_000);
    const [suspicion] = suspicions;
    const first = probes.find((p) => p.at >= from)!;
    expect(suspicion.at - first.at).toBe(INTERVAL);
    // Each failed probe without helpers raises the multiplier by one (up to 8), at the end of its own interval,
    // which that multiplier lengthened; and the next probe is sent with the raised one.
    expect(failures.map((c) => c.multiplier)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    for (const change of failures) {
      // Seen at the end of the 1 ms step in which the verdict came.
      const probe = probes.find((p) => {
        const decided = p.at + INTERVAL * p.multiplier;
        return decided <= change.at && decided > change.at - 1;
      })!;
      expect(probe.multiplier).toBe(change.multiplier - 1);
      const next = probes.find((p) => p.at > probe.at)!;
      expect(next.at).toBe(probe.at + INTERVAL * probe.multiplier);
      expect(next.multiplier).toBe(change.multiplier);
    }
    // Each acked probe lowers it by one.
    peer('b').acks = true;
    expect(changes(60_000).map((c) => c.multiplier)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('helpers that never nack raise the multiplier by the nacks missed, and the verdict waits for the interval', () => {
    const silent = scripted([
      { name: 'b', acks: true, relays: 'silent' },
      { name: 'c', acks: true, relays: 'silent' },
      { name: 'd', acks: true, relays: 'silent' },
    ]);
    silent.clock.run(10_000);
    silent.peer('b').acks = false;
    silent.clock.run(10_000);
    const [suspicion] = silent.suspicions;
    expect(suspicion.multiplier).toBe(3); // 1, plus the two nacks c and d did not send
    const probe = silent.probes.filter((p) => p.to === suspicion.id && p.at < suspicion.at).at(-1)!;
    expect(suspicion.at - probe.at).toBe(INTERVAL * probe.multiplier);
  });

  it('helpers that nack leave the multiplier alone, and their nacks bring the verdict early', () => {
    const nacking = scripted([
      { name: 'b', acks: true, relays: 'nack' },
      { name: 'c', acks: true, relays: 'nack' },
      { name: 'd', acks: true, relays: 'nack' },
    ]);
    nacking.clock.run(10_000);
    nacking.peer('b').acks = false;
    nacking.clock.run(10_000);
    const [suspicion] = nacking.suspicions;
    expect(suspicion.multiplier).toBe(1);
    const probe = nacking.probes.filter((p) => p.to === suspicion.id && p.at < suspicion.at).at(-1)!;
    expect(suspicion.at - probe.at).toBeLessThan(INTERVAL / 4);
  });

  it('refuting a suspicion or a death of itself raises the multiplier', () => {
    const { a, peer } = scripted([{ name: 'b', acks: true, relays: 'silent' }]);
    const b = peer('b');
    const address = { host: 'sim', port: 20_000 };
    a.receive(address, b.id, { from: b.id, gossip: [{ type: 'suspect', id: a.id, incarnation: 0, from: b.id }] });
    expect(a.healthMultiplier).toBe(2);
    const incarnation = a.get(a.id)!.incarnation;
    a.receive(address, b.id, {
      from: b.id,
      gossip: [{ type: 'dead', id: a.id, incarnation, from: b.id, left: false }],
    });
    expect(a.healthMultiplier).toBe(3);
    expect(a.get(a.id)!.incarnation).toBe(incarnation + 1);
  });
});

describe('a probe out of turn (news from outside the protocol that a member failed)', () => {
  it('finds a crashed member within one probe interval, without waiting for its turn', () => {
    for (const seed of [41, 42, 43]) {
      const sim = converged(8, seed);
      const [a, , , , , , , c] = sim.members;
      sim.crash(c);
      const started = sim.clock.now();
      const verdicts: { answered: boolean; at: number }[] = [];
      expect(a.probe(c.id, (answered) => verdicts.push({ answered, at: sim.clock.now() - started }))).toBe(true);
      sim.run(INTERVAL);
      expect(verdicts).toHaveLength(1);
      expect(verdicts[0].answered).toBe(false);
      expect(verdicts[0].at).toBeLessThanOrEqual(INTERVAL);
      expect(sim.statusOf(a, c)).toBe('suspect');
    }
  });

  it('a live member answers at once and is not suspected', () => {
    const sim = converged(4, 44);
    const [a, b] = sim.members;
    const from = sim.clock.now();
    const verdicts: { answered: boolean; at: number }[] = [];
    expect(a.probe(b.id, (answered) => verdicts.push({ answered, at: sim.clock.now() - from }))).toBe(true);
    sim.run(INTERVAL);
    // Two one-way delays of the simulator's network (1–5 ms each).
    expect(verdicts).toEqual([{ answered: true, at: expect.any(Number) }]);
    expect(verdicts[0].at).toBeLessThanOrEqual(10);
    expect(accusations(sim, sim.members, from)).toEqual([]);
  });

  it('is bounded: one at a time per member, none again within an interval of an answer, only of live others', () => {
    const sim = converged(4, 45);
    const [a, b, c, d] = sim.members;
    const none = () => undefined;
    expect(a.probe(b.id, none)).toBe(true);
    // One in flight already.
    expect(a.probe(b.id, none)).toBe(false);
    sim.run(20);
    // Answered just now.
    expect(a.probe(b.id, none)).toBe(false);
    sim.run(INTERVAL);
    expect(a.probe(b.id, none)).toBe(true);
    expect(a.probe(a.id, none)).toBe(false);
    expect(a.probe('spiffe://switchyard/worker/nobody', none)).toBe(false);
    sim.crash(c);
    expect(a.probe(c.id, none)).toBe(true);
    sim.run(INTERVAL);
    expect(sim.statusOf(a, c)).toBe('suspect');
    // Suspected already: the protocol is deciding it.
    expect(a.probe(c.id, none)).toBe(false);
    a.stop();
    expect(a.probe(d.id, none)).toBe(false);
  });

  it(`is bounded over all members: ${MAX_PROBES_OUT_OF_TURN} in flight at most`, () => {
    const sim = converged(MAX_PROBES_OUT_OF_TURN + 3, 46);
    const [a, ...others] = sim.members;
    for (const member of others) sim.crash(member);
    const started = others.map((member) => a.probe(member.id, () => undefined));
    expect(started.filter(Boolean)).toHaveLength(MAX_PROBES_OUT_OF_TURN);
    expect(started.slice(MAX_PROBES_OUT_OF_TURN)).toEqual([false, false]);
    sim.run(INTERVAL);
    // Decided: room again (the two not yet suspected).
    expect(others.slice(MAX_PROBES_OUT_OF_TURN).map((member) => a.probe(member.id, () => undefined))).toEqual([
      true,
      true,
    ]);
  });
});
