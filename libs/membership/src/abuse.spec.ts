import { describe, expect, it } from '@jest/globals';
import { SimClock, seededRandom } from './testing/sim-clock.js';
import { Simulation, type SimulationOptions } from './testing/simulation.js';
import { Membership, type Address, type Gossip, type MemberId, type Packet, type StateVerifier } from './index.js';

// What a member identity of the CA can do to the others with datagrams it writes itself (the security review's
// findings 1, 6 and 10), on the simulator: the attacker's packets are handed to `receive` as the transport would
// hand them, authenticated as coming from `mallory`, who need not be a member of the view at all.

const MALLORY: MemberId = 'spiffe://switchyard/worker/mallory';
const MALLORY_AT: Address = { host: 'sim', port: 9_999 };

/** Each member "signs" with its id: a statement verifies only with its subject's proof. */
const signed: StateVerifier = {
  prove: (m) => new TextEncoder().encode(`${m.id}|${m.incarnation}|${m.address.port}|${JSON.stringify(m.meta)}`),
  verify: (m) =>
    new TextDecoder().decode(m.proof) === `${m.id}|${m.incarnation}|${m.address.port}|${JSON.stringify(m.meta)}`,
};

function converged(seed: number, members: number, options: Partial<SimulationOptions> = {}): Simulation {
  const sim = new Simulation({ members, seed, verifier: signed, ...options });
  sim.start();
  sim.run(10_000);
  return sim;
}

function fromMallory(to: Membership, packet: Omit<Packet, 'from'>): void {
  to.receive(MALLORY_AT, MALLORY, { from: MALLORY, ...packet });
}

describe('accusations and statements about a member (finding 1)', () => {
  for (const incarnation of [2 ** 53, Number.MAX_SAFE_INTEGER]) {
    it(`"dead at ${incarnation}" from any member identity neither kills the accused nor stops it publishing`, () => {
      const sim = converged(21, 4);
      const [director, w1] = sim.members;
      const forged: Gossip = { type: 'dead', id: w1.id, incarnation, from: MALLORY, left: false };
      for (const member of sim.members) fromMallory(member, { gossip: [forged] });
      sim.run(5_000);
      for (const observer of sim.members) expect(sim.statusOf(observer, w1)).toBe('alive');
      // Whatever w1 says of itself must stay a number a 64-bit field carries exactly, or nobody can decode it.
      expect(Number.isSafeInteger(w1.get(w1.id)!.incarnation)).toBe(true);
      w1.updateMeta({ role: 'worker', tags: { available: 'false' } });
      sim.run(3_000);
      expect(director.get(w1.id)!.meta.tags).toEqual({ available: 'false' });
    });
  }

  it('a forged statement about a member, sent to that member, is checked before it moves its incarnation', () => {
    const sim = converged(22, 4);
    const [director, w1] = sim.members;
    const genuine = w1.get(w1.id)!;
    fromMallory(w1, {
      gossip: [
        {
          type: 'alive',
          id: w1.id,
          incarnation: 2 ** 53,
          address: { host: 'sim', port: 1 },
          meta: { role: 'worker', tags: { available: 'true', load: '0' } },
          proof: new Uint8Array(80),
        },
      ],
    });
    sim.run(1_000);
    expect(w1.get(w1.id)!.incarnation).toBeLessThan(genuine.incarnation + 1_000_000);
    // w1 can still tell the cluster it is full.
    w1.updateMeta({ role: 'worker', tags: { available: 'false', load: '200' } });
    sim.run(3_000);
    expect(director.get(w1.id)!.meta.tags).toEqual({ available: 'false', load: '200' });
  });

  it('an accusation at an incarnation other than the one held is ignored by everyone but the accused', () => {
    const sim = converged(23, 4);
    const [director, w1] = sim.members;
    const held = director.get(w1.id)!.incarnation;
    fromMallory(director, { gossip: [{ type: 'suspect', id: w1.id, incarnation: held + 1, from: MALLORY }] });
    expect(director.get(w1.id)).toMatchObject({ status: 'alive', incarnation: held });
  });
});

