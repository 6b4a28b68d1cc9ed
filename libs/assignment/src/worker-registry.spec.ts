import { describe, expect, it } from '@jest/globals';
import { WorkerRegistry } from './worker-registry.js';

const worker = (label: string, available = true) => ({
  label,
  instance: `${label}-1`,
  endpoint: { host: '127.0.0.1', port: label.length },
  available,
  load: 0,
});

describe('WorkerRegistry', () => {
  it('registers, replaces by label and lists in ring order', () => {
    const registry = new WorkerRegistry(1000);
    expect(registry.register(worker('w1'), 0).kind).toBe('new');
    expect(registry.register(worker('w2'), 0).kind).toBe('new');
    const replaced = registry.register({ ...worker('w1'), endpoint: { host: '10.0.0.1', port: 1 } }, 5);
    expect(replaced.kind).toBe('replaced');
    expect(registry.list().map((e) => [e.label, e.endpoint])).toEqual([
      ['w1', { host: '10.0.0.1', port: 1 }],
      ['w2', { host: '127.0.0.1', port: 2 }],
    ]);
  });

  it('expires a worker silent for longer than the TTL, and only then', () => {
    const registry = new WorkerRegistry(1000);
    registry.register(worker('w1'), 0);
    registry.register(worker('w2'), 0);
    expect(registry.heartbeat({ label: 'w2', instance: 'w2-1', available: true, load: 3 }, 800)).toMatchObject({
      kind: 'refreshed',
      availabilityChanged: false,
    });
    expect(registry.expire(1000)).toEqual([]);
    expect(registry.expire(1001).map((e) => e.label)).toEqual(['w1']);
    expect(registry.get('w2')?.load).toBe(3);
    expect(registry.expire(1801).map((e) => e.label)).toEqual(['w2']);
    expect(registry.size).toBe(0);
    expect(registry.assign()).toBeUndefined();
  });

  it('answers unknown to a heartbeat from a worker it does not know', () => {
    const registry = new WorkerRegistry(1000);
    expect(registry.heartbeat({ label: 'ghost', instance: 'ghost-1', available: true, load: 0 }, 0)).toEqual({
      kind: 'unknown',
    });
    expect(registry.size).toBe(0);
  });

  it('applies availability changes at once and assigns only available workers', () => {
    const registry = new WorkerRegistry(1000);
    registry.register(worker('w1'), 0);
    registry.register(worker('w2'), 0);
    registry.register(worker('w3'), 0);
    expect(registry.heartbeat({ label: 'w2', instance: 'w2-1', available: false, load: 0 }, 10)).toMatchObject({
      availabilityChanged: true,
    });
    expect([registry.assign(), registry.assign(), registry.assign()].map((e) => e?.label)).toEqual(['w1', 'w3', 'w1']);
    registry.heartbeat({ label: 'w2', instance: 'w2-1', available: true, load: 0 }, 20);
    expect(registry.assign()?.label).toBe('w2');
  });

  it('avoids the excluded worker unless it is the only available one', () => {
    const registry = new WorkerRegistry(1000);
    registry.register(worker('w1'), 0);
    registry.register(worker('w2'), 0);
    expect([registry.assign('w1'), registry.assign('w1')].map((e) => e?.label)).toEqual(['w2', 'w2']);
    registry.heartbeat({ label: 'w2', instance: 'w2-1', available: false, load: 0 }, 1);
    expect(registry.assign('w1')?.label).toBe('w1');
    registry.heartbeat({ label: 'w1', instance: 'w1-1', available: false, load: 0 }, 1);
    expect(registry.assign('w1')).toBeUndefined();
  });

  it('keeps the rotation when a worker expires', () => {
    const registry = new WorkerRegistry(100);
    registry.register(worker('w1'), 0);
    registry.register(worker('w2'), 0);
    registry.register(worker('w3'), 50);
    expect(registry.assign()?.label).toBe('w1');
    registry.heartbeat({ label: 'w1', instance: 'w1-1', available: true, load: 0 }, 100);
    registry.expire(120); // w2 goes
    expect([registry.assign(), registry.assign()].map((e) => e?.label)).toEqual(['w3', 'w1']);
  });

  it('ignores reports from an earlier instance of a restarted worker', () => {
    const registry = new WorkerRegistry(1000);
    registry.register(worker('w1'), 0);
    registry.register({ ...worker('w1'), instance: 'w1-2' }, 10);
    // The old process's last words: "unavailable".
    const late = registry.heartbeat({ label: 'w1', instance: 'w1-1', available: false, load: 0 }, 20);
    expect(late).toMatchObject({ kind: 'superseded' });
    expect(registry.get('w1')).toMatchObject({ instance: 'w1-2', available: true, lastSeen: 10 });
    expect(registry.assign()?.label).toBe('w1');
  });
});
