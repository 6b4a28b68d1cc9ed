import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '@switchyard/time/testing';
import { Watchdog } from './watchdog.js';

describe('Watchdog', () => {
  it('fires once the deadline passes, keeping one timer while it is pushed later', async () => {
    const clock = new ManualClock();
    const fired: number[] = [];
    const watchdog = new Watchdog(clock, () => fired.push(clock.now()));
    watchdog.arm(1000);
    for (let i = 0; i < 10; i++) {
      await clock.advance(500);
      watchdog.arm(1000);
      expect(clock.pending).toBe(1);
    }
    expect(fired).toEqual([]);
    await clock.advance(1000);
    expect(fired).toEqual([6000]);
    await clock.advance(10_000);
    expect(fired).toEqual([6000]);
    expect(clock.pending).toBe(0);
  });

  it('moves to an earlier deadline at once, and never fires after stop', async () => {
    const clock = new ManualClock();
    const fired: number[] = [];
    const watchdog = new Watchdog(clock, () => fired.push(clock.now()));
    watchdog.arm(5000);
    watchdog.arm(100);
    await clock.advance(200);
    expect(fired).toEqual([100]);
    const stopped = new Watchdog(clock, () => fired.push(-1));
    stopped.arm(100);
    stopped.stop();
    await clock.advance(1000);
    expect(fired).toEqual([100]);
    expect(clock.pending).toBe(0);
  });
  it('a late timer moves the deadline once by the stall, so arrivals read after it still count', async () => {
    const clock = new ManualClock();
    const fired: number[] = [];
    const watchdog = new Watchdog(clock, () => fired.push(clock.now()));
    watchdog.arm(2000);
    clock.freeze(2600);
    await clock.advance(0);
    expect(fired).toEqual([]);
    // A token that waited unread during the stall pushes the deadline.
    watchdog.arm(2000);
    await clock.advance(1999);
    expect(fired).toEqual([]);
    await clock.advance(1);
    expect(fired).toEqual([4600]);
  });

  it('a late timer with nothing arriving fires one stall later, and only once', async () => {
    const clock = new ManualClock();
    const fired: number[] = [];
    const watchdog = new Watchdog(clock, () => fired.push(clock.now()));
    watchdog.arm(2000);
    clock.freeze(2600);
    await clock.advance(599);
    expect(fired).toEqual([]);
    clock.freeze(5000);
    await clock.advance(0);
    expect(fired).toEqual([8199]);
    expect(clock.pending).toBe(0);
  });
});
