import { describe, expect, it } from '@jest/globals';
import { PhiAccrualDetector } from './phi-accrual.js';

function steady(detector: PhiAccrualDetector, intervalMs: number, count: number, start = 0): number {
  let t = start;
  for (let i = 0; i < count; i++, t += intervalMs) detector.arrival(t);
  return t - intervalMs;
}

describe('PhiAccrualDetector', () => {
  it('suspects nothing before it has enough samples', () => {
    const detector = new PhiAccrualDetector({ minSamples: 2 });
    expect(detector.suspectAt()).toBeUndefined();
    detector.arrival(0);
    detector.arrival(500);
    expect(detector.suspectAt()).toBeUndefined();
    expect(detector.phi(10_000)).toBe(0);
    detector.arrival(1000);
    expect(detector.suspectAt()).toBeDefined();
  });

  it('grows phi with silence and crosses the threshold exactly at suspectAt', () => {
    const detector = new PhiAccrualDetector({ threshold: 8 });
    const last = steady(detector, 500, 20);
    const at = detector.suspectAt()!;
    expect(detector.phi(last + 400)).toBeLessThan(1);
    expect(detector.phi(last + 600)).toBeGreaterThan(detector.phi(last + 550));
    expect(detector.phi(at)).toBeCloseTo(8, 6);
    expect(detector.phi(at - 1)).toBeLessThan(8);
    // Steady 500 ms arrivals: the floor of the deviation is 10 % of the mean, so suspicion comes
    // after about mean + 5.2 standard deviations.
    expect(at - last).toBeGreaterThan(700);
    expect(at - last).toBeLessThan(800);
  });

  it('adapts to the arrival rate and to jitter', () => {
    const fast = new PhiAccrualDetector();
    const lastFast = steady(fast, 100, 20);
    const jittery = new PhiAccrualDetector();
    let t = 0;
    for (let i = 0; i < 40; i++) {
      jittery.arrival(t);
      t += i % 2 ? 300 : 700;
    }
    const lastJittery = t - 300; // the last step (i = 39) added 300
    expect(fast.suspectAt()! - lastFast).toBeLessThan(200);
    // Mean 500 with a 200 ms deviation: suspicion only after well over a second of silence.
    expect(jittery.suspectAt()! - lastJittery).toBeGreaterThan(1500);
  });

  it('keeps what it learned across a restart but does not count the gap', () => {
    const detector = new PhiAccrualDetector();
    const last = steady(detector, 500, 10);
    const before = detector.suspectAt()! - last;
    detector.restart();
    expect(detector.suspectAt()).toBeUndefined();
    detector.arrival(last + 60_000);
    expect(detector.meanIntervalMs).toBe(500);
    expect(detector.suspectAt()! - (last + 60_000)).toBeCloseTo(before, 6);
  });

  it('forgets samples beyond its window', () => {
    const detector = new PhiAccrualDetector({ windowSize: 5 });
    const last = steady(detector, 1000, 10);
    steady(detector, 100, 6, last + 100);
    expect(detector.samples).toBe(5);
    expect(detector.meanIntervalMs).toBe(100);
  });

  it('rejects a threshold that would suspect before the mean', () => {
    expect(() => new PhiAccrualDetector({ threshold: 0.2 })).toThrow(RangeError);
  });
});

describe('PhiAccrualDetector over samples', () => {
  it('gives the delay at which phi reaches the threshold for directly recorded samples', () => {
    const detector = new PhiAccrualDetector({ threshold: 8, minStdDevMs: 1, minStdDevRatio: 0.1 });
    expect(detector.thresholdDelay()).toBeUndefined();
    for (let i = 0; i < 20; i++) detector.sample(10);
    // Mean 10, deviation floored at 1 ms: about 5.2 deviations above the mean.
    expect(detector.thresholdDelay()).toBeGreaterThan(14);
    expect(detector.thresholdDelay()).toBeLessThan(16);
    expect(detector.suspectAt()).toBeUndefined();
  });
});
