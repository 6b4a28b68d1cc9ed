import { createSocket, type Socket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import type {
  Address,
  AliveMessage,
  Gossip,
  MemberId,
  MembershipTransport,
  Packet,
  StateVerifier,
} from '@switchyard/membership';
import type { TlsMaterial } from '@switchyard/transport-quic';
import { decodeBody, encodeBody, type Body } from './codec.js';
import { CertificateBook, OwnCredentials, fingerprintOf, proofFingerprint, statementVerifier } from './credentials.js';
import { open, seal } from './envelope.js';
import { SourceBudget } from './source-budget.js';

/** Statements held back until their certificate arrives, at most. */
const MAX_WAITING = 512;

export interface UdpTransportOptions {
  /** This member's certificate (naming a director or worker identity), key, and the CA members must chain to. */
  tls: TlsMaterial;
  /** Where to listen (port 0: any free port). */
  bind: Address;
  logger?: { debug(fields: object, message: string): void; warn(fields: object, message: string): void };
  /** Told of every datagram received, once checked, and where it came from: for logs, metrics and tests. */
  observe?(outcome: 'received' | 'rejected', from: Address): void;
  /** Datagrams each source `host:port` may have checked per second, and in a burst. Default 100 and 400. */
  sourceBudget?: { rate: number; burst: number };
  /** Monotonic milliseconds, for the source budget. Default `performance.now`. */
  now?: () => number;
}

/** What one member sends is a few datagrams a second, and a burst of pages when a full sync is large. */
export const DEFAULT_SOURCE_BUDGET = { rate: 100, burst: 400 };

export interface TransportCounters {
  sent: number;
  received: number;
  /** Datagrams dropped: malformed, too long, unsigned, from outside the CA, or not a member's. */
  rejected: number;
}

type Receiver = (from: Address, sender: MemberId, packet: Packet) => void;

/**
 * Membership datagrams over UDP, every one signed by its sender's certificate key and carrying that
 * certificate, so every receiver knows who sent it (a director or worker identity from the CA) without a
 * handshake. A statement relayed about a member whose certificate this one has not seen yet is held back,
 * its certificate asked from the relayer, and delivered once checked.
 */
export class UdpMembershipTransport implements MembershipTransport {
  readonly credentials: OwnCredentials;
  readonly verifier: StateVerifier;
  readonly counters: TransportCounters = { sent: 0, received: 0, rejected: 0 };
  private readonly book: CertificateBook;
  private readonly waiting = new Map<string, { from: Address; sender: MemberId; gossip: Gossip }[]>();
  private receiver: Receiver | undefined;
  private closed = false;
  private readonly budget: SourceBudget;

  private constructor(
    private readonly socket: Socket,
    private readonly options: UdpTransportOptions,
  ) {
    this.credentials = new OwnCredentials(options.tls);
    this.book = new CertificateBook(options.tls.ca);
    this.book.admit(this.credentials.der);
    this.verifier = statementVerifier(this.credentials, this.book);
    this.budget = new SourceBudget({
      ...(options.sourceBudget ?? DEFAULT_SOURCE_BUDGET),
      now: options.now ?? (() => performance.now()),
    });
    socket.on('message', (bytes, remote) =>
      this.onDatagram(new Uint8Array(bytes), { host: remote.address, port: remote.port }),
    );
    socket.on('error', (error) => options.logger?.warn({ err: error.message }, 'membership socket error'));
  }

  /** Binds the socket; rejects with the reason when the address cannot be used. */
  static async open(options: UdpTransportOptions): Promise<UdpMembershipTransport> {
    const socket = createSocket({ type: isIPv6(options.bind.host) ? 'udp6' : 'udp4' });
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(options.bind.port, options.bind.host, () => {
        socket.off('error', reject);
        resolve();
      });
    }).catch((error: NodeJS.ErrnoException) => {
      socket.close();
      throw new Error(
        `cannot listen for membership on ${options.bind.host}:${options.bind.port}: ${error.code ?? error.message}`,
      );
    });
    return new UdpMembershipTransport(socket, options);
  }

  /** The member this transport speaks for (from its certificate). */
  get id(): MemberId {
    return this.credentials.id;
  }

  get port(): number {
    return this.socket.address().port;
  }

  /** Where authenticated packets go. */
  onPacket(receiver: Receiver): void {
    this.receiver = receiver;
  }

  send(to: Address, packet: Packet): void {
    this.transmit(to, { kind: 'packet', packet });
  }

  /** Closes the socket (once; later calls do nothing). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }

  private transmit(to: Address, body: Body): void {
    if (this.closed) return;
    this.counters.sent++;
    this.socket.send(seal(this.credentials, encodeBody(body)), to.port, to.host, (error) => {
      if (error)
        this.options.logger?.debug({ err: error.message, to: `${to.host}:${to.port}` }, 'membership datagram not sent');
    });
  }

  private onDatagram(bytes: Uint8Array, from: Address): void {
    // Over its budget, a source is dropped before the signature check that makes a datagram expensive.
    if (!this.budget.take(`${from.host}:${from.port}`)) return this.reject(from);
    const opened = open(this.book, bytes);
    let body: Body | undefined;
    try {
      body = opened && decodeBody(opened.body);
    } catch {
      body = undefined;
    }
    if (!opened || !body) return this.reject(from);
    this.counters.received++;
    this.options.observe?.('received', from);
    const sender = opened.sender.id;
    switch (body.kind) {
      case 'packet':
        if (body.packet.from !== sender) return this.reject(from);
        this.holdUnknown(from, sender, body.packet);
        this.receiver?.(from, sender, body.packet);
        return;
      case 'certificate-request':
        for (const fingerprint of body.fingerprints.slice(0, 8)) {
          const cert = this.book.byPrint(fingerprint);
          if (cert) this.transmit(from, { kind: 'certificates', certificates: [cert.der] });
        }
        return;
      case 'certificates':
        for (const der of body.certificates) this.release(der);
        return;
    }
  }

  private reject(from: Address): void {
    this.counters.rejected++;
    this.options.observe?.('rejected', from);
  }

  /** Statements in `packet` signed with certificates not seen yet: kept, and their certificates asked for. */
  private holdUnknown(from: Address, sender: MemberId, packet: Packet): void {
    const statements: AliveMessage[] = packet.gossip.filter((g): g is AliveMessage => g.type === 'alive');
    if (packet.request?.type === 'push-pull') statements.push(...packet.request.states);
    const missing: Uint8Array[] = [];
    for (const statement of statements) {
      const fingerprint = proofFingerprint(statement);
      if (!fingerprint || this.book.byPrint(fingerprint)) continue;
      const key = Buffer.from(fingerprint).toString('hex');
      const held = this.waiting.get(key) ?? [];
      if (held.length === 0) missing.push(fingerprint);
      if (this.waiting.size < MAX_WAITING && held.length < 4)
        this.waiting.set(key, [...held, { from, sender, gossip: statement }]);
    }
    if (missing.length > 0) this.transmit(from, { kind: 'certificate-request', fingerprints: missing });
  }

  /** A certificate asked for: checked, then the statements that waited for it are delivered. */
  private release(der: Uint8Array): void {
    const cert = this.book.admit(der);
    if (!cert) return;
    const key = Buffer.from(fingerprintOf(der)).toString('hex');
    const held = this.waiting.get(key);
    if (!held) return;
    this.waiting.delete(key);
    for (const { from, sender, gossip } of held) this.receiver?.(from, sender, { from: sender, gossip: [gossip] });
  }
}
