export { EngineRefusal, type Engine, type EngineChunk, type EngineRequest, type RefusalReason } from './engine.js';
export {
  GenerationService,
  type Admissions,
  type GenerationServiceOptions,
  type SimulatedFailure,
} from './generation-service.js';
export { SyntheticEngine, type SyntheticEngineOptions } from './synthetic-engine.js';
