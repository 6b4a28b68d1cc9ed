/**
 * A member's identity: its certificate's URI SAN (`spiffe://switchyard/<role>/<name>`), never an address.
 * A restarted member keeps its identity and raises its incarnation.
 */
export type MemberId = string;

/** Where a member receives membership datagrams. */
export interface Address {
  host: string;
  port: number;
}

/** What a member says about itself, and only it: other members relay it but cannot change it. */
export interface MemberMeta {
  /** `director` or `worker`. */
  role: string;
  /** Free key/value tags (`available=true`, a worker's client endpoint `endpoint=host:port`, `load=3`). */
  tags: Readonly<Record<string, string>>;
}

export type MemberStatus = 'alive' | 'suspect' | 'dead' | 'left';

/** One member as one member sees it. */
export interface Member {
  id: MemberId;
  address: Address;
  incarnation: number;
  status: MemberStatus;
  meta: MemberMeta;
  /** When `status` last changed, on the local monotonic clock. */
  since: number;
}

/**
 * A member's own statement (join, refutation, new tags). `proof` is what makes it its own: a signature the
 * transport's `StateVerifier` checks, so that nobody relaying it can change the address or the tags.
 */
export interface AliveMessage {
  type: 'alive';
  id: MemberId;
  incarnation: number;
  address: Address;
  meta: MemberMeta;
  proof: Uint8Array;
}

/** `from` suspects `id` (at `incarnation`). */
export interface SuspectMessage {
  type: 'suspect';
  id: MemberId;
  incarnation: number;
  from: MemberId;
}

/** `from` declares `id` dead (at `incarnation`); `left` when `id` announced its own graceful leave. */
export interface DeadMessage {
  type: 'dead';
  id: MemberId;
  incarnation: number;
  from: MemberId;
  left: boolean;
}

export type Gossip = AliveMessage | SuspectMessage | DeadMessage;

export interface Ping {
  type: 'ping';
  seq: number;
  /** The member meant: a ping that reaches somebody else (an address reused) is not acknowledged. */
  target: MemberId;
}

export interface PingReq {
  type: 'ping-req';
  seq: number;
  target: MemberId;
  targetAddress: Address;
}

export interface Ack {
  type: 'ack';
  seq: number;
}

/** An intermediary could not reach the target in time (Lifeguard): the requester is not the one at fault. */
export interface Nack {
  type: 'nack';
  seq: number;
}

/** A page of the sender's whole view; `reply` asks the receiver to send its own view back. */
export interface PushPull {
  type: 'push-pull';
  states: AliveMessage[];
  /** Suspect and dead entries, so that the receiver learns of failures too. */
  failures: (SuspectMessage | DeadMessage)[];
  reply: boolean;
}

export type Request = Ping | PingReq | Ack | Nack | PushPull;

/** One datagram: at most one request and as much gossip as fits. */
export interface Packet {
  from: MemberId;
  request?: Request;
  gossip: Gossip[];
}

/**
 * Carries packets between members. The real one authenticates every datagram (the sender's certificate),
 * so `receive` learns who sent it; the simulator's delivers objects with loss and delay.
 */
export interface MembershipTransport {
  send(to: Address, packet: Packet): void;
}

/** Makes and checks a member's proof of its own statements. */
export interface StateVerifier {
  /** The proof of this member's own `alive` statement. */
  prove(message: Omit<AliveMessage, 'proof'>): Uint8Array;
  /** True when `message` was made by the member it is about. */
  verify(message: AliveMessage): boolean;
}
