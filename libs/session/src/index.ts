export { Assigner, type Assignment, type AssignerOptions } from './assigner.js';
export { dialWithin } from './dial.js';
export type { FailoverReason, SessionEvents, SessionEventType, SessionListener } from './events.js';
export {
  SequenceTracker,
  type AnswerContext,
  type ResumeState,
  type Tally,
  type ViolationKind,
} from './sequence-tracker.js';
export {
  SESSION_DEFAULTS,
  StreamSession,
  type Sampling,
  type SessionOptions,
  type Status,
  type Summary,
} from './stream-session.js';
export type { Token } from './token-buffer.js';
export {
  MIN_STALL_PROBE_MS,
  STALL_PHI_THRESHOLD,
  STALL_PROBE_ROUND_TRIPS,
  runWorkerAttempt,
  type AnswerRequest,
  type AttemptOutcome,
  type WorkerAttemptOptions,
} from './worker-attempt.js';
