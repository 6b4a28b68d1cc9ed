/**
 * Lifeguard's local health (memberlist `awareness.go`): a score that rises when this member is probably the slow
 * one (one of its probes failed without the nacks that would show the network is fine; it had to refute an
 * accusation of itself) and falls with every acked probe. Probe intervals and ack deadlines are multiplied by
 * `score + 1`, so a member in trouble accuses others less.
 */
export class Awareness {
  private score = 0;

  constructor(private readonly max: number) {}

  /** `score + 1`: 1 when healthy, at most the `max` given. */
  get multiplier(): number {
    return this.score + 1;
  }

  /** Raises (positive) or lowers (negative) the score by `delta`, within [0, max − 1]. */
  apply(delta: number): void {
    this.score = Math.min(this.max - 1, Math.max(0, this.score + delta));
  }
}
