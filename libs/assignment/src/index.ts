export { RoundRobinPicker } from './round-robin.js';
export {
  WorkerRegistry,
  type HeartbeatOutcome,
  type RegisterOutcome,
  type WorkerEntry,
  type WorkerReport,
} from './worker-registry.js';
