import { randomInt } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { networkInterfaces } from 'node:os';
import { systemClock } from '@switchyard/time';
import { MemberLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import { Membership, type Address, type Member, type MembershipConfig, type MemberMeta } from '@switchyard/membership';
import { UdpMembershipTransport, type RefusalReason } from '@switchyard/membership-transport';
import { formatEndpoint, isIpAddress, type Endpoint } from '@switchyard/protocol';
import type { TlsMaterial } from '@switchyard/transport-quic';
import { RefusalSummary } from './membership-refusals.js';

export interface MembershipNodeOptions {
  tls: TlsMaterial;
  /** Where the membership socket listens. */
  bind: Endpoint;
  /** What other members are told to send to; a wildcard bind needs one. */
  advertise: Endpoint;
  /** Where to join: `host:port` each; a DNS name stands for every address it resolves to. */
  seeds: readonly Endpoint[];
  meta: MemberMeta;
  config?: Partial<MembershipConfig>;
  logger: Logger;
  /** Every change of another member, after it is logged, with its status before (undefined when it is new). */
  onChange?(member: Member, previous: Member['status'] | undefined): void;
  /** A member dead or gone for longer than the membership's retention, now forgotten. */
  onForget?(member: Member): void;
  /** Every datagram the membership port received, once checked: accepted, or rejected and why (for metrics). */
  onDatagram?(outcome: 'received' | 'rejected', reason?: RefusalReason): void;
}

/** Seeds are resolved again this often: members of a headless Service come and go. */
const RESEED_MS = 30_000;

/** Uniform in [0, 1) from the CSPRNG: probe sequence numbers must be unguessable (Math.random's can be inferred). */
const secureRandom = () => randomInt(2 ** 48 - 1) / 2 ** 48;

/**
 * This process as a member of the cluster: the UDP transport with its certificate identity, the SWIM state
 * machine on the system clock, seeds resolved through DNS (so a Kubernetes headless Service name works), a log
 * line for each change seen, and a summary of refused datagrams at most once a minute (`RefusalSummary`).
 */
export class MembershipNode {
  private reseed: ReturnType<typeof setInterval> | undefined;

  private constructor(
    readonly membership: Membership,
    private readonly transport: UdpMembershipTransport,
    private readonly options: MembershipNodeOptions,
  ) {}

  static async start(options: MembershipNodeOptions): Promise<MembershipNode> {
    const { logger } = options;
    const refusals = new RefusalSummary(logger, systemClock.now);
    const transport = await UdpMembershipTransport.open({
      tls: options.tls,
      bind: options.bind,
      logger: logger.child({ component: 'membership' }),
      observe: (outcome, from, reason) => {
        if (outcome === 'rejected') refusals.record(from, reason);
        options.onDatagram?.(outcome, reason);
      },
    });
    const membership = new Membership({
      id: transport.id,
      address: { ...options.advertise, port: options.advertise.port || transport.port },
      meta: options.meta,
      config: options.config,
      clock: systemClock,
      random: Math.random,
      sequenceRandom: secureRandom,
      wallClock: Date.now,
      transport,
      verifier: transport.verifier,
      measure: (gossip) => transport.measure(gossip),
      onChange: (member, previous) => {
        logChange(logger, member, previous);
        options.onChange?.(member, previous);
      },
      onForget: (member) => options.onForget?.(member),
    });
    transport.onPacket((from, sender, packet, delivery) => membership.receive(from, sender, packet, delivery));
    const node = new MembershipNode(membership, transport, options);
    const seeds = await resolveSeeds(options.seeds);
    membership.start(seeds);
    node.reseed = setInterval(() => void node.refreshSeeds(), RESEED_MS);
    const advertise = formatEndpoint(membership.get(membership.id)!.address);
    const receiveBufferBytes = transport.receiveBufferBytes;
    logger.info(
      { port: transport.port, advertise, seeds: seeds.map(formatEndpoint), receiveBufferBytes },
      MemberLog.listening,
    );
    return node;
  }

  get port(): number {
    return this.transport.port;
  }

  /** Certificates of datagrams checked against the CA in full so far (a running total). */
  get certificatesChecked(): number {
    return this.transport.counters.certificatesChecked;
  }

  /** Publishes new tags for this member (a worker's availability, say). */
  publish(meta: MemberMeta): void {
    this.membership.updateMeta(meta);
  }

  /** Tells the cluster this member is leaving, then closes the socket. */
  async leave(): Promise<void> {
    clearInterval(this.reseed);
    this.membership.leave();
    // Let the leave datagrams go out before the socket closes.
    await new Promise((resolve) => setImmediate(resolve));
    await this.transport.close();
  }

  async stop(): Promise<void> {
    clearInterval(this.reseed);
    this.membership.stop();
    await this.transport.close();
  }

  private async refreshSeeds(): Promise<void> {
    const seeds = await resolveSeeds(this.options.seeds).catch(() => undefined);
    if (seeds) this.membership.setSeeds(seeds);
  }
}

/** Every address of every seed; a name that does not resolve is skipped (it may exist later). */
export async function resolveSeeds(seeds: readonly Endpoint[]): Promise<Address[]> {
  const resolved = await Promise.all(
    seeds.map(async (seed) => (await addressesOf(seed.host)).map((host) => ({ host, port: seed.port }))),
  );
  return resolved.flat();
}

/**
 * The addresses `host` stands for: itself when it is an IP address, else every address it resolves to (none
 * when it does not). A name with IPv4 addresses stands for those only: a host answering on both families
 * would otherwise be counted twice, and dialled at an address its service may not listen on.
 */
export async function addressesOf(host: string): Promise<string[]> {
  if (isIpAddress(host)) return [host];
  const found = await lookup(host, { all: true }).catch(() => []);
  const v4 = found.filter((a) => a.family === 4);
  return (v4.length > 0 ? v4 : found).map((a) => a.address);
}

function logChange(logger: Logger, member: Member, previous: Member['status'] | undefined): void {
  const fields = { member: member.id, incarnation: member.incarnation };
  if (member.status === 'alive' && previous !== 'alive') {
    logger.info({ ...fields, role: member.meta.role, address: formatEndpoint(member.address) }, MemberLog.joined);
  } else if (member.status === 'suspect') logger.warn(fields, MemberLog.suspected);
  else if (member.status === 'dead') logger.warn(fields, MemberLog.dead);
  else if (member.status === 'left') logger.info(fields, MemberLog.left);
}

/** The membership variables of `membershipEnv`, parsed. */
export interface MembershipEnv {
  MEMBERSHIP_ADDR: Endpoint;
  MEMBERSHIP_ADVERTISE_ADDR?: Endpoint;
  MEMBERSHIP_SEEDS: Endpoint[];
  MEMBERSHIP_PROBE_INTERVAL_MS?: number;
  MEMBERSHIP_PROBE_TIMEOUT_MS?: number;
  MEMBERSHIP_SUSPICION_MULT?: number;
  MEMBERSHIP_GOSSIP_INTERVAL_MS?: number;
  MEMBERSHIP_PUSH_PULL_INTERVAL_MS?: number;
}

/**
 * Where to listen, what to advertise and whom to join, from the environment. Without an advertised address, a
 * specific bind host is advertised as it is, and a wildcard one as this machine's first non-loopback IPv4
 * address (a container's or a pod's own), or 127.0.0.1 when it has none.
 */
export function membershipSettings(
  env: MembershipEnv,
): Pick<MembershipNodeOptions, 'bind' | 'advertise' | 'seeds' | 'config'> {
  const bind = env.MEMBERSHIP_ADDR;
  const wildcard = bind.host === '0.0.0.0' || bind.host === '::';
  const advertise = env.MEMBERSHIP_ADVERTISE_ADDR ?? { host: wildcard ? ownAddress() : bind.host, port: bind.port };
  const config: Partial<MembershipConfig> = {};
  if (env.MEMBERSHIP_PROBE_INTERVAL_MS !== undefined) config.probeIntervalMs = env.MEMBERSHIP_PROBE_INTERVAL_MS;
  if (env.MEMBERSHIP_PROBE_TIMEOUT_MS !== undefined) config.probeTimeoutMs = env.MEMBERSHIP_PROBE_TIMEOUT_MS;
  if (env.MEMBERSHIP_SUSPICION_MULT !== undefined) config.suspicionMult = env.MEMBERSHIP_SUSPICION_MULT;
  if (env.MEMBERSHIP_GOSSIP_INTERVAL_MS !== undefined) config.gossipIntervalMs = env.MEMBERSHIP_GOSSIP_INTERVAL_MS;
  if (env.MEMBERSHIP_PUSH_PULL_INTERVAL_MS !== undefined)
    config.pushPullIntervalMs = env.MEMBERSHIP_PUSH_PULL_INTERVAL_MS;
  return { bind, advertise, seeds: env.MEMBERSHIP_SEEDS, config };
}

function ownAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    const found = addresses?.find((a) => a.family === 'IPv4' && !a.internal);
    if (found) return found.address;
  }
  return '127.0.0.1';
}
