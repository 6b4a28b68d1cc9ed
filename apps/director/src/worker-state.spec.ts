import { describe, expect, it } from '@jest/globals';
import { WorkerPool } from '@switchyard/assignment';
import type { Member, MemberStatus } from '@switchyard/membership';
import { Simulation } from '@switchyard/membership/testing';
import { ManualClock } from '@switchyard/time/testing';
import { workerLabelOf, workerOf } from './worker-state.js';

// What the director's pool takes from membership: workers by their certificate's identity, and the pool fed by a
// simulated cluster as Director wires it.

function member(label: string, status: MemberStatus = 'alive', tags: Record<string, string> = {}): Member {
  return {
    id: `spiffe://switchyard/worker/${label}`,
    address: { host: '10.0.0.1', port: 63001 },
    incarnation: 1,
    status,
    meta: { role: 'worker', tags: { available: 'true', load: '0', endpoint: `${label}.example:62001`, ...tags } },
    since: 0,
  };
}

const labels = (pool: WorkerPool) => pool.list().map((w) => w.label);

describe('workerOf', () => {
  it('reads a worker from its statement: label from the certificate, endpoint, load, availability, model', () => {
    expect(workerOf({ ...member('w1', 'alive', { load: '7', model: 'llama-3' }), incarnation: 3 })).toEqual({
      label: 'w1',
      endpoint: { host: 'w1.example', port: 62001 },
      available: true,
      load: 7,
      status: 'alive',
      incarnation: 3,
      model: 'llama-3',
    });
    expect(workerOf(member('w1', 'alive'))?.model).toBe('');
    expect(workerOf(member('w1', 'alive', { model: 'm'.repeat(257) }))?.model).toBe('');
    expect(workerOf(member('w1', 'suspect'))?.available).toBe(false);
    expect(workerOf(member('w1', 'alive', { available: 'false' }))?.available).toBe(false);
    expect(workerOf(member('w1', 'alive', { endpoint: '' }))).toMatchObject({ endpoint: undefined, available: false });
    expect(workerOf(member('w1', 'alive', { load: 'lots' }))?.load).toBe(0);
  });

  it('ignores members that are not workers, by certificate or by the role they state', () => {
    const director = { ...member('d1'), id: 'spiffe://switchyard/director/d1' };
    expect(workerOf(director)).toBeUndefined();
    expect(workerLabelOf(director)).toBeUndefined();
    expect(workerOf({ ...member('w1'), meta: { role: 'director', tags: {} } })).toBeUndefined();
    expect(workerLabelOf(member('w1'))).toBe('w1');
  });

  it('fed by membership, stays bounded while workers restart under new names 1,000 times', () => {
    // A director member and two stable workers; then workers come under new names (a Deployment's pods), each
    // crashing a few seconds later. The director's pool hears what its membership reports, as Director wires it.
    const pool = new WorkerPool({ clock: new ManualClock() });
    const directorId = 'spiffe://switchyard/director/d1';
    const sim = new Simulation({
      members: 0,
      seed: 16,
      onChange: (observer, member) => {
        const worker = workerOf(member);
        if (observer === directorId && worker) pool.update(worker);
      },
      onForget: (observer, member) => {
        const label = workerLabelOf(member);
        if (observer === directorId && label) pool.forget(label);
      },
    });
    const workerMeta = (label: string) => ({
      role: 'worker',
      tags: { available: 'true', load: '0', endpoint: `${label}.example:62001` },
    });
    const director = sim.add(directorId, undefined, { role: 'director', tags: {} });
    director.start();
    for (const label of ['stable-1', 'stable-2']) sim.add(`spiffe://switchyard/worker/${label}`, 0, workerMeta(label));
    sim.run(5_000);
    const crashes: { member: ReturnType<Simulation['add']>; at: number }[] = [];
    let largest = 0;
    for (let i = 0; i < 1000; i++) {
      while (crashes.length > 0 && crashes[0].at <= sim.clock.now()) sim.crash(crashes.shift()!.member);
      const label = `pod-${i}`;
      crashes.push({
        member: sim.add(`spiffe://switchyard/worker/${label}`, 0, workerMeta(label)),
        at: sim.clock.now() + 2_000,
      });
      sim.run(5_000);
      largest = Math.max(largest, pool.list().length);
    }
    // Each newcomer stays about 2 s alive, a few seconds to be found dead, and the 30 s retention: about ten at a
    // time, never the thousand.
    expect(largest).toBeLessThan(40);
    expect(pool.pick()).toBeDefined();
    for (const { member } of crashes) sim.crash(member);
    sim.run(120_000);
    expect(labels(pool).sort()).toEqual(['stable-1', 'stable-2']);
  });
});
