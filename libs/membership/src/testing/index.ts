export { SimClock, seededRandom } from './sim-clock.js';
export { Simulation, type Forgetting, type Observation, type SimulationOptions } from './simulation.js';
