import type { RpcLogger } from '@switchyard/rpc';

export const silentLogger: RpcLogger = { debug() {}, warn() {} };
