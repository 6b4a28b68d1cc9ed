// Node test environment that fails a test file which leaves resources behind: timers, immediates,
// sockets or child processes created while its tests ran and still alive after its last afterAll
// hook. Resources are tracked one by one with async_hooks; closing handles get up to
// LEAK_SETTLE_MS to finish closing before they count as leaked.
import { createHook } from 'node:async_hooks';
import { TestEnvironment } from 'jest-environment-node';

const LEAK_SETTLE_MS = 2000;
const TRACKED = new Set([
  'Timeout',
  'Immediate',
  'UDPWRAP',
  'TCPWRAP',
  'TCPSERVERWRAP',
  'PROCESSWRAP',
  'PIPEWRAP',
  'FSEVENTWRAP',
]);

export default class LeakCheckingEnvironment extends TestEnvironment {
  live = new Map();
  tracking = false;
  hook = createHook({
    init: (asyncId, type, _triggerAsyncId, resource) => {
      if (this.tracking && TRACKED.has(type)) this.live.set(asyncId, { type, resource });
    },
    destroy: (asyncId) => {
      this.live.delete(asyncId);
    },
  });

  leaks() {
    const counts = new Map();
    for (const [asyncId, { type, resource }] of this.live) {
      // A timer that already fired (or was cleared) without a destroy event yet is not a leak.
      if (type === 'Timeout' && (resource._destroyed || resource._idleTimeout === -1)) {
        this.live.delete(asyncId);
        continue;
      }
      if (type === 'Timeout' && typeof resource.hasRef === 'function' && !resource.hasRef()) continue;
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    return [...counts].map(([type, n]) => `${n} × ${type}`);
  }

  async handleTestEvent(event, state) {
    if (event.name === 'run_start') {
      this.hook.enable();
      this.tracking = true;
      return;
    }
    if (event.name !== 'run_finish') return;
    this.tracking = false;
    const deadline = Date.now() + LEAK_SETTLE_MS;
    let leaks = this.leaks();
    while (leaks.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      leaks = this.leaks();
    }
    this.hook.disable();
    if (leaks.length > 0) {
      state.unhandledErrors.push(new Error(`test file left resources active after its last hook: ${leaks.join(', ')}`));
    }
  }
}
