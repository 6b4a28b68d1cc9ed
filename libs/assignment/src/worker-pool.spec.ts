import { describe, expect, it } from '@jest/globals';
import type { MemberStatus } from '@switchyard/membership';
import { ManualClock } from '@switchyard/time/testing';
import { MAX_WAITERS, WorkerPool, type PoolWorker } from './worker-pool.js';

// The workers a director knows and its held AssignWorker calls: pure logic on a manual clock.

function worker(label: string, status: MemberStatus = 'alive', fields: Partial<PoolWorker> = {}): PoolWorker {
  return {
    label,
    endpoint: { host: `${label}.example`, port: 62001 },
    available: status === 'alive',
    load: 0,
    status,
    incarnation: 1,
    model: '',
    ...fields,
  };
}

const labels = (pool: WorkerPool) => pool.list().map((w) => w.label);
const never = new AbortController().signal;

function poolOf(strategy?: 'round-robin') {
  const clock = new ManualClock();
  return { clock, pool: new WorkerPool({ clock, strategy }) };
}

describe('WorkerPool', () => {
  it('assigns equally loaded workers round-robin, skipping the one just left unless it is the only one', () => {
    const { pool } = poolOf();
    for (const label of ['w1', 'w2', 'w3']) pool.update(worker(label));
    expect([1, 2, 3, 4].map(() => pool.pick()?.label)).toEqual(['w1', 'w2', 'w3', 'w1']);
    expect(pool.pick('w2')?.label).toBe('w3');
    pool.update(worker('w1', 'alive', { available: false }));
    pool.update(worker('w3', 'suspect'));
    expect(pool.pick('w2')?.label).toBe('w2');
    expect(pool.pick()?.endpoint).toEqual({ host: 'w2.example', port: 62001 });
  });

  it('assigns the least loaded by default: the load published, plus what it was assigned here since', () => {
    const { pool } = poolOf();
    pool.update(worker('w1', 'alive', { load: 5 }));
    pool.update(worker('w2', 'alive', { load: 1 }));
    pool.update(worker('w3', 'alive', { load: 3 }));
    // w2 until it reaches w3's 3, then the two in turn until they reach w1's 5, then all three in turn.
    const picks = Array.from({ length: 9 }, () => pool.pick()?.label);
    expect(picks).toEqual(['w2', 'w2', 'w3', 'w2', 'w3', 'w2', 'w3', 'w1', 'w2']);
    // w2 publishes (a new statement): its figure replaces what was counted here, and it is the lightest again.
    pool.update(worker('w2', 'alive', { load: 2, incarnation: 2 }));
    expect(pool.pick('w1')?.label).toBe('w2');
    // The worker just left is skipped, however light.
    expect(pool.pick('w2')?.label).not.toBe('w2');
  });

  it('round-robin, when configured, pays no attention to load', () => {
    const { pool } = poolOf('round-robin');
    pool.update(worker('w1', 'alive', { load: 50 }));
    pool.update(worker('w2', 'alive', { load: 0 }));
    expect([1, 2, 3, 4].map(() => pool.pick()?.label)).toEqual(['w1', 'w2', 'w1', 'w2']);
  });

  it('does not assign a worker without an endpoint, whatever it says', () => {
    const { pool } = poolOf();
    pool.update(worker('w1', 'alive', { endpoint: undefined }));
    expect(labels(pool)).toEqual(['w1']);
    expect(pool.pick()).toBeUndefined();
  });

  it('reports availability changes, and a move of an available worker to a new endpoint', () => {
    const { pool } = poolOf();
    expect(pool.update(worker('w1'))).toEqual({ availabilityChanged: true, moved: false });
    expect(pool.update(worker('w1'))).toEqual({ availabilityChanged: false, moved: false });
    const elsewhere = { endpoint: { host: 'w1-new.example', port: 62001 } };
    expect(pool.update(worker('w1', 'alive', elsewhere))).toEqual({ availabilityChanged: false, moved: true });
    expect(pool.update(worker('w1', 'dead'))).toMatchObject({ availabilityChanged: true });
  });

  it('holds calls while no worker is available and answers them the moment one is, first come first served', async () => {
    const { clock, pool } = poolOf();
    const answered: string[] = [];
    const first = pool
      .assign(undefined, { waitMs: 3000, signal: never })
      .then((w) => answered.push(`first ${w?.label}`));
    const second = pool.assign('w1', { waitMs: 3000, signal: never }).then((w) => answered.push(`second ${w?.label}`));
    expect(pool.waiting).toBe(2);
    await clock.advance(1200);
    expect(answered).toEqual([]);
    pool.update(worker('w1'));
    // At once, without the clock moving: one worker, excluded by the second call, is the only one, so both get it.
    await Promise.all([first, second]);
    expect(answered).toEqual(['first w1', 'second w1']);
    expect(clock.now()).toBe(1200);
    expect(pool.waiting).toBe(0);
  });

  it('a held call ends with nothing once its wait is over, or at once when its caller leaves', async () => {
    const { clock, pool } = poolOf();
    let outcome: string | undefined;
    const held = pool.assign(undefined, { waitMs: 2900, signal: never }).then((w) => (outcome = w?.label ?? 'none'));
    await clock.advance(2899);
    expect(outcome).toBeUndefined();
    await clock.advance(1);
    await held;
    expect(outcome).toBe('none');
    const caller = new AbortController();
    const left = pool.assign(undefined, { waitMs: 2900, signal: caller.signal });
    caller.abort();
    await expect(left).resolves.toBeUndefined();
    expect(pool.waiting).toBe(0);
    expect(clock.pending).toBe(0);
    // No wait allowed (a deadline already near): answered at once.
    await expect(pool.assign(undefined, { waitMs: 0, signal: never })).resolves.toBeUndefined();
    expect(pool.waiting).toBe(0);
  });

  it('refuses at once past MAX_WAITERS', async () => {
    const { pool } = poolOf();
    const forever = new AbortController();
    const waiting = Array.from({ length: MAX_WAITERS }, () =>
      pool.assign(undefined, { waitMs: 60_000, signal: forever.signal }),
    );
    await expect(pool.assign(undefined, { waitMs: 60_000, signal: forever.signal })).resolves.toBeUndefined();
    forever.abort();
    await Promise.all(waiting);
  });

  it('forgets a dead or departed worker, not one alive again under that name', () => {
    const { pool } = poolOf();
    pool.update(worker('w1'));
    pool.update(worker('w2'));
    pool.update(worker('w1', 'dead'));
    pool.update(worker('w2', 'left'));
    pool.update(worker('w2', 'alive'));
    pool.forget('w1');
    pool.forget('w2');
    expect(labels(pool)).toEqual(['w2']);
    expect(pool.pick()?.label).toBe('w2');
  });

  it('stays bounded while workers restart under new names 1,000 times', () => {
    const { pool } = poolOf();
    // Membership forgets a dead member after its retention: here, the pool hears of a death, then of the
    // forgetting of the member that died `retained` restarts earlier.
    const retained = 10;
    let largest = 0;
    for (let i = 0; i < 1000; i++) {
      pool.update(worker(`pod-${i}`));
      largest = Math.max(largest, pool.list().length);
      pool.update(worker(`pod-${i}`, 'dead'));
      if (i >= retained) pool.forget(`pod-${i - retained}`);
    }
    expect(largest).toBe(retained + 1);
    expect(pool.list()).toHaveLength(retained);
  });

  describe('a worker a client just left', () => {
    /** A pool whose probes are answered by hand: `verdicts.get(label)!(answered)`. */
    function probed() {
      const clock = new ManualClock();
      const verdicts = new Map<string, (answered: boolean) => void>();
      const asked: string[] = [];
      const pool = new WorkerPool({
        clock,
        probe: (label, onVerdict) => {
          asked.push(label);
          if (verdicts.has(label)) return false;
          verdicts.set(label, (answered) => {
            verdicts.delete(label);
            onVerdict(answered);
          });
          return true;
        },
      });
      for (const label of ['w1', 'w2', 'w3']) pool.update(worker(label));
      return { clock, pool, verdicts, asked };
    }

    it('is probed and assigned to nobody until it answers', async () => {
      const { pool, verdicts, asked } = probed();
      // A session displaced from w1 is sent elsewhere; so is every other session while w1 is being probed.
      expect((await pool.assign('w1', { waitMs: 0, signal: never }))?.label).not.toBe('w1');
      expect(asked).toEqual(['w1']);
      const picks = await Promise.all([1, 2, 3, 4].map(() => pool.assign(undefined, { waitMs: 0, signal: never })));
      expect(picks.map((w) => w?.label)).not.toContain('w1');
      // Another client reporting it while the probe runs asks for no second one.
      await pool.assign('w1', { waitMs: 0, signal: never });
      expect(asked).toEqual(['w1']);
      verdicts.get('w1')!(true);
      const after = await Promise.all([1, 2, 3].map(() => pool.assign(undefined, { waitMs: 0, signal: never })));
      expect(after.map((w) => w?.label)).toContain('w1');
    });

    it('when it was the only one, the held call gets it the moment it answers', async () => {
      const { pool, verdicts } = probed();
      pool.update(worker('w2', 'alive', { available: false }));
      pool.update(worker('w3', 'dead'));
      const held = pool.assign('w1', { waitMs: 5000, signal: never });
      expect(pool.waiting).toBe(1);
      verdicts.get('w1')!(true);
      expect((await held)?.label).toBe('w1');
    });

    it('unanswered, it stays out once the cluster suspects it', async () => {
      const { pool, verdicts } = probed();
      const held = pool.assign('w1', { waitMs: 5000, signal: never });
      expect((await held)?.label).not.toBe('w1');
      // The membership protocol suspects it before it calls back.
      pool.update(worker('w1', 'suspect'));
      verdicts.get('w1')!(false);
      const picks = await Promise.all([1, 2, 3, 4].map(() => pool.assign(undefined, { waitMs: 0, signal: never })));
      expect(picks.map((w) => w?.label)).not.toContain('w1');
    });

    it('is not probed when it is unavailable already, or unknown', async () => {
      const { pool, asked } = probed();
      pool.update(worker('w2', 'suspect'));
      await pool.assign('w2', { waitMs: 0, signal: never });
      await pool.assign('w9', { waitMs: 0, signal: never });
      expect(asked).toEqual([]);
    });
  });
});
