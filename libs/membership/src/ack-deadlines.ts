import { PhiAccrualDetector } from '@switchyard/heartbeat';
import type { MembershipConfig } from './config.js';
import type { MemberId } from './types.js';

/**
 * When a direct ack is late, per member: a phi-accrual estimate over that member's own ack round trips,
 * between the configured floor and `probeTimeoutMs`. On a fast path this starts the indirect probes long
 * before a fixed 500 ms would; on a slow or jittery one it waits longer than a fixed short timeout would.
 */
export class AckDeadlines {
  private readonly estimates = new Map<MemberId, PhiAccrualDetector>();
  /** Every member's round trips together: used for a member with too few of its own yet. */
  private readonly pooled: PhiAccrualDetector;

  constructor(private readonly config: MembershipConfig) {
    this.pooled = this.estimate();
  }

  /** Records the round trip of a direct ack from `member`. */
  record(member: MemberId, rttMs: number): void {
    if (this.config.adaptiveProbeFloorMs === undefined) return;
    let estimate = this.estimates.get(member);
    if (!estimate) this.estimates.set(member, (estimate = this.estimate()));
    estimate.sample(rttMs);
    this.pooled.sample(rttMs);
  }

  /** How long to wait for `member`'s direct ack before probing it indirectly. */
  deadline(member: MemberId): number {
    const { adaptiveProbeFloorMs: floor, probeTimeoutMs } = this.config;
    if (floor === undefined) return probeTimeoutMs;
    const estimate = this.estimates.get(member)?.thresholdDelay() ?? this.pooled.thresholdDelay();
    if (estimate === undefined) return probeTimeoutMs;
    return Math.min(probeTimeoutMs, Math.max(floor, estimate));
  }

  private estimate(): PhiAccrualDetector {
    // Round trips are far steadier than the floor: a deviation of at least a quarter of the mean keeps the
    // deadline well above ordinary jitter.
    return new PhiAccrualDetector({
      threshold: this.config.probePhiThreshold,
      minSamples: 3,
      windowSize: 50,
      minStdDevMs: 1,
      minStdDevRatio: 0.25,
    });
  }

  /** Drops `member`'s own round trips (it is dead or gone); the pooled ones stay. */
  forget(member: MemberId): void {
    this.estimates.delete(member);
  }
}
