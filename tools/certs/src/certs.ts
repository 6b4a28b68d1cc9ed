import { join } from 'node:path';
import {
  DEV_CERT_NAMES,
  identityUri,
  loadOrCreateDevCa,
  loadOrCreateDevTls,
  parseIdentityUri,
  type Identity,
} from '@switchyard/transport-quic';

export const USAGE = `usage: npm run certs -- [--dir DIR] ROLE/NAME[=HOST,HOST...] ...

Issues development certificates from the CA in DIR (default .dev-tls; created on first use): one key and
certificate per identity, spiffe://switchyard/ROLE/NAME, valid for ${DEV_CERT_NAMES.join(', ')} and the HOSTs
given. Roles: director, worker, operator (clients need only the CA). Certificates still valid for more than a
week are kept. Prints the TLS_* variables each service needs.

  npm run certs -- director/d1 worker/w1 worker/w2=worker-2,10.0.0.12 operator/admin`;

export interface Request {
  identity: Identity;
  names: string[];
}

/** The directory and the identities asked for; throws with the usage on anything else. */
export function parseArgs(args: readonly string[]): { dir: string; requests: Request[] } {
  let dir = '.dev-tls';
  const requests: Request[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--dir') {
      dir = args[++i] ?? '';
      if (!dir) throw new Error(`--dir needs a folder\n\n${USAGE}`);
      continue;
    }
    const [who, hosts = ''] = arg.split('=', 2);
    const identity = parseIdentityUri(`spiffe://switchyard/${who}`);
    if (!identity || identity.role === 'client') {
      throw new Error(
        `${JSON.stringify(arg)} is not ROLE/NAME with a role of director, worker or operator\n\n${USAGE}`,
      );
    }
    requests.push({ identity, names: hosts.split(',').filter(Boolean) });
  }
  if (requests.length === 0) throw new Error(USAGE);
  return { dir, requests };
}

export interface Issued {
  identity: string;
  env: { TLS_CA_FILE: string; TLS_CERT_FILE: string; TLS_KEY_FILE: string };
}

/** Issues (or keeps) every requested certificate in `dir`; returns the files of each. */
export async function issue(dir: string, requests: readonly Request[]): Promise<Issued[]> {
  await loadOrCreateDevCa(dir);
  const issued: Issued[] = [];
  for (const { identity, names } of requests) {
    await loadOrCreateDevTls(dir, identity, names);
    const leaf = join(dir, `${identity.role}-${identity.name}`);
    issued.push({
      identity: identityUri(identity),
      env: {
        TLS_CA_FILE: join(dir, 'ca', 'cert.pem'),
        TLS_CERT_FILE: join(leaf, 'cert.pem'),
        TLS_KEY_FILE: join(leaf, 'key.pem'),
      },
    });
  }
  return issued;
}
