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
  /** `incarnation.ts`: a safe integer, about the wall-clock time (ms) of the member's latest statement. */
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

/**
 * `from` suspects `id` (at `incarnation`). `from` is what the sender wrote: a relayed suspicion is not signed by its
 * accuser, so only the datagram's signer counts as a confirmation (Lifeguard).
 */
export interface SuspectMessage {
  type: 'suspect';
  id: MemberId;
  incarnation: number;
  from: MemberId;
}

/**
 * `from` declares `id` dead (at `incarnation`); `left` when `id` announced its own graceful leave, which is taken
 * only from a datagram `id` itself signed.
 */
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
  /** A random 32-bit number: only the member pinged (or a helper asked) can answer, and none can guess it. */
  seq: number;
  /** The member meant: a ping that reaches somebody else (an address reused) is not acknowledged. */
  target: MemberId;
}

export interface PingReq {
  type: 'ping-req';
  seq: number;
  target: MemberId;
  /** Where the requester last saw the target. A helper pings only the address it holds itself, never this one. */
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

/** What the transport knows of a datagram it delivers, for the answer to it. */
export interface Delivery {
  /**
   * Bytes of gossip an answer to it may carry: what keeps the answer no larger than the request (an attacker who
   * replays a request at a victim's address gains nothing in size). Undefined: no limit (the simulator).
   */
  answerGossipBytes?: number;
}

/** How a packet is to be sent. */
export interface SendOptions {
  /** The member it is meant for, when known (not for a seed): the transport binds the datagram to it. */
  recipient?: MemberId;
  /**
   * Set on an answer (an ack, a nack): the delivery of the request it answers. The transport rate-limits answers
   * per destination and never sends one larger than its request.
   */
  answering?: Delivery;
}

/**
 * Carries packets between members. The real one authenticates every datagram (the sender's certificate),
 * so `receive` learns who sent it; the simulator's delivers objects with loss and delay.
 */
export interface MembershipTransport {
  send(to: Address, packet: Packet, options?: SendOptions): void;
}

/** Makes and checks a member's proof of its own statements. */
export interface StateVerifier {
  /** The proof of this member's own `alive` statement. */
  prove(message: Omit<AliveMessage, 'proof'>): Uint8Array;
  /** True when `message` was made by the member it is about. */
  verify(message: AliveMessage): boolean;
}