describe('probes and acks (finding 6)', () => {
  it('acks from a member that was not probed (nor asked to help) do not clear a probe: a frozen member is suspected', () => {
    const sim = converged(31, 3);
    const [director, frozen, other] = sim.members;
    // Mallory acks every sequence number a probe could have, every 50 ms, at both members that probe the frozen one.
    const spray = () => {
      for (const prober of [director, other]) {
        for (let seq = 0; seq < 600; seq++) fromMallory(prober, { request: { type: 'ack', seq }, gossip: [] });
      }
      sim.clock.setTimeout(spray, 50);
    };
    spray();
    const from = sim.clock.now();
    sim.pause(frozen, 20_000);
    sim.run(10_000);
    const suspected = sim.observations.filter((o) => o.at >= from && o.subject === frozen.id && o.status !== 'alive');
    expect(suspected.length).toBeGreaterThan(0);
  });

  it('probe sequence numbers are not sequential', () => {
    const seqs: number[] = [];
    const sim = converged(32, 3, {
      onSend: (from, _to, packet) => {
        if (from === 'spiffe://switchyard/worker/m0' && packet.request?.type === 'ping') seqs.push(packet.request.seq);
      },
    });
    sim.run(5_000);
    const steps = seqs.slice(1).map((seq, i) => Math.abs(seq - seqs[i]));
    expect(steps.filter((step) => step <= 2)).toEqual([]);
  });

  it('a ping-req is relayed to the address membership holds for the target, never to one the requester names', () => {
    const sentTo: Address[] = [];
    const sim = converged(33, 3, { onSend: (_from, to) => void sentTo.push(to) });
    const [, w1, helper] = sim.members;
    sentTo.length = 0;
    fromMallory(helper, {
      request: { type: 'ping-req', seq: 7, target: w1.id, targetAddress: { host: 'victim.example', port: 9 } },
      gossip: [],
    });
    sim.run(1_000);
    expect(sentTo.filter((to) => to.host === 'victim.example')).toEqual([]);
  });
});

describe('who said it: the signer, not a field it wrote (finding 10)', () => {
  const trusting: StateVerifier = { prove: () => new Uint8Array(0), verify: () => true };
  const W1 = 'spiffe://switchyard/worker/w1';
  const others = ['m1', 'm2', 'm3', 'm4', 'm5'].map((name) => `spiffe://switchyard/worker/${name}`);

  /** A director that knows w1 and five other members (it hears from nobody after that), on a virtual clock. */
  function director() {
    const clock = new SimClock();
    const member = new Membership({
      id: 'spiffe://switchyard/director/d1',
      address: { host: 'sim', port: 1 },
      meta: { role: 'director', tags: {} },
      clock,
      random: seededRandom(41),
      transport: { send: () => undefined },
      verifier: trusting,
    });
    member.start();
    for (const [i, id] of [W1, ...others].entries()) {
      member.receive({ host: 'sim', port: 10 + i }, id, {
        from: id,
        gossip: [
          {
            type: 'alive',
            id,
            incarnation: 1,
            address: { host: 'sim', port: 10 + i },
            meta: { role: 'worker', tags: {} },
            proof: new Uint8Array(0),
          },
        ],
      });
    }
    return { member, clock };
  }

  it("one member's suspicion, written as if others had confirmed it, runs for as long as one member's", () => {
    const { member, clock } = director();
    const incarnation = member.get(W1)!.incarnation;
    // Mallory suspects w1, then "confirms" it in the names of m1 and m2: two confirmations would make it the shortest.
    for (const from of [MALLORY, others[0], others[1]]) {
      fromMallory(member, { gossip: [{ type: 'suspect', id: W1, incarnation, from }] });
    }
    clock.run(3_500); // past the shortest suspicion for 7 members (3.4 s), far before the longest (20 s)
    expect(member.get(W1)!.status).toBe('suspect');
    member.stop();
  });

  it('"w1 left" is taken only from w1 itself', () => {
    const { member } = director();
    const incarnation = member.get(W1)!.incarnation;
    fromMallory(member, { gossip: [{ type: 'dead', id: W1, incarnation, from: W1, left: true }] });
    expect(member.get(W1)!.status).not.toBe('left');
    const m1 = member.get(others[0])!;
    member.receive(m1.address, m1.id, {
      from: m1.id,
      gossip: [{ type: 'dead', id: m1.id, incarnation: m1.incarnation, from: m1.id, left: true }],
    });
    expect(member.get(m1.id)!.status).toBe('left');
    member.stop();
  });
});
