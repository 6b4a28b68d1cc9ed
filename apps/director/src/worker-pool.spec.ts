import { describe, expect, it } from '@jest/globals';
import type { Member, MemberStatus } from '@switchyard/membership';
import { Simulation } from '@switchyard/membership/testing';
import { MAX_WAITERS, WorkerPool } from './worker-pool.js';

// The director's view of the workers, fed the changes membership reports, and its held AssignWorker calls:
// pure logic, no socket and no timer.

function worker(label: string, status: MemberStatus = 'alive', tags: Record<string, string> = {}): Member {
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

describe('WorkerPool', () => {
  it('assigns equally loaded workers round-robin, skipping the one just left unless it is the only one', () => {
    const pool = new WorkerPool();
    for (const label of ['w1', 'w2', 'w3']) pool.update(worker(label));
    expect([1, 2, 3, 4].map(() => pool.pick()?.label)).toEqual(['w1', 'w2', 'w3', 'w1']);
    expect(pool.pick('w2')?.label).toBe('w3');
    pool.update(worker('w1', 'alive', { available: 'false' }));
    pool.update(worker('w3', 'suspect'));
    expect(pool.pick('w2')?.label).toBe('w2');
    expect(pool.pick()?.endpoint).toEqual({ host: 'w2.example', port: 62001 });
  });

  it('assigns the least loaded by default: the load published, plus what it was assigned here since', () => {
    const pool = new WorkerPool();
    pool.update(worker('w1', 'alive', { load: '5' }));
    pool.update(worker('w2', 'alive', { load: '1' }));
    pool.update(worker('w3', 'alive', { load: '3' }));
    // w2 until it reaches w3's 3, then the two in turn until they reach w1's 5, then all three in turn.
    const picks = Array.from({ length: 9 }, () => pool.pick()?.label);
    expect(picks).toEqual(['w2', 'w2', 'w3', 'w2', 'w3', 'w2', 'w3', 'w1', 'w2']);
    // w2 publishes (a new statement): its figure replaces what was counted here, and it is the lightest again.
    pool.update({ ...worker('w2', 'alive', { load: '2' }), incarnation: 2 });
    expect(pool.pick('w1')?.label).toBe('w2');
    // The worker just left is skipped, however light.
    expect(pool.pick('w2')?.label).not.toBe('w2');
  });

  it('round-robin, when configured, pays no attention to load', () => {
    const pool = new WorkerPool('round-robin');
    pool.update(worker('w1', 'alive', { load: '50' }));
    pool.update(worker('w2', 'alive', { load: '0' }));
    expect([1, 2, 3, 4].map(() => pool.pick()?.label)).toEqual(['w1', 'w2', 'w1', 'w2']);
  });

  it('ignores members that are not workers, and workers with no endpoint are not assigned', () => {
    const pool = new WorkerPool();
    expect(pool.update({ ...worker('d1'), id: 'spiffe://switchyard/director/d1' })).toBeUndefined();
    pool.update(worker('w1', 'alive', { endpoint: '' }));
    expect(labels(pool)).toEqual(['w1']);
    expect(pool.pick()).toBeUndefined();
  });

  it('reports availability changes, and a move of an available worker to a new endpoint', () => {
    const pool = new WorkerPool();
    expect(pool.update(worker('w1'))).toMatchObject({ availabilityChanged: true, moved: false });
    expect(pool.update(worker('w1'))).toMatchObject({ availabilityChanged: false, moved: false });
    expect(pool.update(worker('w1', 'alive', { endpoint: 'w1-new.example:62001' }))).toMatchObject({
      availabilityChanged: false,
      moved: true,
    });
    expect(pool.update(worker('w1', 'dead'))).toMatchObject({ availabilityChanged: true });
  });

  it('holds calls while no worker is available and answers them, first come first served, when one is', async () => {
    const pool = new WorkerPool();
    const signal = new AbortController().signal;
    const first = pool.assign(undefined, signal);
    const second = pool.assign('w1', signal);
    expect(pool.waiting).toBe(2);
    pool.update(worker('w1'));
    // One worker, excluded by the second call: it is the only one, so both get it.
    await expect(first).resolves.toMatchObject({ label: 'w1' });
    await expect(second).resolves.toMatchObject({ label: 'w1' });
    expect(pool.waiting).toBe(0);
  });

  it('gives up a held call when its signal aborts, and refuses at once past MAX_WAITERS', async () => {
    const pool = new WorkerPool();
    const caller = new AbortController();
    const held = pool.assign(undefined, caller.signal);
    caller.abort();
    await expect(held).resolves.toBeUndefined();
    expect(pool.waiting).toBe(0);
    const forever = new AbortController();
    const waiting = Array.from({ length: MAX_WAITERS }, () => pool.assign(undefined, forever.signal));
    await expect(pool.assign(undefined, forever.signal)).resolves.toBeUndefined();
    forever.abort();
    await Promise.all(waiting);
  });

  it('forgets a dead or departed worker membership forgot, not one alive again under that name', () => {
    const pool = new WorkerPool();
    pool.update(worker('w1'));
    pool.update(worker('w2'));
    pool.update(worker('w1', 'dead'));
    pool.update(worker('w2', 'left'));
    pool.update(worker('w2', 'alive'));
    pool.forget(worker('w1', 'dead'));
    pool.forget(worker('w2', 'left'));
    expect(labels(pool)).toEqual(['w2']);
    expect(pool.pick()?.label).toBe('w2');
  });

  it('stays bounded while workers restart under new names 1,000 times', () => {
    const pool = new WorkerPool();
    // Membership forgets a dead member after its retention: here, the pool hears of a death, then of the
    // forgetting of the member that died `retained` restarts earlier.
    const retained = 10;
    let largest = 0;
    for (let i = 0; i < 1000; i++) {
      pool.update(worker(`pod-${i}`));
      largest = Math.max(largest, pool.list().length);
      pool.update(worker(`pod-${i}`, 'dead'));
      if (i >= retained) pool.forget(worker(`pod-${i - retained}`, 'dead'));
    }
    expect(largest).toBe(retained + 1);
    expect(pool.list()).toHaveLength(retained);
  });

  it('fed by membership, stays bounded while workers restart under new names 1,000 times', () => {
    // A director member and two stable workers; then workers come under new names (a Deployment's pods), each
    // crashing a few seconds later. The director's pool hears what its membership reports, as Director wires it.
    const pool = new WorkerPool();
    const directorId = 'spiffe://switchyard/director/d1';
    const sim = new Simulation({
      members: 0,
      seed: 16,
      onChange: (observer, member) => observer === directorId && void pool.update(member),
      onForget: (observer, member) => observer === directorId && pool.forget(member),
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
