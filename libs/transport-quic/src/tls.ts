import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { webcrypto } from 'node:crypto';
import { join } from 'node:path';
// @peculiar/x509 resolves its ASN.1 helpers through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

/** PEM-encoded TLS material: the CA that peers must chain to, and this process's certificate and key. */
export interface TlsMaterial {
  ca: string;
  cert: string;
  key: string;
}

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

export interface TlsSource extends Partial<TlsFiles> {
  /** Where development material lives (created on first use) when no file is configured. */
  devDir: string;
  /** Names the development certificate is valid for besides `DEV_CERT_NAMES` (used only when creating it). */
  devNames?: readonly string[];
}

/**
 * The TLS material a service should use: the configured files when all three are set, development
 * material from `devDir` when none is (`development: true`). Throws when only some are set, naming
 * the missing ones, because half a configuration is a mistake rather than a request for dev certs.
 */
export async function resolveTls(source: TlsSource): Promise<{ material: TlsMaterial; development: boolean }> {
  const { caFile, certFile, keyFile } = source;
  const set = { caFile, certFile, keyFile };
  const missing = Object.entries(set)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length === 0) return { material: await readTlsFiles(set as TlsFiles), development: false };
  if (missing.length < 3)
    throw new Error(`TLS is half configured: ${missing.join(', ')} missing (set all three or none)`);
  return { material: await loadOrCreateDevTls(source.devDir, source.devNames), development: true };
}

const DEV_FILES = { caFile: 'ca.pem', certFile: 'cert.pem', keyFile: 'key.pem' };

/** Writes `material` as `ca.pem`, `cert.pem` and `key.pem` (owner-only) into an existing `dir`. */
export async function writeTlsFiles(dir: string, material: TlsMaterial): Promise<TlsFiles> {
  const files = {
    caFile: join(dir, DEV_FILES.caFile),
    certFile: join(dir, DEV_FILES.certFile),
    keyFile: join(dir, DEV_FILES.keyFile),
  };
  await writeFile(files.caFile, material.ca);
  await writeFile(files.certFile, material.cert);
  await writeFile(files.keyFile, material.key, { mode: 0o600 });
  return files;
}

/** Names the development certificate is valid for. */
export const DEV_CERT_NAMES = ['localhost', '127.0.0.1', '::1'];

/**
 * Returns the development TLS material kept in `dir`, creating it on first use: a private CA and
 * one certificate it signs, valid for server and client authentication on `DEV_CERT_NAMES` plus
 * `extraNames`, for 30 days. Every local process pointed at the same folder shares them, so they
 * verify one another. Creation is atomic (written aside, then renamed), so processes starting
 * together agree on one CA. Never use this material outside development.
 */
export async function loadOrCreateDevTls(dir: string, extraNames: readonly string[] = []): Promise<TlsMaterial> {
  const files = {
    caFile: join(dir, DEV_FILES.caFile),
    certFile: join(dir, DEV_FILES.certFile),
    keyFile: join(dir, DEV_FILES.keyFile),
  };
  try {
    return await readTlsFiles(files);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const parent = join(dir, '..');
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, '.dev-tls-'));
  try {
    await writeTlsFiles(staging, await createDevTls([...DEV_CERT_NAMES, ...extraNames]));
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another process created the folder first: use its material.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
  return readTlsFiles(files);
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY_MS = 24 * 60 * 60 * 1000;

/** Creates a CA and a certificate for `names` (DNS names or IP addresses), both in memory. */
export async function createDevTls(names: readonly string[], options: { caName?: string } = {}): Promise<TlsMaterial> {
  const crypto = webcrypto;
  x509.cryptoProvider.set(crypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const notBefore = new Date(Date.now() - DAY_MS);
  const notAfter = new Date(Date.now() + 30 * DAY_MS);
  const caKeys = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: `CN=${options.caName ?? 'switchyard development CA'}`,
    notBefore,
    notAfter,
    signingAlgorithm: ALGORITHM,
    keys: caKeys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const leafKeys = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const isIp = (name: string) => /^[\d.]+$/.test(name) || name.includes(':');
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=${names[0] ?? 'localhost'}`,
    issuer: ca.subject,
    notBefore,
    notAfter,
    signingAlgorithm: ALGORITHM,
    publicKey: leafKeys.publicKey,
    signingKey: caKeys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension(names.map((value) => ({ type: isIp(value) ? 'ip' : 'dns', value }))),
      await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', leafKeys.privateKey);
  return { ca: ca.toString('pem'), cert: leaf.toString('pem'), key: toPem(pkcs8, 'PRIVATE KEY') };
}

function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] &= 0x7f; // keep the serial positive
  return Buffer.from(bytes).toString('hex');
}

function toPem(der: ArrayBuffer, label: string): string {
  const base64 = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${base64.trimEnd()}\n-----END ${label}-----\n`;
}
