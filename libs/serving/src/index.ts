export type { Engine, EngineChunk, EngineRequest } from './engine.js';
export {
  GenerationService,
  type Admissions,
  type GenerationServiceOptions,
  type SimulatedFailure,
} from './generation-service.js';
export { SyntheticEngine, type SyntheticEngineOptions } from './synthetic-engine.js';
