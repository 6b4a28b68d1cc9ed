/**
 * Slots held per client address, at most `perAddress` each. An address is remembered only while it holds a slot, so
 * the table never has more entries than slots are held (a worker's sessions, at most `WORKER_MAX_SESSIONS`).
 */
export class AddressQuota {
  private readonly held = new Map<string, number>();

  constructor(readonly perAddress: number) {
    if (!Number.isInteger(perAddress) || perAddress < 1) throw new RangeError('perAddress must be an integer >= 1');
  }

  /** Addresses holding a slot now. */
  get addresses(): number {
    return this.held.size;
  }

  /** Slots `address` holds. */
  holding(address: string): number {
    return this.held.get(address) ?? 0;
  }

  /** Takes a slot for `address`; false (and nothing taken) when it already holds `perAddress`. */
  acquire(address: string): boolean {
    const count = this.holding(address);
    if (count >= this.perAddress) return false;
    this.held.set(address, count + 1);
    return true;
  }

  /** Gives back a slot `address` holds. */
  release(address: string): void {
    const count = this.holding(address);
    if (count <= 1) this.held.delete(address);
    else this.held.set(address, count - 1);
  }
}
