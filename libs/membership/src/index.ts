export {
  DEFAULT_MEMBERSHIP,
  MEMBERLIST_LAN,
  expectedConfirmations,
  retransmitLimit,
  suspicionTimeoutMs,
  type MembershipConfig,
} from './config.js';
export { MAX_INCARNATION, incarnationBound } from './incarnation.js';
export { Membership, type MembershipOptions } from './membership.js';
export { MAX_PROBES_OUT_OF_TURN } from './probing.js';
export type {
  Address,
  AliveMessage,
  DeadMessage,
  Delivery,
  Gossip,
  Member,
  MemberId,
  MemberMeta,
  MemberStatus,
  MembershipTransport,
  Packet,
  PushPull,
  Request,
  SendOptions,
  StateVerifier,
  SuspectMessage,
} from './types.js';
