import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import type { TlsFiles } from './gateway.js';

/** How often the certificate and key files are checked for changes. */
const RELOAD_INTERVAL_MS = 1000;

/**
 * The gateway's HTTPS certificate and key (`GATEWAY_TLS_CERT_FILE`, `GATEWAY_TLS_KEY_FILE`), read again when either
 * changes (checked every second), as a renewal writes them: a pair that reads and matches goes to `onChange`; one
 * that does not (half written, mismatched) goes to `onError`, and the pair read before stays in force.
 */
export class WatchedTls {
  readonly current: TlsFiles;

  constructor(
    private readonly certFile: string,
    private readonly keyFile: string,
    onChange: (files: TlsFiles) => void,
    onError: (message: string) => void,
  ) {
    this.current = readPair(certFile, keyFile);
    let last = this.current;
    const reload = () => {
      try {
        const next = readPair(certFile, keyFile);
        if (next.cert.equals(last.cert) && next.key.equals(last.key)) return;
        last = next;
        onChange(next);
      } catch (error) {
        onError(`${certFile}, ${keyFile}: ${(error as Error).message}; the certificate read before stays in use`);
      }
    };
    for (const file of [certFile, keyFile]) {
      watchFile(file, { interval: RELOAD_INTERVAL_MS, persistent: false }, reload);
    }
  }

  close(): void {
    unwatchFile(this.certFile);
    unwatchFile(this.keyFile);
  }
}

/** Reads a certificate chain and its key; throws unless the key is the first certificate's. */
function readPair(certFile: string, keyFile: string): TlsFiles {
  const cert = readFileSync(certFile);
  const key = readFileSync(keyFile);
  if (!new X509Certificate(cert).checkPrivateKey(createPrivateKey(key))) {
    throw new Error('the key is not the certificate’s');
  }
  return { cert, key };
}
