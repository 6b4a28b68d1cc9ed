import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { certificateIdentity, identityUri, type Identity } from './identity.js';
import {
  ROLE_USAGE,
  createCertificateAuthority,
  isIssuedBy,
  issueCertificate,
  msUntilExpiry,
  type CertificateAuthority,
} from './pki.js';

/** What a peer needs to verify others: the CA every peer's certificate must chain to (PEM). */
export interface TrustMaterial {
  ca: string;
}

/** TLS material of a service that proves who it is: the CA, its certificate and key (PEM). */
export interface TlsMaterial extends TrustMaterial {
  cert: string;
  key: string;
}

/** What a dialler uses: the CA, and a certificate only when it must authenticate itself. */
export type DialTls = TrustMaterial & Partial<Pick<TlsMaterial, 'cert' | 'key'>>;

export interface TlsFiles {
  caFile: string;
  certFile: string;
  keyFile: string;
}

/** Reads TLS material from PEM files. */
export async function readTlsFiles(files: TlsFiles): Promise<TlsMaterial> {
  const [ca, cert, key] = await Promise.all([
    readFile(files.caFile, 'utf8'),
    readFile(files.certFile, 'utf8'),
    readFile(files.keyFile, 'utf8'),
  ]);
  return { ca, cert, key };
}

/** Writes `material` as `ca.pem`, `cert.pem` and `key.pem` (owner-only) into an existing `dir`. */
export async function writeTlsFiles(dir: string, material: TlsMaterial): Promise<TlsFiles> {
  const files = { caFile: join(dir, 'ca.pem'), certFile: join(dir, 'cert.pem'), keyFile: join(dir, 'key.pem') };
  await writeFile(files.caFile, material.ca);
  await writeFile(files.certFile, material.cert);
  await writeFile(files.keyFile, material.key, { mode: 0o600 });
  return files;
}

/** Names the development certificates are valid for. */
export const DEV_CERT_NAMES = ['localhost', '127.0.0.1', '::1'];

/** Renew a development certificate with less than this left. */
const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A CA and one certificate it signs, in memory: for `names`, with `identity` as its URI SAN when given,
 * good for server and client authentication. For tests and benchmarks.
 */
export async function createDevTls(
  names: readonly string[],
  options: { caName?: string; identity?: Identity } = {},
): Promise<TlsMaterial> {
  const ca = await createCertificateAuthority({ name: options.caName });
  const leaf = await issueCertificate(ca, { identity: options.identity, names, usage: ['server', 'client'] });
  return { ca: ca.cert, ...leaf };
}

/**
 * The development CA kept in `dir/ca`, created on first use (valid a year), recreated once expired.
 * Creation is atomic (written aside, then renamed), so processes starting together agree on one CA. A
 * folder holding only part of it is refused rather than silently replaced.
 */
