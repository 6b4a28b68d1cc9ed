import { afterEach, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@switchyard/heartbeat/testing';
import { WorkerLog } from '@switchyard/log-events';
import { createLogSink } from '@switchyard/logging/testing';
import { RegistryService, type director } from '@switchyard/protocol';
import { RpcCode, RpcError, RpcServer } from '@switchyard/rpc';
import { InMemoryNetwork, settle } from '@switchyard/rpc/testing';
import { DirectorLink, LINK_RETRY_FACTOR, LINK_RETRY_FIRST_MS, LINK_RETRY_MAX_MS } from './director-link.js';

// The worker's link to its director in-process: the director is an RPC server on in-memory streams
// and every interval and backoff runs on a manual clock.

const DIRECTOR = { host: 'director', port: 61001 };
const SELF = { host: 'w1.workers', port: 62001 };

type Call = { method: 'register' | 'heartbeat'; at: number; state: director.v1.WorkerState };

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

function setup(intervalMs = 5000) {
  const clock = new ManualClock({ settle: () => settle(10) });
  const network = new InMemoryNetwork();
  const calls: Call[] = [];
  const known = new Set<string>();
  const server = new RpcServer().register(RegistryService, {
    register: async (state) => {
      calls.push({ method: 'register', at: clock.now(), state });
      known.add(state.label);
      return { ttlMs: 15_000 };
    },
    heartbeat: async (state) => {
      calls.push({ method: 'heartbeat', at: clock.now(), state });
      if (!known.has(state.label)) throw new RpcError(RpcCode.NotFound, `unknown worker ${state.label}`);
      return {};
    },
    listWorkers: async () => ({ workers: [] }),
  });
  const logs = createLogSink('worker');
  const state = { available: true, load: 0 };
  const link = new DirectorLink({
    director: DIRECTOR,
    dial: (endpoint) => network.dial(endpoint),
    clock,
    random: () => 0.5,
    label: 'w1',
    instanceId: 'instance-1',
    endpoint: SELF,
    intervalMs,
    state: () => ({ ...state }),
    logger: logs.logger,
  });
  cleanup = async () => {
    await link.stop();
    await server.close({ graceMs: 0 });
  };
  return { clock, network, server, calls, known, logs, state, link };
}

describe('DirectorLink', () => {
  it('registers with its endpoint and state, then heartbeats every interval', async () => {
    const h = setup();
    h.network.listen(DIRECTOR, h.server);
    h.link.start();
    await h.clock.advance(15_000);
    expect(h.calls.map((c) => [c.method, c.at])).toEqual([
      ['register', 0],
      ['heartbeat', 5000],
      ['heartbeat', 10_000],
      ['heartbeat', 15_000],
    ]);
    expect(h.calls[0].state).toMatchObject({ label: 'w1', instanceId: 'instance-1', endpoint: SELF, available: true });
    expect(h.calls.every((c) => c.state.instanceId === 'instance-1')).toBe(true);
    expect(h.logs.find(WorkerLog.registered)).toEqual([expect.objectContaining({ director: 'director:61001' })]);
  });

  it('pushes a change of state at once instead of at the next interval', async () => {
    const h = setup();
    h.network.listen(DIRECTOR, h.server);
    h.link.start();
    await h.clock.advance(1000);
    h.state.available = false;
    h.link.push();
    await h.clock.advance(0);
    expect(h.calls.map((c) => [c.method, c.at, c.state.available])).toEqual([
      ['register', 0, true],
      ['heartbeat', 1000, false],
    ]);
    await h.clock.advance(5000);
    expect(h.calls.at(-1)).toMatchObject({ method: 'heartbeat', at: 6000 });
  });

  it('registers again when the director no longer knows it', async () => {
    const h = setup();
    h.network.listen(DIRECTOR, h.server);
    h.link.start();
    await h.clock.advance(0);
    h.known.clear(); // the director restarted or expired the worker
    await h.clock.advance(5000);
    expect(h.calls.map((c) => [c.method, c.at])).toEqual([
      ['register', 0],
      ['heartbeat', 5000],
      ['register', 5000],
    ]);
    expect(h.logs.find(WorkerLog.registeringAgain)).toHaveLength(1);
  });

  it('dials an unreachable director again with growing delays, and recovers when it is back', async () => {
    const h = setup(60_000);
    h.link.start();
    await h.clock.advance(40_000);
    const delays = h.logs.find(WorkerLog.directorUnreachable).map((line) => line.retryInMs);
    const expected = [LINK_RETRY_FIRST_MS];
    while (expected.length < delays.length) {
      expected.push(Math.min(LINK_RETRY_MAX_MS, expected.at(-1)! * LINK_RETRY_FACTOR));
    }
    expect(delays.slice(0, 6)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(delays).toEqual(expected);
    h.network.listen(DIRECTOR, h.server);
    await h.clock.advance(LINK_RETRY_MAX_MS);
    expect(h.calls.map((c) => c.method)).toEqual(['register']);
    // A later failure starts again from the first delay.
    h.network.reset(DIRECTOR);
    h.network.unlisten(DIRECTOR);
    h.logs.clear();
    await h.clock.advance(60_000);
    expect(h.logs.find(WorkerLog.directorUnreachable)[0].retryInMs).toBe(LINK_RETRY_FIRST_MS);
  });

  it('stop sends a last heartbeat with the final state', async () => {
    const h = setup();
    h.network.listen(DIRECTOR, h.server);
    h.link.start();
    await h.clock.advance(1000);
    h.state.available = false;
    await h.link.stop();
    expect(h.calls.map((c) => [c.method, c.state.available])).toEqual([
      ['register', true],
      ['heartbeat', false],
    ]);
  });
});
