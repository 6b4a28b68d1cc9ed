export { ASSIGNMENT_STRATEGIES, type AssignmentStrategy, type Picker } from './picker.js';
export { LeastLoadedPicker } from './least-loaded.js';
export { RoundRobinPicker } from './round-robin.js';
export {
  MAX_WAITERS,
  WorkerPool,
  type PoolWorker,
  type WorkerEndpoint,
  type WorkerPoolOptions,
} from './worker-pool.js';
