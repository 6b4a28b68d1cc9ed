import { X509Certificate } from 'node:crypto';
import { native } from '@matrixai/quic';
import { buildQuicheConfig, clientDefault, serverDefault } from '@matrixai/quic/config.js';
import { quicConfig, type QuicTransportOptions } from '../quic-options.js';

// The quiche binding `@matrixai/quic` ships, reached through its exports (`native` from the root, the config
// builder from its `config.js` subpath), and what the lean engine needs around it.

export const quiche = native.quiche;
export type NativeConnection = native.Connection;
export type NativeConfig = native.Config;
export type HostPort = native.Host;

/** Length of every connection id this process issues: routes a short-header packet by a fixed slice. */
export const CID_LENGTH = 16;

/** Largest datagram read or written (the binding's own bound). */
export const MAX_DATAGRAM_BYTES = 65527;

/** TLS alert BadCertificate as a QUIC crypto error (0x100 + 42). */
export const BAD_CERTIFICATE = native.CryptoError.BadCertificate;

/**
 * A quiche config with its TLS context, built once per listener or per dialling setup (building one parses the
 * CA, key and certificates). Certificates are checked here, not by BoringSSL (`verifyAllowFail`): the chain, its
 * usage, IP and DNS names and identities, by the same code as the library engine's, once the handshake is done and
 * before any stream is read.
 */
export function buildConfig(
  side: 'client' | 'server',
  options: QuicTransportOptions,
  verifyPeer: boolean,
): NativeConfig {
  return buildQuicheConfig({
    ...(side === 'client' ? clientDefault : serverDefault),
    ...quicConfig(options),
    verifyPeer,
    // Only its presence matters to the builder: it turns on verifyAllowFail, so the chain reaches this engine.
    verifyCallback: verifyPeer ? async () => undefined : undefined,
  });
}

/** The DER certificates of a PEM bundle (the CA). */
export function pemToDers(pem: string): Uint8Array[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => new Uint8Array(new X509Certificate(block).raw));
}

/** What a quiche error says: `StreamReset(7)` → `{ name: 'StreamReset', code: 7 }`. */
export function quicheError(error: unknown): { name: string; code?: number } {
  // Not `instanceof Error`: the binding's errors come from Node's own realm, which a VM context (jest) does not share.
  const message = String((error as { message?: unknown } | undefined)?.message ?? error);
  const match = /^(\w+)(?:\((\d+)\))?/.exec(message);
  return { name: match?.[1] ?? message, code: match?.[2] === undefined ? undefined : Number(match[2]) };
}
