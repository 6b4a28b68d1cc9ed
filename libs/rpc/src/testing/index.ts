export { describeRpcContract } from './contract.js';
export { aborted, gate, payload, rawUnary, settle, unknownMethod, type RpcHarness, type ServedRpc } from './harness.js';
export { createInMemoryStreamPair, type InMemoryStreamPairOptions } from './in-memory-stream-pair.js';
export { InMemoryNetwork, type InMemoryConnection, type InMemoryNetworkOptions } from './in-memory-network.js';
