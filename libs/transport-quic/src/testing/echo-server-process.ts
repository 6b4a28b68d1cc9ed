// A QUIC echo server in its own process, for tests that must freeze or kill the peer (SIGSTOP,
// SIGKILL). Reads TLS material from ECHO_SERVER_TLS (JSON), prints "READY <port>" once listening.
import { EchoService } from '@switchyard/protocol/testing';
import { RpcServer } from '@switchyard/rpc';
import { serveRpc } from '../rpc-over-quic.js';
import type { TlsMaterial } from '../tls.js';

const tls = JSON.parse(process.env.ECHO_SERVER_TLS ?? '') as TlsMaterial;
const server = new RpcServer().register(EchoService, {
  unary: async (request) => ({ payload: request.payload }),
  serverStream: async function* (request, ctx) {
    for (let i = 0; i < request.count && !ctx.signal.aborted; i++) {
      // Each message carries its index (big-endian, from the first byte), so a reader sees loss and repetition.
      const payload = new Uint8Array(request.size);
      if (request.size >= 4) new DataView(payload.buffer).setUint32(0, i);
      yield { payload };
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  },
  clientStream: async () => ({ messages: 0, bytes: 0 }),
  bidi: async function* () {},
});
const listener = await serveRpc(server, { tls, host: '127.0.0.1', port: 0 });
process.on('SIGTERM', () => void listener.stop().then(() => process.exit(0)));
console.log(`READY ${listener.port}`);
