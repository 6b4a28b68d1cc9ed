import type { AliveMessage, Packet } from '@switchyard/membership';
import {
  CertificateBook,
  OwnCredentials,
  encodeBody,
  parseEnvelope,
  seal,
  signatureValid,
  statementVerifier,
} from '@switchyard/membership-transport';
import { createCertificateAuthority, issueCertificate, ROLE_USAGE } from '@switchyard/transport-quic';

export interface TransportCost {
  /** Bytes of a ping (no gossip) and of a datagram carrying a full gossip budget. */
  pingBytes: number;
  fullBytes: number;
  /** Median microseconds to sign one datagram, and to check one from a certificate seen before. */
  sealUs: number;
  openUs: number;
  /** Median microseconds to check a datagram whose certificate is new (chain, validity, identity). */
  firstOpenUs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeUs(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1000;
}

/** What a receiver does with a datagram: its layout, its certificate (known, or checked now), its signature. */
function open(book: CertificateBook, datagram: Uint8Array): boolean {
  const envelope = parseEnvelope(datagram);
  const sender = envelope && book.admit(envelope.certificate);
  return envelope !== undefined && sender !== undefined && signatureValid(envelope, sender.publicKey);
}

const TO = { destination: 'spiffe://switchyard/worker/w2' };

/** Real certificates (ECDSA P-256, as the development CA and `npm run certs` issue them) and the real codec. */
export async function transportCost(samples = 2000): Promise<TransportCost> {
  const ca = await createCertificateAuthority({ name: 'bench CA' });
  const member = async (name: string) =>
    new OwnCredentials({
      ca: ca.cert,
      ...(await issueCertificate(ca, { identity: { role: 'worker', name }, usage: ROLE_USAGE.worker })),
    });
  const sender = await member('w1');
  const receiver = new CertificateBook(ca.cert);
  const ping: Packet = {
    from: sender.id,
    request: { type: 'ping', seq: 1, target: 'spiffe://switchyard/worker/w2' },
    gossip: [],
  };
  const verifier = statementVerifier(sender, receiver);
  const statement: Omit<AliveMessage, 'proof'> = {
    type: 'alive',
    id: sender.id,
    incarnation: 12,
    address: { host: '10.0.0.11', port: 63001 },
    meta: { role: 'worker', tags: { available: 'true', endpoint: 'worker-1.example:62001', load: '17' } },
  };
  const alive: AliveMessage = { ...statement, proof: verifier.prove(statement) };
  // memberlist's (and this project's) gossip budget per datagram is 800 bytes: as many statements as fit.
  const gossip: AliveMessage[] = [];
  while (encodeBody({ kind: 'packet', packet: { ...ping, gossip: [...gossip, alive] } }).length <= 800)
    gossip.push(alive);
  const pingDatagram = seal(sender, encodeBody({ kind: 'packet', packet: ping }), TO);
  const fullDatagram = seal(sender, encodeBody({ kind: 'packet', packet: { ...ping, gossip } }), TO);

  const sealUs = median(
    Array.from({ length: samples }, () => timeUs(() => seal(sender, encodeBody({ kind: 'packet', packet: ping }), TO))),
  );
  open(receiver, pingDatagram);
  const openUs = median(Array.from({ length: samples }, () => timeUs(() => open(receiver, pingDatagram))));
  const strangers = await Promise.all(Array.from({ length: 50 }, (_, i) => member(`s${i}`)));
  const firstOpenUs = median(
    strangers.map((stranger) => {
      const datagram = seal(stranger, encodeBody({ kind: 'packet', packet: { ...ping, from: stranger.id } }), TO);
      return timeUs(() => open(receiver, datagram));
    }),
  );
  return { pingBytes: pingDatagram.length, fullBytes: fullDatagram.length, sealUs, openUs, firstOpenUs };
}
