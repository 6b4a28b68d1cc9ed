export { MAX_UPSTREAM_EVENT_CHARS, OpenAiEngine, type OpenAiEngineOptions } from './openai-engine.js';
export {
  UPSTREAM_APIS,
  UPSTREAM_API_NAMES,
  type UpstreamApi,
  type UpstreamApiName,
  type UpstreamEvent,
} from './upstream-api.js';
export { UpstreamFailure, upstreamStatusError } from './upstream-errors.js';
export { EngineHttpServer, type EngineHttpServerOptions } from './engine-http-server.js';