export async function loadOrCreateDevCa(dir: string): Promise<CertificateAuthority> {
  const caDir = join(dir, 'ca');
  const existing = await readPair(caDir, 'development CA');
  if (existing && msUntilExpiry(existing.cert) > RENEW_BEFORE_MS) return existing;
  if (existing) await retire(caDir);
  await mkdir(dir, { recursive: true });
  const staging = await mkdtemp(join(dir, '.ca-'));
  try {
    const ca = await createCertificateAuthority();
    await writeFile(join(staging, 'cert.pem'), ca.cert);
    await writeFile(join(staging, 'key.pem'), ca.key, { mode: 0o600 });
    await rename(staging, caDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another process created it first: use its CA.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
  const created = await readPair(caDir, 'development CA');
  if (!created) throw new Error(`the development CA in ${caDir} could not be created`);
  return created;
}

/**
 * Development material for `identity` in `dir`: the development CA and a certificate for the identity
 * (and `DEV_CERT_NAMES` plus `names`), issued on first use and issued again when it nears expiry or the CA
 * changed. Never use it outside development.
 */
export async function loadOrCreateDevTls(
  dir: string,
  identity: Identity,
  names: readonly string[] = [],
): Promise<TlsMaterial> {
  const ca = await loadOrCreateDevCa(dir);
  const leafDir = join(dir, `${identity.role}-${identity.name}`);
  const existing = await readPair(leafDir, `development certificate of ${identity.role} ${identity.name}`, true);
  if (existing && msUntilExpiry(existing.cert) > RENEW_BEFORE_MS && isIssuedBy(existing.cert, ca.cert)) {
    return { ca: ca.cert, ...existing };
  }
  const leaf = await issueCertificate(ca, {
    identity,
    names: [...DEV_CERT_NAMES, ...names],
    usage: ROLE_USAGE[identity.role],
  });
  const staging = await mkdtemp(join(dir, `.${identity.role}-`));
  await writeFile(join(staging, 'cert.pem'), leaf.cert);
  await writeFile(join(staging, 'key.pem'), leaf.key, { mode: 0o600 });
  if (existing) await retire(leafDir);
  await rename(staging, leafDir).catch(async (error: NodeJS.ErrnoException) => {
    // Another process issued one at the same time; each keeps its own, both are valid.
    await rm(staging, { recursive: true, force: true });
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
  });
  return { ca: ca.cert, ...leaf };
}

/** `cert.pem` and `key.pem` of `dir`; undefined when the folder is absent (or, if `renewable`, incomplete). */
async function readPair(
  dir: string,
  what: string,
  renewable = false,
): Promise<{ cert: string; key: string } | undefined> {
  const read = (file: string) =>
    readFile(join(dir, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
  const [cert, key] = await Promise.all([read('cert.pem'), read('key.pem')]);
  if (cert !== undefined && key !== undefined) return { cert, key };
  if ((cert === undefined && key === undefined) || renewable) return undefined;
  const missing = cert === undefined ? 'cert.pem' : 'key.pem';
  throw new Error(`the ${what} in ${dir} is incomplete (${missing} is missing): delete the folder to create a new one`);
}

/** Moves an outdated folder aside and deletes it. */
async function retire(dir: string): Promise<void> {
  const aside = `${dir}.old-${process.pid}-${Date.now()}`;
  await rename(dir, aside).catch(() => undefined);
  await rm(aside, { recursive: true, force: true });
}

export interface TlsSource extends Partial<TlsFiles> {
  /** The service's identity; undefined for a client, which authenticates nobody and needs only the CA. */
  identity?: Identity;
  /** Where development material lives (created on first use) when no file is configured. */
  devDir: string;
  /** Names the development certificate is valid for besides `DEV_CERT_NAMES`. */
  devNames?: readonly string[];
  /** Refuse development material (production). */
  production?: boolean;
}

/** TLS configuration that cannot work, and why; services refuse to start with it. */
export class TlsConfigError extends Error {
  override readonly name = 'TlsConfigError';
}

/**
 * The TLS material a service should use: the configured files when set (the CA alone for a client),
 * development material from `devDir` when none is (`development: true`, refused in production). Half a
 * configuration is an error naming what is missing, never a request for development material.
 */
export async function resolveTls(
  source: TlsSource & { identity: Identity },
): Promise<{ material: TlsMaterial; development: boolean }>;
export async function resolveTls(source: TlsSource): Promise<{ material: DialTls; development: boolean }>;
export async function resolveTls(source: TlsSource): Promise<{ material: DialTls; development: boolean }> {
  const { caFile, certFile, keyFile, identity } = source;
  const needed = identity ? { caFile, certFile, keyFile } : { caFile };
  const missing = Object.entries(needed)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  const stray = !identity && (certFile || keyFile);
  if (stray) throw new TlsConfigError('a client authenticates nobody: set only the CA file, not a certificate or key');
  if (missing.length === 0) {
    if (!identity) return { material: { ca: await readFile(caFile!, 'utf8') }, development: false };
    const material = await readTlsFiles(needed as TlsFiles);
    const holder = certificateIdentity(material.cert);
    if (!holder || holder.role !== identity.role || holder.name !== identity.name) {
      const named = holder ? identityUri(holder) : 'no identity';
      throw new TlsConfigError(`TLS_CERT_FILE names ${named}, but this service is ${identityUri(identity)}`);
    }
    return { material, development: false };
  }
  if (missing.length < Object.keys(needed).length) {
    const variables = missing.map((name) => `TLS_${name.slice(0, -4).toUpperCase()}_FILE`);
    throw new TlsConfigError(`TLS is half configured: ${variables.join(', ')} missing (set all of them or none)`);
  }
  if (source.production) {
    const variables = Object.keys(needed).map((name) => `TLS_${name.slice(0, -4).toUpperCase()}_FILE`);
    throw new TlsConfigError(`${variables.join(', ')} must be set: development TLS material is refused in production`);
  }
  if (!identity) return { material: { ca: (await loadOrCreateDevCa(source.devDir)).cert }, development: true };
  return { material: await loadOrCreateDevTls(source.devDir, identity, source.devNames), development: true };
}
