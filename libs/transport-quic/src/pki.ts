import { X509Certificate, webcrypto } from 'node:crypto';
// @peculiar/x509 resolves its ASN.1 helpers through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { isIpAddress } from '@switchyard/protocol';
import { identityUri, type Identity } from './identity.js';

/** A certificate authority: its certificate and private key (PEM). */
export interface CertificateAuthority {
  cert: string;
  key: string;
}

/** A certificate and its private key (PEM). */
export interface IssuedCertificate {
  cert: string;
  key: string;
}

export type Usage = 'server' | 'client';

export interface IssueOptions {
  /** Written as the URI SAN `spiffe://switchyard/<role>/<name>`. */
  identity?: Identity;
  /** DNS names and IP addresses the certificate is valid for as a server. */
  names?: readonly string[];
  /** TLS server and/or client authentication. */
  usage: readonly Usage[];
  /** Default 30. */
  validDays?: number;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY_MS = 24 * 60 * 60 * 1000;

/** The usages each role's certificate carries: clients authenticate nobody and need no certificate. */
export const ROLE_USAGE: Readonly<Record<Identity['role'], readonly Usage[]>> = {
  director: ['server', 'client'],
  worker: ['server', 'client'],
  operator: ['client'],
  client: ['client'],
};

function provider() {
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  return webcrypto;
}

/** A new self-signed CA (P-256), valid from a day ago for `validDays` (default 365). */
export async function createCertificateAuthority(
  options: { name?: string; validDays?: number } = {},
): Promise<CertificateAuthority> {
  const crypto = provider();
  const keys = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: `CN=${options.name ?? 'switchyard development CA'}`,
    notBefore: new Date(Date.now() - DAY_MS),
    notAfter: new Date(Date.now() + (options.validDays ?? 365) * DAY_MS),
    signingAlgorithm: ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert: cert.toString('pem'), key: toPem(await crypto.subtle.exportKey('pkcs8', keys.privateKey)) };
}

/** A certificate signed by `ca` for an identity and/or names, with a new P-256 key. */
export async function issueCertificate(ca: CertificateAuthority, options: IssueOptions): Promise<IssuedCertificate> {
  const crypto = provider();
  const caCert = new x509.X509Certificate(ca.cert);
  const caKey = await crypto.subtle.importKey('pkcs8', fromPem(ca.key), ALGORITHM, false, ['sign']);
  const keys = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const names = options.names ?? [];
  const sans: { type: 'dns' | 'ip' | 'url'; value: string }[] = [
    ...(options.identity ? [{ type: 'url' as const, value: identityUri(options.identity) }] : []),
    ...names.map((value) => ({ type: isIpAddress(value) ? ('ip' as const) : ('dns' as const), value })),
  ];
  if (sans.length === 0) throw new RangeError('a certificate needs an identity or a name');
  const usages = options.usage.map((usage) =>
    usage === 'server' ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth,
  );
  const subject = options.identity ? `${options.identity.role} ${options.identity.name}` : names[0];
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=${subject}`,
    issuer: caCert.subject,
    notBefore: new Date(Date.now() - DAY_MS),
    notAfter: new Date(Date.now() + (options.validDays ?? 30) * DAY_MS),
    signingAlgorithm: ALGORITHM,
    publicKey: keys.publicKey,
    signingKey: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(usages),
      new x509.SubjectAlternativeNameExtension(sans),
      await x509.AuthorityKeyIdentifierExtension.create(await caCert.publicKey.export(crypto)),
    ],
  });
  return { cert: cert.toString('pem'), key: toPem(await crypto.subtle.exportKey('pkcs8', keys.privateKey)) };
}

/** Milliseconds until `cert` (PEM) expires; negative once it has. */
export function msUntilExpiry(cert: string, now = Date.now()): number {
  return new Date(new X509Certificate(cert).validTo).getTime() - now;
}

/** True when `cert` was signed by the CA certificate `caCert` (both PEM). */
export function isIssuedBy(cert: string, caCert: string): boolean {
  const leaf = new X509Certificate(cert);
  const ca = new X509Certificate(caCert);
  return leaf.checkIssued(ca) && leaf.verify(ca.publicKey);
}

function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] &= 0x7f; // keep the serial positive
  return Buffer.from(bytes).toString('hex');
}

function toPem(der: ArrayBuffer): string {
  const base64 = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN PRIVATE KEY-----\n${base64.trimEnd()}\n-----END PRIVATE KEY-----\n`;
}

function fromPem(pem: string): ArrayBuffer {
  const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  return der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength) as ArrayBuffer;
}
