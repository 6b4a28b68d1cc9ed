/**
 * Bytes waiting for peers, summed over a group of streams: the streams of one connection, of every connection
 * from one remote address, or of a whole process. The RPC layer keeps `queuedBytes`; the owner of the group
 * (a transport for connections and addresses, the application for a process) creates it with 0.
 */
export interface QueueAccount {
  queuedBytes: number;
}

/**
 * The bound on bytes waiting for peers over a whole process: give the same one to every `RpcServer` of the
 * process (`queueBudget`), and what they queue together stays within `maxBytes`.
 */
export interface QueueBudget extends QueueAccount {
  /** In bytes, at least 1. */
  readonly maxBytes: number;
}

/** One bound a stream's bytes count against, besides its own. */
export interface QueueGroup {
  account: QueueAccount;
  /** In bytes. */
  maxBytes: number;
  /** The group in words, for the reason a stream is reset: `its connection`, `its address`, `this process`. */
  name: string;
}

/** The streams with bytes in each account, so a group over its bound can find its largest. */
const holders = new WeakMap<QueueAccount, Set<StreamQueue>>();

function holdersOf(account: QueueAccount): Set<StreamQueue> {
  let set = holders.get(account);
  if (!set) holders.set(account, (set = new Set()));
  return set;
}

/**
 * One stream's bytes waiting for its peer, counted against its own bound and every group it belongs to. Past
 * a bound the largest holder of that group is dropped (the stream that went over when it is the largest),
 * until the group is within its bound again: a peer that reads holds little and is never the one to go, so
 * well-behaved streams keep working while the stream of a peer that does not read is reset.
 */
export class StreamQueue {
  private bytes = 0;

  /** `drop` must give up everything the stream holds, calling `remove` for all of it, before it returns. */
  constructor(
    private readonly maxStreamBytes: number,
    private readonly groups: readonly QueueGroup[],
    private readonly drop: (reason: string) => void,
  ) {}

  get queuedBytes(): number {
    return this.bytes;
  }

  /** Counts `bytes` more; false when that made the bounds drop this stream (which has then been told to). */
  add(bytes: number): boolean {
    if (this.bytes === 0) for (const { account } of this.groups) holdersOf(account).add(this);
    this.bytes += bytes;
    for (const { account } of this.groups) account.queuedBytes += bytes;
    if (this.bytes > this.maxStreamBytes) {
      this.drop(`over ${this.maxStreamBytes} bytes queued for the stream`);
      return false;
    }
    for (const group of this.groups) {
      while (group.account.queuedBytes > group.maxBytes) {
        const largest = largestHolder(group.account);
        largest.drop(`the largest queue of ${group.name}, over ${group.maxBytes} bytes`);
        if (largest === this) return false;
      }
    }
    return true;
  }

  /** Counts `bytes` fewer (written, or dropped). */
  remove(bytes: number): void {
    const removed = Math.min(bytes, this.bytes);
    this.bytes -= removed;
    for (const { account } of this.groups) {
      account.queuedBytes -= removed;
      if (this.bytes === 0) holders.get(account)?.delete(this);
    }
  }
}

function largestHolder(account: QueueAccount): StreamQueue {
  let largest: StreamQueue | undefined;
  for (const holder of holdersOf(account)) if (!largest || holder.queuedBytes > largest.queuedBytes) largest = holder;
  // An account over its bound has bytes, so someone holds them.
  return largest!;
}
