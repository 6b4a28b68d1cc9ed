export { ASSIGNMENT_STRATEGIES, type AssignmentStrategy, type Picker } from './picker.js';
export { LeastLoadedPicker } from './least-loaded.js';
export { RoundRobinPicker } from './round-robin.js';
