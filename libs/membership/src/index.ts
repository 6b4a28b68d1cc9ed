export {
  DEFAULT_MEMBERSHIP,
  MEMBERLIST_LAN,
  expectedConfirmations,
  retransmitLimit,
  suspicionTimeoutMs,
  type MembershipConfig,
} from './config.js';
export { Membership, type MembershipOptions } from './membership.js';
export type {
  Address,
  AliveMessage,
  DeadMessage,
  Gossip,
  Member,
  MemberId,
  MemberMeta,
  MemberStatus,
  MembershipTransport,
  Packet,
  PushPull,
  Request,
  StateVerifier,
  SuspectMessage,
} from './types.js';
