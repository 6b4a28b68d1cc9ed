import { formatEndpoint, type Endpoint } from '@switchyard/protocol';
import { addressesOf } from './membership-node.js';

/**
 * The directors behind `DIRECTOR_TARGET`: an IP address stands for itself, a DNS name for every address it
 * resolves to (a Kubernetes headless Service's name gives one per director pod; see `addressesOf`), each
 * dialled directly and its certificate checked against the name.
 */
export class DirectorTargets {
  /** The name a director's `host:port` was resolved from, for checking the certificate there. */
  private readonly names = new Map<string, string>();
  private last: Endpoint[];

  /** `random` (uniform in [0, 1)) picks where each name's addresses start: clients spread over them. */
  constructor(
    private readonly targets: readonly Endpoint[],
    private readonly random: () => number = Math.random,
  ) {
    this.last = [...targets];
  }

  /**
   * Every director, in the order of the targets, a name's addresses from a random one of them (rotating);
   * a name that does not resolve (yet) is kept as it is.
   */
  async resolve(): Promise<Endpoint[]> {
    const found = await Promise.all(
      this.targets.map(async (target) => {
        const found = await addressesOf(target.host);
        if (found.length === 0) return [target];
        const start = Math.floor(this.random() * found.length);
        const addresses = [...found.slice(start), ...found.slice(0, start)];
        return addresses.map((host) => {
          if (host !== target.host) this.names.set(formatEndpoint({ host, port: target.port }), target.host);
          return { host, port: target.port };
        });
      }),
    );
    this.last = found.flat();
    return this.last;
  }

  /** The directors found last. */
  get current(): readonly Endpoint[] {
    return this.last;
  }

  /**
   * The name to check `endpoint`'s certificate against: for a director found through a DNS name, that name;
   * for anything else (a worker), its host. No worker shares a director's address and port.
   */
  serverNameOf(endpoint: Endpoint): string {
    return this.names.get(formatEndpoint(endpoint)) ?? endpoint.host;
  }
}
