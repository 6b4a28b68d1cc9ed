import './protobuf-runtime.js';
export * from './frame.js';
export type * from './service.js';
export { director, membership, rpc, worker } from './gen/proto.js';
export * from './gen/services.js';
export * from './endpoint.js';
export * from './identifiers.js';
export * from './generate.js';
export * from './synthetic-text.js';
