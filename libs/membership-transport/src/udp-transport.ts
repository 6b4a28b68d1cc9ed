import { createSocket, type Socket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import type {
  Address,
  Delivery,
  Gossip,
  MemberId,
  MembershipTransport,
  Packet,
  SendOptions,
  StateVerifier,
} from '@switchyard/membership';
import type { TlsMaterial } from '@switchyard/transport-quic';
import { CertificateBook, fingerprintOf, type KnownCertificate } from './certificate-book.js';
import { CertificateExchange } from './certificate-exchange.js';
import { decodeBody, encodeBody, measureGossip, type Body } from './codec.js';
import { Cookies } from './cookies.js';
import { OwnCredentials, statementVerifier } from './credentials.js';
import {
  MAX_DESTINATION_BYTES,
  envelopeOverhead,
  isNoCookie,
  parseEnvelope,
  seal,
  signatureValid,
  type EnvelopeHeader,
} from './envelope.js';
import { DEFAULT_INTAKE_BUDGETS, IntakeLimits, addressKey, type IntakeBudgets } from './intake-budgets.js';

/** A datagram sent further than this from the receiver's wall clock (either way) is refused. */
export const MAX_CLOCK_SKEW_MS = 30_000;
/** What the socket's receive buffer is asked to be: a burst waits in it while the event loop is busy. */
export const DEFAULT_RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;
/** Cookies remembered from other members (most recently used last). */
const MAX_COOKIES = 4096;

/** Why a datagram was refused: a closed set, for logs and metrics. */
export type RefusalReason =
  /** Not an envelope of this version, a field outside the datagram, or a body that does not decode. */
  | 'malformed'
  /**
   * A 64-bit field (an incarnation) beyond ±(2^53 − 1), where numbers stop being exact: refused whole rather than
   * acted on rounded (libs/protocol's decoder).
   */
  | 'out-of-range'
  /** Sent more than `MAX_CLOCK_SKEW_MS` from this member's clock. */
  | 'stale'
  /** Meant for another member (or, with no destination, not a push-pull page). */
  | 'misdirected'
  /** Its member, source address, or the budget of new certificates or unauthenticated traffic had none left. */
  | 'over-budget'
  /** A certificate that is not a member's of the CA (checked now, or refused before). */
  | 'untrusted'
  /** A signature that is not the certificate's. */
  | 'bad-signature'
  /** A packet claiming to be from another member than its signer. */
  | 'misattributed';

export interface UdpTransportOptions {
  /** This member's certificate (naming a director or worker identity), key, and the CA members must chain to. */
  tls: TlsMaterial;
  /** Where to listen (port 0: any free port). */
  bind: Address;
  logger?: { debug(fields: object, message: string): void; warn(fields: object, message: string): void };
  /** Told of every datagram received, once checked, and where it came from (and why, when refused). */
  observe?(outcome: 'received' | 'rejected', from: Address, reason?: RefusalReason): void;
  /** Budgets of the intake; `DEFAULT_INTAKE_BUDGETS` for what is not given. */
  budgets?: Partial<IntakeBudgets>;
  /** Monotonic milliseconds, for the budgets and held statements. Default `performance.now`. */
  now?: () => number;
  /** Wall-clock milliseconds since the epoch: datagrams' times, certificates' validity. Default `Date.now`. */
  wallClock?: () => number;
  /** The socket's receive buffer (the kernel may cap it: net.core.rmem_max). Default 4 MiB. */
  receiveBufferBytes?: number;
}

export interface TransportCounters {
  sent: number;
  received: number;
  /** Datagrams dropped: malformed, stale, misdirected, over a budget, from outside the CA, badly signed. */
  rejected: number;
  /** Answers not sent: over their destination's budget. */
  answersDropped: number;
  /** Certificates checked against the CA in full (a refused one is checked once). */
  readonly certificatesChecked: number;
}

type Receiver = (from: Address, sender: MemberId, packet: Packet, delivery: Delivery) => void;

/** What the transport knows of a datagram it delivered, for the answer to it (`SendOptions.answering`). */
class Received implements Delivery {
  constructor(
    /** The request's size: its answer is never larger. */
    readonly requestBytes: number,
    readonly answerGossipBytes: number,
    /** It presented its sender's cookie: its answer need not be rate-limited. */
    readonly authenticated: boolean,
  ) {}
}

/**
 * Membership datagrams over UDP, every one signed by its sender's certificate key and carrying that certificate, so
 * every receiver knows who sent it (a director or worker identity from the CA) without a handshake. What arrives is
 * checked cheapest first, and charged to a budget before anything costly: the layout; the time (±30 s) and
 * destination; the sender's cookie (`cookies.ts`), which charges a known member's datagrams to that member alone,
 * while everything else shares the budgets of unauthenticated traffic (per source address, all together, and for
 * certificates not seen before); the certificate (remembered, accepted or refused); the signature; the body.
 * Answers go no larger than their requests, rate-limited per destination. A statement relayed about a member whose
 * certificate this one has not seen yet is held back, its certificate asked from the relayer, and delivered once
 * checked (`CertificateExchange`).
 */
export class UdpMembershipTransport implements MembershipTransport {
  readonly credentials: OwnCredentials;
  readonly verifier: StateVerifier;
  readonly counters: TransportCounters;
  private readonly book: CertificateBook;
  private readonly cookies = new Cookies();
  /** The cookie each member gave this one, presented when sending to it. */
  private readonly cookiesFrom = new Map<MemberId, Uint8Array>();
  private readonly certificates: CertificateExchange;
  private readonly limits: IntakeLimits;
  private readonly wallClock: () => number;
  /** Bytes of an ack with no gossip, without its envelope. */
  private readonly ackBodyBytes: number;
  private receiver: Receiver | undefined;
  private closed = false;

  private constructor(
    private readonly socket: Socket,
    private readonly options: UdpTransportOptions,
  ) {
    const now = options.now ?? (() => performance.now());
    this.wallClock = options.wallClock ?? Date.now;
    this.credentials = new OwnCredentials(options.tls);
    this.book = new CertificateBook(options.tls.ca, this.wallClock);
    this.book.admit(this.credentials.der);
    this.verifier = statementVerifier(this.credentials, this.book);
    this.limits = new IntakeLimits({ ...DEFAULT_INTAKE_BUDGETS, ...options.budgets }, now);
    this.certificates = new CertificateExchange({
      book: this.book,
      own: this.credentials,
      requests: this.limits.certificateRequests,
      now,
      send: (to, body, recipient, { answering, paddingBytes }) =>
        this.transmit(to, body, recipient, answering instanceof Received ? answering : undefined, paddingBytes),
      deliver: (from, sender, packet) => this.receiver?.(from, sender, packet, {}),
    });
    const book = this.book;
    this.counters = {
      sent: 0,
      received: 0,
      rejected: 0,
      answersDropped: 0,
      get certificatesChecked() {
        return book.checked;
      },
    };
    const ack: Packet = { from: this.credentials.id, request: { type: 'ack', seq: 0xffffffff }, gossip: [] };
    this.ackBodyBytes = encodeBody({ kind: 'packet', packet: ack }).byteLength;
    socket.on('message', (bytes, remote) =>
      this.onDatagram(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
        host: remote.address,
        port: remote.port,
      }),
    );
    socket.on('error', (error) => options.logger?.warn({ err: error.message }, 'membership socket error'));
  }

  /** Binds the socket and sizes its receive buffer; rejects with the reason when the address cannot be used. */
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
    try {
      socket.setRecvBufferSize(options.receiveBufferBytes ?? DEFAULT_RECEIVE_BUFFER_BYTES);
    } catch (error) {
      options.logger?.warn({ err: (error as Error).message }, 'membership receive buffer not resized');
    }
    return new UdpMembershipTransport(socket, options);
  }

  /** The member this transport speaks for (from its certificate). */
  get id(): MemberId {
    return this.credentials.id;
  }

  get port(): number {
    return this.socket.address().port;
  }

  /** The socket's receive buffer as the kernel set it (Linux reports twice what it grants). */
  get receiveBufferBytes(): number {
    return this.socket.getRecvBufferSize();
  }

  /** Bytes `gossip` takes in a packet: `MembershipOptions.measure`. */
  measure(gossip: Gossip): number {
    return measureGossip(gossip);
  }

  /** Where authenticated packets go. */
  onPacket(receiver: Receiver): void {
    this.receiver = receiver;
  }

  /**
   * Sends `packet` to `to`, bound to `options.recipient` (a ping, when none is given, to its target: the member it
   * means); without a recipient a datagram is for a seed, and only a push-pull page is accepted so.
   */
  send(to: Address, packet: Packet, options: SendOptions = {}): void {
    const answering = options.answering instanceof Received ? options.answering : undefined;
    const recipient = options.recipient ?? (packet.request?.type === 'ping' ? packet.request.target : undefined);
    this.transmit(to, { kind: 'packet', packet }, recipient, answering);
  }

  /** Closes the socket (once; later calls do nothing). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }

  private transmit(to: Address, body: Body, recipient?: MemberId, answering?: Received, paddingBytes = 0): void {
    if (this.closed) return;
    if (answering && !answering.authenticated && !this.limits.answers.take(addressKey(to.host))) {
      this.counters.answersDropped++;
      return;
    }
    const header: EnvelopeHeader = { ...this.headerFor(recipient), sentAt: this.wallClock(), paddingBytes };
    if (Buffer.byteLength(header.destination ?? '') > MAX_DESTINATION_BYTES) return;
    let datagram = seal(this.credentials, encodeBody(body), header);
    // An answer carries no more gossip than keeps it within its request; without any, it is the smallest it can be.
    if (answering && datagram.byteLength > answering.requestBytes && body.kind === 'packet') {
      datagram = seal(this.credentials, encodeBody({ kind: 'packet', packet: { ...body.packet, gossip: [] } }), header);
    }
    this.counters.sent++;
    this.socket.send(datagram, to.port, to.host, (error) => {
      if (error)
        this.options.logger?.debug({ err: error.message, to: `${to.host}:${to.port}` }, 'membership datagram not sent');
    });
  }

  /** The destination and cookies of a datagram to `recipient` (none known: a seed). */
  private headerFor(recipient: MemberId | undefined): EnvelopeHeader {
    if (recipient === undefined) return { destination: '' };
    const known = this.book.byId(recipient);
    return {
      destination: recipient,
      presented: this.cookiesFrom.get(recipient),
      issued: known && this.cookies.issue(known.fingerprint),
    };
  }

  private onDatagram(bytes: Uint8Array, from: Address): void {
    const envelope = parseEnvelope(bytes);
    if (!envelope) return this.refuse(from, 'malformed');
    if (Math.abs(this.wallClock() - envelope.sentAt) > MAX_CLOCK_SKEW_MS) return this.refuse(from, 'stale');
    if (envelope.destination !== '' && envelope.destination !== this.id) return this.refuse(from, 'misdirected');
    // The certificate's hash only when a cookie is presented, or once a budget admitted the datagram.
    const cookie = isNoCookie(envelope.presented) ? undefined : fingerprintOf(envelope.certificate);
    const authenticated = cookie !== undefined && this.cookies.valid(cookie, envelope.presented);
    if (authenticated) {
      if (!this.limits.member.take(Buffer.from(cookie).toString('hex'))) return this.refuse(from, 'over-budget');
    } else if (!this.limits.source.take(addressKey(from.host)) || !this.limits.unauthenticated.take('all')) {
      return this.refuse(from, 'over-budget');
    }
    const fingerprint = cookie ?? fingerprintOf(envelope.certificate);
    const sender = this.certificateOf(envelope.certificate, fingerprint);
    if (sender === 'over-budget' || sender === 'untrusted') return this.refuse(from, sender);
    if (!signatureValid(envelope, sender.publicKey)) return this.refuse(from, 'bad-signature');
    let body: Body;
    try {
      body = decodeBody(envelope.body);
    } catch (error) {
      return this.refuse(from, error instanceof RangeError ? 'out-of-range' : 'malformed');
    }
    // Without a destination (to a seed, whose identity the sender does not know yet) only a view is accepted.
    const seedRequest = body.kind === 'packet' && body.packet.request?.type === 'push-pull';
    if (envelope.destination === '' && !seedRequest) return this.refuse(from, 'misdirected');
    if (body.kind === 'packet' && body.packet.from !== sender.id) return this.refuse(from, 'misattributed');
    if (!isNoCookie(envelope.issued)) this.rememberCookie(sender.id, envelope.issued);
    this.counters.received++;
    this.options.observe?.('received', from);
    const delivery = new Received(bytes.byteLength, this.answerGossipBytes(sender.id, bytes.byteLength), authenticated);
    switch (body.kind) {
      case 'packet':
        this.certificates.holdUnknown(from, sender, body.packet, authenticated);
        this.receiver?.(from, sender.id, body.packet, delivery);
        return;
      case 'certificate-request':
        return this.certificates.answer(from, sender.id, body.fingerprints, delivery);
      case 'certificates':
        for (const der of body.certificates) this.certificates.release(der);
        return;
    }
  }

  /** The sender's certificate: known, or checked now within the budget of new certificates. */
  private certificateOf(der: Uint8Array, fingerprint: Uint8Array): KnownCertificate | 'over-budget' | 'untrusted' {
    const known = this.book.lookup(fingerprint);
    if (known === 'refused') return 'untrusted';
    if (known) return known;
    if (!this.limits.firstSeen.take('all')) return 'over-budget';
    return this.book.admit(der, fingerprint) ?? 'untrusted';
  }

  private refuse(from: Address, reason: RefusalReason): void {
    this.counters.rejected++;
    this.options.observe?.('rejected', from, reason);
  }

  private rememberCookie(id: MemberId, cookie: Uint8Array): void {
    this.cookiesFrom.delete(id);
    this.cookiesFrom.set(id, Uint8Array.from(cookie));
    if (this.cookiesFrom.size > MAX_COOKIES) this.cookiesFrom.delete(this.cookiesFrom.keys().next().value!);
  }

  /** Bytes of gossip an ack to `recipient` may carry and stay within `requestBytes`. */
  private answerGossipBytes(recipient: MemberId, requestBytes: number): number {
    const overhead = envelopeOverhead(this.credentials.der.byteLength, recipient) + this.ackBodyBytes;
    return Math.max(0, requestBytes - overhead);
  }
}
