export { LlamaEngine, LlamaEngineError, type LlamaEngineOptions } from './llama-engine.js';
