import { RpcClient } from '@switchyard/rpc';
import { describeRpcContract } from '@switchyard/rpc/testing';
import { LOOPBACK_MAX_UDP_PAYLOAD_BYTES } from './quic-options.js';
import { connectRpc, serveRpc, type RpcConnection } from './rpc-over-quic.js';
import { createDevTls, type TlsMaterial } from './tls.js';

let tls: TlsMaterial;
beforeAll(async () => {
  tls = await createDevTls(['localhost', '127.0.0.1']);
});

describeRpcContract('QUIC on 127.0.0.1 (TLS 1.3, verified certificates)', {
  async serve(server) {
    const transport = { tls, maxUdpPayloadBytes: LOOPBACK_MAX_UDP_PAYLOAD_BYTES };
    const listener = await serveRpc(server, { ...transport, host: '127.0.0.1', port: 0 });
    const connections: RpcConnection[] = [];
    return {
      async connect(options): Promise<RpcClient> {
        const connection = await connectRpc({
          ...transport,
          host: '127.0.0.1',
          port: listener.port,
          serverName: 'localhost',
          rpc: options,
        });
        connections.push(connection);
        return connection.client;
      },
      async stop() {
        await server.close({ graceMs: 0 });
        await Promise.all(connections.map((connection) => connection.close()));
        await listener.stop();
      },
    };
  },
});
