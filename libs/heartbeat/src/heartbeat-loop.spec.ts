import { describe, expect, it } from '@jest/globals';
import { HeartbeatLoop } from './heartbeat-loop.js';
import { StallMonitor } from './stall-monitor.js';
import { PhiAccrualDetector } from './phi-accrual.js';
import { ManualClock } from '@switchyard/time/testing';

type Peer = 'alive' | 'frozen' | 'refusing';

function setup(intervalMs = 5000, timeoutMs = 3000) {
  const clock = new ManualClock();
  const failures: { reason: string; at: number; error: unknown }[] = [];
  const probes: number[] = [];
  const aborted: number[] = [];
  let peer: Peer = 'alive';
  const loop = new HeartbeatLoop({
    clock,
    intervalMs,
    timeoutMs,
    probe: (signal) => {
      probes.push(clock.now());
      signal.addEventListener('abort', () => aborted.push(clock.now()));
      if (peer === 'alive') return Promise.resolve();
      if (peer === 'refusing') return Promise.reject(new Error('not available'));
      return new Promise(() => {});
    },
    onFailure: (reason, error) => failures.push({ reason, at: clock.now(), error }),
  });
  return { clock, loop, failures, probes, aborted, setPeer: (p: Peer) => (peer = p) };
}

describe('HeartbeatLoop', () => {
  it('probes every interval while the peer answers', async () => {
    const { clock, loop, failures, probes } = setup();
    loop.start();
    await clock.advance(20_000);
    expect(probes).toEqual([5000, 10_000, 15_000, 20_000]);
    expect(failures).toEqual([]);
    loop.stop();
    expect(clock.pending).toBe(0);
  });

  it('reports a frozen peer when the timeout passes, without waiting for anything else', async () => {
    const { clock, loop, failures, aborted, setPeer } = setup();
    loop.start();
    await clock.advance(6000);
    setPeer('frozen');
    await clock.advance(10_000);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ reason: 'heartbeat', at: 13_000 });
    expect(aborted).toEqual([13_000]);
    expect(loop.running).toBe(false);
    expect(clock.pending).toBe(0);
  });

  it('reports a peer that refuses at once', async () => {
    const { clock, loop, failures, setPeer } = setup();
    setPeer('refusing');
    loop.start();
    await clock.advance(5000);
    expect(failures.map((f) => [f.reason, f.at])).toEqual([['heartbeat', 5000]]);
    expect((failures[0].error as Error).message).toBe('not available');
  });

  it('probeNow uses its own timeout and reason, and a failure is reported once', async () => {
    const { clock, loop, failures, setPeer } = setup();
    loop.start();
    await clock.advance(4000);
    setPeer('frozen');
    const answered = loop.probeNow('stall', 500);
    await clock.advance(1000);
    await expect(answered).resolves.toBe(false);
    await clock.advance(10_000);
    expect(failures.map((f) => [f.reason, f.at])).toEqual([['stall', 4500]]);
  });

  it('probeNow on a live peer keeps the regular schedule', async () => {
    const { clock, loop, failures, probes } = setup();
    loop.start();
    await clock.advance(1000);
    await expect(loop.probeNow('stall', 500)).resolves.toBe(true);
    await clock.advance(9000);
    expect(probes).toEqual([1000, 5000, 10_000]);
    expect(failures).toEqual([]);
    loop.stop();
  });

  it('reports nothing after stop', async () => {
    const { clock, loop, failures, setPeer } = setup();
    setPeer('frozen');
    loop.start();
    await clock.advance(6000);
    loop.stop();
    await clock.advance(10_000);
    expect(failures).toEqual([]);
    await expect(loop.probeNow('stall')).resolves.toBe(false);
  });
});

describe('StallMonitor', () => {
  it('calls onStall once the flow stops, and not while it flows', async () => {
    const clock = new ManualClock();
    const stalls: { at: number; silentMs: number }[] = [];
    const monitor = new StallMonitor({
      clock,
      detector: new PhiAccrualDetector(),
      onStall: (silentMs) => stalls.push({ at: clock.now(), silentMs }),
    });
    for (let i = 0; i < 10; i++) {
      monitor.arrival();
      await clock.advance(500);
    }
    expect(stalls).toEqual([]);
    // A steady flow keeps one timer rather than one per arrival.
    expect(clock.pending).toBe(1);
    const lastArrival = clock.now() - 500;
    await clock.advance(5000);
    expect(stalls).toHaveLength(1);
    expect(stalls[0].silentMs).toBe(stalls[0].at - lastArrival);
    expect(stalls[0].silentMs).toBeGreaterThan(500);
    expect(stalls[0].silentMs).toBeLessThan(1000);
  });

  it('notices at once when a faster flow makes an earlier suspicion time', async () => {
    const clock = new ManualClock();
    const stalls: number[] = [];
    const monitor = new StallMonitor({
      clock,
      detector: new PhiAccrualDetector({ windowSize: 3 }),
      onStall: () => stalls.push(clock.now()),
    });
    for (let i = 0; i < 4; i++) {
      monitor.arrival();
      await clock.advance(1000);
    }
    for (let i = 0; i < 4; i++) {
      monitor.arrival();
      await clock.advance(100);
    }
    // The window now holds only 100 ms intervals: suspicion comes about 150 ms after the last one.
    const lastArrival = clock.now() - 100;
    await clock.advance(1000);
    expect(stalls).toHaveLength(1);
    expect(stalls[0] - lastArrival).toBeLessThan(200);
  });

  it('a restart disarms it until arrivals resume', async () => {
    const clock = new ManualClock();
    const stalls: number[] = [];
    const monitor = new StallMonitor({
      clock,
      detector: new PhiAccrualDetector(),
      onStall: () => stalls.push(clock.now()),
    });
    for (let i = 0; i < 5; i++) {
      monitor.arrival();
      await clock.advance(100);
    }
    monitor.restart();
    await clock.advance(10_000);
    expect(stalls).toEqual([]);
    monitor.arrival();
    await clock.advance(1000);
    expect(stalls).toHaveLength(1);
    monitor.stop();
    expect(clock.pending).toBe(0);
  });
});

