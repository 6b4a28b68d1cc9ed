import { execFileSync } from 'node:child_process';

/**
 * Separate hosts on one machine: a network namespace per host, each with one veth into a bridge
 * that lives in a namespace of its own. Nothing is added to the root namespace and there is no
 * default route, so no traffic can leave the lab. Needs root (CAP_NET_ADMIN, CAP_SYS_ADMIN).
 */
export class NetLab {
  private readonly switchNs: string;
  private created: string[] = [];

  constructor(
    private readonly prefix: string,
    readonly hosts: Readonly<Record<string, string>>,
  ) {
    this.switchNs = `${prefix}-sw`;
  }

  /** The namespace of `host`. */
  ns(host: string): string {
    return `${this.prefix}-${host}`;
  }

  up(): void {
    if (process.getuid?.() !== 0) throw new Error('network namespace tests need root (ip netns); run them as root');
    this.addNs(this.switchNs);
    ip('-n', this.switchNs, 'link', 'add', 'br0', 'type', 'bridge');
    ip('-n', this.switchNs, 'link', 'set', 'br0', 'up');
    for (const [host, addr] of Object.entries(this.hosts)) {
      const ns = this.ns(host);
      this.addNs(ns);
      // Both ends are created inside the lab: the switch end and the host's eth0.
      ip('link', 'add', `v-${host}`, 'netns', this.switchNs, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns);
      ip('-n', this.switchNs, 'link', 'set', `v-${host}`, 'master', 'br0', 'up');
      ip('-n', ns, 'addr', 'add', `${addr}/24`, 'dev', 'eth0');
      ip('-n', ns, 'link', 'set', 'lo', 'up');
      ip('-n', ns, 'link', 'set', 'eth0', 'up');
    }
  }

  /** Disconnects `host` from everyone (its link to the switch goes down). */
  cut(host: string): void {
    ip('-n', this.switchNs, 'link', 'set', `v-${host}`, 'down');
  }

  /** Connects `host` again after `cut`. */
  heal(host: string): void {
    ip('-n', this.switchNs, 'link', 'set', `v-${host}`, 'up');
  }

  /** Kills whatever still runs in the lab and deletes every namespace it made. */
  down(): void {
    for (const ns of this.created) {
      const pids = tryIp('netns', 'pids', ns).split(/\s+/).filter(Boolean);
      for (const pid of pids) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    for (const ns of [...this.created].reverse()) tryIp('netns', 'del', ns);
    this.created = [];
  }

  private addNs(ns: string): void {
    ip('netns', 'add', ns);
    this.created.push(ns);
  }
}

function ip(...args: string[]): string {
  return execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function tryIp(...args: string[]): string {
  try {
    return ip(...args);
  } catch {
    return '';
  }
}
