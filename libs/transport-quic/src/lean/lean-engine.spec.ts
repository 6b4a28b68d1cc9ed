import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createSocket, type Socket } from 'node:dgram';
import { EchoService } from '@switchyard/protocol/testing';
import { RpcCode, RpcServer, createClient, type ByteStream } from '@switchyard/rpc';
import { payload } from '@switchyard/rpc/testing';
import { createCertificateAuthority, issueCertificate } from '../pki.js';
import { MAX_UNVALIDATED_HANDSHAKES_PER_PEER } from '../quic-options.js';
import { QuicConnection } from '../quic-dialer.js';
import { QuicListener } from '../quic-listener.js';
import { connectRpc, serveRpc } from '../rpc-over-quic.js';
import type { CertificateAuthority } from '../pki.js';
import type { TlsMaterial } from '../tls.js';
import { CID_LENGTH, quiche } from './quiche.js';

// The lean engine (QUIC_ENGINE=lean) where it differs from the library's: what an unverified client can reach on a
// mutual-TLS listener, stateless retry (only past a bound on unproven handshakes) against a replayed Initial, and loss and reordering on the path (a UDP relay
// in this process between client and listener).

let ca: CertificateAuthority;
let tls: TlsMaterial;
const cleanups: Array<() => Promise<unknown>> = [];
beforeAll(async () => {
  ca = await createCertificateAuthority();
  const leaf = await issueCertificate(ca, { names: ['localhost', '127.0.0.1'], usage: ['server', 'client'] });
  tls = { ca: ca.cert, ...leaf };
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await QuicConnection.releaseSocket();
});

const lean = { engine: 'lean' as const };

function echoServer(): RpcServer {
  return new RpcServer().register(EchoService, {
    unary: async (request) => ({ payload: request.payload }),
    serverStream: async function* (request) {
      for (let i = 0; i < request.count; i++) yield { payload: payload(request.size, i) };
    },
    clientStream: async () => ({ messages: 0, bytes: 0 }),
    bidi: async function* () {},
  });
}

/**
 * A UDP relay between clients and a listener on 127.0.0.1: `port` is where clients dial. Each client address gets
 * a socket of its own towards the listener. `decide` says, per datagram (and whether it goes to the client), whether
 * to drop it, hold it back behind the next (reordering) or pass it; every datagram from a client is kept in
 * `fromClients`.
 */
async function relay(
  target: number,
  decide: (datagram: Buffer, toClient: boolean) => 'pass' | 'drop' | 'hold' = () => 'pass',
) {
  const front = createSocket('udp4');
  await new Promise<void>((resolve) => front.bind(0, '127.0.0.1', resolve));
  const backs = new Map<string, Socket>();
  const fromClients: Array<{ datagram: Buffer; port: number }> = [];
  let held: (() => void) | undefined;
  const forward = (datagram: Buffer, toClient: boolean, send: () => void) => {
    const verdict = decide(datagram, toClient);
    if (verdict === 'drop') return;
    if (verdict === 'hold' && held === undefined) {
      held = send;
      return;
    }
    send();
    const release = held;
    held = undefined;
    release?.();
  };
  front.on('message', (datagram, from) => {
    const key = `${from.port}`;
    let back = backs.get(key);
    if (!back) {
      const socket = createSocket('udp4');
      socket.bind(0, '127.0.0.1');
      socket.on('message', (answer) =>
        forward(answer, true, () => front.send(answer, from.port, from.address, () => undefined)),
      );
      backs.set(key, socket);
      back = socket;
    }
    fromClients.push({ datagram, port: from.port });
    const via = back;
    forward(datagram, false, () => via.send(datagram, target, '127.0.0.1', () => undefined));
  });
  const port = front.address().port;
  cleanups.push(async () => {
    for (const socket of [front, ...backs.values()])
      await new Promise<void>((resolve) => socket.close(() => resolve()));
  });
  /** Sends `datagram` to the listener again, from the relay's socket for the client at `port`. */
  const replay = (datagram: Buffer, clientPort: number) =>
    new Promise<void>((resolve) => backs.get(`${clientPort}`)!.send(datagram, target, '127.0.0.1', () => resolve()));
  return { port, fromClients, replay };
}

