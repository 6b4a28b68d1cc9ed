export { RoundRobinPicker } from './round-robin.js';