describe('HeartbeatLoop round trips', () => {
  it('a probe in flight counts as answered when the peer is heard from otherwise', async () => {
    const { clock, loop, failures, probes, aborted, setPeer } = setup();
    setPeer('frozen');
    loop.start();
    const outcome = loop.probeNow('stall', 250);
    await clock.advance(100);
    loop.heard();
    // The probe runs on to its timeout (an answer would still measure a round trip), then gives up quietly.
    await clock.advance(150);
    expect(aborted).toEqual([250]);
    expect(await outcome).toBe(true);
    await clock.advance(1000);
    expect(failures).toEqual([]);
    // The regular schedule goes on, and an unanswered probe with nothing heard still fails.
    await clock.advance(3900);
    expect(probes).toEqual([0, 5000]);
    await clock.advance(3000);
    expect(failures).toMatchObject([{ reason: 'heartbeat', at: 8000 }]);
  });

  it('a probe the peer refuses still fails, even when the peer was heard from meanwhile', async () => {
    const { clock, failures } = setup();
    let refuse!: (error: Error) => void;
    const loop = new HeartbeatLoop({
      clock,
      intervalMs: 5000,
      timeoutMs: 3000,
      probe: () => new Promise<void>((_, reject) => (refuse = reject)),
      onFailure: (reason, error) => failures.push({ reason, at: clock.now(), error }),
    });
    loop.start();
    const outcome = loop.probeNow('stall', 250);
    await clock.advance(100);
    loop.heard();
    refuse(new Error('not available'));
    expect(await outcome).toBe(false);
    expect(failures).toMatchObject([{ reason: 'stall', at: 100, error: { message: 'not available' } }]);
  });

  it('a timeout that fires late waits as long again for an answer that arrived while this process was stalled', async () => {
    const { clock, loop, failures } = setup();
    let answer!: () => void;
    const probed = new HeartbeatLoop({
      clock,
      intervalMs: 5000,
      timeoutMs: 3000,
      probe: () => new Promise<void>((resolve) => (answer = resolve)),
      onFailure: (reason, error) => failures.push({ reason, at: clock.now(), error }),
    });
    probed.start();
    const outcome = probed.probeNow('stall', 250);
    clock.freeze(400);
    await clock.advance(0);
    expect(failures).toEqual([]);
    // The answer that waited in the socket is read after the late timer: it counts.
    answer();
    expect(await outcome).toBe(true);
    await clock.advance(1000);
    expect(failures).toEqual([]);
    probed.stop();
    loop.stop();
  });

  it('a stalled process still reports a silent peer, one stall later at most', async () => {
    const { clock, loop, failures, setPeer } = setup();
    setPeer('frozen');
    loop.start();
    const outcome = loop.probeNow('stall', 250);
    clock.freeze(400);
    await clock.advance(0);
    expect(failures).toEqual([]);
    await clock.advance(149);
    expect(failures).toEqual([]);
    await clock.advance(1);
    expect(failures).toMatchObject([{ reason: 'stall', at: 550 }]);
    expect(await outcome).toBe(false);
  });

  it('a timeout that fires on time or a few milliseconds late is not extended', async () => {
    const { clock, loop, failures, setPeer } = setup();
    setPeer('frozen');
    loop.start();
    void loop.probeNow('stall', 250);
    clock.freeze(260);
    await clock.advance(0);
    expect(failures).toMatchObject([{ reason: 'stall', at: 260 }]);
  });

  it('reports the round-trip time of every answered probe', async () => {
    const clock = new ManualClock();
    const rtts: number[] = [];
    const loop = new HeartbeatLoop({
      clock,
      intervalMs: 1000,
      timeoutMs: 500,
      probe: () => new Promise((resolve) => clock.setTimeout(resolve, 30)),
      onFailure: () => undefined,
      onAnswer: (rtt) => rtts.push(rtt),
    });
    loop.start();
    await clock.advance(2100);
    expect(rtts).toEqual([30, 30]);
    loop.stop();
  });
});
