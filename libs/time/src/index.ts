export { Backoff, type BackoffOptions } from './backoff.js';
export {
  LATE_TIMER_TOLERANCE_MS,
  lateTimerGraceMs,
  sleep,
  systemClock,
  type Clock,
  type TimerHandle,
} from './clock.js';