describe('lean engine: mutual TLS', () => {
  it('a client whose certificate is refused never has a stream delivered, even one sent with its handshake', async () => {
    const delivered: ByteStream[] = [];
    const listener = new QuicListener({
      ...lean,
      tls,
      requireClientCert: true,
      onStream: (stream) => delivered.push(stream),
    });
    await listener.start({ host: '127.0.0.1', port: 0 });
    cleanups.push(() => listener.stop());
    // A client certificate of another CA, valid in every other way.
    const foreignCa = await createCertificateAuthority({ name: 'foreign CA' });
    const foreign = await issueCertificate(foreignCa, {
      identity: { role: 'worker', name: 'w9' },
      usage: ['client'],
    });
    for (const material of [{ ca: tls.ca }, { ca: tls.ca, cert: foreign.cert, key: foreign.key }]) {
      const refused = await QuicConnection.dial({
        ...lean,
        tls: material,
        host: '127.0.0.1',
        port: listener.port,
      }).then(
        async (connection) => {
          // The client may finish its side of the handshake before the server's refusal arrives: it writes at once.
          const writer = connection.openStream().writable.getWriter();
          await writer.write(payload(64)).catch(() => undefined);
          return (await connection.closed).code;
        },
        (error: { code: number }) => error.code,
      );
      expect(refused).toBe(RpcCode.Unauthenticated);
    }
    // A client with a certificate of the CA is served: the listener works, and delivered only its stream.
    const member = await issueCertificate(ca, { identity: { role: 'worker', name: 'w1' }, usage: ['client'] });
    const connection = await QuicConnection.dial({
      ...lean,
      tls: { ca: tls.ca, cert: member.cert, key: member.key },
      host: '127.0.0.1',
      port: listener.port,
    });
    cleanups.push(() => connection.close());
    const writer = connection.openStream().writable.getWriter();
    await writer.write(payload(8));
    while (delivered.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(delivered).toHaveLength(1);
    expect(delivered[0].peerIdentity).toBe('spiffe://switchyard/worker/w1');
  });
});

/** A datagram whose first packet is an Initial (long header, type Initial). */
const isInitial = ({ datagram }: { datagram: Buffer }) => (datagram[0] & 0xb0) === 0x80;

/** Whether each of the clients' Initials among `datagrams` carries a token. */
function initialTokens(datagrams: Array<{ datagram: Buffer }>): boolean[] {
  return datagrams
    .filter(isInitial)
    .map(({ datagram }) => (quiche.Header.fromSlice(datagram, CID_LENGTH).token?.length ?? 0) > 0);
}

/** An echo listener on the lean engine with `options`, and the results of its accepts in order. */
async function observedListener(options: { maxUnvalidatedHandshakes?: number } = {}) {
  const accepted: string[] = [];
  const server = echoServer();
  const listener = await serveRpc(server, {
    ...lean,
    ...options,
    tls,
    host: '127.0.0.1',
    port: 0,
    observer: { accepted: (result) => accepted.push(result) },
  });
  cleanups.push(async () => {
    await server.close({ graceMs: 0 });
    await listener.stop();
  });
  return { listener, accepted };
}

describe('lean engine: stateless retry', () => {
  it('an Initial carrying a used retry token, sent again, opens no second connection', async () => {
    const { listener, accepted } = await observedListener({ maxUnvalidatedHandshakes: 0 }); // every connection retried
    const path = await relay(listener.port);
    const connection = await connectRpc({ ...lean, tls: { ca: tls.ca }, host: '127.0.0.1', port: path.port });
    cleanups.push(() => connection.close());
    expect((await createClient(EchoService, connection.client).unary({ payload: payload(4) })).payload).toEqual(
      payload(4),
    );
    expect(listener.connectionsFrom('127.0.0.1')).toBe(1);
    // The client's Initials: the first without a token, the second with the listener's. Both, sent again (by the
    // client after a loss, or by anyone who saw them), open nothing new: the first is answered with a Retry, the
    // second finds its token used.
    const initials = path.fromClients.filter(isInitial);
    expect(initialTokens(initials).slice(0, 2)).toEqual([false, true]);
    await connection.close();
    for (let i = 0; i < 50 && listener.connectionsFrom('127.0.0.1') > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(listener.connectionsFrom('127.0.0.1')).toBe(0);
    for (const { datagram, port } of initials) await path.replay(datagram, port);
    // A new client through the same relay: once it has been served, the listener has taken the replays, sent
    // before its first datagram.
    const next = await connectRpc({ ...lean, tls: { ca: tls.ca }, host: '127.0.0.1', port: path.port });
    cleanups.push(() => next.close());
    expect((await createClient(EchoService, next.client).unary({ payload: payload(2) })).payload).toEqual(payload(2));
    expect(listener.connectionsFrom('127.0.0.1')).toBe(1);
    expect(accepted).toEqual(['ok', 'ok']);
  });

  it("takes a client's first Initial while few handshakes are unproven, and retries every new one past that", async () => {
    const { listener, accepted } = await observedListener();
    const echoOnce = async (port: number) => {
      const connection = await connectRpc({ ...lean, tls: { ca: tls.ca }, host: '127.0.0.1', port });
      cleanups.push(() => connection.close());
      expect((await createClient(EchoService, connection.client).unary({ payload: payload(3) })).payload).toEqual(
        payload(3),
      );
    };
    // Nothing unproven in flight: the client's first Initial opens the connection, no Retry in between.
    const direct = await relay(listener.port);
    await echoOnce(direct.port);
    expect(initialTokens(direct.fromClients).every((token) => !token)).toBe(true);
    // Clients whose answers are all lost: their handshakes stay unproven, each holding a place.
    const blackHole = await relay(listener.port, (_datagram, toClient) => (toClient ? 'drop' : 'pass'));
    const giveUp = new AbortController();
    const stuck = Array.from({ length: MAX_UNVALIDATED_HANDSHAKES_PER_PEER }, () =>
      QuicConnection.dial({
        ...lean,
        host: '127.0.0.1',
        port: blackHole.port,
        tls: { ca: tls.ca },
        signal: giveUp.signal,
      })
        .then((connection) => connection.close())
        .catch((error: unknown) => error),
    );
    const held = 1 + MAX_UNVALIDATED_HANDSHAKES_PER_PEER;
    for (let i = 0; i < 1000 && listener.connectionsFrom('127.0.0.1') < held; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(listener.connectionsFrom('127.0.0.1')).toBe(held);
    // From that address, the next client is retried first: its second Initial carries the listener's token.
    const retried = await relay(listener.port);
    await echoOnce(retried.port);
    expect(initialTokens(retried.fromClients).slice(0, 2)).toEqual([false, true]);
    expect(accepted).toEqual(['ok', 'ok']);
    giveUp.abort();
    for (const outcome of await Promise.all(stuck)) expect(outcome).toMatchObject({ code: RpcCode.Cancelled });
  });
});

describe('lean engine: a lossy path', () => {
  it('calls and a long server stream complete, in order, with one datagram in ten dropped and others reordered', async () => {
    const server = echoServer();
    const listener = await serveRpc(server, { ...lean, tls, host: '127.0.0.1', port: 0 });
    cleanups.push(async () => {
      await server.close({ graceMs: 0 });
      await listener.stop();
    });
    let n = 0;
    // Deterministic: every tenth datagram dropped, every seventh held back behind the next.
    const path = await relay(listener.port, () => (++n % 10 === 0 ? 'drop' : n % 7 === 0 ? 'hold' : 'pass'));
    const connection = await connectRpc({ ...lean, tls: { ca: tls.ca }, host: '127.0.0.1', port: path.port });
    cleanups.push(() => connection.close());
    const echo = createClient(EchoService, connection.client);
    for (let i = 0; i < 20; i++)
      expect((await echo.unary({ payload: payload(2000, i) })).payload).toEqual(payload(2000, i));
    const received: Uint8Array[] = [];
    for await (const message of echo.serverStream({ count: 500, size: 1000 })) received.push(message.payload);
    expect(received).toHaveLength(500);
    expect(received.every((p, i) => p[0] === payload(1000, i)[0])).toBe(true);
    expect(n).toBeGreaterThan(100);
  });
});
