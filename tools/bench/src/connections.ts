// Connection setup: new connections (dial and handshake, one unary call, close) against a server in another
// process, and the cryptography one TLS handshake cannot avoid, measured alone.
import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { TlsMaterial } from '@switchyard/transport-quic';
import type { BenchClient } from './clients.js';
import { quantile } from './stats.js';

export interface ConnectionResult {
  /** Completed cycles (dial, call, close) per second over the whole run. */
  connectionsPerSecond: number;
  /** From dial to a connection ready for calls (TLS handshake done, certificate checked), in ms. */
  handshakeP50Ms: number;
  handshakeP99Ms: number;
  /** The first unary call on the new connection, in ms. */
  firstCallP50Ms: number;
  /** Closing the connection, in ms. */
  closeP50Ms: number;
  errors: number;
}

/**
 * `concurrency` loops that each open a new connection with `connect` (a QUIC dial with its TLS 1.3 handshake, or a
 * grpc-js channel: TCP, TLS 1.3 and HTTP/2), make one 64-byte unary call and close it, for `durationMs` after a
 * warm-up of a quarter of that. Every QUIC connection has its own UDP socket, as separate clients have.
 */
export async function connectionSetup(
  connect: () => Promise<BenchClient>,
  concurrency: number,
  durationMs: number,
): Promise<ConnectionResult> {
  const payload = new Uint8Array(64).fill(7);
  const run = async (ms: number) => {
    const handshakes: number[] = [];
    const calls: number[] = [];
    const closes: number[] = [];
    let errors = 0;
    const end = performance.now() + ms;
    const loop = async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          const client = await connect();
          const t1 = performance.now();
          try {
            await client.unary(payload);
          } finally {
            const t2 = performance.now();
            await client.close();
            handshakes.push(t1 - t0);
            calls.push(t2 - t1);
            closes.push(performance.now() - t2);
          }
        } catch {
          errors++;
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, loop));
    return { handshakes, calls, closes, errors, elapsedMs: performance.now() - started };
  };
  await run(durationMs / 4);
  const { handshakes, calls, closes, errors, elapsedMs } = await run(durationMs);
  for (const list of [handshakes, calls, closes]) list.sort((a, b) => a - b);
  return {
    connectionsPerSecond: (handshakes.length / elapsedMs) * 1000,
    handshakeP50Ms: quantile(handshakes, 0.5),
    handshakeP99Ms: quantile(handshakes, 0.99),
    firstCallP50Ms: quantile(calls, 0.5),
    closeP50Ms: quantile(closes, 0.5),
    errors,
  };
}

/**
 * CPU time of the public-key cryptography of one TLS 1.3 handshake with this project's certificates
 * (ECDSA P-256), both ends together: an X25519 key pair and shared secret on each side, the server's
 * CertificateVerify signature, and the client's checks of that signature and of the certificate's
 * signature by the CA. Symmetric work (HKDF, AES-GCM over a few kilobytes) is microseconds and left out.
 * Returns microseconds per handshake (median of 5 batches).
 */
export function handshakeCryptoMicros(tls: TlsMaterial, batch = 500): number {
  const serverKey = createPrivateKey(tls.key);
  const serverPublic = createPublicKey(serverKey);
  const transcript = Buffer.alloc(130, 1);
  const signature = sign('sha256', transcript, serverKey);
  const perHandshake: number[] = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) {
      const client = generateKeyPairSync('x25519');
      const server = generateKeyPairSync('x25519');
      diffieHellman({ privateKey: server.privateKey, publicKey: client.publicKey });
      diffieHellman({ privateKey: client.privateKey, publicKey: server.publicKey });
      sign('sha256', transcript, serverKey);
      // CertificateVerify, and the CA's signature over the leaf (same curve, same cost).
      verify('sha256', transcript, serverPublic, signature);
      verify('sha256', transcript, serverPublic, signature);
    }
    perHandshake.push(((performance.now() - start) / batch) * 1000);
  }
  return quantile(
    perHandshake.sort((a, b) => a - b),
    0.5,
  );
}
