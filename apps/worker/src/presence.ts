import { WorkerLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import type { Member } from '@switchyard/membership';
import { formatEndpoint, type Endpoint } from '@switchyard/protocol';
import { MembershipNode, type MembershipNodeOptions } from '@switchyard/service-kit';

/** Load alone changes the published state at most this often; availability is published at once. */
export const LOAD_PUBLISH_INTERVAL_MS = 1000;

export interface PresenceOptions extends Pick<
  MembershipNodeOptions,
  'tls' | 'bind' | 'advertise' | 'seeds' | 'config' | 'logger' | 'onDatagram'
> {
  /** Where clients dial this worker. */
  endpoint: Endpoint;
  /** The model its engine runs (a gateway lists the models of the available workers). */
  model: string;
  state(): { available: boolean; load: number };
}

/**
 * The worker as a member of the cluster: its tags say where clients dial it, the model it runs, whether it takes
 * sessions and how many it serves. Directors assign from what they see of these tags, so a change of availability is
 * published at once; load changes are coalesced.
 */
export class Presence {
  private node: MembershipNode | undefined;
  private published = { available: false, load: -1 };
  private loadTimer: ReturnType<typeof setTimeout> | undefined;
  private joined = false;

  constructor(private readonly options: PresenceOptions) {}

  async start(): Promise<void> {
    this.published = this.options.state();
    this.node = await MembershipNode.start({
      ...this.options,
      meta: this.meta(this.published),
      onChange: (member) => this.onMember(member),
    });
  }

  /** Certificates of membership datagrams checked against the CA in full so far. */
  get certificatesChecked(): number {
    return this.node?.certificatesChecked ?? 0;
  }

  /** Whether this worker sees a live director now: its state reaches at least one. */
  get directorAlive(): boolean {
    return (this.node?.membership.view() ?? []).some(
      (member) => member.meta.role === 'director' && member.status === 'alive',
    );
  }

  /** Publishes the current state: at once when availability changed, within a second for load alone. */
  push(): void {
    const state = this.options.state();
    if (state.available !== this.published.available) return this.publish(state);
    if (state.load !== this.published.load && this.loadTimer === undefined) {
      this.loadTimer = setTimeout(() => {
        this.loadTimer = undefined;
        this.publish(this.options.state());
      }, LOAD_PUBLISH_INTERVAL_MS);
    }
  }

  /** Publishes the final state, announces the leave, and stops. */
  async leave(): Promise<void> {
    clearTimeout(this.loadTimer);
    this.publish(this.options.state());
    await this.node?.leave();
  }

  private publish(state: { available: boolean; load: number }): void {
    clearTimeout(this.loadTimer);
    this.loadTimer = undefined;
    this.published = state;
    this.node?.publish(this.meta(state));
  }

  private meta(state: { available: boolean; load: number }) {
    const tags = {
      available: String(state.available),
      load: String(state.load),
      endpoint: formatEndpoint(this.options.endpoint),
      model: this.options.model,
    };
    return { role: 'worker', tags };
  }

  private onMember(member: Member): void {
    if (this.joined || member.meta.role !== 'director' || member.status !== 'alive') return;
    this.joined = true;
    this.logger.info({ director: member.id }, WorkerLog.joined);
  }

  private get logger(): Logger {
    return this.options.logger;
  }
}
