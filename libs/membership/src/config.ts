/** Timing and fan-out of the protocol. Every value is configurable; the defaults are explained in docs/membership.md. */
export interface MembershipConfig {
  /** Time between two probes of random members. */
  probeIntervalMs: number;
  /** Longest wait for a direct ack before indirect probes start (the ack deadline never exceeds it). */
  probeTimeoutMs: number;
  /**
   * Shortest wait for a direct ack. Between this and `probeTimeoutMs` the wait follows a phi-accrual
   * estimate over the member's own ack round trips; `undefined` turns that off (a fixed `probeTimeoutMs`).
   */
  adaptiveProbeFloorMs: number | undefined;
  /** Phi level at which an ack counts as late. */
  probePhiThreshold: number;
  /** Members asked to probe a target indirectly. */
  indirectChecks: number;
  /** A second direct ping, sent with the indirect ones: on a lossy path the target often answers it. */
  retryDirect: boolean;
  /**
   * Decide a probe as soon as every helper sent a nack, or when the indirect probes have had twice the ack
   * deadline and at least one helper nacked, rather than at the end of the probe interval (with adaptive
   * deadlines that is a fraction of it). With no helper to ask, or none that answered, only this member's own
   * pings speak against the target: the verdict waits for the end of the interval either way, as memberlist's.
   */
  earlyVerdict: boolean;
  /** Gossip is retransmitted `retransmitMult × ceil(log10(n + 1))` times. */
  retransmitMult: number;
  /** Lifeguard: the shortest suspicion is `suspicionMult × log10(max(n, 1)) × probeIntervalMs`. */
  suspicionMult: number;
  /** Lifeguard: the longest suspicion, with no confirmation, is this many times the shortest. */
  suspicionMaxTimeoutMult: number;
  /** Floor of the shortest suspicion, whatever n. */
  suspicionMinMs: number;
  /** Lifeguard local health: probe interval and timeout grow up to this many times for a member in trouble. */
  awarenessMaxMultiplier: number;
  /** Time between two gossip rounds. */
  gossipIntervalMs: number;
  /** Members each gossip round sends to. */
  gossipNodes: number;
  /** Time between two push-pull exchanges of the whole view with a random member (0: never). */
  pushPullIntervalMs: number;
  /** Dead members are forgotten after this long (their entries are kept to refuse stale news). */
  deadRetentionMs: number;
  /** Bytes of gossip piggybacked on one packet (as the transport's `measure` counts them). */
  gossipBudgetBytes: number;
  /** Entries per push-pull page. */
  pushPullPageSize: number;
  /**
   * How far ahead of this member's wall clock an incarnation may be (`incarnation.ts`): anything beyond is forged
   * (an incarnation is about the time its member last stated itself) and refused, statement or accusation alike.
   */
  incarnationHorizonMs: number;
}

/**
 * memberlist's LAN defaults (hashicorp/memberlist DefaultLANConfig): the baseline the simulator compares
 * against, with its fixed probe timeout and no direct retry.
 */
export const MEMBERLIST_LAN: MembershipConfig = {
  probeIntervalMs: 1000,
  probeTimeoutMs: 500,
  adaptiveProbeFloorMs: undefined,
  probePhiThreshold: 8,
  indirectChecks: 3,
  retryDirect: false,
  earlyVerdict: false,
  retransmitMult: 4,
  suspicionMult: 4,
  suspicionMaxTimeoutMult: 6,
  suspicionMinMs: 0,
  awarenessMaxMultiplier: 8,
  gossipIntervalMs: 200,
  gossipNodes: 3,
  pushPullIntervalMs: 30_000,
  deadRetentionMs: 30_000,
  gossipBudgetBytes: 800,
  pushPullPageSize: 4,
  incarnationHorizonMs: 10 * 60_000,
};

/**
 * This project's defaults: memberlist's, plus an ack deadline from each member's own round trips (so the
 * indirect probes start as soon as an ack is really late, not after a fixed 500 ms) and a second direct
 * ping sent with them, and a floor of 2 s under the shortest suspicion. docs/membership.md gives the
 * simulator's figures behind each.
 */
export const DEFAULT_MEMBERSHIP: MembershipConfig = {
  ...MEMBERLIST_LAN,
  adaptiveProbeFloorMs: 50,
  retryDirect: true,
  earlyVerdict: true,
  suspicionMinMs: 2000,
};

/** How many times a piece of gossip is sent in a cluster of `members`. */
export function retransmitLimit(config: MembershipConfig, members: number): number {
  return config.retransmitMult * Math.ceil(Math.log10(members + 1));
}

/**
 * Lifeguard's suspicion timeout: starts at the longest (no one else suspects yet) and shrinks towards the
 * shortest as independent members confirm the suspicion; both grow with the log of the cluster size.
 */
export function suspicionTimeoutMs(config: MembershipConfig, members: number, confirmations: number): number {
  const min = Math.max(
    config.suspicionMinMs,
    config.suspicionMult * Math.log10(Math.max(members, 1)) * config.probeIntervalMs,
  );
  const max = config.suspicionMaxTimeoutMult * min;
  const expected = expectedConfirmations(config, members);
  if (expected <= 0) return min;
  const fraction = Math.log(Math.min(confirmations, expected) + 1) / Math.log(expected + 1);
  return Math.max(min, max - (max - min) * fraction);
}

/** Confirmations after which a suspicion runs for its shortest time. */
export function expectedConfirmations(config: MembershipConfig, members: number): number {
  return Math.max(0, Math.min(config.suspicionMult - 2, members - 2));
}
