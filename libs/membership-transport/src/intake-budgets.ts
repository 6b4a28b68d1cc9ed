import { isIPv6 } from 'node:net';
import { SourceBudget } from './source-budget.js';

/** A token bucket's refill `rate` (a second) and `burst`. */
export interface Budget {
  rate: number;
  burst: number;
}

/** What the membership port checks, and answers, at most (datagrams; docs/security.md, "Bounds"). */
export interface IntakeBudgets {
  /**
   * Each member presenting its cookie: a member sends a few datagrams a second, a burst of pages when a full sync
   * is large. Charged only to datagrams that proved the member's cookie, so nobody else can spend it.
   */
  member: Budget;
  /** Each source IP address (IPv6: its /64) without a cookie: first contacts, and anything forged. */
  source: Budget;
  /** Every datagram without a cookie, all sources together: what they may cost in signature checks. */
  unauthenticated: Budget;
  /** Certificates not seen before, all sources together: each costs a parse and two signature checks. */
  firstSeen: Budget;
  /** Answers (acks, nacks, certificates) to each destination IP address (IPv6: /64) for requests without a cookie. */
  answers: Budget;
  /** Certificates asked of each relaying member (for statements it relayed about members not seen yet). */
  certificateRequests: Budget;
}

export const DEFAULT_INTAKE_BUDGETS: IntakeBudgets = {
  member: { rate: 100, burst: 400 },
  source: { rate: 100, burst: 400 },
  unauthenticated: { rate: 500, burst: 1000 },
  firstSeen: { rate: 50, burst: 200 },
  answers: { rate: 50, burst: 100 },
  certificateRequests: { rate: 20, burst: 40 },
};

/** The budgets of one membership port, on the monotonic clock `now` (ms). */
export class IntakeLimits {
  readonly member: SourceBudget;
  readonly source: SourceBudget;
  readonly unauthenticated: SourceBudget;
  readonly firstSeen: SourceBudget;
  readonly answers: SourceBudget;
  readonly certificateRequests: SourceBudget;

  constructor(budgets: IntakeBudgets, now: () => number) {
    this.member = new SourceBudget({ ...budgets.member, now });
    this.source = new SourceBudget({ ...budgets.source, now });
    this.unauthenticated = new SourceBudget({ ...budgets.unauthenticated, now, maxSources: 1 });
    this.firstSeen = new SourceBudget({ ...budgets.firstSeen, now, maxSources: 1 });
    this.answers = new SourceBudget({ ...budgets.answers, now });
    this.certificateRequests = new SourceBudget({ ...budgets.certificateRequests, now });
  }
}

/**
 * The key of a source or destination address for its budget: the IPv4 address, or an IPv6 address's /64 (one host
 * can use a whole /64, as client-address.ts says for the client port). An IPv4-mapped IPv6 address is its IPv4.
 */
export function addressKey(host: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(host);
  if (mapped) return mapped[1];
  if (!isIPv6(host)) return host;
  const [head, tail = ''] = host.split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = host.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group || '0', 16).toString(16))
    .join(':')}::/64`;
}
