import { RpcClient } from './rpc-client.js';
import { createInMemoryStreamPair, describeRpcContract } from './testing/index.js';

describeRpcContract('in-memory streams', {
  async serve(server) {
    const clients: RpcClient[] = [];
    return {
      async connect(options) {
        const [clientSide, serverSide] = createInMemoryStreamPair();
        server.handleStream(serverSide);
        const client = new RpcClient(clientSide, options);
        clients.push(client);
        return client;
      },
      async stop() {
        await server.close({ graceMs: 0 });
        await Promise.all(clients.map((client) => client.close()));
      },
    };
  },
});
