import type { Clock, TimerHandle } from '@switchyard/time';

interface Event {
  at: number;
  seq: number;
  run: () => void;
  cancelled: boolean;
}

/**
 * Virtual time for a discrete-event simulation: `run(ms)` fires every due event in time order (a binary
 * heap, so a simulation of hundreds of members over hours stays fast). Nothing waits for real time.
 */
export class SimClock implements Clock {
  private current = 0;
  private seq = 0;
  private readonly heap: Event[] = [];

  now(): number {
    return this.current;
  }

  setTimeout(run: () => void, delayMs: number): TimerHandle {
    const event: Event = { at: this.current + Math.max(0, delayMs), seq: this.seq++, run, cancelled: false };
    this.push(event);
    return event;
  }

  clearTimeout(handle: TimerHandle): void {
    (handle as Event).cancelled = true;
  }

  /** Runs every event due within the next `ms`, then sets the time to its end. */
  run(ms: number): void {
    const until = this.current + ms;
    while (this.heap.length > 0 && this.heap[0].at <= until) {
      const event = this.pop()!;
      if (event.cancelled) continue;
      this.current = event.at;
      event.run();
    }
    this.current = until;
  }

  private push(event: Event): void {
    const heap = this.heap;
    heap.push(event);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private pop(): Event | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && before(heap[left], heap[smallest])) smallest = left;
        if (right < heap.length && before(heap[right], heap[smallest])) smallest = right;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
        i = smallest;
      }
    }
    return top;
  }
}

function before(a: Event, b: Event): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

export { seededRandom } from '@switchyard/time/testing';
