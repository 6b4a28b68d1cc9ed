export { SimClock, seededRandom } from './sim-clock.js';
export { SIM_EPOCH_MS, Simulation, type Forgetting, type Observation, type SimulationOptions } from './simulation.js';
