// Test-only services (an echo service with every call shape), for the RPC contract suite, transport tests
// and benchmarks. Not part of any service's API.
import '../protobuf-runtime.js';
export { echo } from './gen/proto.js';
export * from './gen/services.js';
